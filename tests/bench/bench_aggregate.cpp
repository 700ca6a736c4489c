// Aggregation on a province-sized synthetic store (SyntheticProvince: 250 agencies × 150 items ×
// 32 quarters), against one hand-written SQL GROUP BY measured in the same run; then one edited
// value refreshed incrementally. `bench_aggregate [STORE]` keeps the store at STORE (default: a
// temporary file).
#include "SyntheticProvince.h"
#include "aggregate/AggregateTable.h"
#include "aggregate/OutlierDetector.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace pardesk;
using bench::SyntheticProvince;

namespace {

constexpr int kRuns = 7;
constexpr int kEdits = 200;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_aggregate: %s\n", qPrintable(what));
    std::exit(1);
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
    Result<Aggregator> aggregator = Aggregator::load(db, summary.formKey);
    if (!aggregator)
        fail(aggregator.error());
    const auto ranges = AggregateTable::periodsAndYears(aggregator->values());
    Result<AggregateTable> table = AggregateTable::create(std::move(aggregator).value(),
                                                          AggregateTable::provinceAndLevels(summary.province), ranges);
    if (!table)
        fail(table.error());
    table->computeAll();
    return std::move(table).value();
}

// Extension points, filled in when the validator and the target-evaluation branches are merged.
// Each returns the milliseconds of one pass over the synthetic province, or nothing until then.
std::optional<double> validateAllSubmissions(QSqlDatabase, const SyntheticProvince::Summary &)
{
    return std::nullopt;
}
std::optional<double> evaluateEveryTarget(QSqlDatabase, const SyntheticProvince::Summary &)
{
    return std::nullopt;
}
// The same after one edited value: refresh the findings of that submission and the evaluations of
// the targets that read the item, in milliseconds.
std::optional<double> refreshFindingsAfterEdit(QSqlDatabase, qint64 /*submissionId*/, const QString & /*itemCode*/)
{
    return std::nullopt;
}
std::optional<double> refreshTargetsAfterEdit(QSqlDatabase, qint64 /*submissionId*/, const QString & /*itemCode*/)
{
    return std::nullopt;
}

void printOptional(const char *what, const std::optional<double> &ms)
{
    if (ms)
        std::printf("  %-44s %9.2f ms\n", what, *ms);
    else
        std::printf("  %-44s   (not measured yet)\n", what);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("synthetic.sqlite"));
    QFile::remove(path);
    printMachine();

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
    std::printf("synthetic province %s \"%s\": %d agencies, %d items, %d periods, %d submissions, %lld values "
                "(written in %.0f ms)\n",
                qPrintable(summary->province), qPrintable(SyntheticProvince::provinceName()), summary->agencies,
                summary->items, int(summary->periods.size()), summary->submissions, summary->values, generated);

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

    AggregateTable table = fullRecomputation(db, summary.value());
    const FormValues &values = table.aggregator().values();
    QList<double> outlierTimes;
    qsizetype outliers = 0;
    for (int run = 0; run < 3; ++run)
        outlierTimes.append(timeMs([&] { outliers = OutlierDetector::inForm(values).size(); }));
    std::printf("\nchecks of every submission\n");
    std::printf("  %-44s %9.2f ms  (%lld warnings)\n", "outliers against each agency's history", median(outlierTimes),
                qlonglong(outliers));
    printOptional("validate all submissions", validateAllSubmissions(db, summary.value()));
    printOptional("evaluate every target", evaluateEveryTarget(db, summary.value()));

    // One edit at a time: a value written as the entry screen writes it (its own transaction,
    // synchronous = FULL), then only the aggregates that read it refreshed.
    QList<std::pair<qint64, QString>> cells;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT v.submission_id, i.code FROM submission_values v "
                                 "JOIN form_items i ON i.id = v.item_id JOIN forms f ON f.id = i.form_id "
                                 "WHERE f.key = ? AND i.formula IS NULL ORDER BY v.rowid"));
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
    QList<double> writeTimes, refreshTimes;
    int recomputed = 0;
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
            Result<int> n = table.applyEdit(submission, code);
            if (!n)
                fail(n.error());
            recomputed += n.value();
        }));
        const std::optional<double> findings = refreshFindingsAfterEdit(db, submission, code);
        const std::optional<double> targets = refreshTargetsAfterEdit(db, submission, code);
        if (e == 0) {
            printOptional("(after an edit) refresh findings", findings);
            printOptional("(after an edit) refresh target evaluations", targets);
        }
    }
    std::printf("\none edited value (median of %d edits; %.1f aggregates refreshed per edit)\n", kEdits,
                double(recomputed) / kEdits);
    std::printf("  %-44s %9.3f ms  (max %.3f)\n", "re-read the value + refresh its aggregates", median(refreshTimes),
                *std::max_element(refreshTimes.begin(), refreshTimes.end()));
    std::printf("  %-44s %9.3f ms  (the store's durable commit, for scale)\n", "writing the edit", median(writeTimes));

    const AggregateTable full = fullRecomputation(db, summary.value());
    int differences = 0;
    for (int i = 0; i < values.items().size(); ++i)
        for (int s = 0; s < table.scopeCount(); ++s)
            for (int g = 0; g < table.ranges().size(); ++g)
                differences += table.at(i, s, g) == full.at(i, s, g) ? 0 : 1;
    std::printf("  incremental result equals a full recomputation: %s\n",
                differences == 0 ? "yes" : qPrintable(QStringLiteral("NO, %1 aggregates differ").arg(differences)));
    return differences == 0 ? 0 : 1;
}
