#pragma once
// The consolidation as the command line prints it (JSON: statuses, rates, totals) and the
// consolidated form as a CSV file (one row per item: province total, coverage, level totals).

#include "exchange/Consolidation.h"

#include <QByteArray>
#include <QJsonObject>

namespace pardesk {

class ConsolidationExport {
    Q_DECLARE_TR_FUNCTIONS(ConsolidationExport)
public:
    static QJsonObject toJson(const Consolidation &consolidation, bool synthetic);
    // UTF-8 with a BOM, so that Excel reads the Vietnamese; numbers in the Vietnamese convention.
    // A synthetic store says so in the first line.
    static QByteArray totalsCsv(const Consolidation &consolidation, bool synthetic);
    static Status writeTotalsCsv(const Consolidation &consolidation, bool synthetic, const QString &path);

    // "12 of 15"
    static QString coverageText(const Aggregate &aggregate);
};

} // namespace pardesk
