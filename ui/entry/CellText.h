#pragma once
// How a cell of a submission is written on screen: numbers in the user's convention (1.044,5 or
// 1,044.5), coded answers by their label, derived items with the formula they come from.

#include "forms/FormDefinition.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QCoreApplication>
#include <optional>

namespace pardesk {

class CellText {
    Q_DECLARE_TR_FUNCTIONS(CellText)
public:
    // A stored cell: the label of a coded answer, the number (with its % when written with one),
    // or the text as written ("-", a text item).
    static QString entered(const FormItem &item, const ItemLook &look, const StoredCell &cell,
                           NumberConvention convention);
    // A value the app computed (a percentage, a total): two decimals at most.
    static QString computed(double value, NumberConvention convention);
    // What a derived item computes: "3.3.1.2 / 3.3.1.1 × 100" or "2.1.1 + 2.1.2 + 2.1.3".
    static QString formula(const FormItem &item);
    // A derived item's value when computable, else what was stated in it; both when the stated one
    // disagrees with the computed one ("120 (computed 118)"); for other items what was entered.
    static QString shown(const FormItem &item, const ItemLook &look, const StoredCell &cell,
                         std::optional<double> computed, NumberConvention convention, bool statedDisagrees = false);
};

} // namespace pardesk
