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
#include "charts/ValueLabels.h"
#include "periods/Period.h"
#include "shell/FileDialog.h"
#include "shell/SavedFileNotice.h"
#include "text/FileName.h"
#include "text/NumberFormat.h"
#include "store/StoreInfo.h"
#include "store/Transaction.h"
#include "util/Language.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QChart>
#include <QClipboard>
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
    void trendPointsMetAndNotMet();
    void periodsArePickedByName();
    void barsAndPointsCarryTheirValues();
    void pngTextGrowsWithTheExport();
    void exportsAreValidFiles();
    void viewDrawsEveryKind();
    void presentationStepsWithArrowKeys();
    void screenshots();

private:
    static std::unique_ptr<Store> syntheticStore(const QTemporaryDir &dir, ChartSpec &spec, double &target);
    std::unique_ptr<ChartFigure> figure(const ChartSpec &spec, const Store *store = nullptr)
    {
        auto built = ChartFactory::build(store ? *store : *m_db, spec);
        if (!built)
            qFatal("%s", qPrintable(built.error()));
        return std::unique_ptr<ChartFigure>(built.value());
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
};

void TestCharts::initTestCase()
{
    installLanguage(defaultLanguage());
    m_db = test::openStore(m_dir);
}

void TestCharts::compareSeriesHoldTheTargets()
{
    const QString theme = QStringLiteral("digitisation");
    const auto data = CompareChartData::build(*m_db, theme);
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
        // The axis runs upwards: the first bar of the list is the last category.
        std::reverse(drawn.begin(), drawn.end());
        std::reverse(drawnTips.begin(), drawnTips.end());
        QCOMPARE(drawn, expected);
        for (int i = 0; i < p->bars.size(); ++i)
            QVERIFY(drawnTips[i].contains(p->bars[i].text));
        // Hovering shows the verbatim text and the document.
        for (const CompareBar &b : p->bars)
            QVERIFY(std::any_of(drawnTips.begin(), drawnTips.end(), [&](const QString &t) {
                return t.contains(b.text) && t.contains(b.documentName);
            }));
    }
    // One category per bar and per province without one, each on its own line (equal labels numbered).
    auto *axis = qobject_cast<QBarCategoryAxis *>(fig->charts().first()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    qsizetype rows = 0;
    for (const CompareProvince &p : data->provinces)
        rows += std::max<qsizetype>(1, p.bars.size());
    QCOMPARE(axis->count(), rows);
    QCOMPARE(series->barSets().first()->count(), rows);
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
    const auto data = CompareChartData::build(*m_db, spec.theme);
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
    const auto all = CompareChartData::buildAll(*m_db);
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

// A synthetic province's quarters 2023–2024 (2023Q2 left out), with a synthetic plan whose target
// for the share of dossiers on time sits at the median of the figures: some periods meet it.
std::unique_ptr<Store> TestCharts::syntheticStore(const QTemporaryDir &dir, ChartSpec &spec, double &target)
{
    auto db = test::openStore(dir);
    bench::SyntheticProvince::Options o;
    o.departments = 2;
    o.districts = 1;
    o.communesPerDistrict = 2;
    o.blocks = 1;
    o.firstYear = 2023;
    o.years = 2;
    const auto summary = bench::SyntheticProvince::write(db->database().connection(), o);
    if (!summary)
        qFatal("%s", qPrintable(summary.error()));
    QSqlQuery q(db->database().connection());
    const QStringList sql = {
        QStringLiteral("DELETE FROM submission_values WHERE submission_id IN (SELECT id FROM submissions WHERE period = '2023Q2')"),
        QStringLiteral("DELETE FROM submissions WHERE period = '2023Q2'"),
        QStringLiteral("INSERT INTO documents(key, number, type, province, year, issued, title, src) VALUES "
                       "('ZZ-KH', '01/KH-MAU', 'plan', 'ZZ', 2023, '2023-01-05', 'Kế hoạch mẫu (dữ liệu tổng hợp)', 'synthetic')"),
        QStringLiteral("INSERT INTO indicators(theme, form_id, item_code, scope, why) SELECT 'on_time_processing', id, '1', "
                       "'agency', 'synthetic' FROM forms WHERE key = '%1'").arg(summary->formKey)};
    for (const QString &statement : sql)
        if (!q.exec(statement))
            qFatal("%s", qPrintable(statement));
    spec.kind = ChartSpec::Kind::Trend;
    spec.trend = {QStringLiteral("on_time_processing"), AgencyScope::wholeProvince(QStringLiteral("ZZ")),
                  QStringLiteral("2023Q1"), QStringLiteral("2024Q4")};
    const auto before = TrendChartData::build(*db, spec.trend);
    if (!before)
        qFatal("%s", qPrintable(before.error()));
    QList<double> values;
    for (const TrendPoint &p : before->points)
        if (p.value)
            values << *p.value;
    std::sort(values.begin(), values.end());
    target = std::round(values[values.size() / 2] * 10) / 10;
    q.prepare(QStringLiteral("INSERT INTO targets(document_id, stt, text, theme, kind, comparator, value, unit, deadline) "
                             "SELECT id, '1', ?, 'on_time_processing', 'level', '>=', ?, '%', '2024-12-31' FROM documents "
                             "WHERE key = 'ZZ-KH'"));
    q.addBindValue(QStringLiteral("Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ %1% trở lên (dữ liệu tổng hợp)").arg(target));
    q.addBindValue(target);
    if (!q.exec())
        qFatal("target");
    Transaction transaction(db->database().connection());
    if (!StoreInfo::markSynthetic(db->database().connection(), QStringLiteral("SyntheticProvince, test of the charts")).ok() ||
        !transaction.commit().ok())
        qFatal("synthetic");
    return db;
}

void TestCharts::trendGapIsAGap()
{
    QTemporaryDir dir;
    ChartSpec spec;
    double target = 0;
    const auto db = syntheticStore(dir, spec, target);
    const auto data = TrendChartData::build(*db, spec.trend);
    QVERIFY(data);
    const auto fig = figure(spec, db.get());
    QList<QLineSeries *> runs;
    QList<QPointF> drawn;
    for (QAbstractSeries *s : fig->charts().first()->series())
        if (s->objectName() == u"actual") {
            runs << static_cast<QLineSeries *>(s);
            drawn << runs.last()->points();
        }
    QCOMPARE(runs.size(), 2); // 2023Q1 | gap | 2023Q3 … 2024Q4
    QCOMPARE(drawn.size(), 7);
    for (const QPointF &p : drawn) {
        QVERIFY(p.x() != 1.0); // nothing at 2023Q2, and no zero
        QCOMPARE(std::optional<double>(p.y()), data->points[int(p.x())].value);
    }
    QVERIFY(fig->footnote().contains(StoreInfo::syntheticNotice()));
    // The gap by its name ("Second quarter of 2023"; "Quý II năm 2023" in Vietnamese), not its key.
    QVERIFY2(fig->footnote().contains(Period::quarter(2023, 2).label()), qPrintable(fig->footnote()));
    QVERIFY(!fig->footnote().contains(QStringLiteral("2023Q2")));
}

// Every bar is labelled with its value the Vietnamese way, on screen and in an exported SVG
// (QtCharts alone would write "12.5", in the C locale, and only on hover here).
void TestCharts::barsAndPointsCarryTheirValues()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Compare;
    spec.theme = QStringLiteral("online_dossier_share");
    const auto fig = figure(spec);
    QVERIFY(fig);
    QChart *chart = fig->charts().first();
    // One label per bar a province has, its value the Vietnamese way, read from the bars drawn.
    QStringList expected;
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    if (!set->property("tooltips").toStringList().value(i).isEmpty())
                        expected << formatNumber(set->at(i), 2) + QStringLiteral(" %");
    QStringList labels = ValueLabels::of(chart)->texts();
    QVERIFY(!expected.isEmpty());
    std::sort(expected.begin(), expected.end());
    std::sort(labels.begin(), labels.end());
    QCOMPARE(labels, expected);
    QTemporaryDir out;
    const QString svg = out.filePath(QStringLiteral("chart.svg"));
    QVERIFY(ChartExport::save(fig.get(), svg, QSize(1600, 1000)).ok());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(file.readAll());
    for (const QString &label : std::as_const(labels))
        QVERIFY2(drawing.contains(label), qPrintable(label));
}

