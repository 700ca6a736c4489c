#pragma once
// One format for every benchmark's result, so that the README's performance table can be
// regenerated from a run (scripts that gather `RESULT` lines). A line reads:
//   RESULT | what was measured | ours | reference: what it is | reference | ratio
// Times are in milliseconds unless `unit` says otherwise (e.g. "MiB" for memory).

#include <cstdio>

namespace pardesk::bench {

inline void reportResult(const char *what, double ours, const char *referenceWhat, double reference, const char *unit = "ms")
{
    const double ratio = reference > 0 ? ours / reference : 0;
    std::printf("RESULT | %s | %.2f %s | %s | %.2f %s | %.2f x\n", what, ours, unit, referenceWhat, reference, unit, ratio);
    std::fflush(stdout);
}

} // namespace pardesk::bench
