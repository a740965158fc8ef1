#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace warmline::sync {

// The workstation's own settings, typed, with their keys in one place. Widgets read and write
// settings only through this class.
class WorkstationSettings final
{
public:
    WorkstationSettings();

    // "" follows the system locale; otherwise a locale name such as "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // Empty: the built-in demo backend.
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    QString lastUser() const;
    void setLastUser(const QString &user);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

private:
    mutable QSettings m_settings;
};

} // namespace warmline::sync
