// The province's picture of a criteria set: standings and ranking, the estimate against the last
// official result, lost points with the targets and tasks that move them, the year-end projection
// of a ratio sub-criterion; literal (generated) values, then the real store with seed 004's set.
#include "CriteriaNodes.h"
#include "assessment/ProvincePicture.h"
#include "assessment/ProvincePictureLoader.h"
#include "assessment/RatioFigures.h"
#include "assessment/RatioProjection.h"
#include "assessment/AssessmentPeriod.h"
#include "assessment/ScoreRules.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace pardesk;

namespace {

bool near(std::optional<double> a, double b)
{
    return a && std::abs(*a - b) < 1e-9;
}

CriteriaNode node(const QString &code, const QString &parent, CriteriaLevel level, double max,
                  ScoringKind kind = ScoringKind::Points)
{
    return test::criteriaNode(0, code, parent, level, max, kind);
}

// Generated test data, not from a source document.
CriteriaSet generated()
{
    CriteriaSet s;
    s.key = QStringLiteral("TEST.picture");
    s.agencyGroup = QStringLiteral("department");
    s.nodes = {node("1", {}, CriteriaLevel::Area, 3), node("1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
               node("1.2", "1", CriteriaLevel::SubCriterion, 1), node("1.3", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Survey)};
    s.nodes[1].planDocument = QStringLiteral("DOC");
    s.nodes[1].planStt = QStringLiteral("I.1");
    return s;
}

AgencyAssessment assessment(const QString &key, const QString &status, const QString &period,
                            const QList<AssessmentScore> &scores)
{
    AssessmentHeader h;
    h.agencyKey = key;
    h.status = status;
    h.period = period;
    return AgencyAssessment{key, key, h, scores};
}

Score official(const QString &code, double achieved, std::optional<int> rank = {})
{
    Score s;
    s.index = QStringLiteral("PAR");
    s.province = QStringLiteral("XX");
    s.year = 2023;
    s.code = code;
    s.achieved = achieved;
    s.rank = rank;
    s.rankOf = rank ? std::optional<int>(63) : std::nullopt;
    return s;
}

Task task(const QString &stt, const QString &status)
{
    Task t;
    t.documentKey = QStringLiteral("DOC");
    t.stt = stt;
    t.status = status;
    return t;
}

} // namespace

class TestAssessPicture : public QObject {
    Q_OBJECT
private slots:
    void standingsAndRanking();
    void estimateAgainstTheOfficialResult();
    void lostPointsWithWhatMovesThem();
    void ratioProjection();
    void ratioFromTheReportedFigures();
    void lostPointsWithTheLatestFigures();
    void seed004InTheRealStore();
    void periodsInTimeOrder();
    void aMonthAfterItsQuarterIsTheLatest();
};

void TestAssessPicture::standingsAndRanking()
{
    const QList<AgencyAssessment> in{
        assessment("A", "appraised", "202403", {{"1.1", 1, {}, 0, {}}, {"1.2", 1, {}, std::nullopt, {}}}),
        assessment("B", "draft", "202404", {{"1.1", 1, {}, std::nullopt, {}}, {"1.2", 0.5, {}, std::nullopt, {}}}),
        AgencyAssessment{"C", "C", std::nullopt, {}}};
    const ProvincePicture p = ProvincePictureBuilder::build(generated(), "XX", 2024, in, {}, {}, {});
    QCOMPARE(p.agencies.size(), 3);
    QCOMPARE(p.agencies[0].agencyKey, QStringLiteral("B"));
    QCOMPARE(p.agencies[0].total, 1.5);
    QCOMPARE(p.agencies[0].rank, std::optional<int>(1));
    QCOMPARE(p.agencies[1].agencyKey, QStringLiteral("A"));
    QCOMPARE(p.agencies[1].total, 1.0); // the council's 0 replaces the self-scored 1
    QCOMPARE(p.agencies[1].rank, std::optional<int>(2));
    QCOMPARE(p.agencies[2].status, QStringLiteral("not_started"));
    QVERIFY(!p.agencies[2].rank);
}

void TestAssessPicture::estimateAgainstTheOfficialResult()
{
    const QList<AgencyAssessment> in{
        assessment("A", "appraised", "202403", {{"1.1", 1, {}, 0, {}}, {"1.2", 1, {}, std::nullopt, {}}}),
        assessment("B", "draft", "202404", {{"1.1", 1, {}, std::nullopt, {}}})};
    const ProvincePicture p = ProvincePictureBuilder::build(generated(), "XX", 2024, in,
                                                            {official("1", 2.5, 5), official("1.3", 0.8)}, {}, {});
    QCOMPARE(p.estimateFrom, QStringLiteral("A")); // appraised beats a later draft
    QCOMPARE(p.areas.size(), 1);
    QVERIFY(near(p.areas[0].estimate, 1.8)); // 0 + 1 + the survey's last official 0,8
    QCOMPARE(p.areas[0].unscored, 0);
    QVERIFY(near(p.areas[0].official, 2.5));
    QCOMPARE(p.areas[0].officialYear, 2023);
    QCOMPARE(p.areas[0].officialRank, std::optional<int>(5));
    QVERIFY(near(p.total.max, 3));
    QVERIFY(near(p.total.estimate, 1.8));
}

void TestAssessPicture::lostPointsWithWhatMovesThem()
{
    const QList<AgencyAssessment> in{assessment("A", "submitted", "2024Q1", {{"1.1", 0, {}, std::nullopt, {}}, {"1.2", 1, {}, std::nullopt, {}}})};
    Target target;
    target.documentKey = QStringLiteral("DOC");
    target.stt = QStringLiteral("I.1.a");
    Target other = target;
    other.stt = QStringLiteral("I.10");
    const ProvincePicture p = ProvincePictureBuilder::build(
        generated(), "XX", 2024, in, {official("1.3", 0.8)}, {target, other},
        {task("I.1", "open"), task("I.1.a", "in_progress"), task("I.1.b", "done"), task("I.10", "open")});
    QCOMPARE(p.lost.size(), 2);
    QCOMPARE(p.lost[0].lost.code, QStringLiteral("1.1"));
    QCOMPARE(p.lost[0].lost.lost(), 1.0);
    QVERIFY(!p.lost[0].fromOfficial);
    QCOMPARE(p.lost[0].targets.size(), 1);
    QCOMPARE(p.lost[0].targets[0].stt, QStringLiteral("I.1.a"));
    QCOMPARE(p.lost[0].openTasks.size(), 2); // I.1 and I.1.a; I.1.b is done, I.10 is another node
    QCOMPARE(p.lost[1].lost.code, QStringLiteral("1.3"));
    QVERIFY(p.lost[1].fromOfficial);
}

void TestAssessPicture::ratioProjection()
{
    CriteriaNode n = node("7.x", "7", CriteriaLevel::SubCriterion, 1.5, ScoringKind::Ratio);
    // Generated rates: 40 % to March, 50 % to June (cumulative).
    const auto r = RatioProjection::project(n, {{Period::quarter(2024, 1), 40}, {Period::quarter(2024, 2), 50}});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(near(r->rate.value, 70)); // +10 points a quarter, two quarters more
    QVERIFY(near(r->points, 1.05));   // 1,5 × 70 / 100
    QVERIFY(!r->assumption.isEmpty());
    n.rateFullAt = 50; // full points from 50 %
    QVERIFY(near(RatioProjection::project(n, {{Period::quarter(2024, 1), 40}, {Period::quarter(2024, 2), 50}})->points, 1.5));
    QVERIFY(!RatioProjection::project(node("7.y", "7", CriteriaLevel::SubCriterion, 1), {}).ok()); // not a ratio
}

void TestAssessPicture::seed004InTheRealStore()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    // 2023, the year of the seed's plan: scored against the 2022 set, the only one it states.
    const auto p = ProvincePictureLoader::load(*store.value(), QStringLiteral("TV"), 2023);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->setKey, QStringLiteral("PAR.7.seed004"));
    QVERIFY(!p->agencies.isEmpty());
    for (const AgencyStanding &a : p->agencies)
        QCOMPARE(a.status, QStringLiteral("not_started"));
    QCOMPARE(p->areas.size(), 1);
    const AreaEstimate &area = p->areas.first();
    QVERIFY(near(area.max, 13.5));
    QVERIFY(near(area.official, 10.1352));
    QCOMPARE(area.officialYear, 2022);
    QCOMPARE(area.officialRank, std::optional<int>(39));
    QCOMPARE(area.officialRankOf, std::optional<int>(63));
    QVERIFY(near(area.estimate, 4.1348)); // nobody has scored: the named sub-criteria's official points only
    QCOMPARE(area.unscored, 7);           // the unnamed places, which the seed gives no points for
    QCOMPARE(p->lost.size(), 7);
    const LostPointMovers &first = p->lost.first();
    QCOMPARE(first.lost.code, QStringLiteral("7.III.7"));
    QVERIFY(first.fromOfficial);
    QStringList taskStts;
    for (const Task &t : first.openTasks)
        taskStts << t.stt;
    QVERIFY2(taskStts.contains(QStringLiteral("III.7.a")), qPrintable(taskStts.join(u", ")));
    QStringList themes;
    for (const Target &t : first.targets)
        themes << t.theme;
    QVERIFY2(themes.contains(QStringLiteral("online_dossier_share")), qPrintable(themes.join(u", ")));
}

