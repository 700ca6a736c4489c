// How long ParDesk takes from process start to its first painted main window, and until the area
// it opens on is painted too, on the default database and on a synthetic province of 1.2 million
// values, against a bare QMainWindow program built in the same tree, measured in the same run. Also what opening the store costs in that time,
// and within it the PRAGMA quick_check.
#include "BenchReport.h"
#include "SyntheticProvince.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>

using namespace pardesk;
using bench::median;

namespace {

constexpr int kRuns = 15;

// Milliseconds from starting the process to its "painted" line; negative when it never came.
double timeToFirstPaint(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
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
        std::fprintf(stderr, "bench_startup: %s printed no first paint: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
    return ms;
}

double medianTime(const std::function<void()> &step)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

// As on start: a new connection, so that SQLite reads every page rather than finding them cached.
double quickCheckOnANewConnection(const QString &store)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        const QString name = QStringLiteral("bench-%1").arg(i);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(store);
            db.open();
            QSqlQuery q(db);
            QElapsedTimer timer;
            timer.start();
            q.exec(QStringLiteral("PRAGMA quick_check"));
            q.next();
            times.append(timer.nsecsElapsed() / 1e6);
        }
        QSqlDatabase::removeDatabase(name);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The default database as after the first start: created from the bundled dataset.
    const QString store = dir.filePath(QStringLiteral("pardesk.sqlite"));
    if (auto db = Database::open(store); !db) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(db.error()));
        return 1;
    }

    // The province's whole history: 250 agencies × 150 items × 32 quarters.
    const QString big = dir.filePath(QStringLiteral("synthetic.sqlite"));
    qint64 bigValues = 0;
    {
        auto db = Database::open(big);
        const auto written = db ? bench::SyntheticProvince::write(db.value()->connection()) : db.failure();
        if (!written) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(written.error()));
            return 1;
        }
        bigValues = written->values;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString pardesk = QStringLiteral(PARDESK_GUI_PATH), bare = QStringLiteral(BARE_WINDOW_PATH);
    // --view plans: every start after the first opens on an area; the first start's page is lighter.
    const QStringList pardeskArguments = {QStringLiteral("--db"), store, QStringLiteral("--view"), QStringLiteral("plans"), QStringLiteral("--exit-on-first-paint")};

    // One unmeasured start of each loads the libraries and fonts into the page cache.
    timeToFirstPaint(bare, {}, env);
    timeToFirstPaint(pardesk, pardeskArguments, env);
    const QStringList bigArguments = {QStringLiteral("--db"), big, QStringLiteral("--view"), QStringLiteral("plans"), QStringLiteral("--exit-on-first-paint")};
    timeToFirstPaint(pardesk, bigArguments, env);
    // The window paints its frame first and builds the area it opens on right after
    // (ViewNavigator::buildShownAreaAfterFirstPaint): also measured, until that area is painted.
    QStringList areaArguments = pardeskArguments, bigAreaArguments = bigArguments;
    areaArguments.last() = bigAreaArguments.last() = QStringLiteral("--exit-when-area-painted");
    QList<double> ours, oursBig, reference, area, areaBig;
    struct Start {
        const QString &program;
        const QStringList arguments;
        QList<double> &times;
    };
    const Start starts[] = {{bare, {}, reference},
                            {pardesk, pardeskArguments, ours},
                            {pardesk, bigArguments, oursBig},
                            {pardesk, areaArguments, area},
                            {pardesk, bigAreaArguments, areaBig}};
    constexpr int kStarts = int(std::size(starts));
    for (int i = 0; i < kRuns; ++i) {
        // Alternating, so that a slow moment of the machine hits all. And each round begins with
        // the next one, so that no program always follows the same one: in a fixed order the
        // synthetic store, always measured right after the default one, came out up to a tenth
        // slower than it, with the same work before the first paint (callgrind); a start may pay
        // for the exit of the one before (its store closed and synced, the X server dropping its
        // window).
        for (int j = 0; j < kStarts; ++j) {
            const Start &start = starts[(i + j) % kStarts];
            start.times.append(timeToFirstPaint(start.program, start.arguments, env));
            if (start.times.last() < 0)
                return 1;
        }
    }

    const double open = medianTime([&store] { (void)Database::open(store); });
    const double quickCheck = quickCheckOnANewConnection(store);

    const double o = median(ours), r = median(reference);
    std::printf("start-up to the first painted main window (median of %d runs, platform %s)\n", kRuns,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("default"))));
    std::printf("  ParDesk on the default database: %8.1f ms\n", o);
    std::printf("  reference, bare QMainWindow:      %8.1f ms\n", r);
    std::printf("  ratio: %.2f x the reference (goal: at most 1.5)\n", o / r);
    const double b = median(oursBig);
    std::printf("  ParDesk on the synthetic province (%lld values): %8.1f ms, ratio %.2f\n", bigValues, b, b / r);
    // Also each start against the bare start of the same round, a few hundred milliseconds
    // apart: on a shared two-core machine the load changes from second to second, and a pair
    // sees the same load where the two medians may not (three runs in a row went 1.31, 1.21 and
    // 1.38 with the same executables). Printed beside the ratio of the medians, which the
    // results keep.
    const auto pairedRatio = [&reference](const QList<double> &times) {
        QList<double> ratios;
        for (qsizetype i = 0; i < times.size() && i < reference.size(); ++i)
            ratios.append(times[i] / reference[i]);
        return median(ratios);
    };
    std::printf("  median of the rounds' own ratios: %.2f on the default database, %.2f on the synthetic province\n",
                pairedRatio(ours), pairedRatio(oursBig));
    const QByteArray platform = env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")).toUtf8();
    bench::reportResult(QByteArray("start-up to the first painted main window, default database (median of 15, " + platform + ")").constData(),
                        o, "a bare QMainWindow built in the same tree", r);
    bench::reportResult(QByteArray("start-up to the first painted main window, synthetic store of " + QByteArray::number(bigValues) +
                                   " values (median of 15, " + platform + ")").constData(),
                        b, "a bare QMainWindow built in the same tree", r);
    const double a = median(area), ab = median(areaBig);
    std::printf("  until the plans area is painted too: %8.1f ms (ratio %.2f), on the synthetic province %8.1f ms (%.2f)\n", a,
                a / r, ab, ab / r);
    bench::reportResult(QByteArray("start-up until the plans area is painted too, default database (median of 15, " + platform + ")").constData(),
                        a, "a bare QMainWindow built in the same tree", r);
    bench::reportResult(QByteArray("start-up until the plans area is painted too, synthetic store of " + QByteArray::number(bigValues) +
                                   " values (median of 15, " + platform + ")").constData(),
                        ab, "a bare QMainWindow built in the same tree", r);
    std::printf("within it, opening the existing default store (%lld KiB): %.2f ms, of which PRAGMA quick_check %.2f ms\n",
                QFileInfo(store).size() / 1024, open, quickCheck);
    return 0;
}
