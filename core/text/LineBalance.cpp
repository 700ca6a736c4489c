#include "text/LineBalance.h"

#include <QSet>

#include <limits>

namespace pardesk {
namespace {

// Words that begin a new phrase of a Vietnamese name or title: a break before them keeps the terms
// on either side whole ("SỞ THÔNG TIN / VÀ TRUYỀN THÔNG", "KẾ HOẠCH / CỦA ỦY BAN …").
const QSet<QString> &joiningWords()
{
    static const QSet<QString> words = {
        QStringLiteral("và"),    QStringLiteral("của"),   QStringLiteral("cho"),  QStringLiteral("với"),
        QStringLiteral("về"),    QStringLiteral("trong"), QStringLiteral("tại"),  QStringLiteral("theo"),
        QStringLiteral("để"),    QStringLiteral("đến"),   QStringLiteral("năm"),  QStringLiteral("tỉnh"),
        QStringLiteral("huyện"), QStringLiteral("thị"),   QStringLiteral("xã"),   QStringLiteral("phường"),
        QStringLiteral("thành"), QStringLiteral("giai"),  QStringLiteral("trên"), QStringLiteral("các"),
        QStringLiteral("những"), QStringLiteral("nhằm"),  QStringLiteral("-"),    QStringLiteral("–"),
        QStringLiteral("and"),   QStringLiteral("of"),    QStringLiteral("for"),  QStringLiteral("in"),
    };
    return words;
}

QStringList greedy(const QStringList &words, double width, const std::function<double(const QString &)> &widthOf)
{
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && widthOf(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// The paragraph in exactly `count` lines that fit, with the least squared slack over every line
// (the last one too, which is what keeps a lone word off it) plus a cost for each break that splits
// a term. Dynamic programming over (words placed, lines used); titles are short, so O(count · n²).
QStringList balanced(const QStringList &words, int count, double width, const std::function<double(const QString &)> &widthOf)
{
    const int n = int(words.size());
    // widths[i][j]: the line of words i..j-1.
    QList<QList<double>> widths(n, QList<double>(n + 1, 0));
    for (int i = 0; i < n; ++i) {
        QString line;
        for (int j = i + 1; j <= n; ++j) {
            line = line.isEmpty() ? words[i] : line + u' ' + words[j - 1];
            widths[i][j] = widthOf(line);
        }
    }
    const double splitCost = 0.08 * width * width;
    constexpr double none = std::numeric_limits<double>::infinity();
    // cost[k][j]: the best k lines holding words 0..j-1; from[k][j]: where the k-th line starts.
    QList<QList<double>> cost(count + 1, QList<double>(n + 1, none));
    QList<QList<int>> from(count + 1, QList<int>(n + 1, -1));
    cost[0][0] = 0;
    for (int k = 1; k <= count; ++k) {
        for (int j = 1; j <= n; ++j) {
            for (int i = j - 1; i >= 0; --i) {
                const bool alone = j - i == 1; // a single word always fits its own line
                if (!alone && widths[i][j] > width)
                    break;
                if (cost[k - 1][i] == none)
                    continue;
                const double slack = std::max(0.0, width - widths[i][j]);
                double c = cost[k - 1][i] + slack * slack;
                if (i > 0 && !isGoodBreak(words[i - 1], words[i]))
                    c += splitCost;
                if (c < cost[k][j]) {
                    cost[k][j] = c;
                    from[k][j] = i;
                }
            }
        }
    }
    if (cost[count][n] == none)
        return {};
    QStringList lines;
    for (int k = count, j = n; k > 0; --k) {
        const int i = from[k][j];
        lines.prepend(words.mid(i, j - i).join(u' '));
        j = i;
    }
    return lines;
}

} // namespace

bool isGoodBreak(const QString &before, const QString &after)
{
    if (before.isEmpty() || after.isEmpty())
        return true;
    const QChar last = before.back();
    if (last == u',' || last == u';' || last == u':' || last == u')' || last == u'.')
        return true;
    if (after.front() == u'(')
        return true;
    return joiningWords().contains(after.toLower());
}

QStringList balanceLines(const QString &text, double width, const std::function<double(const QString &)> &widthOf)
{
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QStringList plain = greedy(words, width, widthOf);
        const QStringList best = plain.size() > 1 ? balanced(words, int(plain.size()), width, widthOf) : plain;
        out.append(best.isEmpty() ? plain : best);
    }
    return out;
}

} // namespace pardesk
