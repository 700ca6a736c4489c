// How long creating the default database takes on first start, against a reference measured in
// the same run: SQLite itself writing the finished store to a new file (VACUUM INTO), the least
// any loader could spend on the same pages.
#include "BenchReport.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace pardesk;
using bench::median;

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int runs = 15;
    QTemporaryDir dir;
    QList<double> ours, reference;
    for (int i = 0; i < runs; ++i) {
        const QString path = dir.filePath(QStringLiteral("default-%1.sqlite").arg(i));
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path);
        ours.append(timer.nsecsElapsed() / 1e6);
        if (!db || !db.value()->loadedDatasetNow()) {
            std::fprintf(stderr, "bench_default_db: %s\n", qPrintable(db.error()));
            return 1;
        }
        timer.restart();
        QSqlQuery(db.value()->connection()).exec(QStringLiteral("VACUUM INTO '%1'").arg(dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i))));
        reference.append(timer.nsecsElapsed() / 1e6);
    }
    const double o = median(ours), r = median(reference);
    std::printf("default database from the bundled dataset (median of %d runs)\n", runs);
    std::printf("  ParDesk open + migrate + load: %8.2f ms\n", o);
    std::printf("  reference, SQLite VACUUM INTO:  %8.2f ms\n", r);
    std::printf("  ratio: %.1f x the reference\n", o / r);
    pardesk::bench::reportResult("creating the default database on first start: open, migrate, load the bundled dataset "
                                 "(median of 15)",
                                 o, "SQLite copying the finished store (VACUUM INTO)", r);
    return 0;
}
