#pragma once
// When each province's periodic reports are due, as the seeds set it, and whether a submission
// came in time: due dates, on-time checks, completeness and timeliness. docs/periods.md.

#include "periods/Period.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace pardesk {

// Who reports to whom: agencies to the office that consolidates, then that office to the
// province's leadership.
enum class ReportStage {
    Agencies,      // TQ: agencies → Sở Nội vụ; TV: → Sở TT&TT; BG: → Văn phòng UBND tỉnh
    Consolidation, // TQ: Sở Nội vụ → UBND tỉnh; BG: Văn phòng UBND tỉnh → Chủ tịch UBND tỉnh
};

struct Deadline {
    QString province;
    Period period;
    ReportStage stage = ReportStage::Agencies;
    QString from;                 // agency key of the sender; empty for "every agency"
    QString to;                   // agency key of the recipient
    QDate written;                // the date the rule names ("trước ngày 05" → the 5th)
    bool writtenDayCounts = true; // "chậm nhất ngày 15": yes; "trước ngày 05" (before the 5th): no
    QString quote;                // the rule as the seed words it
    QString source;               // "001:V.1.4"
    QString assumption;           // why, when the seed does not say it outright; empty otherwise

    // The last day on which a report is on time.
    QDate dueDate() const { return writtenDayCounts ? written : written.addDays(-1); }
};

struct ReportArrival {
    QString agency;                   // agency key
    std::optional<QDateTime> arrived; // no value: not (yet) submitted
};

// One period's reports against the agencies expected to send them, as of a given day.
struct Coverage {
    int expected = 0;
    int submitted = 0; // expected agencies whose report arrived
    int onTime = 0;
    QStringList late;       // arrived after the due date
    QStringList pending;    // not arrived, not yet due
    QStringList overdue;    // not arrived, past due
    QStringList unexpected; // arrived from agencies not in the expected list (not counted)

    // No value when no agency is expected: there is nothing to be complete about.
    std::optional<double> completeness() const; // submitted / expected × 100
    std::optional<double> timeliness() const;   // on time / expected × 100
};

class ReportingCalendar {
    Q_DECLARE_TR_FUNCTIONS(ReportingCalendar)
public:
    // The deadline of a province's report for a period, or a message when the seeds give none.
    static Result<Deadline> deadline(const QString &province, const Period &period,
                                     ReportStage stage = ReportStage::Agencies);
    static Result<QDate> dueDate(const QString &province, const Period &period,
                                 ReportStage stage = ReportStage::Agencies);
    // The day of arrival is taken in Vietnam's time (UTC+07:00), where the deadline is.
    static Result<bool> isOnTime(const QString &province, const Period &period, const QDateTime &arrived,
                                 ReportStage stage = ReportStage::Agencies);
    // `today` decides whether a report that has not arrived is still pending or already overdue.
    static Result<Coverage> coverage(const QString &province, const Period &period, const QStringList &expected,
                                     const QList<ReportArrival> &arrivals, const QDate &today,
                                     ReportStage stage = ReportStage::Agencies);

    static QDate localDate(const QDateTime &moment); // the calendar day in Vietnam
};

} // namespace pardesk
