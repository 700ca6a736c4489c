#include "store/References.h"
#include "store/SqlDialect.h"

#include "store/Statement.h"
#include "text/VietnameseOrder.h"

#include <algorithm>

namespace pardesk {
namespace {

Result<QList<ProvinceName>> readProvinces(const QSqlDatabase &db, const QString &sql)
{
    auto out = Statement(db, sql).list<ProvinceName>(
        [](const Statement &q) { return ProvinceName{q.value(0).toString(), q.value(1).toString()}; });
    if (!out)
        return out.failure().withMessage(References::tr("Could not read the provinces: %1").arg(out.error()));
    return out;
}

} // namespace

Result<QList<ProvinceName>> References::provinces() const
{
    return readProvinces(m_db, QStringLiteral("SELECT code, name FROM provinces ORDER BY ") + insertionOrder(m_db));
}

Result<QList<ProvinceName>> References::provincesInChartOrder() const
{
    return readProvinces(m_db, QStringLiteral("SELECT code, name FROM provinces ORDER BY CASE code WHEN 'TQ' THEN 0 "
                                              "WHEN 'BG' THEN 1 WHEN 'TV' THEN 2 ELSE 3 END, code"));
}

Result<std::optional<QString>> References::provinceName(const QString &code) const
{
    auto name = Statement(m_db, QStringLiteral("SELECT name FROM provinces WHERE code = ?")).bind(code).first();
    if (!name)
        return name.failure().withMessage(tr("Could not read the provinces: %1").arg(name.error()));
    if (!name.value())
        return std::optional<QString>();
    return std::optional<QString>(name.value()->toString());
}

Result<QList<AgencyRef>> References::agencies(const QString &province) const
{
    // By level (the province's bodies, its departments, districts, communes), then by name in
    // Vietnamese order: SQLite's ORDER BY name would put "Đài Phát thanh" after "Văn phòng".
    auto ranked = Statement(m_db, QStringLiteral("SELECT id, key, name, province, CASE level WHEN 'province' THEN 0 "
                                                 "WHEN 'department' THEN 1 WHEN 'district' THEN 2 ELSE 3 END "
                                                 "FROM agencies WHERE ? = '' OR province = ?"))
                      .bind({province, province})
                      .list<std::pair<int, AgencyRef>>([](const Statement &q) {
                          return std::pair{q.value(4).toInt(), AgencyRef{q.value(0).toLongLong(), q.value(1).toString(),
                                                                         q.value(2).toString(), q.value(3).toString()}};
                      });
    if (!ranked)
        return ranked.failure().withMessage(tr("Reading the database failed: %1").arg(ranked.error()));
    std::stable_sort(ranked->begin(), ranked->end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : vietnameseLess(a.second.name, b.second.name);
    });
    QList<AgencyRef> out;
    out.reserve(ranked->size());
    for (const auto &[rank, agency] : ranked.value())
        out.append(agency);
    return out;
}

Result<std::optional<AgencyRef>> References::agency(const QString &key) const
{
    auto out = Statement(m_db, QStringLiteral("SELECT id, key, name, province FROM agencies WHERE key = ?"))
                   .bind(key)
                   .list<AgencyRef>([](const Statement &q) {
                       return AgencyRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString()};
                   });
    if (!out)
        return out.failure().withMessage(tr("Reading the database failed: %1").arg(out.error()));
    if (out->isEmpty())
        return std::optional<AgencyRef>();
    return std::optional<AgencyRef>(out->first());
}

Result<std::optional<AgencyRef>> References::agency(qint64 id) const
{
    auto out = Statement(m_db, QStringLiteral("SELECT id, key, name, province FROM agencies WHERE id = ?"))
                   .bind(id)
                   .list<AgencyRef>([](const Statement &q) {
                       return AgencyRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString()};
                   });
    if (!out)
        return out.failure().withMessage(tr("Could not read the agencies: %1").arg(out.error()));
    if (out->isEmpty())
        return std::optional<AgencyRef>();
    return std::optional<AgencyRef>(out->first());
}

Result<QList<AgencyName>> References::reportingAgencies(const QString &province) const
{
    auto out = Statement(m_db, QStringLiteral("SELECT a.id, a.name, a.level FROM agencies a WHERE a.province = ? "
                                              "AND EXISTS (SELECT 1 FROM submissions s WHERE s.agency_id = a.id) ORDER BY a.id"))
                   .bind(province)
                   .list<AgencyName>([](const Statement &q) {
                       return AgencyName{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
                   });
    if (!out)
        return out.failure().withMessage(tr("Could not read the agencies: %1").arg(out.error()));
    std::stable_sort(out->begin(), out->end(), [](const AgencyName &a, const AgencyName &b) { return vietnameseLess(a.name, b.name); });
    return out;
}

} // namespace pardesk
