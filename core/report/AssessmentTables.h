#pragma once
// The printed self-assessment tables read from the store: an agency's self-assessment or its
// appraisal, and the ranking of a province's agencies for a year. AssessmentAppendix lays them
// out; this finds what it needs through the store's repositories (no SQL here) and puts the right
// body at the head: the agency signs its self-assessment, the province's People's Committee (whose
// council appraises and ranks) the appraisal and the ranking.

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class AssessmentTables {
    Q_DECLARE_TR_FUNCTIONS(AssessmentTables)
public:
    // `appraisal`: the council's table, refused for a draft (nothing has been sent to appraise).
    static Result<AppendixTable> assessment(const Store &store, qint64 id, bool appraisal);
    // `province`: its code (TQ, BG, TV); the set that applies to the year (ProvincePictureLoader).
    static Result<AppendixTable> ranking(const Store &store, const QString &province, int year);
};

} // namespace pardesk
