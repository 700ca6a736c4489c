#pragma once
// The values of a form's derived items (percentages, totals) computed from the entered ones, in
// the form's dependency order, and refreshed one edit at a time.

#include "forms/FormDefinition.h"

#include <QHash>
#include <QList>
#include <optional>

namespace pardesk {

class DerivedValues {
    Q_DECLARE_TR_FUNCTIONS(DerivedValues)
public:
    // The form must outlive this object. `entered` holds one value per item of the form (by index),
    // nullopt where nothing was entered; a shorter list leaves the rest missing.
    explicit DerivedValues(const FormDefinition &form, QList<std::optional<double>> entered = {});
    // The same from values by item code; a code the form does not have is refused.
    static Result<DerivedValues> fromCodes(const FormDefinition &form,
                                           const QHash<QString, std::optional<double>> &entered);

    const FormDefinition &form() const { return *m_form; }
    std::optional<double> entered(int index) const { return m_entered[index]; }
    // A derived item's value from its inputs: none for an entered item, none when an input is
    // missing (missing is not zero) or a denominator is zero.
    std::optional<double> computed(int index) const { return m_computed[index]; }
    std::optional<double> computed(const QString &code) const;
    // What a formula reads from an item: its computed value when it has one, else what was entered,
    // so a total given without its parts still serves as a denominator.
    std::optional<double> value(int index) const { return m_computed[index] ? m_computed[index] : m_entered[index]; }

    // Replaces every entered value and recomputes every derived item.
    void setAll(QList<std::optional<double>> entered);
    // Changes one entered value and recomputes only the derived items that depend on it; returns them.
    const QList<int> &set(int index, std::optional<double> value);

private:
    void compute(int index);

    const FormDefinition *m_form;
    QList<std::optional<double>> m_entered;
    QList<std::optional<double>> m_computed;
    QList<std::optional<double>> m_inputs; // reused for each computation
};

} // namespace pardesk
