#include "store/PlanChecks.h"

#include "text/NumberFormat.h"

#include <QDate>
#include <QRegularExpression>

namespace pardesk {
namespace {

constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;

void require(QList<FieldIssue> &issues, const QString &value, const char *field, const QString &message)
{
    if (value.trimmed().isEmpty())
        issues.append({QString::fromLatin1(field), message});
}

void oneOf(QList<FieldIssue> &issues, const QString &value, const QStringList &allowed, const char *field,
           const QString &message)
{
    if (!allowed.contains(value))
        issues.append({QString::fromLatin1(field), message});
}

bool isYear(int year)
{
    return year >= kFirstYear && year <= kLastYear;
}

// Whether a stored ISO date (full, or year-month / year when partial is allowed) is a real date.
bool isIsoDate(const QString &text, bool allowPartial)
{
    if (QDate::fromString(text, Qt::ISODate).isValid())
        return true;
    if (!allowPartial)
        return false;
    static const QRegularExpression partial(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?$"));
    const auto m = partial.match(text);
    return m.hasMatch() && isYear(m.captured(1).toInt()) &&
           (m.captured(2).isEmpty() || (m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12));
}

QString badDateMessage(bool allowPartial)
{
    return allowPartial ? PlanChecks::tr("Write a date as day/month/year (15/12/2024), month/year or a year.")
                        : PlanChecks::tr("Write a date as day/month/year, e.g. 15/12/2024.");
}

} // namespace

const QStringList &PlanChecks::documentTypes()
{
    static const QStringList types = {QStringLiteral("plan"),       QStringLiteral("report"),
                                      QStringLiteral("decision"),   QStringLiteral("dispatch"),
                                      QStringLiteral("resolution"), QStringLiteral("directive"),
                                      QStringLiteral("other")};
    return types;
}

const QStringList &PlanChecks::taskStatuses()
{
    static const QStringList statuses = {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done")};
    return statuses;
}

QList<FieldIssue> PlanChecks::check(const Document &d)
{
    QList<FieldIssue> issues;
    require(issues, d.number, "number", tr("Enter the document's number and symbol, e.g. 268/KH-UBND."));
    oneOf(issues, d.type, documentTypes(), "type", tr("Choose the kind of document."));
    require(issues, d.province, "province", tr("Choose the province."));
    require(issues, d.title, "title", tr("Enter the document's title."));
    if (d.year && !isYear(*d.year))
        issues.append({QStringLiteral("year"), tr("The year must lie between %1 and %2.").arg(kFirstYear).arg(kLastYear)});
    if (!d.issued.isEmpty() && !isIsoDate(d.issued, true))
        issues.append({QStringLiteral("issued"), badDateMessage(true)});
    return issues;
}

QList<FieldIssue> PlanChecks::check(const Target &t)
{
    QList<FieldIssue> issues;
    require(issues, t.documentKey, "document", tr("Choose the document the target belongs to."));
    require(issues, t.stt, "stt", tr("Enter the target's number (STT) as the document writes it, e.g. 2.14."));
    if (t.part < 1)
        issues.append({QStringLiteral("part"), tr("The part is a whole number from 1.")});
    require(issues, t.text, "text", tr("Enter the target's text as the document words it."));
    // Kind, comparator, direction and level are enums (domain/Vocabulary.h): only their
    // combination can be wrong.
    if (t.kind == TargetKind::Qualitative) {
        if (t.comparator != Comparator::None || t.value)
            issues.append({QStringLiteral("comparator"),
                           tr("A target with nothing to measure has no comparison and no value.")});
    } else {
        if (t.comparator == Comparator::None)
            issues.append({QStringLiteral("comparator"), tr("Choose how the actual value is compared.")});
        if (!t.value)
            issues.append({QStringLiteral("value"), tr("Enter the target value, e.g. 80 or 0,45.")});
        else if (*t.value < 0)
            issues.append({QStringLiteral("value"), tr("The target value cannot be negative.")});
        else if (t.unit == u"%" && *t.value > 100)
            issues.append({QStringLiteral("value"), tr("A percentage cannot exceed 100.")});
    }
    if (t.level == AdminLevel::Department)
        issues.append({QStringLiteral("level"), tr("Choose the administrative level, or none.")});
    if (t.baselineYear && !isYear(*t.baselineYear))
        issues.append({QStringLiteral("baseline_year"),
                       tr("The year must lie between %1 and %2.").arg(kFirstYear).arg(kLastYear)});
    require(issues, t.theme, "theme", tr("Choose the theme the target measures (\"Other\" if none fits)."));
    if (!t.deadline.isEmpty() && !isIsoDate(t.deadline, false))
        issues.append({QStringLiteral("deadline"), badDateMessage(false)});
    return issues;
}

QList<FieldIssue> PlanChecks::check(const Task &t)
{
    QList<FieldIssue> issues;
    require(issues, t.documentKey, "document", tr("Choose the document the task belongs to."));
    require(issues, t.text, "text", tr("Enter what the task is."));
    oneOf(issues, t.status, taskStatuses(), "status", tr("Choose the task's status."));
    if (!t.deadline.isEmpty() && !isIsoDate(t.deadline, false))
        issues.append({QStringLiteral("deadline"), badDateMessage(false)});
    return issues;
}

std::optional<double> PlanChecks::readNumber(const QString &text, const QString &field, QList<FieldIssue> &issues)
{
    const ParsedNumber n = parseNumber(text);
    if (n.kind == ParsedNumber::Kind::Invalid)
        issues.append({field, tr("\"%1\" is not a number: write e.g. 80 or 0,45.").arg(text.trimmed())});
    return n.isNumber() ? std::optional<double>(n.value) : std::nullopt;
}

std::optional<int> PlanChecks::readYear(const QString &text, const QString &field, QList<FieldIssue> &issues)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int year = trimmed.toInt(&ok);
    if (!ok || !isYear(year)) {
        issues.append({field, tr("\"%1\" is not a year between %2 and %3.").arg(trimmed).arg(kFirstYear).arg(kLastYear)});
        return std::nullopt;
    }
    return year;
}

QString PlanChecks::readDate(const QString &text, const QString &field, bool allowPartial, QList<FieldIssue> &issues)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (isIsoDate(trimmed, allowPartial))
        return trimmed;
    static const QRegularExpression written(QStringLiteral("^(?:(\\d{1,2})/)?(?:(\\d{1,2})/)?(\\d{4})$"));
    const auto m = written.match(trimmed);
    if (m.hasMatch()) {
        // "12/2024" is month/year: with one number before the year it is the month.
        const QString day = m.captured(2).isEmpty() ? QString() : m.captured(1);
        const QString month = m.captured(2).isEmpty() ? m.captured(1) : m.captured(2);
        QString iso = m.captured(3);
        if (!month.isEmpty())
            iso += u'-' + month.rightJustified(2, u'0');
        if (!day.isEmpty())
            iso += u'-' + day.rightJustified(2, u'0');
        if (isIsoDate(iso, allowPartial))
            return iso;
    }
    issues.append({field, badDateMessage(allowPartial)});
    return {};
}

} // namespace pardesk
