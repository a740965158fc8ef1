#include "sync/workstationsettings.h"

namespace warmline::sync {

namespace key {
const QString language = QStringLiteral("ui/language");
const QString serverUrl = QStringLiteral("connection/serverUrl");
const QString lastUser = QStringLiteral("connection/lastUser");
const QString windowState = QStringLiteral("window/state");
const QString windowGeometry = QStringLiteral("window/geometry");
} // namespace key

WorkstationSettings::WorkstationSettings() = default;

QString WorkstationSettings::language() const
{
    return m_settings.value(key::language).toString();
}

void WorkstationSettings::setLanguage(const QString &language)
{
    m_settings.setValue(key::language, language);
}

QUrl WorkstationSettings::serverUrl() const
{
    return m_settings.value(key::serverUrl).toUrl();
}

void WorkstationSettings::setServerUrl(const QUrl &url)
{
    m_settings.setValue(key::serverUrl, url);
}

QString WorkstationSettings::lastUser() const
{
    return m_settings.value(key::lastUser).toString();
}

void WorkstationSettings::setLastUser(const QString &user)
{
    m_settings.setValue(key::lastUser, user);
}

QByteArray WorkstationSettings::windowState() const
{
    return m_settings.value(key::windowState).toByteArray();
}

void WorkstationSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key::windowState, state);
}

QByteArray WorkstationSettings::windowGeometry() const
{
    return m_settings.value(key::windowGeometry).toByteArray();
}

void WorkstationSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key::windowGeometry, geometry);
}

} // namespace warmline::sync
