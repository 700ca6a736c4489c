#pragma once
// Checks one submission of a form against the validation rules (docs/validation-rules.md), and
// after an edit re-checks only the edited item and the derived items that depend on it.

#include "forms/DerivedValues.h"
#include "forms/EnteredValue.h"
#include "text/NumberFormat.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QList>

namespace pardesk {

struct ValidationOptions {
    // How far a stated percentage may be from the one its numerator and denominator give, in
    // percentage points. 0.5 accepts rounding to whole percents (45 for 45,4).
    double percentTolerance = 0.5;
    // How the figures are written in messages.
    NumberConvention convention = NumberConvention::Vietnamese;
};

class Validator {
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    // The form must outlive the validator. Nothing is entered until setAll().
    explicit Validator(const FormDefinition &form, ValidationOptions options = {});

    // Checks a whole submission: `entered` holds one value per item of the form, by index.
    void setAll(QList<EnteredValue> entered);
    // One edit: refreshes the derived values and findings of the edited item and of the derived
    // items that depend on it, and nothing else. Returns the items re-checked.
    QList<int> set(int index, EnteredValue value);

    QList<Finding> findings() const; // in the form's order
    const QList<Finding> &findingsOf(int index) const { return m_findings[index]; }
    bool hasErrors() const;
    const DerivedValues &derived() const { return m_derived; }
    const QList<EnteredValue> &entered() const { return m_entered; } // by index of the form's items
    const FormDefinition &form() const { return *m_form; }

private:
    // A percentage written in a count row is not a count: the arithmetic leaves it out.
    std::optional<double> usable(int index) const;
    void check(int index);
    void checkEntered(int index, QList<Finding> &out) const;
    void checkRatio(int index, QList<Finding> &out) const;
    void checkSum(int index, QList<Finding> &out) const;
    Finding finding(int index, QLatin1String rule, Severity severity, QString message) const;
    QString number(double value) const;

    const FormDefinition *m_form;
    ValidationOptions m_options;
    QList<EnteredValue> m_entered;
    DerivedValues m_derived;
    QList<QList<Finding>> m_findings;
};

} // namespace pardesk
