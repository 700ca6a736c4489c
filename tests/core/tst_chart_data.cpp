// The numbers behind the charts, checked against what the core computes from the real store:
// compare bars are the catalogue's targets, a province without a target stays in as missing,
// a trend's points are the aggregator's results with a missing period as a gap, and the score
// charts hold IndexScores' rows.
#include "SyntheticProvince.h"
#include "aggregate/Aggregator.h"
#include "charts/CompareChartData.h"
#include "charts/ScoresChartData.h"
#include "charts/TrendChartData.h"
#include "store/Store.h"
#include "store/FormValueRepository.h"
#include "store/StoreInfo.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestChartData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void compareBarsAreTheCatalogTargets();
    void provinceWithoutTargetIsShownAsMissing();
    void unknownThemeIsAnError();
    void overviewHasEveryThemeWithATarget();
    void periodRange();
    void trendEqualsTheAggregator();
    void trendOnTheRealStore();
    void trendErrors();
    void scoresAreIndexScores();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
};

void TestChartData::initTestCase()
{
    auto db = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestChartData::compareBarsAreTheCatalogTargets()
{
    const auto themes = m_db->plans().themes();
    QVERIFY(themes);
    int bars = 0;
    for (const Theme &theme : themes.value()) {
        const auto data = CompareChartData::build(*m_db, theme.key);
        QVERIFY2(data, qPrintable(data.error()));
        QCOMPARE(data->provinces.size(), 3);
        QCOMPARE(data->provinces[0].province, QStringLiteral("TQ"));
        QCOMPARE(data->provinces[1].province, QStringLiteral("BG"));
        QCOMPARE(data->provinces[2].province, QStringLiteral("TV"));
        for (const CompareProvince &p : data->provinces) {
            const auto targets = m_db->plans().targets({p.province, theme.key, {}});
            QVERIFY(targets);
            QList<Target> measurable;
            for (const Target &t : targets.value())
                if (t.value && t.comparator != Comparator::None)
                    measurable << t;
            QCOMPARE(p.bars.size(), measurable.size());
            QCOMPARE(p.qualitative, int(targets->size() - measurable.size()));
            QCOMPARE(p.hasTarget(), !targets->isEmpty());
            for (int i = 0; i < measurable.size(); ++i) {
                QCOMPARE(p.bars[i].targetId, measurable[i].id);
                QCOMPARE(p.bars[i].value, *measurable[i].value);
                QCOMPARE(p.bars[i].text, measurable[i].text);
                QCOMPARE(p.bars[i].documentName, measurable[i].documentName);
                QVERIFY(data->documents.contains(measurable[i].documentName));
                ++bars;
            }
        }
    }
    QVERIFY(bars > 50);
}

void TestChartData::provinceWithoutTargetIsShownAsMissing()
{
    // Waiting time at the one-stop desk: only Tuyên Quang states a target ("tối đa 25 phút"?).
    const auto data = CompareChartData::build(*m_db, QStringLiteral("waiting_time"));
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data->provinces.size(), 3);
    QVERIFY(data->provinces[0].hasTarget());
    QVERIFY(!data->provinces[1].hasTarget());
    QVERIFY(!data->provinces[2].hasTarget());
    QVERIFY(data->provinces[1].bars.isEmpty());
    const CompareBar &bar = data->provinces[0].bars.first();
    QVERIFY2(bar.comparison.startsWith(QStringLiteral("≤ ")), qPrintable(bar.comparison));
    QVERIFY2(bar.comparison.endsWith(QStringLiteral(" phút")), qPrintable(bar.comparison));

    const auto online = CompareChartData::build(*m_db, QStringLiteral("online_dossier_share"));
    QVERIFY(online);
    for (const CompareProvince &p : online->provinces)
        QVERIFY2(p.hasTarget(), qPrintable(p.province));
    QVERIFY(online->provinces[0].bars.first().comparison.contains(u'%'));
    QVERIFY(!online->provinces[0].bars.first().documentDate.isEmpty());
}

void TestChartData::unknownThemeIsAnError()
{
    const auto data = CompareChartData::build(*m_db, QStringLiteral("no_such_theme"));
    QVERIFY(!data);
    QVERIFY(data.error().contains(QStringLiteral("no_such_theme")));
}

