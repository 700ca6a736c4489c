#include "validation/Validator.h"

#include <QStringList>
#include <cmath>

namespace pardesk {
namespace {

// Room for the binary representation of decimals (0.1 + 0.2), not for disagreement.
constexpr double kEpsilon = 1e-9;

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) <= kEpsilon;
}

} // namespace

Validator::Validator(const FormDefinition &form, ValidationOptions options)
    : m_form(&form), m_options(options), m_entered(form.items().size()), m_derived(form),
      m_findings(form.items().size())
{
}

std::optional<double> Validator::usable(int index) const
{
    const EnteredValue &e = m_entered[index];
    if (e.percentSign && m_form->item(index).kind == ItemKind::Count)
        return std::nullopt;
    return e.value;
}

void Validator::setAll(QList<EnteredValue> entered)
{
    const qsizetype n = m_form->items().size();
    m_entered = std::move(entered);
    m_entered.resize(n);
    QList<std::optional<double>> values(n);
    for (int i = 0; i < n; ++i)
        values[i] = usable(i);
    m_derived.setAll(std::move(values));
    for (int i = 0; i < n; ++i)
        check(i);
}

QList<int> Validator::set(int index, EnteredValue value)
{
    m_entered[index] = value;
    QList<int> rechecked{index};
    rechecked += m_derived.set(index, usable(index));
    for (int i : rechecked)
        check(i);
    return rechecked;
}

QList<Finding> Validator::findings() const
{
    QList<Finding> all;
    for (const QList<Finding> &f : m_findings)
        all += f;
    return all;
}

bool Validator::hasErrors() const
{
    for (const QList<Finding> &list : m_findings)
        for (const Finding &f : list)
            if (f.severity == Severity::Error)
                return true;
    return false;
}

void Validator::check(int index)
{
    QList<Finding> &out = m_findings[index];
    out.clear();
    checkEntered(index, out);
    const FormItem &item = m_form->item(index);
    if (item.formula) {
        if (item.formula->op() == Formula::Op::Ratio)
            checkRatio(index, out);
        else
            checkSum(index, out);
    }
    if (item.required && !m_entered[index].value && !m_derived.computed(index))
        out.append(finding(index, rules::RequiredMissing, Severity::Error, tr("%1 is required but has no value.").arg(item.code)));
}

void Validator::checkEntered(int index, QList<Finding> &out) const
{
    const FormItem &item = m_form->item(index);
    const EnteredValue &e = m_entered[index];
    if (!e.value)
        return;
    const double v = *e.value;
    switch (item.kind) {
    case ItemKind::Count:
        if (e.percentSign) {
            out.append(finding(index, rules::PercentInCountRow, Severity::Error,
                               tr("%1 was written as a percentage (%2%), but its unit, %3, counts things; the value "
                                  "is left out of the calculations.")
                                   .arg(item.code, number(v), item.unit)));
            return;
        }
        if (v < 0)
            out.append(finding(index, rules::CountNegative, Severity::Error,
                               tr("%1 is a count but holds the negative number %2.").arg(item.code, number(v))));
        if (!isWhole(v))
            out.append(finding(index, rules::CountNotWhole, Severity::Error,
                               tr("%1 is a count but holds %2, which is not a whole number.").arg(item.code, number(v))));
        break;
    case ItemKind::Percent:
        if (v < -kEpsilon || v > 100 + kEpsilon)
            out.append(finding(index, rules::PercentOutOfRange, Severity::Error,
                               tr("%1 holds %2%, outside 0–100%.").arg(item.code, number(v))));
        break;
    case ItemKind::YesNo:
    case ItemKind::Choice: {
        const QList<int> options = item.options.isEmpty() && item.kind == ItemKind::YesNo ? QList<int>{0, 1} : item.options;
        if (options.isEmpty() || (isWhole(v) && options.contains(int(std::round(v)))))
            break;
        QStringList allowed;
        for (int o : options)
            allowed.append(QString::number(o));
        out.append(finding(index, rules::CodeNotAnOption, Severity::Error,
                           tr("%1 holds %2, which is not one of its answers (%3).")
                               .arg(item.code, number(v), allowed.join(QStringLiteral(", ")))));
        break;
    }
    default:
        break;
    }
}

void Validator::checkRatio(int index, QList<Finding> &out) const
{
    const FormItem &item = m_form->item(index);
    const int num = m_form->inputsOf(index)[0];
    const int den = m_form->inputsOf(index)[1];
    const std::optional<double> n = m_derived.value(num);
    const std::optional<double> d = m_derived.value(den);
    const std::optional<double> stated = m_entered[index].value;
    const std::optional<double> computed = m_derived.computed(index);
    const QString &numCode = m_form->item(num).code;
    const QString &denCode = m_form->item(den).code;

    if (n && d && *n > *d + kEpsilon) {
        Finding f = finding(index, rules::NumeratorExceedsDenominator, Severity::Error,
                            tr("In %1 the numerator %2 (%3) is greater than the denominator %4 (%5).")
                                .arg(item.code, numCode, number(*n), denCode, number(*d)));
        f.computed = computed;
        out.append(f);
    }
    if (!stated)
        return;
    if (computed) {
        if (std::abs(*stated - *computed) <= m_options.percentTolerance + kEpsilon)
            return;
        Finding f = finding(index, rules::PercentMismatch, Severity::Error,
                            tr("%1 states %2%, but %3 / %4 = %5 / %6 gives %7%.")
                                .arg(item.code, number(*stated), numCode, denCode, number(*n), number(*d), number(*computed)));
        f.computed = computed;
        out.append(f);
        return;
    }
    QString why;
    if (d && *d == 0) {
        why = tr("%1 states %2%, which cannot be checked: its denominator %3 is zero.").arg(item.code, number(*stated), denCode);
    } else {
        why = !n && !d ? tr("%1 states %2%, which cannot be checked: neither %3 nor %4 has a usable value.")
                             .arg(item.code, number(*stated), numCode, denCode)
                       : tr("%1 states %2%, which cannot be checked: %3 has no usable value.")
                             .arg(item.code, number(*stated), n ? denCode : numCode);
    }
    out.append(finding(index, rules::PercentNotComputable, Severity::Warning, why));
}

void Validator::checkSum(int index, QList<Finding> &out) const
{
    const std::optional<double> stated = m_entered[index].value;
    const std::optional<double> computed = m_derived.computed(index);
    if (!stated || !computed)
        return;
    if (std::abs(*stated - *computed) <= kEpsilon * std::max(1.0, std::abs(*computed)))
        return;
    const FormItem &item = m_form->item(index);
    Finding f = finding(index, rules::SumMismatch, Severity::Error,
                        tr("%1 states a total of %2, but its parts %3 add up to %4.")
                            .arg(item.code, number(*stated), item.formula->inputs().join(QStringLiteral(" + ")),
                                 number(*computed)));
    f.computed = computed;
    out.append(f);
}

Finding Validator::finding(int index, QLatin1String rule, Severity severity, QString message) const
{
    return Finding{m_form->item(index).code, rule, severity, std::move(message), m_entered[index].value, std::nullopt};
}

QString Validator::number(double value) const
{
    return formatNumber(value, 2, m_options.convention);
}

} // namespace pardesk
