// Targets set against the figures of the real store: the actual is the province's reported
// ratio recomputed from its numerator and denominator, missing figures stay missing, a target is
// judged only on figures of its own year (others are context), and only by the item that measures
// exactly what it states.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "aggregate/Aggregator.h"
#include "store/Store.h"
#include "store/FormValueRepository.h"
#include "store/SyntheticPlan.h"
#include "store/SyntheticProvince.h"
#include "targets/TargetReport.h"
#include "targets/TargetVerdict.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestTargetReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void onlineDossierTargetsUseTheProvinceFigures();
    void aTargetOfTheFiguresYearIsJudged();
    void targetsNoFormMeasuresAreSaidSo();
    void portalIntegrationIsMeasuredByItsOwnItem();
    void provincesWithoutFiguresHaveNoData();
    void qualitativeTargetsAreNotMeasurable();
    void anotherPeriodHasNoFigures();
    void badPeriodIsRefused();
    void readsOnlyWhatItsTargetsUse();

private:
    std::optional<double> storedValue(const QString &form, const QString &code) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
};

void TestTargetReport::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    auto db = Store::open(test::storeLocation(m_dir.filePath(QStringLiteral("report.sqlite"))));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

std::optional<double> TestTargetReport::storedValue(const QString &form, const QString &code) const
{
    const QList<Submission> submissions = m_db->submissions().list().value();
    for (const Submission &s : submissions) {
        if (s.form != form)
            continue;
        const QList<SubmissionValue> values = m_db->submissions().values(s.id).value();
        for (const SubmissionValue &v : values)
            if (v.code == code)
                return v.value;
    }
    return std::nullopt;
}

