// The main window's part in keeping the store safe, offscreen on real stores: File › Restore from
// a backup, the automatic backup on start, the banner over every area of a synthetic store, and
// areas built only when first shown.
#include "TestSupport.h"
#include "plans/PlansView.h"
#include "settings/AppSettings.h"
#include "shell/AppView.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/StandardViews.h"
#include "shell/ViewNavigator.h"
#include "store/Backup.h"
#include "store/BackupRotation.h"
#include "store/Store.h"
#include "store/StoreInfo.h"
#include "util/Language.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

qsizetype tasksOf(const Store &db)
{
    return db.plans().tasks().value().size();
}

} // namespace

class TestShellSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void restoreBringsBackTheBackupAndKeepsTheReplacedStore();
    void restoreRefusesABadFileAndKeepsTheStoreOpen();
    void backupOnStartKeepsTheSetting();
    void everyAreaOfASyntheticStoreShowsTheBanner();
    void theBannerComesWithTheAreaAtTheStart();
    void areasAreBuiltWhenFirstShown();

private:
    std::unique_ptr<MainWindow> newWindow(const QString &store);
    QTemporaryDir m_dir;
};

void TestShellSafety::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installLanguage(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestShellSafety::newWindow(const QString &store)
{
    auto db = Store::open(store);
    if (!db)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    addStandardViews(*window);
    window->show();
    return window;
}

void TestShellSafety::restoreBringsBackTheBackupAndKeepsTheReplacedStore()
{
    const QString store = m_dir.filePath(QStringLiteral("restore.sqlite"));
    const QString backup = m_dir.filePath(QStringLiteral("restore-backup.sqlite"));
    auto window = newWindow(store);
    QVERIFY(window);
    const qsizetype tasks = tasksOf(window->database());
    QVERIFY(window->backupDatabase(backup));
    QVERIFY(QSqlQuery(window->database().database().connection()).exec(QStringLiteral("DELETE FROM task_agencies")));
    QVERIFY(QSqlQuery(window->database().database().connection()).exec(QStringLiteral("DELETE FROM tasks")));
    QVERIFY(window->showView(QStringLiteral("tasks")));

    FileDialog::setNextPath(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "replace the database…?"
    window->findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();

    QCOMPARE(tasksOf(window->database()), tasks);
    QCOMPARE(window->database().path(), QFileInfo(store).absoluteFilePath());
    QCOMPARE(window->currentView()->viewKey(), QStringLiteral("tasks")); // the same area, on the restored store
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(backup)), qPrintable(MessageBox::lastText()));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("before-restore")),
             qPrintable(window->statusBar()->currentMessage()));
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("restore-before-restore-*.sqlite")});
    QCOMPARE(kept.size(), 1);
    auto old = Store::open(m_dir.filePath(kept.first()));
    QVERIFY(old);
    QCOMPARE(tasksOf(*old.value()), 0);
}

void TestShellSafety::restoreRefusesABadFileAndKeepsTheStoreOpen()
{
    const QString store = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    auto window = newWindow(store);
    QVERIFY(window);
    const QString bad = m_dir.filePath(QStringLiteral("settings.ini"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window->restoreDatabase(bad));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("settings.ini")), qPrintable(MessageBox::lastText()));
    QVERIFY(tasksOf(window->database()) > 0);
    QVERIFY(window->currentView());
}

void TestShellSafety::backupOnStartKeepsTheSetting()
{
    const QString store = m_dir.filePath(QStringLiteral("daily.sqlite"));
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    auto window = newWindow(store);
    QVERIFY(window);
    AppSettings::instance().setValue(AppSettings::Key::BackupsToKeep, 2);
    for (int i = 0; i < 4; ++i) {
        window->backUpOnStart(folder);
        QTest::qWait(2);
    }
    const QStringList kept = BackupRotation::backupsOf(store, folder);
    QCOMPARE(kept.size(), 2);
    auto copy = Store::open(kept.first());
    QVERIFY(copy);
    QCOMPARE(tasksOf(*copy.value()), tasksOf(window->database()));
    AppSettings::instance().setValue(AppSettings::Key::BackupsToKeep, 0); // none
    window->backUpOnStart(folder);
    QCOMPARE(BackupRotation::backupsOf(store, folder), kept);
    AppSettings::instance().reset(AppSettings::Key::BackupsToKeep);
}

