// The first-start page as a new user meets it: what the store holds, the three everyday jobs a
// click away, gone once a job is chosen, back from Help › Start Page.
#include "ViewTestSupport.h"
#include "plans/PlanFormat.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/StandardViews.h"
#include "shell/WelcomePage.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pardesk;

class TestWelcomePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void firstStartShowsWhatTheStoreHolds();
    void eachJobOpensItsArea_data();
    void eachJobOpensItsArea();
    void printOpensTheAppendixDialog();
    void theHelpMenuBringsItBack();

private:
    std::unique_ptr<MainWindow> newWindow();
    QTemporaryDir m_dir;
};

void TestWelcomePage::initTestCase()
{
    installLanguage(defaultLanguage());
}

void TestWelcomePage::init()
{
    static int run = 0;
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run))); // a first start each time
}

std::unique_ptr<MainWindow> TestWelcomePage::newWindow()
{
    auto window = std::make_unique<MainWindow>(test::openStore(m_dir));
    addStandardViews(*window);
    window->restoreSettings();
    window->showWelcomeOnFirstStart();
    window->show();
    return window;
}

void TestWelcomePage::firstStartShowsWhatTheStoreHolds()
{
    auto window = newWindow();
    QVERIFY(window->isShowingWelcome());
    const QString summary = window->welcomePage()->summaryText();
    for (const ProvinceName &p : window->database().references().provinces().value())
        QVERIFY2(summary.contains(p.name), qPrintable(summary));
    for (const auto &[table, count] : window->database().rowCounts().value())
        QVERIFY2(summary.contains(PlanFormat::number(count, 0)), qPrintable(table + QStringLiteral(": ") + summary));
    for (const char *job : {"welcomeEnter", "welcomePrint", "welcomeMeeting"}) {
        auto *button = window->findChild<QCommandLinkButton *>(QLatin1String(job));
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->text().isEmpty() && !button->description().isEmpty());
    }
}

void TestWelcomePage::eachJobOpensItsArea_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("area");
    QTest::newRow("enter a report") << "welcomeEnter" << "submissions";
    QTest::newRow("prepare a meeting") << "welcomeMeeting" << "charts";
    QTest::newRow("plans and targets") << "welcomeBrowse" << "plans";
}

void TestWelcomePage::eachJobOpensItsArea()
{
    QFETCH(QString, button);
    QFETCH(QString, area);
    {
        auto window = newWindow();
        QVERIFY(window->isShowingWelcome());
        auto *clicked = window->findChild<QAbstractButton *>(button);
        QVERIFY(clicked);
        QTest::mouseClick(clicked, Qt::LeftButton);
        QVERIFY(!window->isShowingWelcome());
        QCOMPARE(window->currentView()->viewKey(), area);
        QVERIFY(window->currentView()->isVisible());
        window->saveSettings();
    }
    // Left once: the next start opens on the area, not on the page.
    auto again = newWindow();
    QVERIFY(!again->isShowingWelcome());
    QCOMPARE(again->currentView()->viewKey(), area);
}

void TestWelcomePage::printOpensTheAppendixDialog()
{
    auto window = newWindow();
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            static_cast<QDialog *>(modal)->reject();
        }
    });
    QTest::mouseClick(window->findChild<QAbstractButton *>(QStringLiteral("welcomePrint")), Qt::LeftButton);
    QCOMPARE(opened, QStringLiteral("pardesk::PrintAppendixDialog"));
    QVERIFY(!window->isShowingWelcome());
}

void TestWelcomePage::theHelpMenuBringsItBack()
{
    auto window = newWindow();
    window->findChild<QAction *>(QStringLiteral("actionView_tasks"))->trigger(); // Ctrl+2
    QVERIFY(!window->isShowingWelcome());
    QCOMPARE(window->currentView()->viewKey(), QStringLiteral("tasks"));
    auto *start = window->findChild<QAction *>(QStringLiteral("actionStartPage"));
    QVERIFY(start && !start->text().isEmpty());
    start->trigger();
    QVERIFY(window->isShowingWelcome());
    QVERIFY(window->welcomePage()->isVisible());
    // Ctrl+2 again, on the area that is still current behind the page, leaves it.
    window->findChild<QAction *>(QStringLiteral("actionView_tasks"))->trigger();
    QVERIFY(!window->isShowingWelcome());
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcome_page.moc"
