#include "assessment/RatioFigures.h"

#include "assessment/ScoreRules.h"
#include "forms/Formula.h"

namespace pardesk {

bool RatioFigures::measured(const CriteriaNode &node)
{
    return node.scored() && node.kind == ScoringKind::Ratio && !node.rateForm.isEmpty() && !node.rateFormula.isEmpty();
}

QString RatioFigures::formulaText(const QString &json)
{
    const auto formula = Formula::fromJson(json);
    if (!formula)
        return json;
    if (formula->op() == Formula::Op::Ratio)
        return QStringLiteral("%1 / %2 × 100").arg(formula->numerator(), formula->denominator());
    return formula->inputs().join(QStringLiteral(" + "));
}

QString RatioFigures::shortFormName(const QString &name, const QString &key)
{
    const QString head = name.section(QStringLiteral(" — "), 0, 0).trimmed();
    return head.isEmpty() ? key : head;
}

QDate RatioFigures::lastDay(const AssessmentPeriod &period)
{
    const int month = period.kind == AssessmentPeriod::Kind::Month     ? period.index
                      : period.kind == AssessmentPeriod::Kind::Quarter ? period.index * 3
                                                                       : 12;
    return QDate(period.year, month, 1).addMonths(1).addDays(-1);
}

RatioReading RatioFigures::failed(const CriteriaNode &node, const AssessmentPeriod &until, const QString &problem)
{
    RatioReading out;
    out.code = node.code;
    out.form = node.rateForm;
    out.formName = node.rateForm;
    out.formula = formulaText(node.rateFormula);
    out.until = until.label();
    out.max = node.maxPoints;
    out.problem = problem;
    return out;
}

RatioReading RatioFigures::read(const CriteriaNode &node, const QString &formName, const FormValues &values,
                                qint64 agencyId, const AssessmentPeriod &until)
{
    RatioReading out = failed(node, until, {});
    out.formName = shortFormName(formName, node.rateForm);
    const auto formula = Formula::fromJson(node.rateFormula);
    if (!formula)
        return failed(node, until, formula.error());
    QList<int> inputs;
    for (const QString &code : formula->inputs()) {
        const auto item = values.findItem(code);
        if (!item)
            return failed(node, until, item.error());
        inputs.append(item.value());
    }
    const int agency = values.agencyIndex(agencyId);
    if (agency < 0)
        return out; // the agency never reported this form
    const QDate end = lastDay(until);
    // The periods in calendar order: the last one with a rate that ends by the assessment's period.
    QList<PeriodValue> rates;
    for (int p = 0; p < values.periods().size(); ++p) {
        const auto &period = values.periods()[p].parsed;
        // The assessment's year, or the year before (a January assessment reads last year's figures).
        if (!period || period->lastDay() > end || period->year() < until.year - 1)
            continue;
        QList<std::optional<double>> in;
        for (int item : std::as_const(inputs))
            in.append(values.value(item, agency, p));
        rates.append({*period, formula->compute(in)});
    }
    for (auto it = rates.crbegin(); it != rates.crend(); ++it)
        if (it->value) {
            out.period = it->period.key();
            out.rate = it->value;
            break;
        }
    if (!out.rate)
        return out;
    const Period latest = Period::parse(out.period).value();
    for (const PeriodValue &v : std::as_const(rates))
        if (v.period.year() == latest.year() && v.period <= latest)
            out.yearRates.append(v);
    if (node.maxPoints)
        out.points = ScoreRules::ratioPoints(*node.maxPoints, *out.rate, node.rateFullAt);
    return out;
}

QString RatioFigures::figure(const RatioReading &reading, NumberConvention convention)
{
    if (!reading.rate)
        return {};
    return tr("%1% (%2, %3)").arg(formatNumber(*reading.rate, 2, convention), reading.formName, Period::labelOf(reading.period));
}

QString RatioFigures::describe(const RatioReading &reading, NumberConvention convention)
{
    if (!reading.problem.isEmpty())
        return tr("The rate cannot be computed from %1 (%2): %3").arg(reading.form, reading.formula, reading.problem);
    if (!reading.rate)
        return tr("No figures of %1 (%2) reported for a period ending by %3: the points cannot be computed from them.")
            .arg(reading.formName, reading.formula, reading.until);
    const QString max = reading.max ? formatNumber(*reading.max, 4, convention) : QStringLiteral("?");
    const QString points = reading.points ? formatNumber(*reading.points, 4, convention) : QStringLiteral("?");
    return tr("Computed from the figures: %1% (%2, %3: %4) → %5/%6")
        .arg(formatNumber(*reading.rate, 2, convention), reading.formName, Period::labelOf(reading.period), reading.formula,
             points, max);
}

} // namespace pardesk
