#pragma once
// Which form items hold a running or standing value ("lũy kế") rather than the period's own, read
// from the item's wording.

#include <QList>
#include <QString>

namespace pardesk {

class CumulativeRule {
public:
    // The forms say it in the label or the hint: "(Lũy kế đến thời điểm báo cáo)" (cumulative since
    // the start of the year) or "… tại thời điểm báo cáo" (a stock at the reporting date, such as the
    // staff present). Both are the state at the end of the period, so neither adds up across
    // periods. The rule: the text, in any case and with the tone mark on either vowel ("lũy",
    // "luỹ"), contains "lũy kế" or "thời điểm báo cáo".
    static bool saysCumulative(const QString &text);

    struct ItemText {
        QString code; // hierarchical: "6.2.4.1"
        QString label;
        QString hint;
    };
    // Per item, in the given order: whether it or a heading above it (a code prefix: "6.2" for
    // "6.2.4.1") says so; a heading's "(lũy kế đến thời điểm báo cáo)" covers its rows.
    static QList<bool> cumulativeItems(const QList<ItemText> &items);
};

} // namespace pardesk
