#include "editing/EditSession.h"

#include "store/Store.h"
#include "validation/SubmitRule.h"

#include <QTimer>
#include <algorithm>
#include <numeric>

namespace pardesk {
namespace {

// Marks the session's own writes while they run (StoreEvents are delivered during the commit).
class OwnWrite {
public:
    explicit OwnWrite(int &count) : m_count(count) { ++m_count; }
    ~OwnWrite() { --m_count; }
    OwnWrite(const OwnWrite &) = delete;
    OwnWrite &operator=(const OwnWrite &) = delete;

private:
    int &m_count;
};

} // namespace

EditSession::EditSession(const Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_submissions(store.submissions()), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(2000);
    connect(m_retryTimer, &QTimer::timeout, this, &EditSession::retryPending);
    connect(&store.events(), &StoreEvents::changed, this, &EditSession::storeChanged);
}

void EditSession::storeChanged(const StoreChange &change)
{
    if (m_ownWrites > 0 || !isOpen() || !change.concerns(QStringLiteral("submissions"), submissionId()))
        return;
    if (const Status s = open(submissionId()); !s)
        emit problem(s.error());
}

EditSession::~EditSession() = default;

Status EditSession::open(qint64 submissionId)
{
    auto header = m_submissions.header(submissionId);
    if (!header)
        return header.failure();
    auto form = m_store.forms().definition(header->formId);
    if (!form)
        return form.failure();
    auto owned = std::make_unique<FormDefinition>(std::move(form).value());
    auto looks = m_store.forms().looks(*owned);
    if (!looks)
        return looks.failure();
    auto stored = m_submissions.cells(*owned, submissionId);
    if (!stored)
        return stored.failure();
    auto outliers = SubmissionFindings::outliersOf(m_store, submissionId);
    if (!outliers)
        return outliers.failure();
    QList<EnteredValue> entered;
    QList<Cell> cells;
    for (const StoredCell &c : stored.value()) {
        entered.append(EnteredValue::fromText(c.raw, c.value));
        cells.append({c, std::nullopt, std::nullopt});
    }
    auto findings = std::make_unique<SubmissionFindings>(*owned, std::move(entered), std::move(outliers).value());

    emit aboutToOpen();
    m_findings = std::move(findings);
    m_form = std::move(owned);
    m_header = std::move(header).value();
    m_looks = std::move(looks).value();
    m_cells = std::move(cells);
    emit opened();
    emit findingsChanged();
    return {};
}

QString EditSession::whyReadOnly() const
{
    if (!isOpen() || !isReadOnly())
        return {};
    if (m_header.status == status::Draft) // the login's role, not the status
        return m_rights.whyNot();
    return tr("This submission is %1: reopen it to change it.").arg(Submissions::statusLabel(m_header.status));
}

CellWrite EditSession::stored(int item, CellWrite::Field field) const
{
    const StoredCell &c = m_cells[item].stored;
    const FormItem &it = m_form->item(item);
    if (field == CellWrite::Field::Note)
        return {it.id, it.code, field, c.note, std::nullopt};
    return {it.id, it.code, field, c.raw, c.value};
}

bool EditSession::isStored(const QList<CellWrite> &writes) const
{
    if (!isOpen())
        return false;
    return std::all_of(writes.begin(), writes.end(), [&](const CellWrite &w) {
        const int i = m_form->indexOf(w.code);
        if (i < 0)
            return false;
        const Cell &c = m_cells[i];
        const bool pending = w.field == CellWrite::Field::Value ? c.value.has_value() : c.note.has_value();
        return !pending && stored(i, w.field) == w;
    });
}

Result<int> EditSession::apply(const QList<CellWrite> &writes, const QString &text)
{
    m_steps.resize(m_done); // a new step: what was undone can no longer be redone
    if (!isOpen())
        return Error{tr("Open or create a submission first.")};
    if (isReadOnly()) { // known to be refused: nothing to mark as not saved
        emit problem(whyReadOnly());
        return Error{whyReadOnly()};
    }
    Step step{m_nextStep++, submissionId(), {}, writes, text};
    for (const CellWrite &w : writes)
        step.before.append(stored(m_form->indexOf(w.code), w.field));
    if (const Status s = write(writes, WriteOrigin::Edit); !s && !s.isRetryable())
        return s.failure();
    m_steps.append(step);
    m_done = int(m_steps.size());
    return step.id;
}

Status EditSession::undo()
{
    if (!canUndo())
        return Error{tr("There is nothing to undo.")};
    return undo(m_steps[m_done - 1].id);
}

Status EditSession::redo()
{
    if (!canRedo())
        return Error{tr("There is nothing to redo.")};
    return redo(m_steps[m_done].id);
}

Status EditSession::undo(int step)
{
    return revisit(step, true);
}

Status EditSession::redo(int step)
{
    return revisit(step, false);
}

Status EditSession::revisit(int id, bool back)
{
    const int k = back ? m_done - 1 : m_done;
    if (k < 0 || k >= m_steps.size() || m_steps[k].id != id)
        return Error{back ? tr("There is nothing to undo.") : tr("There is nothing to redo.")};
    const Step step = m_steps[k];
    if (!isOpen() || step.submissionId != submissionId()) {
        if (Status s = open(step.submissionId); !s) {
            m_steps.removeAt(k);
            m_done = back ? k : m_done;
            emit problem(s.error());
            return s;
        }
    }
    const QList<CellWrite> &writes = back ? step.before : step.after;
    Status s = isReadOnly() ? Status(Error{whyReadOnly()}) : write(writes, back ? WriteOrigin::Undo : WriteOrigin::Redo);
    if (isReadOnly())
        emit problem(s.error());
    if (!s && !s.isRetryable()) {
        m_steps.removeAt(k); // its command leaves the undo stack too
        if (back)
            m_done = k;
        return s;
    }
    m_done = back ? k : k + 1;
    if (!writes.isEmpty())
        emit revisited(m_form->indexOf(writes.first().code), writes.first().field);
    return {};
}

Status EditSession::write(const QList<CellWrite> &writes, WriteOrigin origin)
{
    const qint64 id = submissionId();
    dropStale(id, writes);
    // Each write carries what this session shows as stored: the store refuses it when someone else
    // wrote the cell meanwhile (a kept write too, when it is retried later).
    QList<CellWrite> checked = writes;
    for (CellWrite &w : checked)
        if (const int i = m_form->indexOf(w.code); i >= 0)
            w.seen = stored(i, w.field).text;
    const OwnWrite own(m_ownWrites);
    const Status s = m_submissions.write(id, checked, origin);
    emit cellsChanged(record(writes, s));
    if (!s) {
        if (s.isRetryable()) {
            m_retries.append({id, checked, origin});
            if (!m_retryTimer->isActive())
                m_retryTimer->start();
        } else {
            readStoredAgain(); // a refusal may come of another's write: show what is stored now
        }
        emit problem(s.error());
        return s;
    }
    emit findingsChanged();
    emit saved();
    return s;
}

// A newer write of a cell makes its kept one stale: it must not overwrite this one later.
void EditSession::dropStale(qint64 submissionId, const QList<CellWrite> &writes)
{
    for (Retry &retry : m_retries)
        retry.writes.removeIf([&](const CellWrite &old) {
            return retry.submissionId == submissionId && std::any_of(writes.begin(), writes.end(), [&](const CellWrite &w) {
                       return w.itemId == old.itemId && w.field == old.field;
                   });
        });
    m_retries.removeIf([](const Retry &retry) { return retry.writes.isEmpty(); });
}

void EditSession::setRetryInterval(int milliseconds)
{
    m_retryTimer->setInterval(milliseconds);
}

// Also for a submission no longer open: the edit was made, it is written when the store is free.
void EditSession::retryPending()
{
    m_retryTimer->stop();
    const QList<Retry> queue = std::exchange(m_retries, {});
    const OwnWrite own(m_ownWrites);
    for (const Retry &retry : queue) {
        const Status s = m_submissions.write(retry.submissionId, retry.writes, retry.origin);
        if (!s && s.isRetryable()) {
            m_retries.append(retry);
            continue;
        }
        if (isOpen() && retry.submissionId == submissionId()) {
            emit cellsChanged(record(retry.writes, s));
            emit findingsChanged();
        }
        if (s)
            emit savedLater(tr("The database is free again: %n kept change(s) were saved.", "", int(retry.writes.size())));
        else
            emit problem(s.error());
    }
    if (!m_retries.isEmpty())
        m_retryTimer->start();
}

// The stored side of every cell as the store holds it now; the texts not saved stay beside it, so
// that typing one again replaces the other's value knowingly.
void EditSession::readStoredAgain()
{
    const auto fresh = m_submissions.cells(*m_form, submissionId());
    if (!fresh || fresh->size() != m_cells.size())
        return;
    QList<int> changed, edited;
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const StoredCell &now = fresh->at(i);
        StoredCell &shown = m_cells[i].stored;
        if (now.raw == shown.raw && now.value == shown.value && now.note == shown.note)
            continue;
        const bool valueChanged = now.raw != shown.raw || now.value != shown.value;
        shown = now;
        changed.append(i);
        if (valueChanged) {
            changed += m_findings->set(i, EnteredValue::fromText(now.raw, now.value));
            edited.append(i);
        }
    }
    if (changed.isEmpty())
        return;
    emit cellsChanged(settle(changed, edited));
    emit findingsChanged();
}

