// The charts as a user sees them: the series hold the numbers the core computes from the store,
// a province without a target and a period without figures are shown as missing, the exports are
// valid files, the charts area draws every kind, and the presentation steps with the arrow keys.
#include "SyntheticProvince.h"
#include "ViewTestSupport.h"
#include "charts/ChartExport.h"
#include "charts/ChartFactory.h"
#include "charts/ChartsView.h"
#include "charts/CompareChartBuilder.h"
#include "charts/OverviewGrid.h"
#include "charts/PresentationWindow.h"
#include "charts/TrendChartBuilder.h"
#include "store/StoreInfo.h"
#include "store/Transaction.h"
#include "util/Language.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QSvgRenderer>

using namespace pardesk;

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void compareSeriesHoldTheTargets();
    void provinceWithoutTargetHasNoBar();
    void overviewGridCells();
    void trendGapIsAGap();
    void exportsAreValidFiles();
    void viewDrawsEveryKind();
    void presentationStepsWithArrowKeys();
    void screenshots();

private:
    std::unique_ptr<ChartFigure> figure(const ChartSpec &spec, QSqlDatabase db = {})
    {
        auto built = ChartFactory::build(db.isValid() ? db : m_db->connection(), spec);
        if (!built)
            qFatal("%s", qPrintable(built.error()));
        return std::unique_ptr<ChartFigure>(built.value());
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCharts::initTestCase()
{
    installLanguage(defaultLanguage());
    m_db = test::openStore(m_dir);
}

void TestCharts::compareSeriesHoldTheTargets()
{
    const QString theme = QStringLiteral("digitisation");
    const auto data = CompareChartData::build(m_db->connection(), theme);
    QVERIFY(data);
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Compare;
    spec.theme = theme;
    const auto fig = figure(spec);
    QCOMPARE(fig->charts().size(), 1);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(fig->charts().first()->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 3);
    for (QBarSet *set : series->barSets()) {
        const QString province = set->property("province").toString();
        const auto p = std::find_if(data->provinces.begin(), data->provinces.end(),
                                    [&](const CompareProvince &c) { return c.province == province; });
        QVERIFY(p != data->provinces.end());
        QList<double> expected, drawn;
        for (const CompareBar &b : p->bars)
            expected << b.value;
        const QStringList tips = set->property("tooltips").toStringList();
        QStringList drawnTips;
        for (int i = 0; i < set->count(); ++i)
            if (!tips.value(i).isEmpty()) {
                drawn << set->at(i);
                drawnTips << tips[i];
            }
        std::sort(expected.begin(), expected.end());
        std::sort(drawn.begin(), drawn.end());
        QCOMPARE(drawn, expected);
        // Hovering shows the verbatim text and the document.
        for (const CompareBar &b : p->bars)
            QVERIFY(std::any_of(drawnTips.begin(), drawnTips.end(), [&](const QString &t) {
                return t.contains(b.text) && t.contains(b.documentNumber);
            }));
    }
    QVERIFY(fig->footnote().contains(data->documents.first()));
}

void TestCharts::provinceWithoutTargetHasNoBar()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Compare;
    spec.theme = QStringLiteral("waiting_time");
    const auto fig = figure(spec);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(fig->charts().first()->series().first());
    QVERIFY(series);
    const auto data = CompareChartData::build(m_db->connection(), spec.theme);
    const QStringList categories = CompareChartBuilder::categories(data.value());
    QCOMPARE(categories.size(), 3); // TQ's target, then BG and TV each kept as "no target"
    QVERIFY(categories[1].startsWith(QStringLiteral("BG")));
    QVERIFY(categories[2].startsWith(QStringLiteral("TV")));
    for (QBarSet *set : series->barSets()) {
        double sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        QCOMPARE(sum > 0, set->property("province").toString() == u"TQ");
    }
}

void TestCharts::overviewGridCells()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Overview;
    const auto fig = figure(spec);
    auto *grid = fig->findChild<OverviewGrid *>();
    QVERIFY(grid);
    const auto all = CompareChartData::buildAll(m_db->connection());
    QCOMPARE(grid->rowCount(), all->size());
    QCOMPARE(grid->columnCount(), 3);
    for (int r = 0; r < grid->rowCount(); ++r)
        for (int c = 0; c < 3; ++c) {
            const CompareProvince &p = all->at(r).provinces[c];
            QCOMPARE(grid->targetCount(r, c), int(p.bars.size()) + p.qualitative);
            if (!p.hasTarget())
                QCOMPARE(grid->cellText(r, c), OverviewGrid::tr("no target"));
            for (const CompareBar &b : p.bars)
                QVERIFY(grid->cellText(r, c).contains(b.comparison));
        }
}

