// Self-assessments in a real store (a SQLite file; the test cluster in tst_assess_scoring_on_server): points refused off the rules, evidence with its digest and a
// size limit, findings, draft → submitted → appraised with withdrawal, audit rows for every write,
// and the periods a self-assessment accepts. The criteria set is generated test data.
#include "PgTestServer.h"
#include "CriteriaNodes.h"
#include "assessment/AssessmentFindings.h"
#include "assessment/AssessmentPeriod.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pardesk;

namespace {

CriteriaNode node(int row, const QString &code, const QString &parent, CriteriaLevel level, double max,
                  ScoringKind kind = ScoringKind::Points)
{
    return test::criteriaNode(row, code, parent, level, max, kind);
}

CriteriaSet generated()
{
    CriteriaSet s;
    s.key = QStringLiteral("TEST.scoring");
    s.name = QStringLiteral("Bộ tiêu chí thử (dữ liệu sinh cho kiểm thử)");
    s.yearFrom = 2024;
    s.agencyGroup = QStringLiteral("department");
    s.nodes = {node(1, "1", {}, CriteriaLevel::Area, 3),
               node(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
               node(3, "1.2", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Levels),
               node(4, "1.3", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Survey)};
    s.nodes[1].evidenceRequired = true;
    s.nodes[2].levels = {{QStringLiteral("Chưa"), 0}, {QStringLiteral("Một phần"), 0.5}, {QStringLiteral("Đủ"), 1}};
    return s;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestAssessScoring : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PARDESK_REQUIRE_ENGINE(); }
    void init();
    void periods_data();
    void periods();
    void pointsOffTheRulesAreRefused();
    void evidenceKeepsItsDigestAndRefusesOversize();
    void findings();
    void statusFlowKeepsBothNumbers();
    void everyWriteIsAudited();
    void aFirstScoreIsClearedOnlyInADraft();
    void nextPeriod();
    void anotherScoreWrittenMeanwhileIsKept();
    void surveyPointsAreTheOfficesAuditedAndUndoable();

private:
    QSqlDatabase db() const { return m_store->database().connection(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_id = 0;
};

void TestAssessScoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(test::storeLocation(m_dir->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store.value());
    const auto setId = CriteriaSets(db()).import(generated());
    QVERIFY2(setId.ok(), qPrintable(setId.error()));
    const auto agency = m_store->references().agency(QStringLiteral("TV.STTTT"));
    QVERIFY(agency.ok() && agency.value());
    const auto id = SelfAssessments(db()).create(setId.value(), agency.value()->id, QStringLiteral("2024-03"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_id = id.value();
    QVERIFY(!SelfAssessments(db()).create(setId.value(), agency.value()->id, QStringLiteral("202403")).ok()); // twice
}

void TestAssessScoring::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("month") << "202403" << "202403";
    QTest::newRow("month with dash") << "2024-11" << "202411";
    QTest::newRow("quarter") << "2024q2" << "2024Q2";
    QTest::newRow("year") << "2024" << "2024";
    QTest::newRow("month 13") << "202413" << "";
    QTest::newRow("half") << "2024S1" << "";
    QTest::newRow("words") << "tháng 3" << "";
}

void TestAssessScoring::periods()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto p = AssessmentPeriod::parse(text);
    QCOMPARE(p.ok(), !key.isEmpty());
    if (p.ok())
        QCOMPARE(p->key(), key);
    else
        QVERIFY(p.error().contains(text));
}

void TestAssessScoring::pointsOffTheRulesAreRefused()
{
    const SelfAssessments a(db());
    const Status above = a.setScore(m_id, "1.2", 1.5, {});
    QVERIFY(!above.ok());
    QVERIFY2(above.error().contains(u"1.2") && above.error().contains(u"1,5"), qPrintable(above.error()));
    const Status offLevels = a.setScore(m_id, "1.2", 0.75, {});
    QVERIFY(!offLevels.ok());
    QVERIFY2(offLevels.error().contains(u"Một phần"), qPrintable(offLevels.error()));
    QVERIFY(!a.setScore(m_id, "1.1", 0.5, {}).ok());  // yes/no
    QVERIFY(!a.setScore(m_id, "1.3", 1, {}).ok());    // the survey's, not the agency's
    QVERIFY(!a.setScore(m_id, "1", 1, {}).ok());      // an area is a sum
    QVERIFY(!a.setScore(m_id, "9.9", 1, {}).ok());    // not in the set
    QVERIFY(a.scores(m_id)->isEmpty());
    QVERIFY(a.setScore(m_id, "1.2", 0.5, QStringLiteral("Mới làm một phần")).ok());
    const auto stored = a.scores(m_id);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().points, std::optional<double>(0.5));
    QCOMPARE(stored->first().explanation, QStringLiteral("Mới làm một phần"));
}

void TestAssessScoring::evidenceKeepsItsDigestAndRefusesOversize()
{
    const SelfAssessments a(db());
    const QByteArray content("Generated evidence for a test, not a real document.\n");
    QVERIFY(a.addFile(m_id, "1.1", QStringLiteral("bien-ban.txt"), content).ok());
    QVERIFY(a.addDocument(m_id, "1.1", QStringLiteral("12/KH-STTTT"), QStringLiteral("2024-03-05")).ok());
    QVERIFY(!a.addDocument(m_id, "1.1", QStringLiteral("12/KH-STTTT"), QStringLiteral("05/03/2024")).ok());
    const auto ev = a.evidence(m_id);
    QCOMPARE(ev->size(), 2);
    QCOMPARE(ev->at(0).sha256,
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(ev->at(0).size, qint64(content.size()));
    QCOMPARE(a.evidenceContent(ev->at(0).id).value(), content);
    QCOMPARE(ev->at(1).documentNumber, QStringLiteral("12/KH-STTTT"));

    const int rows = count(db(), QStringLiteral("SELECT count(*) FROM assessment_evidence"));
    const int audit = count(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const QByteArray big(SelfAssessments::kMaxEvidenceBytes + 1, 'x');
    const Status refused = a.addFile(m_id, "1.1", QStringLiteral("qua-lon.pdf"), big);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("qua-lon.pdf")), qPrintable(refused.error()));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM assessment_evidence")), rows);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void TestAssessScoring::findings()
{
    const CriteriaSet set = generated();
    QHash<QString, ScoredPoints> scores{{"1.1", {1.0, {}}}, {"1.2", {0.5, {}}}};
    QList<AssessmentFinding> f = AssessmentFindings::of(set, scores, {});
    QCOMPARE(f.size(), 2);
    QCOMPARE(f[0].kind, AssessmentFinding::Kind::EvidenceMissing);
    QCOMPARE(f[0].code, QStringLiteral("1.1"));
    QCOMPARE(f[1].kind, AssessmentFinding::Kind::LostWithoutExplanation);
    scores["1.2"].explanation = QStringLiteral("Giải trình");
    QVERIFY(AssessmentFindings::of(set, scores, {QStringLiteral("1.1")}).isEmpty());
    scores.remove("1.2");
    f = AssessmentFindings::of(set, scores, {QStringLiteral("1.1")});
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].kind, AssessmentFinding::Kind::NotScored); // the survey's 1.3 is not the agency's
}

void TestAssessScoring::statusFlowKeepsBothNumbers()
{
    const SelfAssessments a(db());
    QVERIFY(a.setScore(m_id, "1.1", 1, {}).ok());
    QVERIFY(!a.appraise(m_id, {{"1.1", 0, {}}}).ok()); // a draft is not appraised
    QVERIFY(!a.withdraw(m_id).ok());                    // nor withdrawn
    QVERIFY(a.submit(m_id).ok());
    QVERIFY(!a.setScore(m_id, "1.1", 0, {}).ok());      // submitted: frozen
    QVERIFY(a.withdraw(m_id).ok());
    QVERIFY(a.setScore(m_id, "1.2", 1, {}).ok());
    QVERIFY(a.submit(m_id).ok());
    QVERIFY(!a.appraise(m_id, {{"1.2", 0.75, {}}}).ok()); // off the levels for the council too
    QCOMPARE(a.header(m_id)->status, QStringLiteral("submitted"));
    QVERIFY(a.appraise(m_id, {{"1.1", 0, QStringLiteral("Không có biên bản")}, {"1.2", 0.5, {}}}).ok());
    QCOMPARE(a.header(m_id)->status, QStringLiteral("appraised"));
    QVERIFY(!a.withdraw(m_id).ok()); // after the appraisal, no withdrawal
    const auto s = a.scores(m_id);
    QCOMPARE(s->size(), 2);
    QCOMPARE(s->at(0).points, std::optional<double>(1));
    QCOMPARE(s->at(0).appraised, std::optional<double>(0));
    QCOMPARE(s->at(0).comment, QStringLiteral("Không có biên bản"));
    QCOMPARE(s->at(1).points, std::optional<double>(1));
    QCOMPARE(s->at(1).appraised, std::optional<double>(0.5));
}

void TestAssessScoring::everyWriteIsAudited()
{
    const SelfAssessments a(db());
    auto rows = [&] {
        return count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'self_assessment' AND entity_id = %1")
                               .arg(m_id));
    };
    QCOMPARE(rows(), 1); // create
    QVERIFY(a.setScore(m_id, "1.1", 1, {}).ok());
    QVERIFY(a.addDocument(m_id, "1.1", QStringLiteral("1/QĐ"), QStringLiteral("2024-01-02")).ok());
    QVERIFY(a.submit(m_id).ok());
    QVERIFY(a.withdraw(m_id).ok());
    QCOMPARE(rows(), 5);
    QVERIFY(!a.setScore(m_id, "1.1", 7, {}).ok()); // refused: no row
    QCOMPARE(rows(), 5);
}

