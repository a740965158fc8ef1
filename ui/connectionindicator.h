#pragma once

#include "sync/serverconnection.h"

#include <QLabel>
#include <QTimer>

namespace warmline::ui {

// Status-bar light: "Live", "Reconnecting in 4 s", "Offline". Observes the connection only.
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(sync::ServerConnection &connection, QWidget *parent = nullptr);

private:
    void refresh();

    sync::ServerConnection &m_connection;
    QTimer m_tick;
};

} // namespace warmline::ui
