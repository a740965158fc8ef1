#pragma once

#include "server/serveroptions.h"

#include <memory>
#include <QThread>
#include <QUrl>

namespace warmline::server {

class WarmlineServer;

// The same backend as warmline-server, run on a thread of its own inside the workstation so that
// `warmline` alone shows the real product. Talks to the workstation only over the loopback socket.
class EmbeddedServer final
{
public:
    Q_DISABLE_COPY_MOVE(EmbeddedServer)
    EmbeddedServer();
    ~EmbeddedServer();

    // Blocks until the server listens (or fails); options.port 0 picks a free port.
    bool start(const ServerOptions &options, QString *error);
    void stop();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_thread.isRunning(); }

private:
    QThread m_thread;
    WarmlineServer *m_server = nullptr; // lives on m_thread, deleted there when it finishes
    QUrl m_url;
};

} // namespace warmline::server
