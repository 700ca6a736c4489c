#include "report/ColumnWidths.h"

#include <algorithm>
#include <numeric>

namespace pardesk {

QList<double> fitColumns(const QList<ColumnNeed> &needs, double width)
{
    QList<double> out;
    if (needs.isEmpty())
        return out;
    double minimum = 0, maximum = 0, text = 0;
    for (const ColumnNeed &n : needs) {
        minimum += n.minimum;
        maximum += std::max(n.minimum, n.maximum);
        text += n.text;
    }
    // Not even the words fit: shrink all alike (the painter then breaks inside words).
    if (minimum >= width || minimum <= 0) {
        for (const ColumnNeed &n : needs)
            out.append(minimum > 0 ? n.minimum * width / minimum : width / needs.size());
        return out;
    }
    for (const ColumnNeed &n : needs)
        out.append(n.minimum);
    if (maximum <= width) {
        // Every line fits on one line: each column its longest line, and what is left to the text.
        for (int c = 0; c < needs.size(); ++c)
            out[c] = std::max(needs[c].minimum, needs[c].maximum);
        const double left = width - maximum;
        for (int c = 0; c < needs.size(); ++c)
            out[c] += text > 0 ? left * needs[c].text / text : left / needs.size();
        return out;
    }
    // Water filling: the room above the minimums goes to the columns by their text, none past its
    // longest line; what a capped column does not take goes round again to the others.
    QList<bool> open(needs.size(), true);
    double room = width - minimum;
    for (int round = 0; round < needs.size() && room > 1e-9; ++round) {
        double share = 0;
        for (int c = 0; c < needs.size(); ++c)
            if (open[c])
                share += needs[c].text;
        if (share <= 0)
            break;
        double given = 0;
        for (int c = 0; c < needs.size(); ++c) {
            if (!open[c])
                continue;
            const double wanted = room * needs[c].text / share;
            const double cap = std::max(needs[c].minimum, needs[c].maximum) - out[c];
            const double take = std::min(wanted, cap);
            out[c] += take;
            given += take;
            if (take >= cap - 1e-9)
                open[c] = false;
        }
        room -= given;
    }
    // Only columns without text are left open: they share the rest evenly (rarely more than dust).
    if (room > 1e-9) {
        const auto anyOpen = std::count(open.begin(), open.end(), true);
        for (int c = 0; c < needs.size(); ++c)
            out[c] += anyOpen > 0 ? (open[c] ? room / anyOpen : 0) : room / needs.size();
    }
    return out;
}

} // namespace pardesk
