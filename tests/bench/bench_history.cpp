// Cost grows with what is asked for, not with the history held: the same 250 agencies with 2 and
// with 20 years of quarterly reports (`pardesk-cli generate --agencies 250 --years 2` and
// `--years 20`), measured in the same run: consolidating one quarter, evaluating the plan's targets
// for one year (`pardesk-cli evaluate --period 2018`), and the application's first paint. Goal:
// each on the 20-year store within 1.2 × the 2-year store. Consolidating and evaluating are measured
// twice: in this process (median time of the library call) and as whole `pardesk-cli` processes
// (wall time and peak memory, what an official waits for and what the PC must hold).
#include "BenchReport.h"
#include "SyntheticPlan.h"
#include "SyntheticProvince.h"
#include "exchange/Consolidation.h"
#include "store/Forms.h"
#include "store/Plans.h"
#include "store/Store.h"
#include "store/FormValueRepository.h"
#include "targets/TargetReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace pardesk;
using bench::fail;
using bench::median;

namespace {

constexpr int kRuns = 5;

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct History {
    QString path;
    bench::SyntheticProvince::Summary summary;
    std::unique_ptr<Store> db;
};

History generateStore(const QString &path, int years)
{
    auto db = Store::open(path);
    if (!db)
        fail(db.error());
    const auto summary = bench::SyntheticProvince::write(db.value()->database().connection(), bench::SyntheticProvince::Options::sized(250, years));
    if (!summary)
        fail(summary.error());
    if (Status s = bench::SyntheticPlan::write(db.value()->database().connection(), summary.value()); !s)
        fail(s.error());
    std::printf("%d years: %d agencies, %d items, %lld values\n", years, summary->agencies, summary->items, summary->values);
    return {path, summary.value(), std::move(db).value()};
}

double consolidate(const History &store, const QString &quarter)
{
    return timeMs([&] {
        const auto c = Consolidation::build(*store.db, store.summary.formKey, quarter, QDate(2040, 1, 1));
        if (!c)
            fail(c.error());
    });
}

double evaluate(const History &store, const QString &period, qint64 &rows)
{
    return timeMs([&] {
        TargetReportOptions options;
        options.province = store.summary.province;
        options.period = period;
        const FormValueRepository repository = store.db->formValues();
        const auto report = TargetReport::build(store.db->plans(), store.db->forms(), repository, options);
        if (!report)
            fail(report.error());
        rows = repository.rowsRead();
    });
}

struct ProcessCost {
    double ms = 0;
    double peakMiB = 0;
};

// Runs pardesk-cli to its end, its output thrown away, and reads its peak memory from wait4():
// QProcess does not report a child's resource use.
ProcessCost runCli(const QStringList &arguments)
{
    QList<QByteArray> storage{QByteArrayLiteral(PARDESK_CLI_PATH)};
    for (const QString &a : arguments)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        fail(QStringLiteral("cannot start %1").arg(QStringLiteral(PARDESK_CLI_PATH)));
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("pardesk-cli %1 failed").arg(arguments.join(QLatin1Char(' '))));
    return {double(timer.nsecsElapsed()) / 1e6, double(usage.ru_maxrss) / 1024.0};
}

ProcessCost medianCost(const QStringList &arguments)
{
    QList<double> ms, mib;
    for (int run = 0; run < kRuns; ++run) {
        const ProcessCost cost = runCli(arguments);
        ms.append(cost.ms);
        mib.append(cost.peakMiB);
    }
    return {median(ms), median(mib)};
}

