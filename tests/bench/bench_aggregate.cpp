// Aggregation on a province-sized synthetic store (SyntheticProvince: 250 agencies × 150 items ×
// 32 quarters), against one hand-written SQL GROUP BY measured in the same run; every submission
// validated and every target of a synthetic plan evaluated; then one edited value refreshed
// incrementally: its aggregates, its submission's findings and the targets that read it.
// `bench_aggregate [STORE]` keeps the store at STORE (default: a temporary file); STORE may be an
// empty database on a PostgreSQL server (postgresql://…, issue 14): the same figures are then
// measured there, the reference being the same GROUP BY run by that server.
#include "BenchReport.h"
#include "SyntheticPlan.h"
#include "SyntheticProvince.h"
#include "AggregateTable.h"
#include "aggregate/OutlierDetector.h"
#include "store/Store.h"
#include "store/Database.h"
#include "store/FormValueRepository.h"
#include "store/Transaction.h"
#include "targets/TargetReport.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <unordered_map>

using namespace pardesk;
using bench::fail;
using bench::median;
using bench::SyntheticPlan;
using bench::SyntheticProvince;

namespace {

constexpr int kRuns = 7;
constexpr int kEdits = 200;

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QByteArray procLine(const char *file, const QByteArray &prefix)
{
    QFile f(QString::fromLatin1(file));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
    return "?";
}

// The figures mean little without the machine, and how busy it was.
void printMachine()
{
    QByteArray cpu = procLine("/proc/cpuinfo", "model name");
    cpu = cpu.mid(cpu.indexOf(':') + 1).trimmed();
    std::printf("machine: %s, %d cores, memory %s; %s; Qt %s; load average %s\n", cpu.constData(),
                QThread::idealThreadCount(), procLine("/proc/meminfo", "MemTotal:").constData(),
                qPrintable(QSysInfo::prettyProductName()), qVersion(), procLine("/proc/loadavg", "").constData());
}

// The reference: what SQLite computes in one statement, sums and counts of every item per period
// and level. It neither pairs numerators with denominators per agency, nor counts the expected
// agencies, nor rolls quarters up into years; the aggregator does all three.
int referenceGroupBy(QSqlDatabase db, const QString &formKey)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.period, a.level, v.item_id, sum(v.value), count(v.value) "
                             "FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
                             "JOIN agencies a ON a.id = s.agency_id "
                             "WHERE s.form_id = (SELECT id FROM forms WHERE key = ?) "
                             "GROUP BY s.period, a.level, v.item_id"));
    q.addBindValue(formKey);
    if (!q.exec())
        fail(q.lastError().text());
    int rows = 0;
    double check = 0;
    while (q.next()) {
        check += q.value(3).toDouble() + q.value(4).toDouble();
        ++rows;
    }
    return check > 0 ? rows : 0;
}

AggregateTable fullRecomputation(QSqlDatabase db, const SyntheticProvince::Summary &summary)
{
    Result<FormValues> values = FormValueRepository(db).load(summary.formKey);
    if (!values)
        fail(values.error());
    const auto ranges = AggregateTable::periodsAndYears(values.value());
    Result<AggregateTable> table = AggregateTable::create(Aggregator(std::move(values).value()),
                                                          AggregateTable::provinceAndLevels(summary.province), ranges);
    if (!table)
        fail(table.error());
    table->computeAll();
    return std::move(table).value();
}

// The entry screen's state for every submission: one validator each, over the form defined once.
struct Checks {
    std::unique_ptr<FormDefinition> form;
    std::unordered_map<qint64, Validator> validators;
    qsizetype findings = 0;
    double readMs = 0;
};

// Reads every submission's values (as the entry screen reads one), then validates each: the two
// are timed apart, so that the validator's own time shows.
double validateAllSubmissions(QSqlDatabase db, const SyntheticProvince::Summary &summary, Checks &checks)
{
    auto form = Forms(db).definition(summary.formKey);
    if (!form)
        fail(form.error());
    checks.form = std::make_unique<FormDefinition>(std::move(form).value());
    checks.validators.clear();
    QList<std::pair<qint64, QList<EnteredValue>>> submissions;
    checks.readMs = timeMs([&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM submissions WHERE form_id = ? ORDER BY id"));
        q.addBindValue(checks.form->id());
        if (!q.exec())
            fail(q.lastError().text());
        // The ids first: on a server, a query run while another is read discards the rest of it.
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        for (qint64 id : std::as_const(ids)) {
            auto entered = Submissions(db).entered(*checks.form, id);
            if (!entered)
                fail(entered.error());
            submissions.append({id, std::move(entered).value()});
        }
    });
    checks.findings = 0;
    return timeMs([&] {
        for (auto &[id, entered] : submissions) {
            Validator &validator = checks.validators.emplace(id, Validator(*checks.form)).first->second;
            validator.setAll(std::move(entered));
            checks.findings += validator.findings().size();
        }
    });
}

