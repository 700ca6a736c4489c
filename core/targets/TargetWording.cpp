#include "targets/TargetWording.h"

#include "text/NumberFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace pardesk {
namespace {

using Re = QRegularExpression;

Re pattern(const char *source)
{
    return Re(QString::fromUtf8(source), Re::UseUnicodePropertiesOption);
}

// Lower case with one character per character, so positions in it are positions in the text.
QString lowerSameLength(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = c.toLower();
    return out;
}

struct Clause {
    qsizetype start = 0;
    qsizetype end = 0;
    bool bullet = false; // began with a list dash
    bool leadIn = false; // ended with ':' before a list dash
};

bool isTrimmable(QChar c, bool atStart)
{
    if (c.isSpace())
        return true;
    static const QString leading = QStringLiteral("-–•+*,;:");
    static const QString trailing = QStringLiteral(",;:.");
    return (atStart ? leading : trailing).contains(c);
}

// [start, end) without surrounding spaces, list dashes and separators.
std::pair<qsizetype, qsizetype> trimmed(const QString &text, qsizetype start, qsizetype end)
{
    while (start < end && isTrimmable(text[start], true))
        ++start;
    while (end > start && isTrimmable(text[end - 1], false))
        --end;
    return {start, end};
}

QList<Clause> clausesOf(const QString &text)
{
    static const Re dash = pattern(R"(\s[-–•]\s+(?=\p{L}))");
    QList<Clause> clauses;
    qsizetype start = 0;
    bool nextIsBullet = false;
    auto close = [&](qsizetype end, qsizetype next, bool bulletFollows) {
        const auto [s, e] = trimmed(text, start, end);
        Clause c;
        const QString head = text.mid(start, s - start);
        c.bullet = nextIsBullet || head.contains(u'-') || head.contains(u'–') || head.contains(u'•');
        c.start = s;
        c.end = e;
        c.leadIn = bulletFollows && text.mid(start, end - start).trimmed().endsWith(u':');
        if (e > s)
            clauses.append(c);
        start = next;
        nextIsBullet = bulletFollows;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u';' || c == u'\n') {
            close(i, i + 1, false);
        } else if (c == u'.' && (i + 1 == text.size() || text[i + 1].isSpace())) {
            close(i, i + 1, false);
        } else if (c.isSpace()) {
            const auto m = dash.match(QStringView(text), i, Re::NormalMatch, Re::AnchorAtOffsetMatchOption);
            if (m.hasMatch() && i > start) {
                close(i, m.capturedEnd(), true);
                i = m.capturedEnd() - 1;
            }
        }
    }
    close(text.size(), text.size(), false);
    return clauses;
}

struct Mention {
    qsizetype start = 0; // the number
    qsizetype end = 0;   // after the unit
    double value = 0;
    QString unit;
    bool quantifier = false; // "100% các sở … có tỷ lệ …": folded into the next target
};

// A year ("so với năm 2015 %" in a form's label and unit cells) is never a target's number.
QList<Mention> mentionsIn(const QString &text, const QString &lower, const Clause &clause)
{
    static const Re number = pattern(
        R"((?<![\p{L}\p{N}/])(?<!\d[.,])(?<!năm )(\d+(?:[.,]\d+)*)\s*(%|phút|giờ|ngày làm việc|ngày|điểm)(?![\p{L}\p{N}]))");
    QList<Mention> out;
    auto it = number.globalMatch(QStringView(lower).first(clause.end), clause.start);
    while (it.hasNext()) {
        const auto m = it.next();
        Mention mention;
        mention.unit = m.captured(2);
        const ParsedNumber n = parseNumber(text.mid(m.capturedStart(1), m.capturedLength(1)), unitScaleOf(mention.unit));
        if (!n.isNumber())
            continue;
        mention.start = m.capturedStart(1);
        mention.end = m.capturedEnd(2);
        mention.value = n.value;
        out.append(mention);
    }
    static const Re rate = pattern(R"(có t[ỷỉ] lệ)");
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        const QStringView between = QStringView(lower).mid(out[i].end, out[i + 1].start - out[i].end);
        out[i].quantifier = out[i].unit == u"%" && out[i].value == 100 && rate.match(between).hasMatch();
    }
    return out;
}

