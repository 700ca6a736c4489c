// ParDesk on a 1366 × 768 office display (the offscreen platform configured with such a screen,
// tests/gui/office-screen.json): the window opens inside the screen, a geometry saved on a larger
// monitor is brought back inside it, and every area fits the window at that size with nothing cut
// off. Each area is rendered (PARDESK_SCREENSHOT_DIR keeps the pictures) to be looked at.
#include "TestSupport.h"
#include "ViewTestSupport.h"
#include "charts/ChartExport.h"
#include "charts/ChartFigure.h"
#include "charts/ChartSpec.h"
#include "charts/ChartsView.h"
#include "charts/PresentationWindow.h"
#include "print/PrintAppendixDialog.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/StandardViews.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QDir>
#include <QListWidget>
#include <QScreen>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace pardesk;

class TestOfficeScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void firstStartOpensInsideTheScreen();
    void geometryFromALargerMonitorIsBroughtInside();
    void everyAreaFitsTheScreen_data();
    void everyAreaFitsTheScreen();
    void printDialogFitsTheScreen();
    void presentationCutsNoLabel_data();
    void presentationCutsNoLabel();

private:
    std::unique_ptr<MainWindow> newWindow();
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    QTemporaryDir m_dir;
    QString m_store;
};

void TestOfficeScreen::initTestCase()
{
    if (available().size() != QSize(1366, 768))
        QSKIP("this test needs the 1366 x 768 offscreen screen: "
              "QT_QPA_PLATFORM=offscreen:configfile=tests/gui/office-screen.json (set by CTest)");
    m_store = m_dir.filePath(QStringLiteral("office.sqlite"));
    QVERIFY(Store::open(m_store));
}

void TestOfficeScreen::init()
{
    static int run = 0;
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run)));
    installLanguage(QStringLiteral("vi"));
}

std::unique_ptr<MainWindow> TestOfficeScreen::newWindow()
{
    auto db = Store::open(m_store);
    if (!db)
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db).value());
    addStandardViews(*window);
    return window;
}

void TestOfficeScreen::firstStartOpensInsideTheScreen()
{
    auto window = newWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1400, 850)); // the default, larger than this screen
    window->restoreSettings();                   // nothing saved: the first start
    QVERIFY2(available().contains(window->geometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4").arg(window->x()).arg(window->y()).arg(window->width()).arg(window->height())));
    QVERIFY(window->width() >= 1300); // as large as the screen allows, not a small window
}

void TestOfficeScreen::geometryFromALargerMonitorIsBroughtInside()
{
    {
        auto window = newWindow();
        QVERIFY(window);
        window->setGeometry(1500, 200, 1800, 1000); // where a 3000-pixel desk had it
        window->saveSettings();
    }
    auto window = newWindow();
    QVERIFY(window);
    window->restoreSettings();
    QVERIFY2(available().contains(window->geometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4").arg(window->x()).arg(window->y()).arg(window->width()).arg(window->height())));
}

void TestOfficeScreen::everyAreaFitsTheScreen_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("language");
    for (const QString &key : {QStringLiteral("start"), QStringLiteral("plans"), QStringLiteral("tasks"),
                               QStringLiteral("submissions"), QStringLiteral("scores"), QStringLiteral("charts"),
                               QStringLiteral("consolidation"), QStringLiteral("assessment")})
        for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")})
            QTest::newRow(qPrintable(key + u' ' + language)) << key << language;
}

void TestOfficeScreen::everyAreaFitsTheScreen()
{
    QFETCH(QString, area);
    QFETCH(QString, language);
    auto window = newWindow();
    QVERIFY(window);
    window->restoreSettings();
    window->setLanguage(language);
    QVERIFY(window->showView(area));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(50);
    // Nothing in the area asks for more room than the screen has: the window keeps its size.
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(minimum.width() <= available().width() && minimum.height() <= available().height(),
             qPrintable(QStringLiteral("%1 needs %2 × %3").arg(area).arg(minimum.width()).arg(minimum.height())));
    QVERIFY(available().contains(window->geometry()));
    // No column title is cut ("…ordinating agenc…"): a side column is at least as wide as its title.
    for (const QTableView *table : window->findChildren<QTableView *>()) {
        if (!table->isVisible())
            continue;
        const QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
                continue;
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("%1: \"%2\" is %3 px wide, its title needs %4")
                                    .arg(table->objectName(), title)
                                    .arg(header->sectionSize(column))
                                    .arg(header->sectionSizeHint(column))));
        }
    }
    const QString dir = qEnvironmentVariableIsSet("PARDESK_SCREENSHOT_DIR") ? qEnvironmentVariable("PARDESK_SCREENSHOT_DIR")
                                                                             : m_dir.path();
    QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("office-1366-%1-%2.png").arg(area, language)), "PNG"));
}

void TestOfficeScreen::printDialogFitsTheScreen()
{
    auto db = Store::open(m_store);
    QVERIFY(db);
    PrintAppendixDialog dialog(*db.value(), QStringLiteral("plans"), QStringLiteral("TQ-268-KH-UBND-2023"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.height() <= available().height() - 32, qPrintable(QString::number(dialog.height())));
    QVERIFY(dialog.minimumSizeHint().height() <= available().height() - 32);
}

QTEST_MAIN(TestOfficeScreen)
void TestOfficeScreen::presentationCutsNoLabel_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("scores") << int(ChartSpec::Kind::Scores);
    QTest::newRow("targets by province") << int(ChartSpec::Kind::Compare);
}

// F11 on this screen: every label of the chart is drawn whole ("8 Quản tr…" was cut).
void TestOfficeScreen::presentationCutsNoLabel()
{
    QFETCH(int, kind);
    auto db = Store::open(m_store);
    QVERIFY(db);
    ChartsView view(*db.value(), nullptr);
    ChartSpec spec;
    spec.kind = ChartSpec::Kind(kind);
    spec.province = QStringLiteral("TV");
    spec.theme = QStringLiteral("online_dossier_share");
    view.setSpec(spec);
    QVERIFY(view.figure());
    view.addToPresentation();
    view.presentationList()->setCurrentRow(0);
    view.startPresentation();
    PresentationWindow *show = view.presentation();
    QVERIFY(show);
    QVERIFY(QTest::qWaitForWindowExposed(show));
    QTest::qWait(200); // the chart is fitted again once the window is full screen
    QVERIFY(show->figure());
    const QString dir = qEnvironmentVariableIsSet("PARDESK_SCREENSHOT_DIR") ? qEnvironmentVariable("PARDESK_SCREENSHOT_DIR")
                                                                             : m_dir.path();
    QVERIFY(show->grab().save(QDir(dir).filePath(QStringLiteral("office-1366-presentation-%1.png").arg(kind)), "PNG"));
    const QStringList cut = show->figure()->cutTexts();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
    show->close();
}

#include "tst_office_screen.moc"