void TestAssessPicture::periodsInTimeOrder()
{
    const QStringList ordered = {"202201", "202203", "2022Q1", "202204", "202212", "2022Q4", "2022", "202301"};
    for (int i = 0; i + 1 < ordered.size(); ++i) {
        QVERIFY2(AssessmentPeriod::earlier(ordered[i], ordered[i + 1]), qPrintable(ordered[i] + QStringLiteral(" < ") + ordered[i + 1]));
        QVERIFY2(!AssessmentPeriod::earlier(ordered[i + 1], ordered[i]), qPrintable(ordered[i + 1] + QStringLiteral(" !< ") + ordered[i]));
    }
}

// Scored in March, for the first quarter, then in April: the April scoring is the latest (as text
// "2022Q1" sorted after "202204"), and the line through the year follows the three in that order.
void TestAssessPicture::aMonthAfterItsQuarterIsTheLatest()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const CriteriaSets sets(store.value()->database().connection());
    const CriteriaSet set = ProvincePictureLoader::setFor(*store.value(), QStringLiteral("TV"), 2022).value();
    const AgencyRef agency = sets.scoredAgencies(set.agencyGroup, QStringLiteral("TV")).value().first();
    const SelfAssessments repo(store.value()->database().connection());
    const QList<std::pair<QString, QList<std::pair<QString, double>>>> scorings = {
        {QStringLiteral("202203"), {{QStringLiteral("7.I.2"), 0.5}}},
        {QStringLiteral("2022Q1"), {{QStringLiteral("7.I.2"), 1}}},
        {QStringLiteral("202204"), {{QStringLiteral("7.I.2"), 1}, {QStringLiteral("7.II.3"), 1.4}}},
    };
    for (const auto &[period, points] : scorings) {
        const auto id = repo.create(set.id, agency.id, period);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        for (const auto &[code, value] : points)
            QVERIFY(repo.setScore(id.value(), code, value, QStringLiteral("generated for the test")).ok());
    }
    const auto now = ProvincePictureLoader::load(*store.value(), QStringLiteral("TV"), 2022);
    QVERIFY2(now.ok(), qPrintable(now.error()));
    const auto standing = std::find_if(now->agencies.begin(), now->agencies.end(),
                                       [&](const AgencyStanding &a) { return a.agencyKey == agency.key; });
    QVERIFY(standing != now->agencies.end());
    QCOMPARE(standing->period, QStringLiteral("202204"));
    QVERIFY(near(standing->total, 2.4));

    const auto through = ProvincePictureLoader::estimatesThroughYear(*store.value(), QStringLiteral("TV"), 2022);
    QVERIFY2(through.ok(), qPrintable(through.error()));
    QStringList periods;
    for (const auto &e : through.value())
        periods << e.period;
    QCOMPARE(periods, (QStringList{"202203", "2022Q1", "202204"}));
    // Each is the estimate by the same rules at that time: the last is today's.
    QVERIFY(near(through->last().estimate, now->total.estimate));
    QVERIFY(through->at(0).estimate < through->at(1).estimate);
    QVERIFY(through->at(1).estimate < through->at(2).estimate);
}