void TestShellSafety::everyAreaOfASyntheticStoreShowsTheBanner()
{
    const QString store = m_dir.filePath(QStringLiteral("synthetic.sqlite"));
    {
        auto db = Store::open(store);
        QVERIFY(db);
        QVERIFY(StoreInfo::markSynthetic(db.value()->database().connection(), QStringLiteral("test")));
    }
    auto window = newWindow(store);
    QVERIFY(window);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("syntheticBanner"));
    QVERIFY(banner);
    for (const QString &key : window->viewKeys()) {
        QVERIFY(window->showView(key));
        QVERIFY2(banner->isVisible(), qPrintable(key));
        QCOMPARE(banner->text(), StoreInfo::syntheticNotice());
    }
    // A real store shows none.
    auto real = newWindow(m_dir.filePath(QStringLiteral("real.sqlite")));
    QVERIFY(!real->findChild<QLabel *>(QStringLiteral("syntheticBanner"))->isVisible());
}

// At the start the window paints its frame first and the area it opens on a moment later
// (ViewNavigator::buildShownAreaAfterFirstPaint); the synthetic store's banner comes with the area.
// Behind the start page there is no area to wait for: the banner is there at once.
void TestShellSafety::theBannerComesWithTheAreaAtTheStart()
{
    const QString store = m_dir.filePath(QStringLiteral("synthetic-start.sqlite"));
    {
        auto db = Store::open(store);
        QVERIFY(db);
        QVERIFY(StoreInfo::markSynthetic(db.value()->database().connection(), QStringLiteral("test")));
    }
    for (const bool welcome : {false, true}) {
        auto db = Store::open(store);
        QVERIFY(db);
        MainWindow window(std::move(db.value()));
        addStandardViews(window);
        QVERIFY(window.showView(welcome ? QString(MainWindow::kWelcomeKey) : QStringLiteral("plans")));
        window.navigator()->buildShownAreaAfterFirstPaint();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("syntheticBanner"));
        QVERIFY(banner);
        window.show();
        if (welcome) {
            QVERIFY(banner->isVisible());
            continue;
        }
        QVERIFY(!banner->isVisible());
        QCOMPARE(window.navigator()->views().size(), 0);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(window.navigator()->views().size(), 1); // with the area
        QCOMPARE(banner->text(), StoreInfo::syntheticNotice());
    }
}

void TestShellSafety::areasAreBuiltWhenFirstShown()
{
    auto window = newWindow(m_dir.filePath(QStringLiteral("lazy.sqlite")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Every area is listed and has its menu action; only the one shown is built.
    QCOMPARE(window->viewKeys(),
             (QStringList{QStringLiteral("plans"), QStringLiteral("tasks"), QStringLiteral("submissions"), QStringLiteral("scores"),
                          QStringLiteral("charts"), QStringLiteral("consolidation"), QStringLiteral("assessment")}));
    QCOMPARE(window->navigator()->list()->count(), 7);
    QCOMPARE(window->navigator()->list()->item(1)->text(), QStringLiteral("Tasks"));
    QCOMPARE(window->views().size(), 1);
    QCOMPARE(window->views().first()->viewKey(), QStringLiteral("plans"));
    // Ctrl+3 builds and shows the submissions.
    window->findChild<QAction *>(QStringLiteral("actionView_submissions"))->trigger();
    QCOMPARE(window->currentView()->viewKey(), QStringLiteral("submissions"));
    QCOMPARE(window->views().size(), 2);
    QVERIFY(window->currentView()->isVisible());
    // Asking for an area by key builds it without showing it.
    QVERIFY(window->view(QStringLiteral("scores")));
    QCOMPARE(window->views().size(), 3);
    QCOMPARE(window->currentView()->viewKey(), QStringLiteral("submissions"));
    // The titles of areas not built yet follow the language too.
    installLanguage(QStringLiteral("vi"));
    QTRY_COMPARE(window->navigator()->list()->item(1)->text(), QCoreApplication::translate("pardesk::TasksView", "Tasks"));
    QVERIFY(window->navigator()->list()->item(1)->text() != QStringLiteral("Tasks"));
    installLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window->navigator()->list()->item(1)->text(), QStringLiteral("Tasks"));
}

QTEST_MAIN(TestShellSafety)
#include "tst_shell_safety.moc"