QList<int> EditSession::record(const QList<CellWrite> &writes, const Status &result)
{
    QList<int> changed, edited;
    for (const CellWrite &w : writes) {
        const int i = m_form->indexOf(w.code);
        if (i < 0)
            continue;
        Cell &cell = m_cells[i];
        std::optional<Pending> &pending = w.field == CellWrite::Field::Value ? cell.value : cell.note;
        changed.append(i);
        if (!result) {
            pending = Pending{w.text, result.error()};
            continue;
        }
        pending.reset();
        if (w.field == CellWrite::Field::Value) {
            cell.stored.raw = w.text;
            cell.stored.value = w.value;
            changed += m_findings->set(i, EnteredValue::fromText(w.text, w.value));
            edited.append(i);
        } else {
            cell.stored.note = w.text;
        }
        cell.stored.stored = !cell.stored.raw.isEmpty() || cell.stored.value || !cell.stored.note.isEmpty();
    }
    return settle(changed, edited);
}

// After values changed: the edited items against their history again, and each row named once.
QList<int> EditSession::settle(QList<int> changed, const QList<int> &edited)
{
    if (!edited.isEmpty())
        refreshOutliers(edited);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

// The edited items against the agency's history again, now that the store holds their values.
void EditSession::refreshOutliers(const QList<int> &items)
{
    const auto fresh = SubmissionFindings::outliersOf(m_store, submissionId());
    if (!fresh) {
        emit problem(fresh.error());
        return;
    }
    const QList<int> changed = m_findings->replaceOutliers(items, fresh.value());
    if (!changed.isEmpty())
        emit cellsChanged(changed);
}

Result<QList<PeriodCells>> EditSession::earlier() const
{
    if (!isOpen())
        return QList<PeriodCells>();
    return m_submissions.earlier(*m_form, m_header);
}

bool EditSession::exists(qint64 submissionId) const
{
    return m_submissions.header(submissionId).ok();
}

Result<std::optional<qint64>> EditSession::find(qint64 formId, qint64 agencyId, const QString &period) const
{
    return m_submissions.find(formId, agencyId, period);
}

Result<qint64> EditSession::create(qint64 formId, qint64 agencyId, const QString &period)
{
    const OwnWrite own(m_ownWrites);
    return m_submissions.create(formId, agencyId, period);
}

Status EditSession::submit(const QString &explanation)
{
    if (!isOpen())
        return Error{tr("Open or create a submission first.")};
    if (Status s = SubmitRule::check(SubmitRule::errorCount(m_findings->all()), explanation); !s)
        return s;
    const OwnWrite own(m_ownWrites);
    if (Status s = m_submissions.submit(submissionId(), explanation); !s)
        return s;
    return refreshHeader();
}

SubmitRule::Emptiness EditSession::emptiness() const
{
    if (!isOpen())
        return {};
    return SubmitRule::emptiness(*m_form, [this](int i) {
        const StoredCell &c = m_cells[i].stored;
        return !c.raw.trimmed().isEmpty() || c.value.has_value();
    });
}

Status EditSession::approve()
{
    if (!isOpen())
        return Error{tr("Open or create a submission first.")};
    const OwnWrite own(m_ownWrites);
    if (Status s = m_submissions.approve(submissionId()); !s)
        return s;
    return refreshHeader();
}

Status EditSession::reopen()
{
    if (!isOpen())
        return Error{tr("Open or create a submission first.")};
    const OwnWrite own(m_ownWrites);
    if (Status s = m_submissions.reopen(submissionId()); !s)
        return s;
    return refreshHeader();
}

Status EditSession::refreshHeader()
{
    if (!isOpen())
        return {};
    auto header = m_submissions.header(submissionId());
    if (!header)
        return header.failure();
    m_header = std::move(header).value();
    emit statusChanged();
    emit cellsChanged(allItems()); // what can be edited follows the status
    return {};
}

void EditSession::retranslate()
{
    if (!isOpen())
        return;
    m_findings->revalidate();
    if (const auto fresh = SubmissionFindings::outliersOf(m_store, submissionId()))
        m_findings->replaceOutliers(allItems(), fresh.value());
    emit cellsChanged(allItems());
    emit findingsChanged();
}

QList<int> EditSession::allItems() const
{
    QList<int> all(size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

} // namespace pardesk
