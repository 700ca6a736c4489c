#pragma once
// The consolidating office's view of one form and period: every agency expected to report with
// its status (not received, on time, late, by the province's calendar), completeness and
// timeliness, the validation errors of each submission, the province and level totals of every
// item with the agencies they cover, the agencies behind a total, and the reminder list.
//
// Expected: every agency of the form's province below the province's leadership that existed
// during the period, except the office the reports go to (ReportingCalendar's recipient); the
// store has no list of who must report a form, so this is the nearest reading of the seeds. A report is received once it is
// submitted (or approved); a draft is not received.

#include "aggregate/Aggregator.h"
#include "periods/ReportingCalendar.h"

#include <QDate>
#include <QDateTime>

namespace pardesk {

class Store;

struct AgencyStatus {
    enum class Received { NotReceived, OnTime, Late };
    int agency = -1; // index into values().agencies()
    qint64 agencyId = 0;
    QString key;
    QString name;
    QString level;
    Received received = Received::NotReceived;
    bool overdue = false; // not received and past the due date
    std::optional<qint64> submissionId;
    QString status; // the submission's (draft, submitted, approved); empty when there is none
    std::optional<QDateTime> arrived; // when the office received it: what timeliness is judged by
    std::optional<QDateTime> claimed; // when an imported package says it was submitted (shown, never judged by)
    int errors = 0; // validation errors in the submission
};

struct ItemTotal {
    int item = -1; // index into values().items()
    Aggregate province;
    QList<std::pair<QString, Aggregate>> levels; // by level: department, district, commune (those with agencies)
};

struct DrillRow {
    int agency = -1;
    std::optional<double> value;
    std::optional<double> numerator;   // a ratio's inputs
    std::optional<double> denominator;
};

class Consolidation {
    Q_DECLARE_TR_FUNCTIONS(Consolidation)
public:
    // `today` decides whether a report not received is still pending or overdue.
    static Result<Consolidation> build(const Store &store, const QString &formKey, const QString &periodKey,
                                       const QDate &today = QDate::currentDate());

    const FormValues &values() const { return m_aggregator.values(); }
    const Period &period() const { return m_period; }
    const QString &province() const { return m_province; }
    std::optional<QDate> dueDate() const { return m_due; }
    const QList<AgencyStatus> &statuses() const { return m_statuses; }
    const Coverage &coverage() const { return m_coverage; }
    const QList<ItemTotal> &totals() const { return m_totals; } // every item that is not a heading, in form order

    // The expected agencies' values behind the item's total, in the order of statuses().
    QList<DrillRow> drillDown(int item, const QString &level = {}) const;

    // The agencies not received, with the due date, one per line: ready for an email.
    QString reminderText() const;
    static QString receivedLabel(const AgencyStatus &status);
    static QString levelLabel(const QString &level);       // "Departments": the agencies of a level
    static QString agencyLevelLabel(const QString &level); // "Department": one agency's
    static QString receivedName(AgencyStatus::Received received); // "not_received", "on_time", "late"

private:
    explicit Consolidation(Aggregator aggregator) : m_aggregator(std::move(aggregator)), m_period(Period::wholeYear(2000)) {}
    Status readStatuses(const Store &store, const QDate &today);
    void computeTotals();

    Aggregator m_aggregator;
    Period m_period;
    int m_periodIndex = -1; // into values().periods(); -1 when no agency reported the form for it
    QString m_province;
    std::optional<QDate> m_due;
    QList<AgencyStatus> m_statuses;
    Coverage m_coverage;
    QList<ItemTotal> m_totals;
};

} // namespace pardesk