// After one edit: the submission's values read again, and only the edited item and the derived
// items that read it re-checked (Validator::set). Returns the items re-checked.
int refreshFindingsAfterEdit(QSqlDatabase db, Checks &checks, qint64 submissionId, const QString &itemCode)
{
    const int index = checks.form->indexOf(itemCode);
    auto entered = Submissions(db).entered(*checks.form, submissionId);
    if (!entered || index < 0)
        fail(QStringLiteral("submission %1, item %2 cannot be read again").arg(submissionId).arg(itemCode));
    return int(checks.validators.at(submissionId).set(index, entered->at(index)).size());
}

// The synthetic plan's targets, each with the item that measures it and its latest evaluation.
struct PlanState {
    struct Row {
        Target target;
        int item = -1; // into FormValues::items()
        std::optional<double> actual;
        Evaluation evaluation;
    };
    QList<Row> rows;
    QList<int> agencies; // the province's, as the indicators' scope "agency" adds them up
    QList<int> period;   // the latest
};

PlanState planState(QSqlDatabase db, const SyntheticProvince::Summary &summary, const Aggregator &aggregator)
{
    PlanState state;
    TargetFilter filter;
    filter.province = summary.province;
    const auto targets = Plans(db).targets(filter);
    if (!targets)
        fail(targets.error());
    for (const Target &target : targets.value())
        for (const auto &planned : SyntheticPlan::plan())
            if (planned.theme == target.theme)
                state.rows.append({target, aggregator.values().itemIndex(planned.item), std::nullopt, {}});
    state.agencies = aggregator.agenciesOf(AgencyScope::wholeProvince(summary.province)).value();
    state.period = aggregator.periodsOf({summary.periods.constLast()}).value();
    return state;
}

// TargetReport::build for the province and its latest period: the targets, their indicators and
// the figures they read (their items, their year) from the store, then every target evaluated.
double evaluateEveryTarget(QSqlDatabase db, const SyntheticProvince::Summary &summary, qsizetype &evaluated, int &met,
                           qint64 &rowsRead)
{
    TargetReportOptions options;
    options.province = summary.province;
    options.period = summary.periods.constLast();
    return timeMs([&] {
        const FormValueRepository repository(db);
        const auto report = TargetReport::build(Plans(db), Forms(db), repository, options);
        rowsRead = repository.rowsRead();
        if (!report)
            fail(report.error());
        evaluated = report->size();
        met = int(std::count_if(report->begin(), report->end(),
                                [](const TargetReportRow &row) { return row.evaluation.status == EvaluationStatus::Met; }));
    });
}

