#include "forms/DerivedValues.h"

namespace pardesk {

DerivedValues::DerivedValues(const FormDefinition &form, QList<std::optional<double>> entered) : m_form(&form)
{
    setAll(std::move(entered));
}

Result<DerivedValues> DerivedValues::fromCodes(const FormDefinition &form,
                                               const QHash<QString, std::optional<double>> &entered)
{
    QList<std::optional<double>> values(form.items().size());
    for (auto it = entered.constBegin(); it != entered.constEnd(); ++it) {
        const int index = form.indexOf(it.key());
        if (index < 0)
            return Error{tr("The form %1 has no item %2.").arg(form.key(), it.key())};
        values[index] = it.value();
    }
    return DerivedValues(form, std::move(values));
}

std::optional<double> DerivedValues::computed(const QString &code) const
{
    const int index = m_form->indexOf(code);
    return index < 0 ? std::nullopt : m_computed[index];
}

void DerivedValues::setAll(QList<std::optional<double>> entered)
{
    const qsizetype n = m_form->items().size();
    m_entered = std::move(entered);
    m_entered.resize(n);
    m_computed = QList<std::optional<double>>(n);
    for (int index : m_form->derivedOrder())
        compute(index);
}

const QList<int> &DerivedValues::set(int index, std::optional<double> value)
{
    m_entered[index] = value;
    const QList<int> &affected = m_form->affectedBy(index);
    for (int derived : affected)
        compute(derived);
    return affected;
}

void DerivedValues::compute(int index)
{
    m_inputs.clear();
    for (int input : m_form->inputsOf(index))
        m_inputs.append(value(input));
    m_computed[index] = m_form->item(index).formula->compute(m_inputs);
}

} // namespace pardesk