// Milliseconds from starting the process to its "painted" line.
double timeToFirstPaint(const QString &store, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PARDESK_GUI_PATH), {QStringLiteral("--db"), store, QStringLiteral("--view"), QStringLiteral("plans"), QStringLiteral("--exit-on-first-paint")});
    QByteArray out;
    while (!out.contains("painted\n")) {
        if (!process.waitForReadyRead(30000))
            break;
        out += process.readAllStandardOutput();
    }
    const double ms = out.contains("painted\n") ? timer.nsecsElapsed() / 1e6 : -1;
    if (!process.waitForFinished(10000))
        process.kill();
    if (ms < 0)
        fail(QStringLiteral("no first paint: %1").arg(QString::fromLocal8Bit(process.readAllStandardError())));
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    History shortHistory = generateStore(dir.filePath(QStringLiteral("two-years.sqlite")), 2);
    History longHistory = generateStore(dir.filePath(QStringLiteral("twenty-years.sqlite")), 20);
    const QString quarter = QStringLiteral("2018Q4"), year = QStringLiteral("2018");

    QList<double> consolidateShort, consolidateLong, evaluateShort, evaluateLong;
    qint64 rowsShort = 0, rowsLong = 0;
    for (int run = 0; run < kRuns; ++run) {
        consolidateShort.append(consolidate(shortHistory, quarter));
        consolidateLong.append(consolidate(longHistory, quarter));
        evaluateShort.append(evaluate(shortHistory, year, rowsShort));
        evaluateLong.append(evaluate(longHistory, year, rowsLong));
    }
    std::printf("consolidating %s: %.1f ms (2 years), %.1f ms (20 years)\n", qPrintable(quarter), median(consolidateShort),
                median(consolidateLong));
    std::printf("evaluating the plan for %s: %.1f ms reading %lld values (2 years), %.1f ms reading %lld values (20 years)\n",
                qPrintable(year), median(evaluateShort), rowsShort, median(evaluateLong), rowsLong);
    bench::reportResult("consolidating one quarter, 250 agencies with 20 years of history (median of 5; goal <= 1.2)",
                        median(consolidateLong), "the same with 2 years", median(consolidateShort));
    bench::reportResult("evaluating the plan's targets for 2018, 20 years of history (median of 5; goal <= 1.2)",
                        median(evaluateLong), "the same with 2 years", median(evaluateShort));

    // The stores closed, as a user's would be when the application starts.
    const QString shortPath = shortHistory.path, longPath = longHistory.path, formKey = shortHistory.summary.formKey,
                  province = shortHistory.summary.province;
    shortHistory.db.reset();
    longHistory.db.reset();

    const auto consolidateCli = [&](const QString &store) {
        return medianCost({QStringLiteral("--db"), store, QStringLiteral("consolidate"), QStringLiteral("--form"), formKey,
                           QStringLiteral("--period"), quarter, QStringLiteral("--today"), QStringLiteral("2040-01-01")});
    };
    const auto evaluateCli = [&](const QString &store) {
        return medianCost({QStringLiteral("--db"), store, QStringLiteral("evaluate"), QStringLiteral("--province"), province,
                           QStringLiteral("--period"), year});
    };
    consolidateCli(shortPath); // unmeasured: the executable and the stores into the page cache
    consolidateCli(longPath);
    const ProcessCost consolidateShortCli = consolidateCli(shortPath), consolidateLongCli = consolidateCli(longPath);
    const ProcessCost evaluateShortCli = evaluateCli(shortPath), evaluateLongCli = evaluateCli(longPath);
    bench::reportResult("pardesk-cli consolidate (one quarter), whole process, 20 years of history (median of 5; goal <= 1.2)",
                        consolidateLongCli.ms, "the same with 2 years", consolidateShortCli.ms);
    bench::reportResult("pardesk-cli consolidate (one quarter), peak memory, 20 years of history (goal <= 1.2)",
                        consolidateLongCli.peakMiB, "the same with 2 years", consolidateShortCli.peakMiB, "MiB");
    bench::reportResult("pardesk-cli evaluate --period 2018, whole process, 20 years of history (median of 5; goal <= 1.2)",
                        evaluateLongCli.ms, "the same with 2 years", evaluateShortCli.ms);
    bench::reportResult("pardesk-cli evaluate --period 2018, peak memory, 20 years of history (goal <= 1.2)",
                        evaluateLongCli.peakMiB, "the same with 2 years", evaluateShortCli.peakMiB, "MiB");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    timeToFirstPaint(shortPath, env); // unmeasured: libraries and fonts into the page cache
    timeToFirstPaint(longPath, env);
    QList<double> paintShort, paintLong;
    for (int run = 0; run < kRuns; ++run) {
        paintShort.append(timeToFirstPaint(shortPath, env));
        paintLong.append(timeToFirstPaint(longPath, env));
    }
    std::printf("first paint: %.0f ms (2 years), %.0f ms (20 years)\n", median(paintShort), median(paintLong));
    bench::reportResult("first paint, 20 years of history (median of 5; goal <= 1.2)", median(paintLong),
                        "the same with 2 years", median(paintShort));
    return 0;
}
