#pragma once
// What the crash tests read back from a store that `pardesk-cli torture` wrote: whether SQLite
// finds it whole, and what the torture submission holds.

#include <QString>

namespace pardesk::test {

struct TortureState {
    bool opened = false;
    QString integrity;      // PRAGMA integrity_check: "ok" when whole
    qint64 submission = 0;  // 0 when torture never created it
    int values = 0;         // value rows of the submission
    int distinct = 0;       // distinct numbers among them: 1 when no step was half-written
    int step = 0;           // the number they hold (the last step committed)
    int auditRows = 0;      // audit rows of the submission: 1 (its creation) + step × items
};

// A new connection on the file, as the app opens it after a crash (the write-ahead log replayed).
TortureState readTortureStore(const QString &path, const QString &period);

} // namespace pardesk::test