void TestChartData::overviewHasEveryThemeWithATarget()
{
    const auto all = CompareChartData::buildAll(*m_db);
    QVERIFY(all);
    const auto themes = m_db->plans().themes();
    int withTarget = 0;
    for (const Theme &t : themes.value()) {
        int count = 0;
        for (int n : t.targetsPerProvince)
            count += n;
        withTarget += count > 0 ? 1 : 0;
        const bool listed = std::any_of(all->begin(), all->end(), [&](const CompareChartData &d) { return d.theme == t.key; });
        QCOMPARE(listed, count > 0);
        for (const CompareChartData &d : all.value())
            if (d.theme == t.key)
                for (const CompareProvince &p : d.provinces)
                    QCOMPARE(int(p.bars.size()) + p.qualitative, t.targetsPerProvince.value(p.province));
    }
    QCOMPARE(all->size(), withTarget);
}

void TestChartData::periodRange()
{
    const auto quarters = TrendChartData::periodRange(QStringLiteral("2023Q3"), QStringLiteral("2024Q2"));
    QVERIFY(quarters);
    QStringList keys;
    for (const Period &p : quarters.value())
        keys << p.key();
    QCOMPARE(keys, (QStringList{"2023Q3", "2023Q4", "2024Q1", "2024Q2"}));
    const auto halves = TrendChartData::periodRange(QStringLiteral("2022S1"), QStringLiteral("2023S2"));
    QVERIFY(halves);
    QCOMPARE(halves->size(), 4);
    QVERIFY(!TrendChartData::periodRange(QStringLiteral("2022S1"), QStringLiteral("2023Q2")));
    QVERIFY(!TrendChartData::periodRange(QStringLiteral("2024Q2"), QStringLiteral("2023Q2")));
    const auto bad = TrendChartData::periodRange(QStringLiteral("2024Q5"), QStringLiteral("2024Q4"));
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(QStringLiteral("2024Q5")));
}

