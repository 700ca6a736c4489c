#pragma once
// One format for every benchmark's result, so that the README's performance table can be
// regenerated from a run (scripts that gather `RESULT` lines). A line reads:
//   RESULT | what was measured | ours | reference: what it is | reference | ratio
// Times are in milliseconds unless `unit` says otherwise (e.g. "MiB" for memory).

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace pardesk::bench {

// A benchmark that cannot run says why, under its own name, and stops.
[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
    std::exit(1);
}

// The middle of the runs, which one slow moment of the machine does not move.
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

inline void reportResult(const char *what, double ours, const char *referenceWhat, double reference, const char *unit = "ms")
{
    const double ratio = reference > 0 ? ours / reference : 0;
    std::printf("RESULT | %s | %.2f %s | %s | %.2f %s | %.2f x\n", what, ours, unit, referenceWhat, reference, unit, ratio);
    std::fflush(stdout);
}

} // namespace pardesk::bench
