#include "settings/AppSettings.h"

#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace pardesk {
namespace {

struct Entry {
    const char *name;
    QVariant defaultValue;
};

const QHash<AppSettings::Key, Entry> &entries()
{
    static const QHash<AppSettings::Key, Entry> table = {
        {AppSettings::Key::WindowGeometry, {"window/geometry", QByteArray()}},
        {AppSettings::Key::WindowState, {"window/state", QByteArray()}},
        {AppSettings::Key::LastView, {"window/lastView", QStringLiteral("plans")}},
        {AppSettings::Key::LastDocument, {"selection/document", QString()}},
        {AppSettings::Key::LastSubmission, {"selection/submission", 0}},
        {AppSettings::Key::Language, {"general/language", QStringLiteral("vi")}},
        {AppSettings::Key::RecentDatabases, {"general/recentDatabases", QStringList()}},
        {AppSettings::Key::NumberConvention, {"display/numberConvention", QStringLiteral("vi")}},
        {AppSettings::Key::ApproxTolerance, {"evaluation/approxTolerance", 2.0}},
        {AppSettings::Key::ViewSelections, {"selection/views", QVariantMap()}},
        {AppSettings::Key::BackupsToKeep, {"safety/backupsToKeep", 7}},
        {AppSettings::Key::WelcomeLeft, {"start/welcomeLeft", false}},
    };
    return table;
}

std::unique_ptr<AppSettings> &current()
{
    static std::unique_ptr<AppSettings> settings;
    return settings;
}

// The user's own settings. Windows keeps them in the registry under an organisation, and without
// one Qt saves nothing there (QSettings::AccessError); elsewhere the path stays as it always was.
std::unique_ptr<QSettings> userSettings()
{
#ifdef Q_OS_WIN
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("ParDesk"), QCoreApplication::applicationName());
#else
    return std::make_unique<QSettings>();
#endif
}

} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings)) {}

AppSettings &AppSettings::instance()
{
    if (!current())
        current().reset(new AppSettings(userSettings()));
    return *current();
}

void AppSettings::useFile(const QString &path)
{
    current().reset(new AppSettings(std::make_unique<QSettings>(path, QSettings::IniFormat)));
}

QVariant AppSettings::value(Key key) const
{
    const Entry &e = entries()[key];
    // Numbers follow the language until the user picks a convention: "1,044.5" in English text.
    if (key == Key::NumberConvention && !m_settings->contains(QLatin1String(e.name)))
        return value(Key::Language).toString() == u"en" ? QStringLiteral("c") : QStringLiteral("vi");
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(entries()[key].name), value);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(QLatin1String(entries()[key].name));
}

QStringList AppSettings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    // A server's address is kept as it is: it is not a path to make absolute.
    const QString absolute = ServerAddress::isServerUrl(path) ? path : QDir(path).absolutePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
}

} // namespace pardesk
