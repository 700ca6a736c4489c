// The bundled criteria set of seed 004 (PAR Index area 7, Trà Vinh, 2022): only what the seed
// states, unnamed places for what it counts without naming, and its own inconsistency shown.
#include "TestSupport.h"
#include "assessment/AssessmentTotals.h"
#include "assessment/CriteriaSetCheck.h"
#include "store/CriteriaSets.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace pardesk;
using namespace pardesk::test;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestAssessDataset : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void areaMaximumAndSurveyPoint();
    void namedAndUnnamedPlaces();
    void namedMaximaAgreeWithTheScores();
    void officialResultAndTheSeedsInconsistency();
    void figuresAreOnTheLinesTheyCite();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    CriteriaSet m_set;
    QList<Score> m_scores;
};

void TestAssessDataset::initTestCase()
{
    auto store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store.value());
    const CriteriaSets sets(m_store->database().connection());
    const auto id = sets.idOfKey(QStringLiteral("PAR.7.seed004"));
    QVERIFY2(id.ok() && id.value(), "the bundled criteria set of seed 004 is missing");
    auto set = sets.get(*id.value());
    QVERIFY2(set.ok(), qPrintable(set.error()));
    m_set = set.value();
    auto scores = m_store->scores().list();
    QVERIFY(scores.ok());
    m_scores = scores.value();
}

void TestAssessDataset::areaMaximumAndSurveyPoint()
{
    const CriteriaNode *area = m_set.node(QStringLiteral("7"));
    QVERIFY(area);
    QCOMPARE(area->level, CriteriaLevel::Area);
    QCOMPARE(area->maxPoints, std::optional<double>(13.5));
    double survey = 0;
    for (const CriteriaNode &n : m_set.nodes)
        if (n.kind == ScoringKind::Survey)
            survey += n.maxPoints.value_or(0);
    QCOMPARE(survey, 1.0); // "điểm khảo sát là 01/13,5 điểm"
    const auto problems = CriteriaSetCheck::check(m_set);
    QVERIFY2(CriteriaSetCheck::acceptable(problems), qPrintable(CriteriaSetCheck::summary(problems)));
    QVERIFY(!problems.isEmpty()); // the sums it cannot check are said, not hidden
}

void TestAssessDataset::namedAndUnnamedPlaces()
{
    int criteria = 0, subs = 0, named = 0, unnamedCriteria = 0;
    for (const CriteriaNode &n : m_set.nodes) {
        if (n.level == CriteriaLevel::Criterion) {
            ++criteria;
            unnamedCriteria += n.unnamed() ? 1 : 0;
            QVERIFY(!n.maxPoints); // the seed states no criterion's maximum
        }
        if (n.level == CriteriaLevel::SubCriterion) {
            ++subs;
            named += n.unnamed() ? 0 : 1;
            QCOMPARE(n.unnamed(), !n.maxPoints.has_value()); // a place the seed names has its maximum
        }
        QVERIFY2(!n.source.isEmpty(), qPrintable(n.code));
    }
    QCOMPARE(criteria, 3);  // "gồm 03 tiêu chí
    QCOMPARE(subs, 14);     //  và 14 tiêu chí thành phần"
    QCOMPARE(named, 7);     // the ones that lost points, listed in I.1
    QCOMPARE(unnamedCriteria, 3);
}

void TestAssessDataset::namedMaximaAgreeWithTheScores()
{
    const QHash<QString, double> expected{{"7.I.2", 1},     {"7.I.4", 1},       {"7.II.3", 1.5},   {"7.III.2", 1},
                                          {"7.III.7", 1.5}, {"7.III.8.1", 0.5}, {"7.III.8.2", 0.5}};
    double sum = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const CriteriaNode *n = m_set.node(it.key());
        QVERIFY2(n, qPrintable(it.key()));
        QCOMPARE(n->maxPoints.value_or(-1), it.value());
        sum += it.value();
        bool inScores = false;
        for (const Score &s : m_scores)
            if (s.index == u"PAR" && s.code == it.key() && s.year == 2022) {
                inScores = true;
                QCOMPARE(s.max.value_or(-1), it.value());
                QCOMPARE(s.name, n->label);
            }
        QVERIFY2(inScores, qPrintable(it.key()));
    }
    QCOMPARE(sum, 7.0); // so the seven unnamed places hold 13,5 − 7 = 6,5 between them
}

