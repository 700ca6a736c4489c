#include "periods/ReportingCalendar.h"

#include <QTimeZone>
#include <algorithm>

namespace pardesk {
namespace {

// One province's rule for one stage, as its seed words it. Every rule names a day in the last
// month of the quarter the period ends with; the annual report may have a day of its own.
struct Rule {
    const char *province;
    ReportStage stage;
    const char *from; // empty: every agency
    const char *to;
    int day; // 0: the last day of the month (the seed names the month only)
    bool dayCounts;
    int yearMonth; // 0: the annual report follows the fourth quarter's rule
    int yearDay;
    const char *quote; // the task's "timeframe" in the store, verbatim
    const char *source;
};

const Rule kRules[] = {
    {"TQ", ReportStage::Agencies, "", "TQ.SNV", 15, true, 0, 0,
     "báo cáo quý, gửi chậm nhất ngày 15 của tháng cuối quý; báo cáo 6 tháng, gửi chậm nhất ngày 15/6; báo cáo năm, "
     "gửi chậm nhất ngày 15/12",
     "001:V.1.4"},
    {"TQ", ReportStage::Consolidation, "TQ.SNV", "TQ.UBND", 18, true, 0, 0,
     "báo cáo quý, trình chậm nhất ngày 18 của tháng cuối quý; báo cáo 6 tháng, trình chậm nhất ngày 18/6; báo cáo "
     "năm, trình chậm nhất ngày 18/12",
     "001:V.2.6"},
    {"TV", ReportStage::Agencies, "", "TV.STTTT", 5, false, 11, 30,
     "Định kỳ hàng quý (trước ngày 05 của tháng cuối quý) và báo cáo năm (trước ngày 30 tháng 11)",
     "004:IV.1.c (line 118)"},
    {"BG", ReportStage::Agencies, "", "BG.VPUBND", 0, true, 0, 0, "Tháng 3, 6, 9, 12/2024",
     "003:Phụ lục II.6.2 (line 143)"},
    {"BG", ReportStage::Consolidation, "BG.VPUBND", "BG.UBND", 0, true, 0, 0, "Tháng 3, 6, 9, 12/2024",
     "003:Phụ lục II.6.2 (line 143)"},
};

const QTimeZone &vietnamTime()
{
    static const QTimeZone zone(7 * 3600); // no daylight saving time
    return zone;
}

// Why a deadline holds where the seed does not say it outright.
QString assumptionFor(const Rule &rule, const Period &period)
{
    QStringList why;
    const QString province = QLatin1String(rule.province);
    if (province == u"BG") {
        why << ReportingCalendar::tr("The seed names the month only; the last day of the month is taken, as for the "
                                     "deadlines of tasks.");
        if (rule.stage == ReportStage::Agencies)
            why << ReportingCalendar::tr("The seed sets no date for the agencies' reports, which feed the report of "
                                         "Văn phòng UBND tỉnh: they are due by the day that report is due.");
    }
    if (period.kind() == Period::Kind::NineMonths)
        why << ReportingCalendar::tr("The nine-month report follows the rule of the third quarter.");
    if (period.kind() == Period::Kind::Half && period.index() == 2)
        why << ReportingCalendar::tr("The seeds set no second-half report; it is due with the annual report.");
    if (period.kind() == Period::Kind::Half && period.index() == 1 && province == u"TV")
        why << ReportingCalendar::tr("The seed sets no six-month report; the first half is due with the second "
                                     "quarter's report.");
    return why.join(u' ');
}

} // namespace

std::optional<double> Coverage::completeness() const
{
    return expected > 0 ? std::optional<double>(100.0 * submitted / expected) : std::nullopt;
}

std::optional<double> Coverage::timeliness() const
{
    return expected > 0 ? std::optional<double>(100.0 * onTime / expected) : std::nullopt;
}

Result<Deadline> ReportingCalendar::deadline(const QString &province, const Period &period, ReportStage stage)
{
    const QString code = province.trimmed().toUpper();
    if (code != u"TQ" && code != u"BG" && code != u"TV")
        return Error{tr("Unknown province \"%1\": use TQ, BG or TV.").arg(province)};
    const auto rule = std::find_if(std::begin(kRules), std::end(kRules), [&](const Rule &r) {
        return code == QLatin1String(r.province) && r.stage == stage;
    });
    if (rule == std::end(kRules))
        return Error{tr("The seeds give no due date for the consolidated report of province %1.").arg(code)};

    // The second half ends with the year, and its report is the annual one.
    const bool annual = period.kind() == Period::Kind::Year || (period.kind() == Period::Kind::Half && period.index() == 2);
    QDate written;
    if (annual && rule->yearMonth != 0) {
        written = QDate(period.year(), rule->yearMonth, rule->yearDay);
    } else {
        const QDate month(period.year(), 3 * period.lastQuarter(), 1);
        written = rule->day == 0 ? month.addMonths(1).addDays(-1) : QDate(period.year(), month.month(), rule->day);
    }
    return Deadline{code,
                    period,
                    stage,
                    QString::fromUtf8(rule->from),
                    QString::fromUtf8(rule->to),
                    written,
                    rule->dayCounts,
                    QString::fromUtf8(rule->quote),
                    QString::fromUtf8(rule->source),
                    assumptionFor(*rule, period)};
}

Result<QDate> ReportingCalendar::dueDate(const QString &province, const Period &period, ReportStage stage)
{
    const auto found = deadline(province, period, stage);
    if (!found)
        return found.failure();
    return found->dueDate();
}

QDate ReportingCalendar::localDate(const QDateTime &moment)
{
    return moment.toTimeZone(vietnamTime()).date();
}

Result<bool> ReportingCalendar::isOnTime(const QString &province, const Period &period, const QDateTime &arrived,
                                         ReportStage stage)
{
    if (!arrived.isValid())
        return Error{tr("The time the report arrived is not a valid date and time.")};
    const auto due = dueDate(province, period, stage);
    if (!due)
        return due.failure();
    return localDate(arrived) <= due.value();
}

Result<Coverage> ReportingCalendar::coverage(const QString &province, const Period &period, const QStringList &expected,
                                             const QList<ReportArrival> &arrivals, const QDate &today, ReportStage stage)
{
    const auto due = dueDate(province, period, stage);
    if (!due)
        return due.failure();

    // An agency that sent more than once is judged by its first arrival.
    QHash<QString, QDate> firstArrival;
    Coverage out;
    for (const ReportArrival &a : arrivals) {
        if (!a.arrived || !a.arrived->isValid())
            continue;
        if (!expected.contains(a.agency)) {
            if (!out.unexpected.contains(a.agency))
                out.unexpected << a.agency;
            continue;
        }
        const QDate day = localDate(*a.arrived);
        const auto known = firstArrival.constFind(a.agency);
        if (known == firstArrival.constEnd() || day < *known)
            firstArrival.insert(a.agency, day);
    }

    QStringList seen;
    for (const QString &agency : expected) {
        if (seen.contains(agency))
            continue;
        seen << agency;
        ++out.expected;
        const auto arrived = firstArrival.constFind(agency);
        if (arrived == firstArrival.constEnd()) {
            (today > due.value() ? out.overdue : out.pending) << agency;
            continue;
        }
        ++out.submitted;
        if (*arrived <= due.value())
            ++out.onTime;
        else
            out.late << agency;
    }
    return out;
}

} // namespace pardesk