// A PNG for the projector: the smallest text is at least 1/60 of the picture's height, so a
// 3840 × 2160 export is the 1920 × 1080 one drawn twice as large (not the same texts on a larger
// canvas, which the room cannot read).
void TestCharts::pngTextGrowsWithTheExport()
{
    QCOMPARE(ChartExport::pngTextScale(QSize(800, 500), 96), 1.0);
    const double scale = ChartExport::pngTextScale(QSize(1920, 1080), 96);
    QVERIFY(ChartExport::kSmallestPointSize * 96 / 72 * scale >= 1080 / 60.0 - 1e-9);
    QCOMPARE(ChartExport::pngTextScale(QSize(3840, 2160), 96), 2 * scale);

    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Compare;
    spec.theme = QStringLiteral("online_dossier_share");
    const auto fig = figure(spec);
    QVERIFY(fig);
    QTemporaryDir out;
    const QString small = out.filePath(QStringLiteral("small.png")), large = out.filePath(QStringLiteral("large.png"));
    QVERIFY(ChartExport::save(fig.get(), small, QSize(1920, 1080)).ok());
    QVERIFY(ChartExport::save(fig.get(), large, QSize(3840, 2160)).ok());
    // The title's ink, in rows of pixels: about twice as tall on the picture twice as large (1,6 ×
    // to 2 ×: antialiased edges fall either side of the threshold), where texts of a fixed size
    // would keep it as it is (1 ×).
    const auto titleRows = [](const QImage &image) {
        int rows = 0;
        for (int y = 0; y < image.height() * 8 / 100; ++y)
            for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x)
                if (qGray(image.pixel(x, y)) < 128) {
                    ++rows;
                    break;
                }
        return rows;
    };
    const int smallRows = titleRows(QImage(small)), largeRows = titleRows(QImage(large));
    QVERIFY2(smallRows >= 1080 / 60, qPrintable(QString::number(smallRows)));
    QVERIFY2(largeRows >= smallRows * 15 / 10 && largeRows <= smallRows * 23 / 10,
             qPrintable(QStringLiteral("%1 rows against %2").arg(largeRows).arg(smallRows)));
}

