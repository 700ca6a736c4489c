#include "store/Transaction.h"

#include "store/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_beginError = q.lastError().text();
        m_busy = isBusyError(q.lastError());
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        // Nothing to report to: a failed rollback leaves SQLite to roll back when the connection
        // closes, and the caller has already returned its error.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qWarning("ParDesk: the rollback failed: %s", qPrintable(q.lastError().text()));
    }
}

Status Transaction::began() const
{
    if (m_active)
        return {};
    return Error{QCoreApplication::translate("Transaction", "The transaction could not start: %1").arg(m_beginError), m_busy};
}

Status Transaction::commit()
{
    if (!m_active)
        return began();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        QString message = QCoreApplication::translate("Transaction", "The changes could not be saved: %1").arg(q.lastError().text());
        if (isDiskFullError(q.lastError()))
            message += u' ' + QCoreApplication::translate("Transaction", "The disk is full or the file may not grow; "
                                                                          "free some space and try again. Nothing was changed.");
        return Error{message, isBusyError(q.lastError())};
    }
    m_active = false;
    return {};
}

} // namespace pardesk
