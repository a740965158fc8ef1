#include "ui/connectionindicator.h"

namespace warmline::ui {

using State = sync::ServerConnection::State;

ConnectionIndicator::ConnectionIndicator(sync::ServerConnection &connection, QWidget *parent)
    : QLabel(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    connect(&m_connection, &sync::ServerConnection::stateChanged, this, &ConnectionIndicator::refresh);
    connect(&m_connection, &sync::ServerConnection::reconnectScheduled, this, &ConnectionIndicator::refresh);
    // The countdown needs a tick; it runs only while a reconnect is pending.
    connect(&m_tick, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    refresh();
}

void ConnectionIndicator::refresh()
{
    QString color;
    QString text;
    const int retry = m_connection.secondsUntilRetry();
    switch (m_connection.state()) {
    case State::Live:
        color = QStringLiteral("#2e8b57");
        text = tr("Live");
        break;
    case State::Connecting:
    case State::Authenticating:
        color = QStringLiteral("#d4a017");
        text = tr("Connecting…");
        break;
    case State::Synchronizing:
        color = QStringLiteral("#d4a017");
        text = tr("Synchronizing…");
        break;
    case State::Disconnected:
        color = retry >= 0 ? QStringLiteral("#d4a017") : QStringLiteral("#b22222");
        text = retry >= 0 ? tr("Reconnecting in %n s", nullptr, retry) : tr("Offline");
        break;
    }
    if (retry >= 0 && !m_tick.isActive())
        m_tick.start(500);
    else if (retry < 0)
        m_tick.stop();
    setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2").arg(color, text.toHtmlEscaped()));
    setToolTip(m_connection.lastProblem().isEmpty()
                   ? m_connection.url().toString()
                   : m_connection.url().toString() + QLatin1Char('\n') + m_connection.lastProblem());
    setAccessibleName(text);
}

} // namespace warmline::ui
