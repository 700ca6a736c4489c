#pragma once
// What an official types into a cell of a submission, read for the store: a number in the item's
// unit and the number convention, a coded answer by its number or its label, or a note. Text that
// cannot be read is refused with a message that quotes it.

#include "forms/FormDefinition.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QCoreApplication>

namespace pardesk {

class CellInput {
    Q_DECLARE_TR_FUNCTIONS(CellInput)
public:
    // Surrounding spaces are dropped; otherwise the text is kept as written. Empty text clears the
    // value; "-" is kept as written and means no data.
    static Result<CellWrite> value(const FormItem &item, const ItemLook &look, const QString &text,
                                   NumberConvention convention);
    static CellWrite note(const FormItem &item, const QString &text);
    // The label of a coded answer; empty when the value is none of the item's options.
    static QString optionLabel(const ItemLook &look, double value);
    static bool isCoded(const FormItem &item) { return item.kind == ItemKind::YesNo || item.kind == ItemKind::Choice; }
};

} // namespace pardesk