void TestCharts::trendGapIsAGap()
{
    QTemporaryDir dir;
    auto db = test::openStore(dir);
    bench::SyntheticProvince::Options o;
    o.departments = 2;
    o.districts = 1;
    o.communesPerDistrict = 2;
    o.blocks = 1;
    o.firstYear = 2023;
    o.years = 1;
    const auto summary = bench::SyntheticProvince::write(db->connection(), o);
    QVERIFY(summary);
    {
        // The generator's history is synthetic, and the store says so (StoreInfo).
        Transaction transaction(db->connection());
        QVERIFY(StoreInfo::markSynthetic(db->connection(), QStringLiteral("SyntheticProvince, test of the charts")).ok());
        QVERIFY(transaction.commit().ok());
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM submission_values WHERE submission_id IN "
                                  "(SELECT id FROM submissions WHERE period = '2023Q2')")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM submissions WHERE period = '2023Q2'")));
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Trend;
    spec.trend = {summary->formKey + QStringLiteral(":1"), AgencyScope::wholeProvince(QStringLiteral("ZZ")),
                  QStringLiteral("2023Q1"), QStringLiteral("2023Q4")};
    const auto data = TrendChartData::build(db->connection(), spec.trend);
    QVERIFY(data);
    const auto fig = figure(spec, db->connection());
    QList<QLineSeries *> runs;
    QList<QPointF> drawn;
    for (QAbstractSeries *s : fig->charts().first()->series())
        if (s->objectName() == u"actual") {
            runs << static_cast<QLineSeries *>(s);
            drawn << runs.last()->points();
        }
    QCOMPARE(runs.size(), 2); // Q1 | gap | Q3–Q4
    QCOMPARE(drawn.size(), 3);
    for (const QPointF &p : drawn) {
        QVERIFY(p.x() != 1.0); // nothing at 2023Q2, and no zero
        QCOMPARE(std::optional<double>(p.y()), data->points[int(p.x())].value);
    }
    QVERIFY(fig->footnote().contains(StoreInfo::syntheticNotice()));
    QVERIFY(fig->footnote().contains(QStringLiteral("2023Q2")));
}

void TestCharts::exportsAreValidFiles()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Scores;
    spec.province = QStringLiteral("TV");
    const auto fig = figure(spec);
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("c.png"));
    QVERIFY(ChartExport::save(fig.get(), png, QSize(1024, 700)).ok());
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(1024, 700));
    const QString svg = out.filePath(QStringLiteral("c.svg"));
    QVERIFY(ChartExport::save(fig.get(), svg).ok());
    QVERIFY(QSvgRenderer(svg).isValid());
    const QString pdf = out.filePath(QStringLiteral("c.pdf"));
    QVERIFY(ChartExport::save(fig.get(), pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), 1);
    const Status wrong = ChartExport::save(fig.get(), out.filePath(QStringLiteral("c.gif")));
    QVERIFY(!wrong);
    QVERIFY(wrong.error().contains(QStringLiteral("c.gif")));
}

void TestCharts::viewDrawsEveryKind()
{
    ChartsView view(*m_db, nullptr);
    QVERIFY(!view.figure()); // nothing is built before the view is shown
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.figure());
    auto *kind = view.findChild<QComboBox *>(QStringLiteral("chartKind"));
    for (int k = 0; k < kind->count(); ++k) {
        kind->setCurrentIndex(k);
        QVERIFY2(view.figure(), qPrintable(view.message()));
        QCOMPARE(int(view.spec().kind), k);
    }
    // The real store's figures: one period only, which the chart says instead of drawing a trend.
    kind->setCurrentIndex(int(ChartSpec::Kind::Trend));
    QVERIFY(view.figure()->footnote().contains(TrendChartBuilder::tr("Only one period reported: there is no trend yet.")));
    // A typed item that does not exist: a message, no chart.
    ChartSpec bad = view.spec();
    bad.trend.indicator = QStringLiteral("99.99");
    view.setSpec(bad);
    QVERIFY(!view.figure());
    QVERIFY(view.message().contains(QStringLiteral("99.99")));
}

void TestCharts::presentationStepsWithArrowKeys()
{
    ChartsView view(*m_db, nullptr);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartSpec a;
    a.kind = ChartSpec::Kind::Compare;
    a.theme = QStringLiteral("satisfaction");
    view.setSpec(a);
    const int deskTitle = view.figure()->charts().first()->titleFont().pointSize();
    view.addToPresentation();
    ChartSpec b;
    b.kind = ChartSpec::Kind::Scores;
    b.province = QStringLiteral("TV");
    view.setSpec(b);
    view.addToPresentation();
    QCOMPARE(view.presentationList()->count(), 2);
    view.presentationList()->setCurrentRow(0);
    view.startPresentation();
    PresentationWindow *show = view.presentation();
    QVERIFY(show);
    QVERIFY(QTest::qWaitForWindowExposed(show));
    QVERIFY(show->windowState() & Qt::WindowFullScreen);
    QCOMPARE(show->current(), 0);
    QVERIFY(show->figure()->charts().first()->titleFont().pointSize() > deskTitle);
    QTest::keyClick(show, Qt::Key_Right);
    QCOMPARE(show->current(), 1);
    QTest::keyClick(show, Qt::Key_Right); // the last one stays
    QCOMPARE(show->current(), 1);
    QTest::keyClick(show, Qt::Key_Left);
    QCOMPARE(show->current(), 0);
    QTest::keyClick(show, Qt::Key_Escape);
    QTRY_VERIFY(!view.presentation());
}

void TestCharts::screenshots()
{
    ChartsView view(*m_db, nullptr);
    const QString dir = m_dir.path();
    view.resize(1440, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Compare;
    spec.theme = QStringLiteral("online_dossier_share");
    view.setSpec(spec);
    QVERIFY(!test::screenshot(view, QStringLiteral("charts-view-compare.png"), dir).isEmpty());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