namespace {

// A ratio sub-criterion measured by a generated form's items "num" / "den", full points from 80%.
CriteriaNode measuredNode()
{
    CriteriaNode n = node("1.4", "1", CriteriaLevel::SubCriterion, 1.5, ScoringKind::Ratio);
    n.rateFullAt = 80;
    n.rateForm = QStringLiteral("TEST-FORM");
    n.rateFormula = QStringLiteral(R"({"op":"ratio","num":"num","den":"den"})");
    return n;
}

// Generated figures of agency 7: cumulative 50% (Q1), 55% (S1), 62,5% (N9), 90% (the year); 2023's year 40%.
FormValues generatedFigures()
{
    FormValues::Form form{QStringLiteral("TEST-FORM"), {}, {}};
    for (const char *code : {"den", "num"}) {
        FormValues::Item item;
        item.code = QString::fromLatin1(code);
        form.items.append(item);
    }
    FormValues::Agency agency;
    agency.id = 7;
    agency.key = QStringLiteral("A");
    QList<FormValues::ValueRow> rows;
    const QList<std::tuple<const char *, double, double>> figures{
        {"2023", 100, 40}, {"2024Q1", 100, 50}, {"2024S1", 200, 110}, {"2024N9", 400, 250}, {"2024", 500, 450}};
    for (const auto &[period, den, num] : figures) {
        rows.append({7, QString::fromLatin1(period), QStringLiteral("den"), den});
        rows.append({7, QString::fromLatin1(period), QStringLiteral("num"), num});
    }
    return FormValues::build(form, {agency}, rows).value();
}

AssessmentPeriod periodOf(const char *key)
{
    return AssessmentPeriod::parse(QString::fromLatin1(key)).value();
}

} // namespace

