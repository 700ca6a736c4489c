#pragma once
// The provinces' scores in the national indexes (PAR Index, SIPAS, PAPI), as published.

#include "domain/Records.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace pardesk {

class Scores {
public:
    explicit Scores(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Score>> list() const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
