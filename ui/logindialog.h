#pragma once

#include "sync/serverconnection.h"

#include <functional>
#include <optional>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;

namespace warmline::ui {

// Sign-in: choose "Built-in demo" or a server address, user and password. The dialog drives the
// connection until it is authenticated (then it accepts) or says plainly what went wrong.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    // Called with the in-process demo backend's address, or nullopt and why it could not start.
    using EmbeddedStarted = std::function<void(const std::optional<QUrl> &url, const QString &error)>;
    // Starts the in-process demo backend without blocking and calls `done` when it listens.
    using EmbeddedStarter = std::function<void(EmbeddedStarted done)>;

    LoginDialog(sync::ServerConnection &connection, EmbeddedStarter startEmbedded, QWidget *parent = nullptr);

    void setServer(const QUrl &url); // empty: the built-in demo
    void setUser(const QString &user);
    QUrl chosenServer() const; // empty: the built-in demo
    QString user() const;

    // Fills in and signs in (tests, and a future "remember me").
    void signIn(const QString &user, const QString &password);

public slots:
    void reject() override;

private:
    void attempt();
    void connectTo(const QUrl &url);
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void updateDemoHint();
    bool usesDemo() const;

    sync::ServerConnection &m_connection;
    EmbeddedStarter m_startEmbedded;
    QComboBox *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_demoHint = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_waiting = false;
    bool m_startingDemo = false; // the demo backend is starting; its answer is still to come
};

} // namespace warmline::ui
