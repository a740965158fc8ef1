#include "ui/logindialog.h"

#include "protocol/messages.h"
#include "ui/errortext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace warmline::ui {

using State = sync::ServerConnection::State;

LoginDialog::LoginDialog(sync::ServerConnection &connection, EmbeddedStarter startEmbedded, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_startEmbedded(std::move(startEmbedded))
{
    setWindowTitle(tr("Sign in to Warmline"));
    setWindowIcon(QIcon(QStringLiteral(":/warmline/icons/warmline.svg")));

    auto *title = new QLabel(tr("<h2>Warmline</h2><p>Sign in to start serving customers.</p>"), this);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setEditable(true);
    m_server->addItem(tr("Built-in demo"));
    m_server->setToolTip(tr("Choose the built-in demo, or type a server address such as ws://host:8765"));
    m_server->setMinimumWidth(320);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_demoHint = new QLabel(this);
    m_demoHint->setWordWrap(true);
    m_demoHint->setText(
        tr("Demo accounts: agent1 … agent4, supervisor1, trainer1, admin — password \"demo\"."));
    m_demoHint->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_server); // Alt+S is "Sign in"
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_demoHint);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_server, &QComboBox::currentTextChanged, this, &LoginDialog::updateDemoHint);
    m_user->setFocus(); // the server is usually right already: start where people type
    connect(&m_connection, &sync::ServerConnection::authenticated, this, [this] {
        if (!m_waiting)
            return;
        m_waiting = false;
        setBusy(false);
        accept();
    });
    connect(&m_connection, &sync::ServerConnection::authenticationFailed, this,
            [this](const protocol::Error &error) {
                if (!m_waiting)
                    return;
                m_waiting = false;
                setBusy(false);
                showError(errorText(error));
                m_password->selectAll();
                m_password->setFocus();
            });
    connect(&m_connection, &sync::ServerConnection::reconnectScheduled, this, [this] {
        if (!m_waiting)
            return;
        // The first attempt failed before authentication: the address is wrong or nothing listens.
        m_waiting = false;
        m_connection.close();
        setBusy(false);
        const QString reason = m_connection.lastProblem();
        showError(reason.isEmpty()
                      ? tr("Cannot reach %1: nothing answered. Check the address, and that the server is "
                           "running.")
                            .arg(m_connection.url().toString())
                      : tr("Cannot reach %1 (%2). Check the address, and that the server is running.")
                            .arg(m_connection.url().toString(), reason));
    });
    updateDemoHint();
}

bool LoginDialog::usesDemo() const
{
    return m_server->currentText() == m_server->itemText(0);
}

void LoginDialog::updateDemoHint()
{
    m_demoHint->setVisible(usesDemo());
}

void LoginDialog::setServer(const QUrl &url)
{
    if (url.isEmpty())
        m_server->setCurrentIndex(0);
    else
        m_server->setEditText(url.toString());
    updateDemoHint();
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
    if (!user.isEmpty())
        m_password->setFocus();
}

QUrl LoginDialog::chosenServer() const
{
    return usesDemo() ? QUrl() : sync::parseServerAddress(m_server->currentText()).value_or(QUrl());
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

void LoginDialog::signIn(const QString &user, const QString &password)
{
    m_user->setText(user);
    m_password->setText(password);
    attempt();
}

void LoginDialog::showError(const QString &message)
{
    m_message->setText(
        QStringLiteral("<span style=\"color:#b22222\">%1</span>").arg(message.toHtmlEscaped()));
    m_message->show();
}

void LoginDialog::setBusy(bool busy, const QString &message)
{
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_message->setText(message.toHtmlEscaped());
        m_message->show();
    }
}

void LoginDialog::reject()
{
    // Cancel and Escape alike: stop waiting for the demo or the server, then close.
    m_waiting = false;
    m_startingDemo = false;
    m_connection.close();
    QDialog::reject();
}

void LoginDialog::attempt()
{
    if (user().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your user name and password."));
        (user().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    if (usesDemo()) {
        // The first start seeds the demo data (a few seconds): the dialog stays live meanwhile,
        // showing progress, and Cancel works.
        setBusy(true, tr("Starting the built-in demo…"));
        m_startingDemo = true;
        m_startEmbedded(
            [dialog = QPointer<LoginDialog>(this)](const std::optional<QUrl> &url, const QString &error) {
                if (!dialog || !dialog->m_startingDemo)
                    return; // cancelled, or the dialog is gone
                dialog->m_startingDemo = false;
                if (!url) {
                    dialog->setBusy(false);
                    dialog->showError(tr("The built-in demo could not start: %1").arg(error));
                    return;
                }
                dialog->connectTo(*url);
            });
        return;
    }
    if (const auto typed = sync::parseServerAddress(m_server->currentText())) {
        connectTo(*typed);
    } else {
        // Never fall back to the demo: someone who typed an address means a real server.
        showError(tr("\"%1\" is not a server address. Use the form ws://host:8765 or wss://host, or "
                     "choose \"Built-in demo\".")
                      .arg(m_server->currentText().trimmed()));
        m_server->setFocus();
        m_server->lineEdit()->selectAll();
    }
}

void LoginDialog::connectTo(const QUrl &url)
{
    setBusy(true, tr("Connecting to %1…").arg(url.toString()));
    m_connection.close();
    m_connection.setUrl(url);
    m_connection.setStaffCredentials(user(), m_password->text());
    m_connection.setTopics({protocol::topic::conversations});
    m_waiting = true;
    m_connection.open();
}

} // namespace warmline::ui