// The latest period that ends by the assessment's gives the rate; its points by the ratio rule.
void TestAssessPicture::ratioFromTheReportedFigures()
{
    const CriteriaNode n = measuredNode();
    QVERIFY(RatioFigures::measured(n));
    const FormValues values = generatedFigures();
    const QString name = QStringLiteral("Phụ lục 99 — BIỂU THỬ (dữ liệu sinh)");

    RatioReading r = RatioFigures::read(n, name, values, 7, periodOf("2024Q3"));
    QCOMPARE(r.period, QStringLiteral("2024N9"));
    QVERIFY(near(r.rate, 62.5));
    QVERIFY(near(r.points, ScoreRules::ratioPoints(1.5, 62.5, 80)));
    QCOMPARE(r.yearRates.size(), 3); // Q1, S1, N9 of 2024
    QCOMPARE(r.formName, QStringLiteral("Phụ lục 99"));
    QCOMPARE(r.formula, QStringLiteral("num / den × 100"));
    QVERIFY2(RatioFigures::describe(r).contains(QStringLiteral("62,5% (Phụ lục 99, ")) &&
                 RatioFigures::describe(r).contains(QStringLiteral("→ 1,1719/1,5")),
             qPrintable(RatioFigures::describe(r)));

    // A month reads the quarter that ended with it; the year reads its own report (capped at the maximum).
    QCOMPARE(RatioFigures::read(n, name, values, 7, periodOf("202406")).period, QStringLiteral("2024S1"));
    r = RatioFigures::read(n, name, values, 7, periodOf("2024"));
    QCOMPARE(r.period, QStringLiteral("2024"));
    QVERIFY(near(r.points, 1.5));
    // January reads last year's report; two years back is too old.
    QCOMPARE(RatioFigures::read(n, name, values, 7, periodOf("202401")).period, QStringLiteral("2023"));
    r = RatioFigures::read(n, name, values, 7, periodOf("202501"));
    QCOMPARE(r.period, QStringLiteral("2024"));
    r = RatioFigures::read(n, name, values, 7, periodOf("202601"));
    QVERIFY(!r.rate && r.problem.isEmpty());
    QVERIFY2(RatioFigures::describe(r).contains(QStringLiteral("No figures of Phụ lục 99")), qPrintable(RatioFigures::describe(r)));
    // Another agency: nothing reported. An item the form lacks: the reason.
    QVERIFY(!RatioFigures::read(n, name, values, 8, periodOf("2024Q3")).rate);
    CriteriaNode wrong = n;
    wrong.rateFormula = QStringLiteral(R"({"op":"ratio","num":"num","den":"missing"})");
    r = RatioFigures::read(wrong, name, values, 7, periodOf("2024Q3"));
    QVERIFY2(r.problem.contains(QStringLiteral("missing")), qPrintable(r.problem));
}

