#include "exchange/Consolidation.h"

#include "store/FormValueRepository.h"
#include "store/Store.h"
#include "text/NumberFormat.h"
#include "text/VietnameseOrder.h"
#include "validation/SubmissionFindings.h"
#include "text/DateText.h"

#include <algorithm>

namespace pardesk {
namespace {

bool existedDuring(const FormValues::Agency &agency, const Period &period)
{
    return (agency.validFrom.isNull() || agency.validFrom <= period.lastDay()) &&
           (agency.validTo.isNull() || agency.validTo >= period.firstDay());
}

std::optional<QDateTime> storedTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

} // namespace

Result<Consolidation> Consolidation::build(const Store &store, const QString &formKey, const QString &periodKey, const QDate &today)
{
    const auto period = Period::parse(periodKey);
    if (!period)
        return period.failure();
    // The period's values only: the office consolidates one period, however long the history.
    FormValueRepository::Scope scope;
    scope.periods = {period->key()};
    auto values = store.formValues().load(formKey, scope);
    if (!values)
        return values.failure();
    Consolidation out(Aggregator(std::move(values).value()));
    out.m_period = period.value();
    out.m_periodIndex = out.values().periodIndex(out.m_period.key());
    out.m_province = out.values().province();
    if (out.m_province.isEmpty())
        return Error{tr("The form %1 is shared by every province; consolidate one province's form.").arg(formKey)};
    if (Status s = out.readStatuses(store, today); !s)
        return s.failure();
    out.computeTotals();
    return out;
}

Status Consolidation::readStatuses(const Store &store, const QDate &today)
{
    const auto deadline = ReportingCalendar::deadline(m_province, m_period);
    if (deadline)
        m_due = deadline->dueDate();
    const QString recipient = deadline ? deadline->to : QString();

    const auto stored = store.submissions().arrivals(values().formKey(), m_period.key());
    if (!stored)
        return Error{tr("The submissions cannot be read.")};
    QHash<qint64, SubmissionArrival> byAgency;
    for (const SubmissionArrival &a : stored.value())
        byAgency.insert(a.agencyId, a);

    const auto form = store.forms().definition(values().formKey());
    if (!form)
        return form.failure();
    QStringList expected;
    QList<ReportArrival> arrivals;
    const QList<FormValues::Agency> &agencies = values().agencies();
    for (int a = 0; a < agencies.size(); ++a) {
        const FormValues::Agency &agency = agencies[a];
        // The province's leadership (people's committee, council, party committee) receives the
        // consolidated report; it does not send one.
        if (agency.province != m_province || agency.level == u"province" || agency.key == recipient ||
            !existedDuring(agency, m_period))
            continue;
        AgencyStatus s;
        s.agency = a;
        s.agencyId = agency.id;
        s.key = agency.key;
        s.name = agency.name;
        s.level = agency.level;
        if (const auto row = byAgency.constFind(agency.id); row != byAgency.constEnd()) {
            s.submissionId = row->submissionId;
            s.status = row->status;
            if (row->status != u"draft") {
                // A report seeded from a document has no arrival time: received, and taken as on time.
                s.arrived = storedTime(row->receivedAt);
                s.claimed = storedTime(row->claimedAt);
                s.received = AgencyStatus::Received::OnTime;
                if (s.arrived && m_due && ReportingCalendar::localDate(*s.arrived) > *m_due)
                    s.received = AgencyStatus::Received::Late;
            }
            // Errors only: the outliers are warnings, so the agency's history need not be read.
            if (const auto findings = SubmissionFindings::ofStored(store, form.value(), row->submissionId,
                                                                   SubmissionFindings::History::NotRead))
                s.errors = findings->errorCount();
        }
        s.overdue = s.received == AgencyStatus::Received::NotReceived && m_due && today > *m_due;
        expected.append(s.key);
        if (s.received != AgencyStatus::Received::NotReceived)
            arrivals.append({s.key, s.arrived ? s.arrived : std::optional<QDateTime>(QDateTime(m_due.value_or(today), QTime(12, 0)))});
        m_statuses.append(s);
    }
    // As the agency lists everywhere: departments, then districts, then communes, each by name in
    // Vietnamese order ("Đài …" before "Văn phòng …").
    const auto rank = [](const QString &level) { return level == u"department" ? 0 : level == u"district" ? 1 : 2; };
    std::stable_sort(m_statuses.begin(), m_statuses.end(), [&](const AgencyStatus &a, const AgencyStatus &b) {
        return rank(a.level) != rank(b.level) ? rank(a.level) < rank(b.level) : vietnameseLess(a.name, b.name);
    });
    if (m_due) {
        const auto coverage = ReportingCalendar::coverage(m_province, m_period, expected, arrivals, today);
        if (coverage)
            m_coverage = coverage.value();
    } else {
        m_coverage.expected = int(expected.size());
        m_coverage.submitted = int(arrivals.size());
        m_coverage.onTime = m_coverage.submitted;
    }
    return {};
}

void Consolidation::computeTotals()
{
    const auto &items = values().items();
    QList<int> all;
    QHash<QString, QList<int>> byLevel;
    for (const AgencyStatus &s : std::as_const(m_statuses)) {
        all.append(s.agency);
        byLevel[s.level].append(s.agency);
    }
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].kind == u"group")
            continue;
        ItemTotal total;
        total.item = i;
        if (m_periodIndex >= 0) {
            total.province = m_aggregator.aggregate(i, all, {m_periodIndex});
            for (const QString &level : {QStringLiteral("province"), QStringLiteral("department"), QStringLiteral("district"),
                                         QStringLiteral("commune")})
                if (byLevel.contains(level))
                    total.levels.append({level, m_aggregator.aggregate(i, byLevel[level], {m_periodIndex})});
        } else {
            total.province.method = Aggregator::methodOf(items[i]);
            total.province.expected = int(all.size());
        }
        m_totals.append(total);
    }
}

