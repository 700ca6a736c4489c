#include "forms/Formula.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pardesk {

Formula Formula::ratio(QString numerator, QString denominator)
{
    return Formula(Op::Ratio, {std::move(numerator), std::move(denominator)});
}

Formula Formula::sum(QStringList parts)
{
    return Formula(Op::Sum, std::move(parts));
}

Result<Formula> Formula::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString op = o.value(QStringLiteral("op")).toString();
    if (op == u"ratio") {
        const QString num = o.value(QStringLiteral("num")).toString();
        const QString den = o.value(QStringLiteral("den")).toString();
        if (!num.isEmpty() && !den.isEmpty())
            return ratio(num, den);
    } else if (op == u"sum") {
        QStringList parts;
        for (const QJsonValue &v : o.value(QStringLiteral("of")).toArray())
            if (!v.toString().isEmpty())
                parts.append(v.toString());
        if (!parts.isEmpty())
            return sum(parts);
    }
    return Error{tr("The formula %1 is neither a ratio of two items nor a sum of items.").arg(json)};
}

QString Formula::toJson() const
{
    QJsonObject o;
    if (m_op == Op::Ratio) {
        o = {{"op", "ratio"}, {"num", numerator()}, {"den", denominator()}};
    } else {
        o = {{"op", "sum"}, {"of", QJsonArray::fromStringList(m_inputs)}};
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<double> Formula::compute(const QList<std::optional<double>> &values) const
{
    if (values.size() != m_inputs.size())
        return std::nullopt;
    for (const auto &v : values)
        if (!v)
            return std::nullopt;
    if (m_op == Op::Ratio)
        return *values[1] == 0 ? std::nullopt : std::optional<double>(*values[0] / *values[1] * 100.0);
    double total = 0;
    for (const auto &v : values)
        total += *v;
    return total;
}

} // namespace pardesk
