// The File menu on real stores, offscreen: open another store, refuse an unusable one and keep the
// current, create a new one from the bundled dataset, back up the live store. Dialogs are answered
// through their test hooks.
#include "settings/AppSettings.h"
#include "shell/AppView.h"
#include "plans/PlansView.h"

#include <QTableView>
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/StandardViews.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pardesk;

namespace {

struct Counts {
    qsizetype documents = -1, targets = -1, tasks = -1, submissions = -1, scores = -1;
    bool operator==(const Counts &) const = default;
};

Counts countsOf(const Store &db)
{
    return {db.plans().documents().value().size(), db.plans().targets().value().size(), db.plans().tasks().value().size(),
            db.submissions().list().value().size(), db.scores().list().value().size()};
}

QAction *action(const QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

class NoOp : public QUndoCommand {
public:
    NoOp() : QUndoCommand(QStringLiteral("edit")) {}
};

} // namespace

class TestShellDatabase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensAnotherStore();
    void unusableFileKeepsTheCurrentStore_data();
    void unusableFileKeepsTheCurrentStore();
    void newDatabaseIsFilledFromTheBundledDataset();
    void newDatabaseNeverReplacesAFile();
    void backupOpensAsAStoreWithTheSameCounts();

private:
    std::unique_ptr<MainWindow> newWindow();
    QString databaseLabel(const MainWindow &window) const;

    QTemporaryDir m_dir;
    QString m_store;
};

void TestShellDatabase::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("main.sqlite"));
    QVERIFY(Store::open(m_store));
    installLanguage(QStringLiteral("en"));
}

void TestShellDatabase::init()
{
    static int run = 0;
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run)));
}

std::unique_ptr<MainWindow> TestShellDatabase::newWindow()
{
    auto db = Store::open(m_store);
    if (!db)
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    addStandardViews(*window);
    window->show();
    return window;
}

QString TestShellDatabase::databaseLabel(const MainWindow &window) const
{
    return window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
}

void TestShellDatabase::opensAnotherStore()
{
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(Store::open(other));
    auto window = newWindow();
    QVERIFY(window);
    window->undoStack()->push(new NoOp);

    FileDialog::setNextPath(other);
    action(*window, "actionOpen")->trigger();
    QCOMPARE(window->database().path(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(databaseLabel(*window), QStringLiteral("Database: %1").arg(QDir::toNativeSeparators(other)));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("other.sqlite")));
    QCOMPARE(window->undoStack()->count(), 0); // the history belonged to the other store
    auto *plans = qobject_cast<PlansView *>(window->view(QStringLiteral("plans")));
    QVERIFY(plans && plans->documentView()->model()->rowCount() >= 5);

    // Both stores are in the recent list, the latest first, and the menu opens them.
    QCOMPARE(AppSettings::instance().recentDatabases(),
             QStringList({QFileInfo(other).absoluteFilePath(), QFileInfo(m_store).absoluteFilePath()}));
    auto *recent = window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QCOMPARE(recent->actions().size(), 2);
    QVERIFY(recent->actions().at(1)->text().endsWith(QDir::toNativeSeparators(m_store)));
    recent->actions().at(1)->trigger();
    QCOMPARE(window->database().path(), QFileInfo(m_store).absoluteFilePath());
}

void TestShellDatabase::unusableFileKeepsTheCurrentStore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("not SQLite") << "notes.sqlite" << QByteArray("minutes of the meeting, not a database");
    QTest::newRow("missing") << "missing.sqlite" << QByteArray();
    QTest::newRow("damaged") << "damaged.sqlite" << QByteArray("SQLite format 3\0", 16).append(4000, '\x7f');
}

void TestShellDatabase::unusableFileKeepsTheCurrentStore()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(name);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Database::Options options;
    options.createIfMissing = false;
    const QString expected = Store::open(path, options).error();
    QVERIFY(!expected.isEmpty());

    auto window = newWindow();
    QVERIFY(window);
    const QString label = databaseLabel(*window);
    const int documents = static_cast<PlansView *>(window->currentView())->documentView()->model()->rowCount();
    FileDialog::setNextPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*window, "actionOpen")->trigger();

    QCOMPARE(MessageBox::lastText(), expected); // the core's own message
    QCOMPARE(window->database().path(), QFileInfo(m_store).absoluteFilePath());
    QCOMPARE(databaseLabel(*window), label);
    QCOMPARE(static_cast<PlansView *>(window->currentView())->documentView()->model()->rowCount(), documents);
    QVERIFY(window->database().plans().documents());
    QCOMPARE(QFile::exists(path), !content.isEmpty()); // a missing file is not created
    QVERIFY(!AppSettings::instance().recentDatabases().contains(QFileInfo(path).absoluteFilePath()));
}

void TestShellDatabase::newDatabaseIsFilledFromTheBundledDataset()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    auto window = newWindow();
    QVERIFY(window);
    const Counts bundled = countsOf(window->database());
    FileDialog::setNextPath(path);
    action(*window, "actionNew")->trigger();
    QCOMPARE(window->database().path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(countsOf(window->database()), bundled);
    QVERIFY(static_cast<PlansView *>(window->currentView())->documentView()->model()->rowCount() >= 5);
}

void TestShellDatabase::newDatabaseNeverReplacesAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("precious.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone's notes");
    }
    auto window = newWindow();
    QVERIFY(window);
    FileDialog::setNextPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*window, "actionNew")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already exists")), qPrintable(MessageBox::lastText()));
    QCOMPARE(window->database().path(), QFileInfo(m_store).absoluteFilePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone's notes"));
}

void TestShellDatabase::backupOpensAsAStoreWithTheSameCounts()
{
    const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
    auto window = newWindow();
    QVERIFY(window);
    FileDialog::setNextPath(copy);
    action(*window, "actionBackup")->trigger();
    QVERIFY(QFile::exists(copy));
    QCOMPARE(window->database().path(), QFileInfo(m_store).absoluteFilePath()); // still working on the live store

    Database::Options options;
    options.createIfMissing = false;
    auto opened = Store::open(copy, options);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(!opened.value()->loadedDatasetNow());
    QCOMPARE(countsOf(*opened.value()), countsOf(window->database()));

    // A backup that cannot be written says why, and nothing changes.
    FileDialog::setNextPath(m_dir.filePath(QStringLiteral("no-such-folder/backup.sqlite")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*window, "actionBackup")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("does not exist")), qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(TestShellDatabase)
#include "tst_shell_database.moc"
