#pragma once
// What an agency wrote in one item of a form: the number read from it, and whether it was
// written as a percentage (which a count row must not be).

#include <QString>
#include <optional>

namespace pardesk {

struct EnteredValue {
    std::optional<double> value; // nullopt: nothing written, or "-" (no data, not zero)
    bool percentSign = false;    // the text ended in '%'

    static EnteredValue fromText(const QString &text, std::optional<double> value)
    {
        return {value, text.trimmed().endsWith(u'%')};
    }
};

} // namespace pardesk