// Each lost point carries its measuring item's latest figure and its targets' actual values; a
// ratio sub-criterion with figures this year is projected to the year's end.
void TestAssessPicture::lostPointsWithTheLatestFigures()
{
    CriteriaSet set = generated();
    set.nodes[0].maxPoints = 4.5;
    set.nodes.append(measuredNode());
    Target target;
    target.id = 11;
    target.documentKey = QStringLiteral("DOC");
    target.stt = QStringLiteral("I.1");
    const QList<AgencyAssessment> in{assessment("A", "draft", "2024Q3", {{"1.1", 0, {}, std::nullopt, {}}, {"1.4", 1, {}, std::nullopt, {}}})};
    ProvincePicture p = ProvincePictureBuilder::build(set, "XX", 2024, in, {}, {target}, {});
    TargetReportRow row{target, ActualValue{}, {}, {}};
    row.actual->value = 72;
    row.actual->period = QStringLiteral("2024S1");
    const RatioReading reading = RatioFigures::read(measuredNode(), QStringLiteral("Phụ lục 99"), generatedFigures(), 7, periodOf("2024Q3"));
    ProvincePictureBuilder::addFigures(p, set, {{QStringLiteral("1.4"), reading}}, {row});

    const auto lost = [&](const QString &code) {
        for (const LostPointMovers &m : p.lost)
            if (m.lost.code == code)
                return m;
        return LostPointMovers{};
    };
    QCOMPARE(lost("1.1").targetFigures.size(), 1);
    QCOMPARE(lost("1.1").targetFigures.first().actual->value, 72.0);
    QVERIFY(!lost("1.1").ratio);
    QVERIFY(near(lost("1.4").ratio->rate, 62.5));
    QCOMPARE(p.ratioYearEnd.size(), 1);
    const RatioYearEnd &y = p.ratioYearEnd.first();
    // The projection is RatioProjection's on the same rates, not a second formula.
    const auto same = RatioProjection::project(measuredNode(), reading.yearRates);
    QVERIFY(same.ok());
    QCOMPARE(y.projection.rate.value, same->rate.value);
    QCOMPARE(y.projection.points, same->points);
    QVERIFY(!y.projection.assumption.isEmpty());
}

QTEST_GUILESS_MAIN(TestAssessPicture)
#include "tst_assess_picture.moc"