void TestTargetReport::onlineDossierTargetsUseTheProvinceFigures()
{
    const auto rows = TargetReport::build(*m_db, {QStringLiteral("TQ"), {}, {}});
    QVERIFY2(rows, qPrintable(rows.error()));
    // Phụ lục 08 5.4 = received online (5.4.2) / received (5.4.1) × 100, whatever 5.4 states.
    const double online = *storedValue(QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("5.4.2"));
    const double received = *storedValue(QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("5.4.1"));
    const double share = online / received * 100.0;
    int checked = 0;
    for (const TargetReportRow &row : rows.value()) {
        if (row.target.theme != u"online_dossier_share" || row.target.level != AdminLevel::None)
            continue;
        QVERIFY(row.actual);
        QCOMPARE(row.actual->value, share);
        QCOMPARE(row.actual->period, QStringLiteral("2022S1"));
        QCOMPARE(row.actual->scope, QStringLiteral("province"));
        QCOMPARE(row.actual->covered, 1);
        // 2022 figures against 2024 targets: shown as context, never judged.
        QVERIFY(!row.actual->inTargetYear);
        QCOMPARE(TargetVerdict::yearOf(row.target), 2024);
        QCOMPARE(row.evaluation.status, EvaluationStatus::NoFiguresForItsYear);
        QCOMPARE(TargetVerdict::label(row), QStringLiteral("No figures for 2024"));
        QVERIFY(!TargetVerdict::isJudged(row.evaluation.status));
        QVERIFY(!row.evaluation.gap);
        QVERIFY(!row.projection);
        // Phụ lục 08 is the province's own total: one of the province-level agencies that report.
        QCOMPARE(TargetVerdict::coverage(row), QStringLiteral("%1/%2 agencies").arg(row.actual->covered).arg(row.actual->expected));
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TestTargetReport::aTargetOfTheFiguresYearIsJudged()
{
    // The same target as seed 000 row 5 (≥ 50% of dossiers online), had it been set for 2022: the
    // 2022S1 figures judge it. A copy in a store of its own, so that the bundled one stays as shipped.
    QTemporaryDir dir;
    auto db = Store::open(test::storeLocation(dir.filePath(QStringLiteral("judged.sqlite"))));
    QVERIFY2(db, qPrintable(db.error()));
    QSqlQuery q(db.value()->database().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO targets(document_id, stt, part, text, fragment, theme, kind, comparator, "
                                  "value, unit, direction, timeframe, deadline, src) "
                                  "SELECT document_id, 'copy', 1, text, fragment, theme, kind, comparator, value, unit, "
                                  "direction, 'Năm 2022', '2022-12-31', src FROM targets WHERE src LIKE '000:Phụ lục row 5,%'")));
    const auto rows = TargetReport::build(*db.value(), {QStringLiteral("TQ"), {}, {}});
    QVERIFY(rows);
    const double share = *storedValue(QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("5.4.2")) /
                         *storedValue(QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("5.4.1")) * 100.0;
    int judged = 0;
    for (const TargetReportRow &row : rows.value()) {
        if (row.target.stt != u"copy")
            continue;
        QVERIFY(row.actual && row.actual->inTargetYear);
        QCOMPARE(row.evaluation.status, share >= 50 ? EvaluationStatus::Met : EvaluationStatus::NotMet);
        QCOMPARE(*row.evaluation.gap, share - 50);
        QVERIFY(row.projection);
        QCOMPARE(row.projection->method, YearEndProjection::Method::None); // one period: no trend
        ++judged;
    }
    QCOMPARE(judged, 1);
}

void TestTargetReport::targetsNoFormMeasuresAreSaidSo()
{
    const auto rows = TargetReport::build(*m_db);
    QVERIFY(rows);
    QSet<QString> notMeasured;
    for (const TargetReportRow &row : rows.value())
        if (row.evaluation.status == EvaluationStatus::NotMeasuredByForms) {
            QVERIFY(!row.actual);
            notMeasured.insert(row.target.source.split(QRegularExpression(QStringLiteral("[,(]"))).first().trimmed() +
                               u'/' + QString::number(row.target.part));
        }
    // Processing in the system is not filing online (Phụ lục 08 5.4): seed 001, 2.3 and 2.6.
    QVERIFY(notMeasured.contains(QStringLiteral("001:II.2.3/1")));
    QVERIFY(notMeasured.contains(QStringLiteral("001:II.2.6/1")));
    // "100% các sở … có tỷ lệ … từ 80% trở lên": every department, which no sum can show.
    QVERIFY(notMeasured.contains(QStringLiteral("004:Phụ lục II.1/2")));
}

void TestTargetReport::portalIntegrationIsMeasuredByItsOwnItem()
{
    // Seed 000 row 2 and seed 001 6.1 state the same target: 85% of online services integrated on
    // the national portal, which Phụ lục 08 5.3 measures (not 5.2, the share offered online).
    const auto rows = TargetReport::build(*m_db, {QStringLiteral("TQ"), {}, {}});
    QVERIFY(rows);
    int found = 0;
    for (const TargetReportRow &row : rows.value()) {
        if (!row.target.text.contains(QStringLiteral("Cổng dịch vụ công quốc gia"), Qt::CaseInsensitive) ||
            !row.target.value || *row.target.value != 85)
            continue;
        QCOMPARE(row.target.theme, QStringLiteral("national_portal_integration"));
        QVERIFY(row.actual);
        QCOMPARE(row.actual->item, QStringLiteral("5.3"));
        QCOMPARE(row.evaluation.status, EvaluationStatus::NoFiguresForItsYear);
        ++found;
    }
    QCOMPARE(found, 2);
}

void TestTargetReport::provincesWithoutFiguresHaveNoData()
{
    for (const char *province : {"BG", "TV"}) {
        const auto rows = TargetReport::build(*m_db, {QString::fromLatin1(province), {}, {}});
        QVERIFY(rows);
        QVERIFY(!rows->isEmpty());
        for (const TargetReportRow &row : rows.value()) {
            QVERIFY(!row.actual);
            QVERIFY(row.evaluation.status == EvaluationStatus::NoData ||
                    row.evaluation.status == EvaluationStatus::NotMeasurable ||
                    row.evaluation.status == EvaluationStatus::NotMeasuredByForms);
        }
    }
}

void TestTargetReport::qualitativeTargetsAreNotMeasurable()
{
    const auto rows = TargetReport::build(*m_db);
    QVERIFY(rows);
    int qualitative = 0;
    for (const TargetReportRow &row : rows.value())
        if (row.target.kind == TargetKind::Qualitative) {
            QCOMPARE(row.evaluation.status, EvaluationStatus::NotMeasurable);
            ++qualitative;
        }
    QVERIFY(qualitative > 0);
}

void TestTargetReport::anotherPeriodHasNoFigures()
{
    // No figures of 2024Q1: the 2022 figures stand beside the targets as context, and nothing is judged.
    const auto rows = TargetReport::build(*m_db, {QStringLiteral("TQ"), QStringLiteral("2024Q1"), {}});
    QVERIFY(rows);
    for (const TargetReportRow &row : rows.value()) {
        QVERIFY(!TargetVerdict::isJudged(row.evaluation.status));
        QVERIFY(!row.actual || !row.actual->inTargetYear);
    }
}

void TestTargetReport::badPeriodIsRefused()
{
    const auto rows = TargetReport::build(*m_db, {{}, QStringLiteral("2024Q7"), {}});
    QVERIFY(!rows);
    QVERIFY(rows.error().contains(QStringLiteral("2024Q7")));
}

// A synthetic province of 4 years and 150 items with a plan of targets on a few items: the report
// reads those items for the targets' year only, and its figures equal those of the whole form.
void TestTargetReport::readsOnlyWhatItsTargetsUse()
{
    QTemporaryDir dir;
    auto db = Store::open(test::storeLocation(dir.filePath(QStringLiteral("synthetic.sqlite")))); // the plan's themes are the dataset's
    QVERIFY2(db, qPrintable(db.error()));
    const QSqlDatabase c = db.value()->database().connection();
    const auto summary = generate::SyntheticProvince::write(c, generate::SyntheticProvince::Options::sized(20, 4));
    QVERIFY2(summary, qPrintable(summary.error()));
    // A plan on a form the store lacks is refused, naming it, and leaves nothing behind: the plan
    // written next has the same document key.
    generate::SyntheticProvince::Summary noForm = summary.value();
    noForm.formKey = QStringLiteral("NO-SUCH-FORM");
    const Status refused = generate::SyntheticPlan::write(c, noForm);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("NO-SUCH-FORM")), qPrintable(refused.error()));
    const Status planned = generate::SyntheticPlan::write(c, summary.value());
    QVERIFY2(planned, qPrintable(planned.error()));

    const FormValueRepository repository(c);
    const auto rows = TargetReport::build(Plans(c), Forms(c), repository, {summary->province, summary->periods.constLast(), {}});
    QVERIFY2(rows, qPrintable(rows.error()));
    QVERIFY(!rows->isEmpty());
    // A year of four and a few items of 150: far under 5 % of the form's values.
    QVERIFY(repository.rowsRead() > 0);
    QVERIFY2(repository.rowsRead() * 20 < summary->values,
             qPrintable(QStringLiteral("%1 of %2 values read").arg(repository.rowsRead()).arg(summary->values)));

    const auto all = FormValueRepository(c).load(summary->formKey);
    QVERIFY(all);
    const Aggregator full(all.value());
    int judged = 0;
    for (const TargetReportRow &row : rows.value()) {
        if (!row.actual)
            continue;
        const AgencyScope scope = row.actual->scope == u"province" ? AgencyScope::atLevel(summary->province, QStringLiteral("province"))
                                                                   : AgencyScope::wholeProvince(summary->province);
        const auto expected = full.aggregate(row.actual->item, scope, {row.actual->period});
        QVERIFY(expected);
        QCOMPARE(row.actual->value, expected->value.value_or(-1));
        QCOMPARE(row.actual->covered, expected->covered);
        ++judged;
    }
    QVERIFY(judged > 0);
}

QTEST_GUILESS_MAIN(TestTargetReport)
#include "tst_target_report.moc"
