// The province's picture of a criteria set: standings and ranking, the estimate against the last
// official result, lost points with the targets and tasks that move them, the year-end projection
// of a ratio sub-criterion; literal (generated) values, then the real store with seed 004's set.
#include "CriteriaNodes.h"
#include "assessment/ProvincePicture.h"
#include "assessment/ProvincePictureLoader.h"
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

QTEST_GUILESS_MAIN(TestAssessPicture)
#include "tst_assess_picture.moc"