void TestAssessDataset::officialResultAndTheSeedsInconsistency()
{
    const Score *official = nullptr;
    QHash<QString, double> points;
    for (const Score &s : m_scores) {
        if (s.index != u"PAR" || s.year != 2022 || s.province != u"TV")
            continue;
        if (s.code == u"7")
            official = &s;
        else if (m_set.node(s.code))
            points.insert(s.code, *s.achieved);
    }
    QVERIFY(official);
    QCOMPARE(*official->achieved, 10.1352);
    QCOMPARE(*official->rank, 39);
    QCOMPARE(*official->rankOf, 63);

    const QList<LostPoints> lost = AssessmentTotals::lost(m_set, points);
    QCOMPARE(lost.size(), 7);
    QCOMPARE(lost.first().code, QStringLiteral("7.III.7")); // 1,5 − 0,2734 = 1,2266, the largest
    QVERIFY(near(lost.first().lost(), 1.2266));
    const QList<NodeTotal> totals = AssessmentTotals::compute(m_set, points);
    QCOMPARE(totals.first().code, QStringLiteral("7"));
    QVERIFY(near(totals.first().achieved, 4.1348)); // 0,5 + 0,5333 + 1,4 + 0,7981 + 0,2734 + 0,29 + 0,34
    QVERIFY(near(totals.first().lostScored, 2.8652));
    QCOMPARE(totals.first().unscored, 7); // the unnamed places, "đạt điểm tối đa" by the seed

    // The seed: the other seven at their maximum, so 13,5 − 2,8652 = 10,6348; it states 10,1352.
    const double implied = 13.5 - totals.first().lostScored;
    QVERIFY(near(implied, 10.6348));
    QVERIFY(near(implied - *official->achieved, 0.4996));
    QVERIFY2(m_set.note.contains(QStringLiteral("10,6348")) && m_set.note.contains(QStringLiteral("0,4996")),
             "the set's note must say the seed's sums disagree");
}

void TestAssessDataset::figuresAreOnTheLinesTheyCite()
{
    PARDESK_REQUIRE_SEEDS();
    const QStringList lines = seedLines(QStringLiteral("004"));
    QVERIFY(lines.size() > 80);
    const QString line50 = normalisedText(lines[49]);
    QVERIFY(line50.contains(QStringLiteral("gồm 03 tiêu chí và 14 tiêu chí thành phần")));
    QVERIFY(line50.contains(QStringLiteral("13,5/100 điểm")));
    QVERIFY(line50.contains(QStringLiteral("điểm khảo sát là 01/13,5 điểm")));
    const QString line52 = normalisedText(lines[51]);
    QVERIFY(line52.contains(QStringLiteral("10,1352/13,5 điểm")));
    QVERIFY(line52.contains(QStringLiteral("xếp hạng 39/63")));
    QVERIFY(line52.contains(QStringLiteral("07 tiêu chí thành phần đạt điểm tối đa")));
    for (const CriteriaNode &n : m_set.nodes) {
        if (n.level != CriteriaLevel::SubCriterion || n.unnamed())
            continue;
        bool found = false;
        for (const QString &raw : lines) {
            const QString line = normalisedText(raw);
            if (line.startsWith(QStringLiteral("- ") + n.label + u':')) {
                found = true;
                QVERIFY2(line.contains(QStringLiteral("(điểm tối đa là %1 điểm)").arg(formatNumber(*n.maxPoints, 4))),
                         qPrintable(line));
            }
        }
        QVERIFY2(found, qPrintable(n.code + u' ' + n.label));
    }
    QVERIFY(normalisedText(lines[69]).contains(QStringLiteral("Tiêu chí này thực hiện khảo sát")));
}

QTEST_GUILESS_MAIN(TestAssessDataset)
#include "tst_assess_dataset.moc"
