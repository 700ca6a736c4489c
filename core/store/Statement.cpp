#include "store/Statement.h"

#include "store/SqliteHandle.h"

#include <QSqlError>

namespace pardesk {

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_prepareError = m_query.lastError().text();
        m_prepareBusy = isBusyError(m_query.lastError());
    }
}

Statement &Statement::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Statement &Statement::bind(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        m_query.addBindValue(v);
    return *this;
}

Status Statement::exec()
{
    if (!m_prepared)
        return Error{describe(), m_prepareBusy};
    if (!m_query.exec())
        return Error{describe(), isBusyError(m_query.lastError())};
    return {};
}

Result<QVariant> Statement::scalar()
{
    auto row = first();
    if (!row)
        return row.failure();
    if (!row.value())
        return Error{tr("Reading the database failed: the statement gave no row (%1).").arg(m_sql.simplified().left(80))};
    return *row.value();
}

Result<std::optional<QVariant>> Statement::first()
{
    if (Status s = exec(); !s)
        return s.failure();
    if (!m_query.next())
        return std::optional<QVariant>();
    return std::optional<QVariant>(m_query.value(0));
}

QString Statement::errorText() const
{
    return m_prepared ? m_query.lastError().text() : m_prepareError;
}

Error Statement::failure(const QString &prefix) const
{
    const bool busy = m_prepared ? isBusyError(m_query.lastError()) : m_prepareBusy;
    return Error{QStringLiteral("%1: %2").arg(prefix, describe()), busy};
}

// SQLite's words and the statement's beginning, so that a failure in a log says which one failed.
QString Statement::describe() const
{
    QString head = m_sql.simplified();
    if (head.size() > 80)
        head = head.left(77) + QStringLiteral("...");
    return tr("%1 (statement: %2)").arg(errorText(), head);
}

Status Statement::run(const QSqlDatabase &db, const QString &sql)
{
    Statement s(db, sql);
    return s.exec();
}

} // namespace pardesk