void TestCharts::periodsArePickedByName()
{
    ChartsView view(*m_db, nullptr);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *from = view.findChild<QComboBox *>(QStringLiteral("chartFrom"));
    auto *to = view.findChild<QComboBox *>(QStringLiteral("chartTo"));
    QVERIFY(from && to);
    // The default range, shown by name; the spec still carries the keys.
    QCOMPARE(from->currentText(), Period::half(2022, 1).label());
    QCOMPARE(to->currentText(), Period::half(2024, 2).label());
    // Every period of 2022 (the seed's figures) to 2024 (the plans' targets), each kind.
    for (const QString &key : {QStringLiteral("2022Q1"), QStringLiteral("2023N9"), QStringLiteral("2024")})
        QVERIFY2(from->findData(key) >= 0, qPrintable(key));
    // Picking one redraws the trend over the new range.
    ChartSpec spec = view.spec();
    spec.kind = ChartSpec::Kind::Trend;
    view.setSpec(spec);
    from->setCurrentIndex(from->findData(QStringLiteral("2023S1")));
    emit from->activated(from->currentIndex());
    QCOMPARE(view.spec().trend.from, QStringLiteral("2023S1"));
    QCOMPARE(view.spec().trend.to, QStringLiteral("2024S2"));
    // A period outside the list (a chart kept from another store) is added, not lost.
    spec.trend.from = QStringLiteral("2019S1");
    spec.trend.to = QStringLiteral("2019S2");
    view.setSpec(spec);
    QCOMPARE(view.spec().trend.from, QStringLiteral("2019S1"));
    QCOMPARE(from->currentText(), Period::half(2019, 1).label());
}

