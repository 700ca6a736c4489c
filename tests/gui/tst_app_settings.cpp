// Typed settings: defaults, what is stored survives a new instance, the recent list stays short.
#include "settings/AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestAppSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsThenStoredValues();
    void recentDatabasesAreDistinctAndCapped();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::defaultsThenStoredValues()
{
    const QString file = m_dir.filePath(QStringLiteral("a.ini"));
    AppSettings::useFile(file);
    QCOMPARE(AppSettings::instance().value(AppSettings::Key::Language).toString(), QStringLiteral("vi"));
    QCOMPARE(AppSettings::instance().value(AppSettings::Key::ApproxTolerance).toDouble(), 2.0);
    AppSettings::instance().setValue(AppSettings::Key::Language, QStringLiteral("en"));
    AppSettings::useFile(file); // a new instance reads the same file
    QCOMPARE(AppSettings::instance().value(AppSettings::Key::Language).toString(), QStringLiteral("en"));
    AppSettings::instance().reset(AppSettings::Key::Language);
    QCOMPARE(AppSettings::instance().value(AppSettings::Key::Language).toString(), QStringLiteral("vi"));
}

void TestAppSettings::recentDatabasesAreDistinctAndCapped()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("b.ini")));
    AppSettings &s = AppSettings::instance();
    for (int i = 0; i < AppSettings::kMaxRecent + 3; ++i)
        s.addRecentDatabase(QStringLiteral("/data/store-%1.sqlite").arg(i));
    s.addRecentDatabase(QStringLiteral("/data/store-5.sqlite"));
    const QStringList recent = s.recentDatabases();
    QCOMPARE(recent.size(), AppSettings::kMaxRecent);
    QCOMPARE(recent.first(), QStringLiteral("/data/store-5.sqlite"));
    QCOMPARE(recent.count(QStringLiteral("/data/store-5.sqlite")), 1);
    QVERIFY(!recent.contains(QStringLiteral("/data/store-0.sqlite"))); // the oldest fell off
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
