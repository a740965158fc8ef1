#pragma once

#include "server/serveroptions.h"

#include <functional>
#include <memory>
#include <optional>
#include <QList>
#include <QObject>
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

    // The address once listening, or nullopt and why not.
    using Started = std::function<void(const std::optional<QUrl> &url, const QString &error)>;

    // Starts on the server's thread and returns at once: seeding the demo data takes a while and
    // the caller's event loop keeps running. `done` is called on the caller's thread (at once if
    // already running); it is dropped if this object goes away first. options.port 0 picks a
    // free port.
    void startAsync(const ServerOptions &options, Started done);
    // Blocks until the server listens (or fails), running a local event loop: for tests and tools.
    bool start(const ServerOptions &options, QString *error);
    void stop();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_thread.isRunning() && !m_url.isEmpty(); }

private:
    void finishStart(const QUrl &url, const QString &error);

    QThread m_thread;
    // Lives on m_thread and is only touched there (created by the start, deleted by stop()).
    WarmlineServer *m_server = nullptr;
    QObject m_callbacks; // on the caller's thread: receives the start's result
    bool m_starting = false;
    int m_generation = 0;
    QList<Started> m_waiting;
    QUrl m_url;
};

} // namespace warmline::server
