#include "entry/CellInput.h"

#include <QStringList>
#include <cmath>

namespace pardesk {

QString CellInput::optionLabel(const ItemLook &look, double value)
{
    for (const auto &[code, label] : look.options)
        if (code == value)
            return label;
    return {};
}

CellWrite CellInput::note(const FormItem &item, const QString &text)
{
    return {item.id, item.code, CellWrite::Field::Note, text.trimmed(), std::nullopt};
}

Result<CellWrite> CellInput::value(const FormItem &item, const ItemLook &look, const QString &text,
                                   NumberConvention convention)
{
    CellWrite out{item.id, item.code, CellWrite::Field::Value, text.trimmed(), std::nullopt};
    if (item.kind == ItemKind::Group)
        return Error{tr("%1 is a heading and takes no value.").arg(item.code)};
    if (out.text.isEmpty() || item.kind == ItemKind::Text)
        return out;

    if (isCoded(item)) {
        for (const auto &[code, label] : look.options) {
            if (label.compare(out.text, Qt::CaseInsensitive) == 0) {
                out.value = code;
                return out;
            }
        }
    }
    const ParsedNumber parsed = parseNumber(out.text, unitScaleOf(item.unit), convention);
    if (parsed.kind == ParsedNumber::Kind::Invalid)
        return Error{tr("%1 was not changed: %2.").arg(item.code, parsed.error)};
    if (parsed.isNumber())
        out.value = parsed.value;
    if (isCoded(item) && out.value && !look.options.isEmpty()) {
        const double v = *out.value;
        const bool known = v == std::round(v) && !optionLabel(look, v).isEmpty();
        if (!known) {
            QStringList answers;
            for (const auto &[code, label] : look.options)
                answers.append(QStringLiteral("%1 (%2)").arg(label).arg(code));
            return Error{tr("%1 was not changed: \"%2\" is not one of its answers: %3.")
                             .arg(item.code, out.text, answers.join(QStringLiteral(", ")))};
        }
    }
    return out;
}

} // namespace pardesk
