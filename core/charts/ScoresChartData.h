#pragma once
// One province's ranking indexes as the score charts show them (IndexScores reads them): PAR
// Index criteria achieved against the maximum, most points lost first; PAPI dimensions year over
// year; SIPAS results against the province and country averages.

#include "charts/ChartSource.h"
#include "scores/IndexScores.h"

namespace pardesk {

class Store;

struct ScoresChartData {
    QString province;
    QString provinceName;
    QList<ParArea> par;
    QList<YearOverYear> papi; // the dimensions and sub-indicators, first year to last
    QList<SipasComparison> sipas;
    QStringList documents; // numbers of the documents the scores come from

    bool isEmpty() const { return par.isEmpty() && papi.isEmpty() && sipas.isEmpty(); }

    // Unknown province: an error naming it. A province without scores gives empty lists.
    static Result<ScoresChartData> build(const Store &store, const QString &province);
};

} // namespace pardesk