// After one edit, with the aggregator's values already refreshed (AggregateTable::applyEdit): the
// targets whose item is the edited one or computed from it, aggregated and evaluated again.
int refreshTargetsAfterEdit(PlanState &state, const Aggregator &aggregator, const QString &itemCode)
{
    const FormValues &values = aggregator.values();
    const int edited = values.itemIndex(itemCode);
    int refreshed = 0;
    for (PlanState::Row &row : state.rows) {
        if (row.item != edited && !values.dependents(edited).contains(row.item))
            continue;
        row.actual = aggregator.aggregate(row.item, state.agencies, state.period).value;
        row.evaluation = evaluate(row.target, row.actual);
        ++refreshed;
    }
    return refreshed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("synthetic.sqlite"));
    const bool server = path.startsWith(QStringLiteral("postgresql:"));
    if (!server)
        QFile::remove(path);
    printMachine();
    // The README's table names the engine of each figure measured on the server.
    const auto on = [server](const char *what) {
        static QList<QByteArray> kept; // reportResult reads the text after this returns
        kept.append(server ? QByteArray(what) + " - PostgreSQL server" : QByteArray(what));
        return kept.constLast().constData();
    };

    Result<std::unique_ptr<Database>> store = Database::open(path);
    if (!store)
        fail(store.error());
    QSqlDatabase db = store.value()->connection();
    QElapsedTimer timer;
    timer.start();
    const Result<SyntheticProvince::Summary> summary = SyntheticProvince::write(db);
    const double generated = double(timer.nsecsElapsed()) / 1e6;
    if (!summary)
        fail(summary.error());
    if (Status planned = SyntheticPlan::write(db, summary.value()); !planned)
        fail(planned.error());
    std::printf("synthetic province %s \"%s\": %d agencies, %d items, %d periods, %d submissions, %lld values "
                "(written in %.0f ms)\n",
                qPrintable(summary->province), qPrintable(SyntheticProvince::provinceName()), summary->agencies,
                summary->items, int(summary->periods.size()), summary->submissions, summary->values, generated);
    std::printf("synthetic plan: %d targets \"≥ 90 %%\" on ratio items, each with its indicators row\n",
                int(SyntheticPlan::plan().size()));

    // Full recomputation against the reference, alternating so that both see the same cache.
    QList<double> ours, reference;
    int groups = 0;
    qsizetype aggregates = 0;
    for (int run = 0; run < kRuns; ++run) {
        reference.append(timeMs([&] { groups = referenceGroupBy(db, summary->formKey); }));
        ours.append(timeMs([&] {
            const AggregateTable table = fullRecomputation(db, summary.value());
            aggregates = table.aggregator().values().items().size() * table.scopeCount() * table.ranges().size();
        }));
    }
    const double o = median(ours), r = median(reference);
    std::printf("\nevery item for every period and level (median of %d runs)\n", kRuns);
    std::printf("  %-44s %9.2f ms  (%lld aggregates: quarters and years; province and each level)\n",
                "ParDesk: read the form + aggregate all", o, qlonglong(aggregates));
    std::printf("  %-44s %9.2f ms  (%d groups: quarter × level × item, sums and counts only)\n",
                "reference: one SQL GROUP BY", r, groups);
    std::printf("  ratio: %.2f × the reference (goal ≤ 1.5)\n", o / r);
    bench::reportResult(on("aggregating every item for every quarter and year, province and each level, synthetic province "
                        "(median of 7)"),
                        o, "one SQL GROUP BY quarter x level x item", r);

    AggregateTable table = fullRecomputation(db, summary.value());
    const FormValues &values = table.aggregator().values();
    QList<double> outlierTimes;
    qsizetype outliers = 0;
    for (int run = 0; run < 3; ++run)
        outlierTimes.append(timeMs([&] { outliers = OutlierDetector::inForm(values).size(); }));
    std::printf("\nchecks of every submission\n");
    std::printf("  %-44s %9.2f ms  (%lld warnings)\n", "outliers against each agency's history", median(outlierTimes),
                qlonglong(outliers));
    Checks checks;
    QList<double> validateTimes;
    for (int run = 0; run < 3; ++run)
        validateTimes.append(validateAllSubmissions(db, summary.value(), checks));
    std::printf("  %-44s %9.2f ms  (%d submissions, %lld findings; reading their values: %.0f ms more)\n",
                "validate all submissions", median(validateTimes), summary->submissions, qlonglong(checks.findings),
                checks.readMs);
    bench::reportResult(on("validating every submission of the synthetic province (median of 3)"), median(validateTimes),
                        "the full aggregation above", o);
    qsizetype evaluated = 0;
    int met = 0;
    qint64 targetRows = 0;
    QList<double> targetTimes;
    for (int run = 0; run < 3; ++run)
        targetTimes.append(evaluateEveryTarget(db, summary.value(), evaluated, met, targetRows));
    std::printf("  %-44s %9.2f ms  (%lld targets, %d met; TargetReport::build reads %lld of %lld values: their items, their year)\n",
                "evaluate every target", median(targetTimes), qlonglong(evaluated), met, qlonglong(targetRows),
                qlonglong(summary->values));
    std::printf("  ratio: %.3f × the full aggregation (goal ≤ 0.05)\n", median(targetTimes) / o);
    bench::reportResult(on("evaluating every target of the synthetic plan (median of 3; goal <= 0.05)"), median(targetTimes),
                        "the full aggregation above", o);
    std::printf("  (for scale: the full aggregation above took %.2f ms; goal for a full recomputation: well under a second)\n", o);
    PlanState plan = planState(db, summary.value(), table.aggregator());

    // One edit at a time: a value written as the entry screen writes it (its own transaction,
    // synchronous = FULL), then only the aggregates that read it refreshed.
    QList<std::pair<qint64, QString>> cells;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT v.submission_id, i.code FROM submission_values v "
                                 "JOIN form_items i ON i.id = v.item_id JOIN forms f ON f.id = i.form_id "
                                 "WHERE f.key = ? AND i.formula IS NULL ORDER BY v.submission_id, v.item_id"));
        q.addBindValue(summary->formKey);
        q.exec();
        while (q.next())
            cells.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    std::mt19937_64 pick(7);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE submission_values SET value = ?, raw = ? "
                                  "WHERE submission_id = ? AND item_id = (SELECT i.id FROM form_items i JOIN forms f ON f.id = i.form_id "
                                  "WHERE f.key = ? AND i.code = ?)"));
    QList<double> writeTimes, refreshTimes, findingTimes, targetRefreshTimes;
    int recomputed = 0, rechecked = 0, retargeted = 0;
    QSet<qint64> edited;
    for (int e = 0; e < kEdits; ++e) {
        const auto &[submission, code] = cells[qsizetype(pick() % cells.size())];
        const int newValue = int(pick() % 500);
        writeTimes.append(timeMs([&] {
            Transaction transaction(db);
            update.addBindValue(newValue);
            update.addBindValue(QString::number(newValue));
            update.addBindValue(submission);
            update.addBindValue(summary->formKey);
            update.addBindValue(code);
            if (!update.exec() || update.numRowsAffected() != 1 || !transaction.commit())
                fail(QStringLiteral("the edit of %1 in submission %2 failed").arg(code).arg(submission));
        }));
        refreshTimes.append(timeMs([&] {
            const auto row = FormValueRepository(db).valueRow(summary->formKey, submission, code);
            if (!row)
                fail(row.error());
            Result<int> n = table.applyEdit(row.value());
            if (!n)
                fail(n.error());
            recomputed += n.value();
        }));
        edited.insert(submission);
        findingTimes.append(timeMs([&] { rechecked += refreshFindingsAfterEdit(db, checks, submission, code); }));
        targetRefreshTimes.append(timeMs([&] { retargeted += refreshTargetsAfterEdit(plan, table.aggregator(), code); }));
    }
    std::printf("\none edited value (median of %d edits; %.1f aggregates refreshed per edit)\n", kEdits,
                double(recomputed) / kEdits);
    std::printf("  %-44s %9.3f ms  (max %.3f)\n", "re-read the value + refresh its aggregates", median(refreshTimes),
                *std::max_element(refreshTimes.begin(), refreshTimes.end()));
    std::printf("  %-44s %9.3f ms  (max %.3f; %.1f items re-checked per edit)\n", "re-read its submission + refresh findings",
                median(findingTimes), *std::max_element(findingTimes.begin(), findingTimes.end()), double(rechecked) / kEdits);
    std::printf("  %-44s %9.3f ms  (max %.3f; %d target refreshes over %d edits)\n", "refresh the affected target evaluations",
                median(targetRefreshTimes), *std::max_element(targetRefreshTimes.begin(), targetRefreshTimes.end()), retargeted,
                kEdits);
    std::printf("  %-44s %9.3f ms  (the store's durable commit, for scale; goal for one edit: < 10 ms)\n", "writing the edit",
                median(writeTimes));
    bench::reportResult(on("one edited value: refresh the aggregates that read it (median of 200)"), median(refreshTimes),
                        "writing that edit (durable transaction)", median(writeTimes));
    bench::reportResult(on("one edited value: re-check its submission's affected items (median of 200)"), median(findingTimes),
                        "writing that edit", median(writeTimes));
    bench::reportResult(on("one edited value: re-evaluate the targets that read it (median of 200)"), median(targetRefreshTimes),
                        "writing that edit", median(writeTimes));

    const AggregateTable full = fullRecomputation(db, summary.value());
    int differences = 0;
    for (int i = 0; i < values.items().size(); ++i)
        for (int s = 0; s < table.scopeCount(); ++s)
            for (int g = 0; g < table.ranges().size(); ++g)
                differences += table.at(i, s, g) == full.at(i, s, g) ? 0 : 1;
    // The findings refreshed edit by edit against a full validation of each edited submission.
    for (qint64 id : std::as_const(edited)) {
        const Validator &validator = checks.validators.at(id);
        Validator fresh(*checks.form);
        fresh.setAll(Submissions(db).entered(*checks.form, id).value());
        const auto text = [](const QList<Finding> &findings) {
            QStringList out;
            for (const Finding &f : findings)
                out.append(f.code + u' ' + f.rule + u' ' + f.message);
            return out;
        };
        differences += text(fresh.findings()) == text(validator.findings()) ? 0 : 1;
    }
    // The targets refreshed edit by edit against a report built afresh; first the ones no edit touched.
    for (PlanState::Row &row : plan.rows)
        if (!row.actual)
            row.actual = table.aggregator().aggregate(row.item, plan.agencies, plan.period).value;
    TargetReportOptions options;
    options.province = summary->province;
    options.period = summary->periods.constLast();
    const auto report = TargetReport::build(Plans(db), Forms(db), FormValueRepository(db), options);
    if (!report)
        fail(report.error());
    for (const TargetReportRow &fresh : report.value())
        for (const PlanState::Row &row : std::as_const(plan.rows))
            if (row.target.id == fresh.target.id && (!fresh.actual || !row.actual || fresh.actual->value != *row.actual))
                ++differences;
    std::printf("  incremental result equals a full recomputation: %s\n",
                differences == 0 ? "yes" : qPrintable(QStringLiteral("NO, %1 aggregates, submissions' findings or targets differ").arg(differences)));
    return differences == 0 ? 0 : 1;
}