// What an undo of the first points typed writes: the score gone, with its audit row; a sent
// assessment refuses it and keeps its points.
void TestAssessScoring::aFirstScoreIsClearedOnlyInADraft()
{
    const SelfAssessments a(db());
    QVERIFY(a.clearScore(m_id, "1.1").ok()); // nothing scored: nothing written
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'clear-score'")), 0);
    QVERIFY(a.setScore(m_id, "1.1", 1, QStringLiteral("Có")).ok());
    QVERIFY(a.clearScore(m_id, "1.1").ok());
    QVERIFY(a.scores(m_id)->isEmpty());
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'clear-score' AND entity_id = %1").arg(m_id)), 1);
    QVERIFY(a.setScore(m_id, "1.1", 1, {}).ok());
    QVERIFY(a.submit(m_id).ok());
    QVERIFY(!a.clearScore(m_id, "1.1").ok());
    QCOMPARE(a.scores(m_id)->size(), 1);
}

void TestAssessScoring::nextPeriod()
{
    using Kind = AssessmentPeriod::Kind;
    QCOMPARE((AssessmentPeriod{Kind::Month, 2024, 3}.next().key()), QStringLiteral("202404"));
    QCOMPARE((AssessmentPeriod{Kind::Month, 2024, 12}.next().key()), QStringLiteral("202501"));
    QCOMPARE((AssessmentPeriod{Kind::Quarter, 2024, 4}.next().key()), QStringLiteral("2025Q1"));
    QCOMPARE((AssessmentPeriod{Kind::Year, 2024, 1}.next().key()), QStringLiteral("2025"));
}

