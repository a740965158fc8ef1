#include "server/embeddedserver.h"

#include "server/warmlineserver.h"

#include <QEventLoop>
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

void EmbeddedServer::startAsync(const ServerOptions &options, Started done)
{
    if (isRunning()) {
        done(m_url, {});
        return;
    }
    m_waiting.append(std::move(done));
    if (m_starting)
        return;
    m_starting = true;
    m_thread.start();
    // The server and its database connection must be created on the thread that will use them.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        context,
        [this, context, options, generation] {
            auto *server = new WarmlineServer(options);
            QString error;
            QUrl url;
            if (server->start(&error)) {
                url = server->url();
                m_server = server;
            } else {
                delete server;
            }
            context->deleteLater();
            QMetaObject::invokeMethod(
                &m_callbacks,
                [this, url, error, generation] {
                    if (generation == m_generation)
                        finishStart(url, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedServer::finishStart(const QUrl &url, const QString &error)
{
    m_starting = false;
    if (url.isEmpty()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_url = url;
    const QList<Started> waiting = std::exchange(m_waiting, {});
    for (const Started &done : waiting)
        done(url.isEmpty() ? std::nullopt : std::optional<QUrl>(url), error);
}

bool EmbeddedServer::start(const ServerOptions &options, QString *error)
{
    QEventLoop loop;
    bool started = false;
    bool finished = false;
    startAsync(options, [&](const std::optional<QUrl> &url, const QString &why) {
        started = url.has_value();
        finished = true;
        if (!started && error)
            *error = why;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return started;
}

void EmbeddedServer::stop()
{
    if (!m_thread.isRunning())
        return;
    // Queued behind a start still in progress, so it deletes what that start created.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, context] {
            delete std::exchange(m_server, nullptr);
            delete context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_url.clear();
    m_starting = false;
    m_waiting.clear();
    ++m_generation; // a start's result still in the queue is for a server that is gone
}

} // namespace warmline::server
