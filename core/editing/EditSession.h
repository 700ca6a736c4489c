#pragma once
// The submission open for editing, without widgets: its values as stored, its findings, the text
// of writes that failed (shown, marked not saved), the history of edits to undo and redo, its
// status, and the writes kept while another program holds the store's lock. A view reflects the
// signals; a QUndoCommand acts on it by step id. Nothing is changed here before the store has it.

#include "store/Forms.h"
#include "store/StoreEvents.h"
#include "store/StoreRights.h"
#include "store/Submissions.h"
#include "validation/SubmissionFindings.h"
#include "validation/SubmitRule.h"

#include <QObject>
#include <memory>
#include <optional>

class QTimer;

namespace pardesk {

class Store;

class EditSession : public QObject {
    Q_OBJECT
public:
    struct Pending {
        QString text;
        QString error;
    };
    struct Cell {
        StoredCell stored;
        std::optional<Pending> value;
        std::optional<Pending> note;
    };

    explicit EditSession(const Store &store, QObject *parent = nullptr);
    ~EditSession() override;

    // Opens another submission; the history of steps stays (an undo reopens its submission).
    Status open(qint64 submissionId);
    bool isOpen() const { return m_form != nullptr; }
    // Only while isOpen().
    qint64 submissionId() const { return m_header.id; }
    const SubmissionHeader &header() const { return m_header; }
    // What the store's login may write (a server's roles): a submission it may not write is read-only
    // here too, rather than every typed value being refused by the server.
    void setRights(const StoreRights &rights) { m_rights = rights; }
    bool isReadOnly() const { return m_header.status != status::Draft || !m_rights.mayWriteFor(m_header.agencyKey); }
    // Why the open submission takes no writes; empty when it does.
    QString whyReadOnly() const;
    const FormDefinition &form() const { return *m_form; }
    const QList<ItemLook> &looks() const { return m_looks; }
    const Cell &cell(int item) const { return m_cells[item]; }
    int size() const { return int(m_cells.size()); }
    const SubmissionFindings &findings() const { return *m_findings; }
    // The cell as stored, as a write that would restore it.
    CellWrite stored(int item, CellWrite::Field field) const;
    // Every write is what the store holds for its cell, and nothing is pending there.
    bool isStored(const QList<CellWrite> &writes) const;

    // Writes the batch to the open submission as one step. Stored: the step is done. Refused
    // because another program holds the lock: the writes are kept and retried, and the step is
    // done (undoable) all the same. Refused otherwise: no step; the cells show the text, marked not
    // saved. Returns the step's id. Starting a step drops the steps that could be redone.
    Result<int> apply(const QList<CellWrite> &writes, const QString &text = {});
    // Undoes the last step done (by id: the step a QUndoCommand holds), opening its submission
    // first. A step whose undo or redo is refused (not for a lock) leaves the history.
    Status undo();
    Status redo();
    Status undo(int step);
    Status redo(int step);
    bool canUndo() const { return m_done > 0; }
    bool canRedo() const { return m_done < m_steps.size(); }
    int stepCount() const { return int(m_steps.size()); }

    // The same agency's submissions of the open one's form for earlier periods, oldest first.
    Result<QList<PeriodCells>> earlier() const;
    // Whether the store holds the submission (what was open last may be gone).
    bool exists(qint64 submissionId) const;
    // The submission of this form by this agency for this period, if there is one.
    Result<std::optional<qint64>> find(qint64 formId, qint64 agencyId, const QString &period) const;
    // A new draft (see Submissions::create); the open submission stays open.
    Result<qint64> create(qint64 formId, qint64 agencyId, const QString &period);
    // The open submission's status; statusChanged() follows each change. Submitting follows
    // SubmitRule: errors left need an explanation.
    Status submit(const QString &explanation);
    // How much of the open submission is empty (SubmitRule::emptiness).
    SubmitRule::Emptiness emptiness() const;
    Status approve();
    Status reopen();
    // Reads the header again (another program may have changed the status).
    Status refreshHeader();
    // Reads the open submission again when a write it did not make changed it (an import that
    // replaced it, another window, another program: StoreEvents); opened() follows.
    void storeChanged(const StoreChange &change);

    // Writes kept for a locked store are tried again every `interval` (and by retryPending())
    // until they go through, also for a submission no longer open. A newer write of the same cell
    // replaces its kept one.
    int pendingRetries() const { return int(m_retries.size()); }
    void setRetryInterval(int milliseconds);
    void retryPending();

    // Checks every cell again and reads the outliers again (the messages follow the language).
    void retranslate();

signals:
    void aboutToOpen();
    void opened();
    void cellsChanged(const QList<int> &items); // their values, pending text or findings
    void findingsChanged();
    void statusChanged();
    void saved();                                  // a write went through
    void savedLater(const QString &message);       // a write kept for a locked store went through
    void problem(const QString &message);          // a write refused or failed
    void revisited(int item, CellWrite::Field field); // an undo or redo changed this cell

private:
    struct Step {
        int id = 0;
        qint64 submissionId = 0;
        QList<CellWrite> before;
        QList<CellWrite> after;
        QString text;
    };
    struct Retry {
        qint64 submissionId = 0;
        QList<CellWrite> writes;
        WriteOrigin origin = WriteOrigin::Edit;
    };
    // Stored, kept for a locked store (a retryable failure), or refused.
    Status write(const QList<CellWrite> &writes, WriteOrigin origin);
    Status revisit(int step, bool back);
    void dropStale(qint64 submissionId, const QList<CellWrite> &writes);
    QList<int> record(const QList<CellWrite> &writes, const Status &result);
    void readStoredAgain();
    QList<int> settle(QList<int> changed, const QList<int> &edited);
    void refreshOutliers(const QList<int> &items);
    QList<int> allItems() const;

    const Store &m_store;
    Submissions m_submissions;
    SubmissionHeader m_header;
    StoreRights m_rights;
    std::unique_ptr<FormDefinition> m_form;
    std::unique_ptr<SubmissionFindings> m_findings; // reads *m_form
    QList<ItemLook> m_looks;
    QList<Cell> m_cells;
    QList<Step> m_steps;
    int m_done = 0; // the steps before this index are done
    int m_nextStep = 1;
    QList<Retry> m_retries;
    QTimer *m_retryTimer;
    int m_ownWrites = 0; // > 0 while this session writes: its own commits are not news to it
};

} // namespace pardesk