// Two people scoring one sub-criterion: a write made on what its writer saw is refused when the
// store holds another score by now, naming it; the other's score stays. Seen as stored, it goes.
void TestAssessScoring::anotherScoreWrittenMeanwhileIsKept()
{
    const SelfAssessments a(db());
    using Seen = SelfAssessments::SeenScore;
    QVERIFY(a.setScore(m_id, "1.2", 0.5, QStringLiteral("Một nửa"), Seen{std::nullopt, {}}).ok()); // first: seen empty
    const qsizetype audited = count(db(), QStringLiteral("SELECT count(*) FROM audit_log"));

    // A colleague's grid still showed no score: its points and its explanation are refused.
    const Status points = a.setScore(m_id, "1.2", 1, {}, Seen{std::nullopt, {}});
    QVERIFY(!points.ok());
    QVERIFY2(points.error().contains(QStringLiteral("1.2")) && points.error().contains(QStringLiteral("Một nửa")),
             qPrintable(points.error()));
    QVERIFY(!a.setScore(m_id, "1.2", 0.5, QStringLiteral("Khác"), Seen{0.5, QStringLiteral("Cũ")}).ok());
    QVERIFY(!a.clearScore(m_id, "1.2", Seen{1.0, {}}).ok());
    QCOMPARE(a.scores(m_id)->first().points, std::optional<double>(0.5));
    QCOMPARE(a.scores(m_id)->first().explanation, QStringLiteral("Một nửa"));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), audited); // nothing written

    // Having seen it, the change goes through; without a check (the command line) too.
    QVERIFY(a.setScore(m_id, "1.2", 1, QStringLiteral("Đủ"), Seen{0.5, QStringLiteral("Một nửa")}).ok());
    QVERIFY(a.clearScore(m_id, "1.2", Seen{1.0, QStringLiteral("Đủ")}).ok());
    QVERIFY(a.setScore(m_id, "1.2", 0.5, {}).ok());
}

