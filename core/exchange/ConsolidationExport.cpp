#include "exchange/ConsolidationExport.h"
#include "util/JsonOrNull.h"

#include "io/StagedFile.h"
#include "store/StoreInfo.h"
#include "text/NumberFormat.h"

#include <QJsonArray>

namespace pardesk {
namespace {


QJsonObject aggregateJson(const Aggregate &a)
{
    QJsonObject o{{QStringLiteral("value"), json::numberOrNull(a.value)},
                  {QStringLiteral("covered"), a.covered},
                  {QStringLiteral("expected"), a.expected}};
    if (a.method == Aggregate::Method::Ratio) {
        o.insert(QStringLiteral("numerator"), json::numberOrNull(a.numerator));
        o.insert(QStringLiteral("denominator"), json::numberOrNull(a.denominator));
    }
    return o;
}

QString methodName(Aggregate::Method m)
{
    switch (m) {
    case Aggregate::Method::Sum:
        return QStringLiteral("sum");
    case Aggregate::Method::Ratio:
        return QStringLiteral("ratio");
    case Aggregate::Method::None:
        break;
    }
    return QStringLiteral("none");
}

QString csvField(QString text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QString ConsolidationExport::coverageText(const Aggregate &aggregate)
{
    return tr("%1 of %2").arg(aggregate.covered).arg(aggregate.expected);
}

QJsonObject ConsolidationExport::toJson(const Consolidation &c, bool synthetic)
{
    QJsonArray statuses;
    for (const AgencyStatus &s : c.statuses()) {
        statuses.append(QJsonObject{
            {QStringLiteral("agency"), s.key},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("level"), s.level},
            {QStringLiteral("received"), Consolidation::receivedName(s.received)},
            {QStringLiteral("overdue"), s.overdue},
            {QStringLiteral("submission"), s.submissionId ? QJsonValue(*s.submissionId) : QJsonValue()},
            {QStringLiteral("status"), s.status.isEmpty() ? QJsonValue() : QJsonValue(s.status)},
            {QStringLiteral("arrived"), s.arrived ? QJsonValue(s.arrived->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("claimed_submitted_at"), s.claimed ? QJsonValue(s.claimed->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("errors"), s.errors},
        });
    }
    QJsonArray totals;
    for (const ItemTotal &t : c.totals()) {
        const FormValues::Item &item = c.values().items()[t.item];
        QJsonObject levels;
        for (const auto &[level, aggregate] : t.levels)
            levels.insert(level, aggregateJson(aggregate));
        QJsonObject o = aggregateJson(t.province);
        o.insert(QStringLiteral("code"), item.code);
        o.insert(QStringLiteral("label"), item.label);
        o.insert(QStringLiteral("method"), methodName(t.province.method));
        o.insert(QStringLiteral("levels"), levels);
        totals.append(o);
    }
    const Coverage &cov = c.coverage();
    return QJsonObject{
        {QStringLiteral("form"), c.values().formKey()},
        {QStringLiteral("period"), c.period().key()},
        {QStringLiteral("province"), c.province()},
        {QStringLiteral("due_date"), c.dueDate() ? QJsonValue(c.dueDate()->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("synthetic"), synthetic},
        {QStringLiteral("expected"), cov.expected},
        {QStringLiteral("received"), cov.submitted},
        {QStringLiteral("on_time"), cov.onTime},
        {QStringLiteral("completeness"), json::numberOrNull(cov.completeness())},
        {QStringLiteral("timeliness"), json::numberOrNull(cov.timeliness())},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("totals"), totals},
    };
}

QByteArray ConsolidationExport::totalsCsv(const Consolidation &c, bool synthetic)
{
    QStringList levels;
    for (const ItemTotal &t : c.totals())
        for (const auto &level : t.levels)
            if (!levels.contains(level.first))
                levels.append(level.first);
    QStringList lines;
    if (synthetic)
        lines.append(csvField(StoreInfo::syntheticNotice()));
    QStringList header = {tr("code"), tr("item"), tr("unit"), tr("province total"), tr("agencies covered")};
    for (const QString &level : levels)
        header << Consolidation::levelLabel(level) << tr("%1: agencies covered").arg(Consolidation::levelLabel(level));
    lines.append(header.join(u','));
    const auto text = [](const Aggregate &a) { return a.value ? formatNumber(*a.value, 2) : QString(); };
    for (const ItemTotal &t : c.totals()) {
        const FormValues::Item &item = c.values().items()[t.item];
        QStringList row = {csvField(item.code), csvField(item.label), csvField(item.unit), csvField(text(t.province)),
                           csvField(coverageText(t.province))};
        for (const QString &level : levels) {
            const auto found = std::find_if(t.levels.cbegin(), t.levels.cend(), [&](const auto &l) { return l.first == level; });
            row << (found != t.levels.cend() ? csvField(text(found->second)) : QString())
                << (found != t.levels.cend() ? csvField(coverageText(found->second)) : QString());
        }
        lines.append(row.join(u','));
    }
    return "\xEF\xBB\xBF" + lines.join(u'\n').toUtf8() + '\n';
}

Status ConsolidationExport::writeTotalsCsv(const Consolidation &c, bool synthetic, const QString &path)
{
    return StagedFile::writeAll(path, totalsCsv(c, synthetic));
}

} // namespace pardesk
