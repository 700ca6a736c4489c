#pragma once
// How a derived form item is computed from other items: a ratio (numerator / denominator × 100)
// or a sum of parts. Stored in form_items.formula as JSON (docs/dataset.md).

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace pardesk {

class Formula {
    Q_DECLARE_TR_FUNCTIONS(Formula)
public:
    enum class Op { Ratio, Sum };

    static Formula ratio(QString numerator, QString denominator);
    static Formula sum(QStringList parts);
    // `{"op":"ratio","num":"1.2.2","den":"1.2.1"}` or `{"op":"sum","of":["2.1.1","2.1.2"]}`.
    static Result<Formula> fromJson(const QString &json);
    QString toJson() const;

    Op op() const { return m_op; }
    const QString &numerator() const { return m_inputs[0]; }   // Ratio only
    const QString &denominator() const { return m_inputs[1]; } // Ratio only
    const QStringList &inputs() const { return m_inputs; }     // the items it reads, in order

    // The value from the inputs' values (in the order of inputs()); no value when an input has
    // none (missing is not zero) or a denominator is zero.
    std::optional<double> compute(const QList<std::optional<double>> &values) const;

private:
    Formula(Op op, QStringList inputs) : m_op(op), m_inputs(std::move(inputs)) {}
    Op m_op;
    QStringList m_inputs;
};

} // namespace pardesk
