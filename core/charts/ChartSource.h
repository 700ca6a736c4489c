#pragma once
// What every chart's data shares: the provinces in their fixed order with their names, and how a
// target's comparison reads on a chart ("≥ 50%", "≤ 25 phút", "giảm 0,45%").

#include "domain/Records.h"
#include "store/AgencyRepository.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pardesk {

class ChartSource {
    Q_DECLARE_TR_FUNCTIONS(ChartSource)
public:
    // The three provinces first, always in the order TQ, BG, TV (their colours follow this order),
    // then any other province of the store.
    static Result<QList<ProvinceName>> provinces(QSqlDatabase db);
    // The province's agencies that have reported at least once: the ones a trend can be drawn for.
    static Result<QList<AgencyName>> reportingAgencies(QSqlDatabase db, const QString &province);
    // The comparison as a chart label: "≥ 50%", "> 70%", "≤ 25 phút", "~ 80%"; a reduction target
    // reads "cut ≥ 0,45%"; empty for a qualitative target.
    static QString comparisonText(const Target &target);
    // "Kế hoạch số 268/KH-UBND, Kế hoạch số 37/KH-STTTT-VP": the documents as cited (SourceName), in
    // first-seen order, for a footnote.
    static QString documentList(const QStringList &names);
};

} // namespace pardesk
