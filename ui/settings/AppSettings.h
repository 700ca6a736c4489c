#pragma once
// The user's settings, typed: one enum of keys, one table of defaults, stored with QSettings.
// Tests use a temporary file instead of the user's settings.

#include <QSettings>
#include <QVariant>
#include <memory>

namespace pardesk {

class AppSettings {
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        LastView,        // the navigation area shown last
        LastDocument,    // the key of the document selected last
        LastSubmission,  // the id of the submission open last
        Language,        // "vi" or "en"
        RecentDatabases, // most recent first
        NumberConvention,// "vi" (1.044,5) or "c" (1,044.5) for display; by default the language's
        ApproxTolerance, // percentage points within which a "khoảng" target counts as met
        ViewSelections,  // each area's last selection, keyed by its view key
        BackupsToKeep,   // automatic backups on start kept per store (BackupRotation), 0: none made
        WelcomeLeft,     // true once the first-start page was left for a job (WelcomePage)
    };

    static AppSettings &instance();
    // Points the settings at a file of its own (tests), instead of the user's.
    static void useFile(const QString &path);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path); // keeps the last 8, most recent first

    static constexpr int kMaxRecent = 8;

private:
    explicit AppSettings(std::unique_ptr<QSettings> settings);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pardesk
