#pragma once
// A synthetic plan for the synthetic province: a document with targets on some of its ratio items,
// and the indicators rows that tie each target's theme to its item, for the benchmarks.

#include "store/SyntheticProvince.h"

#include <QCoreApplication>
#include <QList>

namespace pardesk::generate {

class SyntheticPlan {
    Q_DECLARE_TR_FUNCTIONS(SyntheticPlan)
public:
    struct Planned {
        QString theme;
        QString item; // the ratio item of the synthetic form that measures it
    };
    // The targets' themes, each on its own ratio item (blocks 1, 2, 3, 4, 6, 7: every fifth block is
    // a total, not a ratio); all of them are in themes.json.
    static QList<Planned> plan();

    // One plan document (src "synthetic"), a target "≥ 90 %" at the province level by the end of
    // the last year for each planned theme, and its indicators row (scope "agency": the province's
    // agencies added up). In one transaction.
    static Status write(QSqlDatabase db, const SyntheticProvince::Summary &summary);
    static Status write(const Store &store, const SyntheticProvince::Summary &summary);
};

} // namespace pardesk::generate
