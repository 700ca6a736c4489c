#pragma once
// Writes to an agency's submission: creating it, each value and note exactly as typed, and its
// status (draft → submitted → approved, reopened to draft). Each write is one transaction that
// also appends its audit rows, so a crash loses nothing that was committed.

#include "util/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pardesk {

class Transaction;

namespace status {
inline constexpr QLatin1String Draft("draft");
inline constexpr QLatin1String Submitted("submitted");
inline constexpr QLatin1String Approved("approved");
} // namespace status

// One cell of a submission as it is to be stored.
struct CellWrite {
    enum class Field { Value, Note };
    qint64 itemId = 0;
    QString code; // the item's code, named in the audit log
    Field field = Field::Value;
    QString text;                // the value exactly as typed, or the note; empty clears the cell
    std::optional<double> value; // Value only: the number read from text; nullopt is no data, not zero

    bool operator==(const CellWrite &) const = default;
};

// Why a write happens, as the audit log names it.
enum class WriteOrigin { Edit, Undo, Redo };

class SubmissionStore {
    Q_DECLARE_TR_FUNCTIONS(SubmissionStore)
public:
    explicit SubmissionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // A new draft; the period must be a valid key (core/periods/Period.h) and the submission must
    // not exist yet.
    Result<qint64> create(qint64 formId, qint64 agencyId, const QString &period);

    // All the writes or none. Only a draft can be written to: a submitted or approved submission
    // is refused until it is reopened, also when another program changed its status meanwhile.
    Status write(qint64 submissionId, const QList<CellWrite> &writes, WriteOrigin origin = WriteOrigin::Edit);

    // Draft → submitted. The explanation (of errors left unresolved) is stored with it; empty
    // stores none.
    Status submit(qint64 submissionId, const QString &explanation);
    Status approve(qint64 submissionId); // submitted → approved
    Status reopen(qint64 submissionId);  // submitted or approved → draft

    // The status as the user reads it ("draft" → "nháp").
    static QString statusLabel(const QString &status);

private:
    static Status busy(const Transaction &tx);
    Status changeStatus(qint64 submissionId, const QList<QLatin1String> &from, QLatin1String to, const QString &action,
                        const std::optional<QString> &explanation);
    Status writeOne(qint64 submissionId, const CellWrite &write, WriteOrigin origin);
    Result<QString> statusOf(qint64 submissionId) const;

    QSqlDatabase m_db;
};

} // namespace pardesk