// Words that end right before the number, maybe followed by "là", "đạt", "ở mức" …
Re cueBeforeNumber(const char *words)
{
    static const QString fillers = QStringLiteral(R"((?:\s+(?:là|đạt|ở mức|mức|bằng|tỷ lệ|tỉ lệ|trung bình|được))*\s*$)");
    return Re(QStringLiteral(R"((?:^|[\s,;:(])(?:)") + QString::fromUtf8(words) + u')' + fillers,
              Re::UseUnicodePropertiesOption);
}

// The comparison that the words around a number state; empty for a bare number.
QString comparatorCue(QStringView before, QStringView after)
{
    // In this order: "không dưới" is >=, "ít hơn" is <, before "dưới" and "hơn" alone.
    static const QList<std::pair<QString, Re>> cues = {
        {QStringLiteral(">="), cueBeforeNumber("tối thiểu|ít nhất|không thấp hơn|không dưới|không ít hơn")},
        {QStringLiteral("<="), cueBeforeNumber("tối đa|không quá|không vượt quá|không cao hơn|không nhiều hơn|xuống|còn")},
        {QStringLiteral("<"), cueBeforeNumber("dưới|ít hơn")},
        {QStringLiteral(">"), cueBeforeNumber("trên|hơn|vượt")},
        {QStringLiteral("~"), cueBeforeNumber("khoảng|xấp xỉ|chừng")},
        {QStringLiteral("from"), cueBeforeNumber("từ")},
    };
    static const Re upward = pattern(R"(^\s*trở lên)");
    static const Re downward = pattern(R"(^\s*trở xuống)");
    QString found;
    for (const auto &[comparator, re] : cues) {
        if (re.match(before).hasMatch()) {
            found = comparator;
            break;
        }
    }
    if (downward.match(after).hasMatch())
        return QStringLiteral("<=");
    if (found == u"from" || (found.isEmpty() && upward.match(after).hasMatch()))
        return QStringLiteral(">=");
    return found;
}

// "giảm", "cắt giảm", "tinh giản" before the number, not followed by "xuống"/"còn" (a level to reach).
bool reductionCue(QStringView before)
{
    static const Re cut = pattern(R"(giảm|tinh giản)");
    static const Re toLevel = pattern(R"(\b(xuống|còn)\b)");
    qsizetype last = -1;
    auto it = cut.globalMatch(before);
    while (it.hasNext())
        last = it.next().capturedEnd();
    return last >= 0 && !toLevel.match(before.mid(last)).hasMatch();
}

QString levelIn(QStringView before, QStringView after)
{
    static const QList<std::pair<QString, Re>> named = {
        {QStringLiteral("province"), pattern(R"(cấp tỉnh|sở,\s*ban,?\s*ngành)")},
        {QStringLiteral("district"), pattern(R"(cấp huyện)")},
        {QStringLiteral("commune"), pattern(R"(cấp xã)")},
    };
    static const Re several = pattern(R"(các cấp|mọi cấp|\d+\s+cấp)");
    static const Re adjacent = pattern(R"((?:^|[,;:(\-–]|\bvà)\s*(?:cấp\s+)?(tỉnh|huyện|xã)\s*:?\s*(?:đạt\s*)?$)");
    QSet<QString> levels;
    for (QStringView words : {before, after}) {
        if (several.match(words).hasMatch())
            return {};
        for (const auto &[level, re] : named)
            if (re.match(words).hasMatch())
                levels.insert(level);
    }
    if (const auto m = adjacent.match(before); m.hasMatch())
        levels.insert(m.captured(1) == u"tỉnh" ? QStringLiteral("province")
                      : m.captured(1) == u"huyện" ? QStringLiteral("district")
                                                  : QStringLiteral("commune"));
    return levels.size() == 1 ? *levels.cbegin() : QString();
}

bool aspires(QStringView words)
{
    static const Re strive = pattern(R"(phấn đấu|phần đầu)");
    return strive.match(words).hasMatch();
}

