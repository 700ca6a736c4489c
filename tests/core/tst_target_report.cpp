// Targets set against the figures of the real store: the actual is the province's reported
// ratio recomputed from its numerator and denominator, and missing figures stay missing.
#include "TestSupport.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "targets/TargetReport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestTargetReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void onlineDossierTargetsUseTheProvinceFigures();
    void provincesWithoutFiguresHaveNoData();
    void qualitativeTargetsAreNotMeasurable();
    void anotherPeriodHasNoFigures();
    void badPeriodIsRefused();

private:
    std::optional<double> storedValue(const QString &form, const QString &code) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTargetReport::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("report.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

std::optional<double> TestTargetReport::storedValue(const QString &form, const QString &code) const
{
    const Catalog catalog(m_db->connection());
    const QList<Submission> submissions = catalog.submissions().value();
    for (const Submission &s : submissions) {
        if (s.form != form)
            continue;
        const QList<SubmissionValue> values = catalog.values(s.id).value();
        for (const SubmissionValue &v : values)
            if (v.code == code)
                return v.value;
    }
    return std::nullopt;
}

void TestTargetReport::onlineDossierTargetsUseTheProvinceFigures()
{
    const auto rows = TargetReport::build(m_db->connection(), {QStringLiteral("TQ"), {}, {}});
    QVERIFY2(rows, qPrintable(rows.error()));
    // Phụ lục 08 5.4 = received online (5.4.2) / received (5.4.1) × 100, whatever 5.4 states.
    const double online = *storedValue(QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("5.4.2"));
    const double received = *storedValue(QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("5.4.1"));
    const double share = online / received * 100.0;
    int checked = 0;
    for (const TargetReportRow &row : rows.value()) {
        if (row.target.theme != u"online_dossier_share" || row.target.level.isEmpty() == false)
            continue;
        QVERIFY(row.actual);
        QCOMPARE(row.actual->value, share);
        QCOMPARE(row.actual->period, QStringLiteral("2022S1"));
        QCOMPARE(row.actual->scope, QStringLiteral("province"));
        QCOMPARE(row.actual->covered, 1);
        QVERIFY(!row.actual->inTargetYear); // 2022 figures against 2024 targets
        const bool met = share >= *row.target.value;
        QCOMPARE(row.evaluation.status, met ? EvaluationStatus::Met : EvaluationStatus::NotMet);
        QCOMPARE(*row.evaluation.gap, share - *row.target.value);
        QVERIFY(row.projection);
        QCOMPARE(row.projection->method, YearEndProjection::Method::None); // one period: no trend
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestTargetReport::provincesWithoutFiguresHaveNoData()
{
    for (const char *province : {"BG", "TV"}) {
        const auto rows = TargetReport::build(m_db->connection(), {QString::fromLatin1(province), {}, {}});
        QVERIFY(rows);
        QVERIFY(!rows->isEmpty());
        for (const TargetReportRow &row : rows.value()) {
            QVERIFY(!row.actual);
            QVERIFY(row.evaluation.status == EvaluationStatus::NoData ||
                    row.evaluation.status == EvaluationStatus::NotMeasurable);
        }
    }
}

void TestTargetReport::qualitativeTargetsAreNotMeasurable()
{
    const auto rows = TargetReport::build(m_db->connection());
    QVERIFY(rows);
    int qualitative = 0;
    for (const TargetReportRow &row : rows.value())
        if (row.target.kind == u"qualitative") {
            QCOMPARE(row.evaluation.status, EvaluationStatus::NotMeasurable);
            ++qualitative;
        }
    QVERIFY(qualitative > 0);
}

void TestTargetReport::anotherPeriodHasNoFigures()
{
    const auto rows = TargetReport::build(m_db->connection(), {QStringLiteral("TQ"), QStringLiteral("2024Q1"), {}});
    QVERIFY(rows);
    for (const TargetReportRow &row : rows.value())
        QVERIFY(!row.actual);
}

void TestTargetReport::badPeriodIsRefused()
{
    const auto rows = TargetReport::build(m_db->connection(), {{}, QStringLiteral("2024Q7"), {}});
    QVERIFY(!rows);
    QVERIFY(rows.error().contains(QStringLiteral("2024Q7")));
}

QTEST_GUILESS_MAIN(TestTargetReport)
#include "tst_target_report.moc"