// The survey's points: entered for a survey sub-criterion only, within its maximum, while the
// assessment is a draft or submitted (the office enters them when the survey is out), each write
// audited; none removes them (an undo of the first entry); after the appraisal, refused.
void TestAssessScoring::surveyPointsAreTheOfficesAuditedAndUndoable()
{
    const SelfAssessments a = m_store->selfAssessments();
    const auto audited = [&](const char *action) {
        return count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND entity_id = %2")
                               .arg(QLatin1String(action))
                               .arg(m_id));
    };
    const Status notSurvey = a.setSurveyPoints(m_id, "1.1", 1);
    QVERIFY2(!notSurvey.ok() && notSurvey.error().contains(QStringLiteral("1.1")), qPrintable(notSurvey.error()));
    const Status above = a.setSurveyPoints(m_id, "1.3", 1.5);
    QVERIFY2(!above.ok() && above.error().contains(QStringLiteral("above the maximum")), qPrintable(above.error()));
    QCOMPARE(audited("survey"), 0);

    QVERIFY(a.setSurveyPoints(m_id, "1.3", 0.5, SelfAssessments::SeenScore{}).ok());
    QCOMPARE(a.scores(m_id)->first().points, std::optional<double>(0.5));
    QCOMPARE(audited("survey"), 1);
    // Seen as nothing while 0,5 is stored: someone's entry is kept.
    QVERIFY(!a.setSurveyPoints(m_id, "1.3", 0.75, SelfAssessments::SeenScore{}).ok());
    QVERIFY(a.setScore(m_id, "1.1", 1, {}).ok());
    QVERIFY(a.submit(m_id).ok());
    QVERIFY(a.setSurveyPoints(m_id, "1.3", 0.75, SelfAssessments::SeenScore{0.5, {}}).ok()); // submitted: still the office's
    QVERIFY(a.setSurveyPoints(m_id, "1.3", std::nullopt).ok());
    QCOMPARE(audited("clear-survey"), 1);
    QCOMPARE(a.scores(m_id)->size(), 1); // 1.1 only
    QVERIFY(a.setSurveyPoints(m_id, "1.3", 1).ok());
    QVERIFY(a.appraise(m_id, {{"1.1", 1, {}}}).ok());
    QVERIFY(!a.setSurveyPoints(m_id, "1.3", 0).ok()); // the appraisal is final
    QCOMPARE(audited("survey"), 3);
}

QTEST_GUILESS_MAIN(TestAssessScoring)
#include "tst_assess_scoring.moc"
