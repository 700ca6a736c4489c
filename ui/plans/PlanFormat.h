#pragma once
// How the plans views write what they show: numbers in the user's convention, dates as
// day/month/year, comparisons as "≥ 80%", and the names of levels, kinds, statuses and types.

#include "domain/Records.h"
#include "targets/TargetEvaluation.h"

#include <QCoreApplication>
#include <QColor>

namespace pardesk {

class PlanFormat {
    Q_DECLARE_TR_FUNCTIONS(PlanFormat)
public:
    static QString number(double value, int maxDecimals = 2); // "1.044,5" or "1,044.5" (settings)
    static QString date(const QString &iso);                   // "2024-12-15" → "15/12/2024"; partial dates likewise

    // "≥ 80%", "≤ 25 phút", "reduce ≥ 20% vs 2023", or "—" for a target with nothing to measure.
    static QString comparison(const Target &t);
    static QString levelName(AdminLevel level);
    static QString kindName(TargetKind kind);
    static QString directionName(Direction direction);
    static QString taskStatusName(const QString &status);
    static QString documentTypeName(const QString &type);

    // A symbol before the verdict's words (TargetVerdict::label), so that it reads without its
    // colour: "✔ Met".
    static QString evaluation(EvaluationStatus status, const QString &label);
    // "24%", "18,5 phút": a figure in its unit.
    static QString value(double value, const QString &unit);
    static QColor evaluationColor(EvaluationStatus status);
    // "+5 pp", "−1,25 phút": better than the target is positive.
    static QString gap(double gap, const QString &unit);
};

} // namespace pardesk