std::optional<int> baselineYearIn(QStringView clause)
{
    static const Re compared = pattern(R"(so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(\d{4})\b)");
    if (const auto m = compared.match(clause); m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

// Where the words between two targets divide: after the last comma, else after the last "và";
// with neither, both targets read all of them.
std::pair<qsizetype, qsizetype> divide(const QString &lower, qsizetype from, qsizetype to)
{
    const QStringView between = QStringView(lower).mid(from, to - from);
    if (const qsizetype comma = between.lastIndexOf(u','); comma >= 0)
        return {from + comma, from + comma + 1};
    static const Re conjunction = pattern(R"(\svà\s)");
    qsizetype last = -1;
    qsizetype lastEnd = -1;
    auto it = conjunction.globalMatch(between);
    while (it.hasNext()) {
        const auto m = it.next();
        last = m.capturedStart();
        lastEnd = m.capturedEnd();
    }
    if (last >= 0)
        return {from + last, from + lastEnd};
    return {to, from};
}

} // namespace

QList<ParsedTarget> parseTargetWording(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    const QString lower = lowerSameLength(text);
    static const Re subsetWords = pattern(R"(trong đó)");

    QList<ParsedTarget> out;
    bool carriedAspiration = false;
    for (const Clause &clause : clausesOf(text)) {
        const QStringView clauseLower = QStringView(lower).mid(clause.start, clause.end - clause.start);
        const bool inherited = clause.bullet && carriedAspiration;
        if (clause.leadIn)
            carriedAspiration = aspires(clauseLower);
        else if (!clause.bullet)
            carriedAspiration = false;

        const QList<Mention> mentions = mentionsIn(text, lower, clause);
        QList<const Mention *> kept;
        for (const Mention &m : mentions)
            if (!m.quantifier)
                kept.append(&m);

        qsizetype beforeStart = clause.start;
        qsizetype previousInClause = -1; // index in out
        for (qsizetype k = 0; k < kept.size(); ++k) {
            const Mention &m = *kept[k];
            qsizetype afterEnd = clause.end;
            qsizetype nextBeforeStart = clause.end;
            if (k + 1 < kept.size()) {
                qsizetype to = kept[k + 1]->start;
                for (const Mention &q : mentions) // a quantifier belongs to the target it introduces
                    if (q.quantifier && q.start > m.end && q.start < to)
                        to = q.start;
                std::tie(afterEnd, nextBeforeStart) = divide(lower, m.end, to);
            }
            const QStringView before = QStringView(lower).mid(beforeStart, m.start - beforeStart);
            const QStringView after = QStringView(lower).mid(m.end, afterEnd - m.end);
            const bool subset = subsetWords.match(before).hasMatch();
            const ParsedTarget *previous = out.isEmpty() ? nullptr : &out.constLast(); // read before appending

            ParsedTarget t;
            t.value = m.value;
            t.unit = m.unit;
            t.comparator = comparatorFrom(comparatorCue(before, after)).value_or(Comparator::None);
            const bool reduction = reductionCue(before);
            if (t.comparator == Comparator::None && !reduction && previousInClause >= 0 && !subset) {
                t.comparator = out[previousInClause].comparator; // listed after it: shares its reading
                t.kind = out[previousInClause].kind;
            } else {
                t.kind = reduction && t.comparator != Comparator::AtMost ? TargetKind::Reduction : TargetKind::Level;
            }
            if (t.comparator == Comparator::None)
                t.comparator = Comparator::AtLeast;
            t.direction = lowerIsBetter(t.comparator) ? Direction::Lower : Direction::Higher;
            t.level = adminLevelFrom(levelIn(before, after)).value_or(AdminLevel::None);
            // "Phấn đấu" governs its sentence from where it stands, across ';' (docs/dataset.md, rule 3).
            const qsizetype stop = lower.lastIndexOf(QStringLiteral(". "), m.start);
            const qsizetype sentenceStart = std::min(clause.start, stop < 0 ? qsizetype(0) : stop + 1);
            t.aspirational = inherited || aspires(QStringView(lower).mid(sentenceStart, m.start - sentenceStart));
            if (subset && previous) {
                if (t.level == AdminLevel::None)
                    t.level = previous->level;
                t.aspirational = t.aspirational || previous->aspirational;
            }
            t.baselineYear = baselineYearIn(clauseLower);
            const auto [s, e] = trimmed(text, beforeStart, afterEnd);
            t.fragment = text.mid(s, e - s);
            out.append(t);
            previousInClause = out.size() - 1;
            beforeStart = nextBeforeStart;
        }
    }
    if (out.isEmpty() && !text.trimmed().isEmpty()) {
        ParsedTarget t;
        t.kind = TargetKind::Qualitative;
        t.direction = Direction::Higher;
        t.aspirational = aspires(lower);
        t.fragment = text.trimmed();
        out.append(t);
    }
    return out;
}

} // namespace pardesk
