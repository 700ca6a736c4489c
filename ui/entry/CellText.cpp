#include "entry/CellText.h"

#include "entry/CellInput.h"

namespace pardesk {

QString CellText::entered(const FormItem &item, const ItemLook &look, const StoredCell &cell, NumberConvention convention)
{
    if (!cell.value)
        return cell.raw;
    if (CellInput::isCoded(item)) {
        const QString label = CellInput::optionLabel(look, *cell.value);
        if (!label.isEmpty())
            return label;
    }
    // Enough decimals for what anyone types (10,1352 points); trailing zeros are dropped.
    QString text = formatNumber(*cell.value, 6, convention);
    if (cell.raw.trimmed().endsWith(u'%'))
        text += u'%';
    return text;
}

QString CellText::computed(double value, NumberConvention convention)
{
    return formatNumber(value, 2, convention);
}

QString CellText::formula(const FormItem &item)
{
    if (!item.formula)
        return {};
    if (item.formula->op() == Formula::Op::Ratio)
        return tr("%1 / %2 × 100").arg(item.formula->numerator(), item.formula->denominator());
    return item.formula->inputs().join(QStringLiteral(" + "));
}

QString CellText::shown(const FormItem &item, const ItemLook &look, const StoredCell &cell,
                        std::optional<double> computedValue, NumberConvention convention, bool statedDisagrees)
{
    // A total the paper states and the rows contradict shows both, so that what was typed is seen
    // and so is what the rows give; the finding explains the difference.
    if (item.formula && computedValue && cell.value && statedDisagrees)
        return tr("%1 (computed %2)").arg(entered(item, look, cell, convention), computed(*computedValue, convention));
    if (item.formula && computedValue)
        return computed(*computedValue, convention);
    return entered(item, look, cell, convention);
}

} // namespace pardesk
