#include "server/embeddedserver.h"

#include "server/warmlineserver.h"

#include <QMetaObject>

namespace warmline::server {

EmbeddedServer::EmbeddedServer()
{
    m_thread.setObjectName(QStringLiteral("warmline-embedded-server"));
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

bool EmbeddedServer::start(const ServerOptions &options, QString *error)
{
    if (m_thread.isRunning())
        return true;
    m_thread.start();
    bool started = false;
    QString startError;
    QUrl url;
    // The server and its database connection must be created on the thread that will use them.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            m_server = new WarmlineServer(options);
            started = m_server->start(&startError);
            if (started) {
                url = m_server->url();
            } else {
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    context->deleteLater();
    if (!started) {
        m_thread.quit();
        m_thread.wait();
        *error = startError;
        return false;
    }
    m_url = url;
    return true;
}

void EmbeddedServer::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        WarmlineServer *server = std::exchange(m_server, nullptr);
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

} // namespace warmline::server
