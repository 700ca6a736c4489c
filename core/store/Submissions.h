#pragma once
// The agencies' submissions: reading them (the list, one header, its cells, the same agency's
// earlier periods) and writing them (creating, each value and note exactly as typed, the status
// draft → submitted → approved and back, and an import received from an agency). Every write is one
// transaction that also appends its audit rows, under one policy, so a crash loses nothing that was
// committed and nothing is committed unaudited.

#include "domain/Records.h"
#include "forms/EnteredValue.h"
#include "forms/FormDefinition.h"
#include "store/WriteOrigin.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
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

struct SubmissionHeader {
    qint64 id = 0;
    qint64 formId = 0;
    QString formKey;
    QString formName;
    int formVersion = 1;
    qint64 agencyId = 0;
    QString agencyKey;
    QString agencyName;
    QString agencyProvince;
    QString agencyLevel;
    QString period; // the key, as stored ("2022S1")
    QString status; // draft, submitted or approved
    QString explanation;
    QString createdAt;
    QString updatedAt;
    QString submittedAt;
    QString documentKey; // the document the values were taken from, if any
};

// One stored cell of a submission; an item with no row has stored == false.
struct StoredCell {
    bool stored = false;
    QString raw; // exactly as written
    std::optional<double> value;
    QString note;
    QString source; // where the value was taken from (src), empty when typed
};

struct PeriodCells {
    qint64 submissionId = 0;
    QString period;
    QString status;
    QList<StoredCell> cells; // by index of the form's items
};

// A submission of a form for a period as the office consolidating it sees it.
struct SubmissionArrival {
    qint64 agencyId = 0;
    qint64 submissionId = 0;
    QString status;
    QString receivedAt; // when the office received it (or, entered here, when it was submitted)
    QString claimedAt;  // what an imported package claimed as its submission time
};

// One cell of a submission as it is to be stored.
struct CellWrite {
    enum class Field { Value, Note };
    qint64 itemId = 0;
    QString code; // the item's code, named in the audit log
    Field field = Field::Value;
    QString text;                // the value exactly as typed, or the note; empty clears the cell
    std::optional<double> value; // Value only: the number read from text; nullopt is no data, not zero
    // The text the writer saw stored in the cell when it made this write (EditSession sets it). When
    // the store holds another by now (someone else wrote the cell meanwhile, on another PC or
    // window), the write is refused, naming their value, instead of silently replacing it.
    // nullopt: no such check (an import, the command line).
    std::optional<QString> seen = std::nullopt;

    bool operator==(const CellWrite &) const = default;
};

// A submission received from an agency (an import), stored as submitted.
struct ReceivedSubmission {
    qint64 agencyId = 0;
    QString agencyKey;
    QString period;      // the key
    QString submittedAt; // ISO 8601, UTC
    QString receivedAt;
    QString explanation;
    QList<StoredCell> cells; // by index of the form's items
    QJsonObject audit;       // what the audit row adds (the file, the signature)
};

class Submissions {
    Q_DECLARE_TR_FUNCTIONS(Submissions)
public:
    explicit Submissions(QSqlDatabase db) : m_db(std::move(db)) {}

    // Reading.
    Result<QList<Submission>> list() const;
    Result<SubmissionHeader> header(qint64 submissionId) const;
    // The submission of this form by this agency for this period, if there is one.
    Result<std::optional<qint64>> find(qint64 formId, qint64 agencyId, const QString &period) const;
    // The one reader of a submission's stored cells, by index of the form's items.
    Result<QList<StoredCell>> cells(const FormDefinition &form, qint64 submissionId) const;
    // The cells as the arithmetic reads them; items with no stored value are missing.
    Result<QList<EnteredValue>> entered(const FormDefinition &form, qint64 submissionId) const;
    // The stored cells with their items' labels, in the form's order (for the JSON views).
    Result<QList<SubmissionValue>> values(qint64 submissionId) const;
    // The same agency's submissions of the same form for periods that end before this one's,
    // oldest first.
    Result<QList<PeriodCells>> earlier(const FormDefinition &form, const SubmissionHeader &header) const;
    // Every submission of the form for the period, by agency.
    Result<QList<SubmissionArrival>> arrivals(const QString &formKey, const QString &period) const;

    // Writing.
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
    // Stores a received submission as submitted, replacing the stored one when `replacing` names it
    // (audited with what it held). Inside the caller's transaction: an import also registers the
    // certificate it trusts in it.
    Result<qint64> receive(const FormDefinition &form, const ReceivedSubmission &received,
                           std::optional<qint64> replacing);

    // The status as the user reads it ("draft" → "nháp").
    static QString statusLabel(const QString &status);

private:
    static Status busy(const Transaction &tx);
    Status changeStatus(qint64 submissionId, const QList<QLatin1String> &from, QLatin1String to, const QString &action,
                        const std::optional<QString> &explanation);
    Status writeOne(qint64 submissionId, const CellWrite &write, WriteOrigin origin);
    Result<QString> statusOf(qint64 submissionId) const;
    // The one audit policy of submissions: entity "submission", the caller's transaction.
    Status audit(qint64 submissionId, const QString &action, const QJsonObject &before, const QJsonObject &after) const;

    QSqlDatabase m_db;
};

} // namespace pardesk