void TestCharts::trendPointsMetAndNotMet()
{
    QTemporaryDir dir;
    ChartSpec spec;
    double target = 0;
    const auto db = syntheticStore(dir, spec, target);
    const auto fig = figure(spec, db.get());
    QList<QPointF> met, notMet;
    int targetLines = 0;
    for (QAbstractSeries *s : fig->charts().first()->series()) {
        if (s->objectName() == u"met")
            met = static_cast<QScatterSeries *>(s)->points();
        if (s->objectName() == u"notMet")
            notMet = static_cast<QScatterSeries *>(s)->points();
        if (s->objectName() == u"target") {
            ++targetLines;
            for (const QPointF &p : static_cast<QLineSeries *>(s)->points())
                QCOMPARE(p.y(), target);
        }
    }
    QCOMPARE(targetLines, 1);
    QCOMPARE(met.size() + notMet.size(), 7);
    QVERIFY(!met.isEmpty());
    QVERIFY(!notMet.isEmpty());
    for (const QPointF &p : met)
        QVERIFY(p.y() >= target);
    for (const QPointF &p : notMet)
        QVERIFY(p.y() < target);
    if (qEnvironmentVariableIsSet("PARDESK_SCREENSHOT_DIR"))
        QVERIFY(ChartExport::save(fig.get(), QDir(qEnvironmentVariable("PARDESK_SCREENSHOT_DIR"))
                                                 .filePath(QStringLiteral("charts-trend-synthetic.png")),
                                  QSize(1400, 800)).ok());
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
    // The copy key puts the chart on the clipboard as a picture.
    QApplication::clipboard()->clear();
    view.setFocus();
    QTest::keySequence(&view, QKeySequence::Copy);
    QVERIFY(!QApplication::clipboard()->image().isNull());
    // Export through the file chooser: the PNG at the size chosen in the toolbar.
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("chart.png"));
    FileDialog::setNextPath(png);
    view.exportChart();
    // The name offered is the chart's title, and the official is told where the file went.
    QCOMPARE(FileDialog::lastSuggested(), fileNameOf(view.figure()->charts().first()->title(), QStringLiteral("png")));
    QVERIFY(!FileDialog::lastSuggested().startsWith(QStringLiteral("chart")));
    QCOMPARE(SavedFileNotice::lastPath(), png);
    QImage picture;
    QVERIFY(picture.load(png));
    QCOMPARE(picture.size(), view.pngSize());
    // A level of the province: the aggregator's sum over that level's agencies.
    ChartSpec level = view.spec();
    level.trend.scope = AgencyScope::atLevel(QStringLiteral("TQ"), QStringLiteral("department"));
    view.setSpec(level);
    QVERIFY2(view.figure(), qPrintable(view.message()));
    QCOMPARE(view.spec().trend.scope.kind, AgencyScope::Kind::Level);
    QCOMPARE(view.spec().trend.scope.level, QStringLiteral("department"));
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
    // Listed by the charts' titles, in words, not by keys ("Targets: satisfaction").
    QCOMPARE(view.presentationList()->item(1)->text(), view.figure()->charts().first()->title());
    QVERIFY(!view.presentationList()->item(0)->text().contains(QStringLiteral("satisfaction")));
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
    view.resize(1440, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Compare;
    spec.theme = QStringLiteral("online_dossier_share");
    view.setSpec(spec);
    QVERIFY(!test::screenshot(view, QStringLiteral("charts-view-compare.png"), m_dir.path()).isEmpty());
    spec.kind = ChartSpec::Kind::Trend;
    spec.trend = {QStringLiteral("online_dossier_share"), AgencyScope::wholeProvince(QStringLiteral("TQ")),
                  QStringLiteral("2022S1"), QStringLiteral("2024S2")};
    view.setSpec(spec);
    QVERIFY(view.figure());
    QVERIFY(!test::screenshot(view, QStringLiteral("charts-view-trend.png"), m_dir.path()).isEmpty());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
