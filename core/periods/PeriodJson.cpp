#include "periods/PeriodJson.h"

#include "periods/ReportingCalendar.h"

#include <QJsonArray>

namespace pardesk::json {
namespace {

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject toJson(const Deadline &d)
{
    return {{"stage", d.stage == ReportStage::Agencies ? QStringLiteral("agencies") : QStringLiteral("consolidation")},
            {"from", nullIfEmpty(d.from)},
            {"to", d.to},
            {"written_date", d.written.toString(Qt::ISODate)},
            {"written_day_counts", d.writtenDayCounts},
            {"due_date", d.dueDate().toString(Qt::ISODate)},
            {"quote", d.quote},
            {"source", d.source},
            {"assumption", nullIfEmpty(d.assumption)}};
}

} // namespace

QJsonObject toJson(const Period &period, const QString &province)
{
    QJsonObject out{{"key", period.key()},
                    {"label", period.label()},
                    {"kind", Period::kindName(period.kind())},
                    {"year", period.year()},
                    {"window_start", period.windowStart().toString(Qt::ISODate)},
                    {"window_end", period.windowEnd().toString(Qt::ISODate)}};
    if (province.isEmpty())
        return out;
    QJsonArray deadlines;
    QJsonValue due;
    for (ReportStage stage : {ReportStage::Agencies, ReportStage::Consolidation}) {
        const auto d = ReportingCalendar::deadline(province, period, stage);
        if (!d)
            continue; // the seeds give no date for this stage (docs/periods.md)
        if (stage == ReportStage::Agencies)
            due = d->dueDate().toString(Qt::ISODate);
        deadlines.append(toJson(d.value()));
    }
    out.insert("province", province.toUpper());
    out.insert("due_date", due);
    out.insert("deadlines", deadlines);
    return out;
}

} // namespace pardesk::json
