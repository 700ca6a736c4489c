#pragma once
// A small store whose last submission has a value far from its agency's history: for the tests of
// findings (SubmissionFindings) and editing (EditSession) that need an outlier.
//
// Agency TS.D1, form TS-F: 1 dossiers received (count), 1.1 of them settled on time (count),
// 2 staff (count), 3 = 1.1 / 1 × 100 (a ratio, computed). Six quarters 2023Q1–2024Q2 around
// 100 dossiers, 90 settled, 12 staff, submitted; 2024Q3 a draft with 1000 dossiers (a zero too
// many: VALUE_OUTLIER on 1), 90 settled and 12 staff.

#include "store/Store.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace pardesk::test {

struct OutlierStore {
    QTemporaryDir dir;
    std::unique_ptr<Store> db;
    qint64 form = 0;
    qint64 late = 0;  // 2024Q3, a draft with the outlier
    qint64 usual = 0; // 2024Q2, submitted, no finding
    QHash<QString, qint64> item;

    static std::unique_ptr<OutlierStore> build();
};

} // namespace pardesk::test
