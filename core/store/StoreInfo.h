#pragma once
// Facts about the store itself, kept in the table store_info. The one that matters to users: a
// store made by `pardesk-cli generate` holds synthetic figures, and every screen, chart and
// printout that shows them says so (syntheticNotice()).

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pardesk {

class StoreInfo {
    Q_DECLARE_TR_FUNCTIONS(StoreInfo)
public:
    // Whether the store is marked synthetic; an error when store_info cannot be read (Store::isSynthetic
    // says why its callers take that for "not synthetic").
    static Result<bool> isSynthetic(const QSqlDatabase &db);
    // Marks the store as synthetic, with a description of how it was made (e.g. the generator's
    // parameters). Call it inside the transaction that writes the synthetic data.
    static Status markSynthetic(const QSqlDatabase &db, const QString &description);
    // How it was made (empty for a store that is not synthetic); an error when it cannot be read.
    static Result<QString> syntheticDescription(const QSqlDatabase &db);
    // The words shown on screens, charts and printouts of a synthetic store, in the current language.
    static QString syntheticNotice();
};

} // namespace pardesk
