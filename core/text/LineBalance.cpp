#include "text/LineBalance.h"

#include <QSet>

#include <algorithm>
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

// Two-syllable terms of administrative Vietnamese that a line must not split ("TRUYỀN / THÔNG",
// "THỦ / TỤC"): a syllable is a word to the spaces, so only a list knows where a term ends.
const QSet<QString> &terms()
{
    static const QSet<QString> pairs = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            "thủ tục|hành chính|truyền thông|thông tin|kế hoạch|nhân dân|ủy ban|cải cách|chỉ tiêu|nhiệm vụ|"
            "giải pháp|chuyển đổi|kiểm soát|dịch vụ|trực tuyến|việt nam|tuyên quang|bắc giang|trà vinh|"
            "duyên hải|nhà nước|điện tử|số hóa|hồ sơ|công nghệ|nội vụ|tài chính|tư pháp|đầu tư|văn phòng|"
            "chủ tịch|phát thanh|truyền hình|hội đồng|thống kê|số liệu|báo cáo|phụ lục|thực hiện|tiến độ|"
            "đánh giá|chỉ số|cộng hòa|xã hội|chủ nghĩa|độc lập|tự do|hạnh phúc|chỉ đạo|kết quả|đơn vị|"
            "cơ quan|phối hợp|chủ trì|thời gian|sản phẩm|bưu chính|viễn thông|xuất bản|báo chí|thị xã|"
            "thành phố|mặt trận|tổ quốc|tự đánh|chấm điểm|thẩm định|cấp tỉnh|cấp huyện|cấp xã");
        for (const QString &term : list.split(u'|'))
            set.insert(term);
        return set;
    }();
    return pairs;
}

QString bare(const QString &word)
{
    static const QString punctuation = QStringLiteral(",;:.()\"'");
    qsizetype from = 0, to = word.size();
    while (from < to && punctuation.contains(word[from]))
        ++from;
    while (to > from && punctuation.contains(word[to - 1]))
        --to;
    return word.mid(from, to - from).toLower();
}

// What a line break between two words costs, in squares of the line width: nothing at a phrase's
// edge, a little elsewhere, much inside a term.
double breakCost(const QString &before, const QString &after)
{
    if (isGoodBreak(before, after))
        return 0;
    return terms().contains(bare(before) + u' ' + bare(after)) ? 0.3 : 0.04;
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
// (the last one too, which is what keeps a lone word off it) plus the cost of its breaks. Dynamic programming over (words placed, lines used); titles are short, so O(count · n²).
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
                if (i > 0)
                    c += breakCost(words[i - 1], words[i]) * width * width;
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
