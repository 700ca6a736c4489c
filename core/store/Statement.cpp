#include "store/Statement.h"

#include "store/ServerRefusal.h"
#include "store/SqlDialect.h"
#include "store/SqliteHandle.h"

#include <QRegularExpression>
#include <QSqlError>

namespace pardesk {

namespace {

// The table an INSERT writes into, when the statement does not already return something.
QString insertTarget(const QString &sql)
{
    static const QRegularExpression insert(QStringLiteral(R"(^\s*INSERT\s+INTO\s+(\w+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression returning(QStringLiteral(R"(\bRETURNING\b)"), QRegularExpression::CaseInsensitiveOption);
    const auto match = insert.match(sql);
    return match.hasMatch() && !returning.match(sql).hasMatch() ? match.captured(1) : QString();
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_database(db), m_sql(sql)
{
    m_postgres = engineOf(db) == Engine::Postgres;
    // On PostgreSQL Qt reads a forward-only query in libpq's single-row mode: a statement run on the
    // same connection before the rows are all read discards the rest of them, with only a warning
    // ("Query results lost"), and every row costs a result object. A statement's rows are therefore
    // read whole there; streamRows() is for the reads as large as a table (StoreCopy, FormValueRepository).
    m_query.setForwardOnly(!m_postgres);
    QString prepared = sql;
    if (m_postgres && tablesWithGeneratedId().contains(insertTarget(sql))) {
        prepared += QStringLiteral(" RETURNING id");
        m_returnsId = true;
    }
    if (m_postgres) {
        // Qt's PostgreSQL driver prepares with PREPARE, which takes no SET, DDL or transaction
        // statement: a statement is prepared on the server only once values are bound to it, and
        // runs as it is otherwise (exec()).
        m_text = prepared;
        m_prepared = true;
        return;
    }
    m_prepared = m_query.prepare(prepared);
    if (!m_prepared) {
        m_prepareError = m_query.lastError().text();
        m_prepareBusy = isBusyError(m_query.lastError());
    }
}

Statement &Statement::bind(const QVariant &value)
{
    // The schema's flags are integers (0, 1); PostgreSQL will not put a boolean into one.
    if (m_postgres)
        m_pending.append(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    else
        m_query.addBindValue(value);
    return *this;
}

Statement &Statement::bind(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

Status Statement::exec()
{
    if (!m_prepared)
        return Error{describe(), m_prepareBusy};
    bool ran = false;
    if (m_postgres && m_pending.isEmpty() && !m_preparedOnServer) {
        ran = m_query.exec(m_text);
    } else if (m_postgres) {
        if (!m_preparedOnServer && !m_query.prepare(m_text))
            return lastFailure();
        m_preparedOnServer = true;
        for (const QVariant &v : std::as_const(m_pending))
            m_query.addBindValue(v);
        m_pending.clear();
        ran = m_query.exec();
    } else {
        ran = m_query.exec();
    }
    if (!ran)
        return lastFailure();
    if (m_returnsId)
        m_returnedId = m_query.next() ? m_query.value(0).toLongLong() : 0;
    return {};
}

Status Statement::execChanged()
{
    if (Status s = exec(); !s)
        return s;
    if (m_query.numRowsAffected() != 0)
        return {};
    static const QRegularExpression target(QStringLiteral(R"(^\s*(?:UPDATE|DELETE\s+FROM)\s+(\w+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString table = target.match(m_sql).captured(1);
    if (m_postgres)
        if (const auto refused = ServerRefusal::explainUnchanged(m_database, table))
            return Error{*refused, false, true};
    return Error{tr("The row to change is no longer in the store; another program may have removed it (%1).")
                     .arg(m_sql.simplified().left(80))};
}

qint64 Statement::lastInsertId() const
{
    // Never Qt's lastInsertId() on PostgreSQL: it runs "SELECT lastval()", which fails, and so
    // aborts the whole transaction, after an INSERT into a table without a generated id.
    if (m_postgres)
        return m_returnsId ? m_returnedId : 0;
    return m_query.lastInsertId().toLongLong();
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
    if (!m_prepared)
        return Error{QStringLiteral("%1: %2").arg(prefix, describe()), m_prepareBusy};
    const Error last = lastFailure();
    return last.withMessage(QStringLiteral("%1: %2").arg(prefix, last.message));
}

// The one place a failed statement becomes an Error: busy (worth another try), refused by the
// server for the login's rights (told as such, ServerRefusal), or anything else with its words.
Error Statement::lastFailure() const
{
    const QSqlError error = m_query.lastError();
    if (m_postgres) {
        static const QRegularExpression reads(QStringLiteral(R"(^\s*(SELECT|WITH)\b)"), QRegularExpression::CaseInsensitiveOption);
        if (const auto refused = ServerRefusal::explain(m_database, error,
                                                        reads.match(m_sql).hasMatch()))
            return Error{*refused, false, true};
    }
    return Error{describe(), isBusyError(error)};
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