// A synthetic province's history, with one quarter taken out: the trend's points are the
// aggregator's results, and the quarter taken out is a gap, not a zero.
void TestChartData::trendEqualsTheAggregator()
{
    QTemporaryDir dir;
    auto db = Store::open(dir.filePath(QStringLiteral("synthetic.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    QSqlDatabase c = db.value()->database().connection();
    bench::SyntheticProvince::Options o;
    o.departments = 3;
    o.districts = 2;
    o.communesPerDistrict = 2;
    o.blocks = 2;
    o.firstYear = 2022;
    o.years = 2;
    const auto summary = bench::SyntheticProvince::write(c, o);
    QVERIFY2(summary, qPrintable(summary.error()));
    {
        // The generator's history is synthetic, and the store says so (StoreInfo).
        Transaction transaction(c);
        QVERIFY(StoreInfo::markSynthetic(c, QStringLiteral("SyntheticProvince, test of the charts")).ok());
        QVERIFY(transaction.commit().ok());
    }
    const Result<bool> synthetic = StoreInfo::isSynthetic(c);
    QVERIFY2(synthetic, qPrintable(synthetic.error()));
    QVERIFY(synthetic.value());
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM submission_values WHERE submission_id IN "
                                  "(SELECT id FROM submissions WHERE period = '2022Q3')")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM submissions WHERE period = '2022Q3'")));

    const auto values = FormValueRepository(c).load(summary->formKey);
    QVERIFY(values);
    const std::optional<Aggregator> aggregator(Aggregator(values.value()));
    for (const QString &item : {QStringLiteral("1"), QStringLiteral("1.1")}) {
        TrendRequest request{summary->formKey + u':' + item, AgencyScope::wholeProvince(QStringLiteral("ZZ")),
                             QStringLiteral("2022Q1"), QStringLiteral("2023Q4")};
        const auto trend = TrendChartData::build(*db.value(), request);
        QVERIFY2(trend, qPrintable(trend.error()));
        QCOMPARE(trend->points.size(), 8);
        QCOMPARE(trend->method, item == u"1" ? Aggregate::Method::Ratio : Aggregate::Method::Sum);
        for (const TrendPoint &p : trend->points) {
            if (p.period.key() == u"2022Q3") {
                QVERIFY2(!p.value, "a period nobody reported must be a gap");
                continue;
            }
            const auto expected = aggregator->aggregate(item, AgencyScope::wholeProvince(QStringLiteral("ZZ")), {p.period.key()});
            QVERIFY(expected);
            QVERIFY(expected->value);
            QCOMPARE(p.value, expected->value);
            QCOMPARE(p.numerator, expected->numerator);
            QCOMPARE(p.denominator, expected->denominator);
            QCOMPARE(p.covered, expected->covered);
        }
        QCOMPARE(trend->missingPeriods(), QStringList{QStringLiteral("2022Q3")});
        QCOMPARE(trend->reportedCount(), 7);
        QVERIFY(trend->projection);
        QCOMPARE(trend->projection->year, 2023);
    }
}

// The bundled store has real figures for 2022S1 only (seed 002): one point, the rest gaps.
void TestChartData::trendOnTheRealStore()
{
    const auto provinceWide = TrendChartData::build(
        *m_db, {QStringLiteral("on_time_processing"), AgencyScope::wholeProvince(QStringLiteral("TQ")),
                             QStringLiteral("2022S1"), QStringLiteral("2023S2")});
    QVERIFY2(provinceWide, qPrintable(provinceWide.error()));
    QCOMPARE(provinceWide->points.size(), 4);
    QCOMPARE(provinceWide->reportedCount(), 1);
    QVERIFY(provinceWide->points[0].value);
    QVERIFY(!provinceWide->points[1].value);
    const auto values = m_db->formValues().load(provinceWide->form);
    QVERIFY(values);
    const std::optional<Aggregator> aggregator(Aggregator(values.value()));
    const auto expected = aggregator->aggregate(provinceWide->item, AgencyScope::wholeProvince(QStringLiteral("TQ")),
                                                {QStringLiteral("2022S1")});
    QVERIFY(expected);
    QCOMPARE(provinceWide->points[0].value, expected->value);
}

void TestChartData::trendErrors()
{
    const auto unknown = TrendChartData::build(*m_db, {QStringLiteral("9.9.9.9"),
                                                                    AgencyScope::wholeProvince(QStringLiteral("TQ")),
                                                                    QStringLiteral("2022S1"), QStringLiteral("2022S2")});
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QStringLiteral("9.9.9.9")));
    const auto province = TrendChartData::build(*m_db, {QStringLiteral("7.6.4"),
                                                                     AgencyScope::wholeProvince(QStringLiteral("XX")),
                                                                     QStringLiteral("2022S1"), QStringLiteral("2022S2")});
    QVERIFY(!province);
    QVERIFY(province.error().contains(QStringLiteral("XX")));
    const auto agency = TrendChartData::build(*m_db, {QStringLiteral("7.6.4"), AgencyScope::subtree(987654),
                                                                   QStringLiteral("2022S1"), QStringLiteral("2022S2")});
    QVERIFY(!agency);
    QVERIFY(agency.error().contains(QStringLiteral("987654")));
}

void TestChartData::scoresAreIndexScores()
{
    const auto scores = m_db->scores().list();
    QVERIFY(scores);
    const auto tv = ScoresChartData::build(*m_db, QStringLiteral("TV"));
    QVERIFY2(tv, qPrintable(tv.error()));
    const QList<ParArea> par = IndexScores::parAreas(scores.value());
    QCOMPARE(tv->par.size(), par.size());
    QCOMPARE(tv->par.first().criteria.size(), par.first().criteria.size());
    QCOMPARE(tv->par.first().area.achieved, par.first().area.achieved);
    QCOMPARE(tv->papi.size(), IndexScores::papi(scores.value(), QStringLiteral("TV"), 2021, 2022).size());
    QCOMPARE(tv->sipas.size(), IndexScores::sipas(scores.value()).size());
    QVERIFY(!tv->documents.isEmpty());

    const auto tq = ScoresChartData::build(*m_db, QStringLiteral("TQ"));
    QVERIFY(tq);
    QVERIFY(tq->isEmpty()); // shown as "no scores", not left out
    QVERIFY(!ScoresChartData::build(*m_db, QStringLiteral("ZZ")));
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chart_data.moc"
