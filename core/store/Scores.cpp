#include "store/Scores.h"

#include "store/RowReading.h"
#include "store/Statement.h"


#include <QCoreApplication>
#include <functional>

namespace pardesk {
namespace {

using rows::optionalDouble;
using rows::optionalInt;
using rows::readAll;


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
