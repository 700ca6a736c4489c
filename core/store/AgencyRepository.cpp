#include "store/AgencyRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {

Result<QList<ProvinceName>> AgencyRepository::provinces() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT code, name FROM provinces "
                               "ORDER BY CASE code WHEN 'TQ' THEN 0 WHEN 'BG' THEN 1 WHEN 'TV' THEN 2 ELSE 3 END, code")))
        return Error{tr("Could not read the provinces: %1").arg(q.lastError().text())};
    QList<ProvinceName> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<QList<AgencyName>> AgencyRepository::reportingAgencies(const QString &province) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.id, a.name, a.level FROM agencies a WHERE a.province = ? "
                             "AND EXISTS (SELECT 1 FROM submissions s WHERE s.agency_id = a.id) ORDER BY a.id"));
    q.addBindValue(province);
    if (!q.exec())
        return Error{tr("Could not read the agencies: %1").arg(q.lastError().text())};
    QList<AgencyName> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<std::optional<ProvinceName>> AgencyRepository::province(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, name FROM provinces WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return Error{tr("Could not read the provinces: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<ProvinceName>();
    return std::optional<ProvinceName>(ProvinceName{q.value(0).toString(), q.value(1).toString()});
}

Result<std::optional<AgencyRepository::Place>> AgencyRepository::agency(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT province, name FROM agencies WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{tr("Could not read the agencies: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<Place>();
    return std::optional<Place>(Place{q.value(0).toString(), q.value(1).toString()});
}

} // namespace pardesk
