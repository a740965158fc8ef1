// warmline: the desktop workstation. Parses the command line, loads translations, and wires the
// sign-in dialog, the connection and the main window together; nothing else.

#include "protocol/messages.h"
#include "server/embeddedserver.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/workstationsettings.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

using namespace warmline;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The interface speaks Chinese or English; any other system language (or none, as under LANG=C)
    // gets English, with English dates and numbers to match.
    if (locale.language() != QLocale::Chinese && locale.language() != QLocale::English)
        locale = QLocale(QLocale::English);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("warmline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QString safeFileName(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("warmline"));
    QApplication::setOrganizationName(QStringLiteral("Warmline"));
    QApplication::setApplicationVersion(QStringLiteral(WARMLINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/warmline/icons/warmline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Warmline customer-service workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Server address (ws://host:port); default: the built-in demo."),
        QStringLiteral("url"));
    const QCommandLineOption demoUser(QStringLiteral("demo-user"),
                                      QStringLiteral("Sign straight into the built-in demo as this user."),
                                      QStringLiteral("user"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the demo database and the outbox live."),
                                     QStringLiteral("dir"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language (zh_CN, en); default: the setting."),
                                      QStringLiteral("locale"));
    parser.addOptions({server, demoUser, dataDir, language});
    parser.process(app);

    sync::WorkstationSettings settings;
    installTranslations(app, parser.isSet(language) ? parser.value(language) : settings.language());
    // Window titles end with it ("李娜 — 暖线"), so it follows the interface language.
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Main", "Warmline"));

    const QString dataPath = parser.isSet(dataDir)
                                 ? parser.value(dataDir)
                                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataPath);

    server::EmbeddedServer embedded;
    auto startEmbedded = [&](const ui::LoginDialog::EmbeddedStarted &done) {
        server::ServerOptions options;
        options.port = 0;
        options.databasePath = QDir(dataPath).filePath(QStringLiteral("demo.sqlite"));
        options.demo = true;
        options.simulator = true;
        options.openCustomerChannel = true;
        options.bot = true;
        embedded.startAsync(options, done);
    };

    sync::ServerConnection connection;
    std::unique_ptr<sync::Outbox> outbox;
    std::unique_ptr<sync::Desk> desk;
    std::unique_ptr<ui::MainWindow> window;
    bool autoLogin = parser.isSet(demoUser);

    // Sign in, open the desk; "sign out" comes back here.
    std::function<bool()> signIn = [&]() -> bool {
        ui::LoginDialog login(connection, startEmbedded);
        login.setServer(parser.isSet(server) ? QUrl(parser.value(server)) : settings.serverUrl());
        login.setUser(settings.lastUser());
        if (autoLogin) {
            autoLogin = false;
            login.setServer({});
            QMetaObject::invokeMethod(
                &login, [&] { login.signIn(parser.value(demoUser), QStringLiteral("demo")); },
                Qt::QueuedConnection);
        }
        if (login.exec() != QDialog::Accepted)
            return false;
        settings.setServerUrl(login.chosenServer());
        settings.setLastUser(login.user());

        const QString host =
            login.chosenServer().isEmpty() ? QStringLiteral("demo") : login.chosenServer().authority();
        outbox = std::make_unique<sync::Outbox>(connection);
        QString error;
        if (!outbox->open(QDir(dataPath).filePath(
                              safeFileName(QStringLiteral("outbox-%1@%2.sqlite").arg(login.user(), host))),
                          &error)) {
            QMessageBox::critical(nullptr, QObject::tr("Warmline"),
                                  QObject::tr("Cannot open the local outbox: %1\nCheck that %2 is writable.")
                                      .arg(error, dataPath));
            return false;
        }
        desk = std::make_unique<sync::Desk>(connection, *outbox);
        window = std::make_unique<ui::MainWindow>(*desk, *outbox, settings);
        window->setBuiltInDemo(login.chosenServer().isEmpty());
        QObject::connect(window.get(), &ui::MainWindow::signOutRequested, window.get(), [&] {
            QMetaObject::invokeMethod(
                &app,
                [&] {
                    connection.close();
                    window.reset();
                    desk.reset();
                    outbox.reset();
                    if (!signIn())
                        QApplication::quit();
                },
                Qt::QueuedConnection);
        });
        window->show();
        return true;
    };
    if (!signIn())
        return 0;
    const int result = app.exec();
    // Closed first, as on sign-out: requests still pending are answered while the objects that
    // sent them still exist.
    connection.close();
    window.reset();
    desk.reset();
    outbox.reset();
    embedded.stop();
    return result;
}
