#include "store/Scores.h"

#include "store/Statement.h"


#include <QCoreApplication>
#include <functional>

namespace pardesk {
namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// Runs a read and turns each row into a record; a failure becomes a message for the user.
template <typename T>
Result<QList<T>> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const std::function<T(const Statement &)> &map)
{
    Statement q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    auto out = q.list<T>(map);
    if (!out)
        return Error{QCoreApplication::translate("Catalog", "Reading the database failed: %1").arg(out.error()),
                     out.isRetryable()};
    return out;
}


} // namespace

Result<QList<Score>> Scores::list() const
{
    return readAll<Score>(m_db,
                          QStringLiteral("SELECT index_kind, province, year, code, parent_code, name, achieved, max, unit, "
                                         "rank, rank_of, scope, note, src FROM scores ORDER BY id"),
                          {}, [](const Statement &q) {
                              Score s;
                              s.index = q.value(0).toString();
                              s.province = q.value(1).toString();
                              s.year = q.value(2).toInt();
                              s.code = q.value(3).toString();
                              s.parentCode = q.value(4).toString();
                              s.name = q.value(5).toString();
                              s.achieved = optionalDouble(q.value(6));
                              s.max = optionalDouble(q.value(7));
                              s.unit = q.value(8).toString();
                              s.rank = optionalInt(q.value(9));
                              s.rankOf = optionalInt(q.value(10));
                              s.scope = q.value(11).toString();
                              s.note = q.value(12).toString();
                              s.source = q.value(13).toString();
                              return s;
                          });
}

} // namespace pardesk