QList<DrillRow> Consolidation::drillDown(int item, const QString &level) const
{
    QList<DrillRow> rows;
    const FormValues::Item &it = values().items()[item];
    const bool ratio = it.formula && it.formula->op() == Formula::Op::Ratio;
    for (const AgencyStatus &s : m_statuses) {
        if (!level.isEmpty() && s.level != level)
            continue;
        DrillRow row{s.agency, {}, {}, {}};
        if (m_periodIndex >= 0) {
            row.value = values().value(item, s.agency, m_periodIndex);
            if (ratio) {
                row.numerator = values().value(it.inputs[0], s.agency, m_periodIndex);
                row.denominator = values().value(it.inputs[1], s.agency, m_periodIndex);
            }
        }
        rows.append(row);
    }
    return rows;
}

QString Consolidation::receivedName(AgencyStatus::Received received)
{
    switch (received) {
    case AgencyStatus::Received::OnTime:
        return QStringLiteral("on_time");
    case AgencyStatus::Received::Late:
        return QStringLiteral("late");
    case AgencyStatus::Received::NotReceived:
        break;
    }
    return QStringLiteral("not_received");
}

QString Consolidation::receivedLabel(const AgencyStatus &status)
{
    switch (status.received) {
    case AgencyStatus::Received::OnTime:
        return tr("received on time");
    case AgencyStatus::Received::Late:
        return tr("received late");
    case AgencyStatus::Received::NotReceived:
        break;
    }
    return status.overdue ? tr("not received (overdue)") : tr("not received");
}

QString Consolidation::levelLabel(const QString &level)
{
    if (level == u"province")
        return tr("Province");
    if (level == u"department")
        return tr("Departments");
    if (level == u"district")
        return tr("Districts");
    if (level == u"commune")
        return tr("Communes");
    return level;
}

QString Consolidation::agencyLevelLabel(const QString &level)
{
    if (level == u"province")
        return tr("Province");
    if (level == u"department")
        return tr("Department");
    if (level == u"district")
        return tr("District");
    if (level == u"commune")
        return tr("Commune");
    return level;
}

QString Consolidation::reminderText() const
{
    QStringList lines;
    const QString due = m_due ? dateText(*m_due) : tr("(no due date in the seeds)");
    lines.append(tr("Reports of %1 for %2 not yet received (due %3):").arg(values().formKey(), m_period.label(), due));
    int n = 0;
    for (const AgencyStatus &s : m_statuses)
        if (s.received == AgencyStatus::Received::NotReceived)
            lines.append(tr("%1. %2 — due %3").arg(++n).arg(s.name, due));
    if (n == 0)
        lines.append(tr("Every expected agency has reported."));
    return lines.join(u'\n');
}

} // namespace pardesk
