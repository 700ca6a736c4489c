#pragma once
// A ratio sub-criterion measured by the figures an agency reports (issue 15): the criteria set
// names the form and a Formula over its items (rate_form, rate_formula); the rate is computed from
// the agency's values of the latest reporting period that ends by the assessment's period (of its
// year or the year before), and its points by the one rule of ratio sub-criteria
// (ScoreRules::ratioPoints). Pure: the caller reads the values (RatioFiguresLoader), tests build
// them in memory.

#include "aggregate/FormValues.h"
#include "assessment/AssessmentPeriod.h"
#include "assessment/CriteriaSet.h"
#include "periods/Projection.h"
#include "text/NumberFormat.h"

#include <QCoreApplication>

namespace pardesk {

struct RatioReading {
    QString code;
    QString form;     // the form's key
    QString formName; // as a user cites it ("Phụ lục 08"), else the key
    QString formula;  // "5.4.2 / 5.4.1 × 100"
    QString until;    // the assessment period's label: figures of periods ending later are not read
    QString period;   // the reporting period whose figures give the rate; empty: none reported
    std::optional<double> rate;   // %
    std::optional<double> points; // from the rate, capped at the maximum
    std::optional<double> max;
    // The rates of each period of that year up to it (lũy kế), for RatioProjection.
    QList<PeriodValue> yearRates;
    QString problem; // why nothing could be read (an unknown form or item, a formula that does not parse)
};

class RatioFigures {
    Q_DECLARE_TR_FUNCTIONS(RatioFigures)
public:
    // A ratio sub-criterion whose set names the form and the formula that measure it.
    static bool measured(const CriteriaNode &node);
    // The formula as the screen writes it ("5.4.2 / 5.4.1 × 100"); the stored JSON when it does not parse.
    static QString formulaText(const QString &json);
    // The form's name as a user cites it: the part before " — " ("Phụ lục 08").
    static QString shortFormName(const QString &name, const QString &key);
    // The last day of an assessment period (a month, a quarter, a year).
    static QDate lastDay(const AssessmentPeriod &period);

    // The reading of `node` from `values` (the form's values, with `agencyId` among its agencies)
    // for an assessment of `until`. No period with figures: a reading without a rate.
    static RatioReading read(const CriteriaNode &node, const QString &formName, const FormValues &values,
                             qint64 agencyId, const AssessmentPeriod &until);
    // A reading that could not be made, with the reason.
    static RatioReading failed(const CriteriaNode &node, const AssessmentPeriod &until, const QString &problem);

    // One line for the grid and the findings: "Tính từ số liệu: 62,5% (Phụ lục 08, Quý III năm 2024:
    // 5.4.2 / 5.4.1 × 100) → 0,9375/1,5", or that no figure is reported, or the problem.
    static QString describe(const RatioReading &reading, NumberConvention convention = NumberConvention::Vietnamese);
    // The rate and its source without the points ("62,5% (Phụ lục 08, Quý III năm 2024)"), for the
    // lost points' latest figures; empty when none.
    static QString figure(const RatioReading &reading, NumberConvention convention = NumberConvention::Vietnamese);
};

} // namespace pardesk
