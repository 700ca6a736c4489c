#include "plans/PlanWrites.h"

#include "plans/CreateRecordsCommand.h"
#include "plans/DocumentDialog.h"
#include "plans/PlanFormat.h"
#include "plans/RemoveRecordsCommand.h"
#include "plans/TargetDialog.h"
#include "plans/TaskDialog.h"
#include "plans/UpdateRecordCommand.h"
#include "store/PlanUpdate.h"
#include "store/Store.h"

#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QUndoStack>

namespace pardesk {
namespace {

template <typename Dialog>
Dialog *opened(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// What an edit dialog shows: the record as stored or, after a reload, as stored with what the user
// had typed kept (RecordMerge), and the fields both changed.
template <typename Record>
MergedEdit<Record> shownRecord(const Record &stored, const std::optional<PlanWrites::Typed<Record>> &keep)
{
    return keep ? mergeEdit(keep->read, keep->typed, stored) : MergedEdit<Record>{stored, {}};
}

template <typename Dialog>
Dialog *markedAfterReload(Dialog *dialog, bool reloaded, const QList<ChangedMeanwhile> &conflicts)
{
    if (reloaded)
        dialog->showChangedMeanwhile(conflicts);
    return dialog;
}

// What the user typed into an edit dialog whose save was refused (read() ran on Save).
std::optional<Document> typedIn(const DocumentDialog &d) { return d.document(); }
std::optional<Target> typedIn(const TargetDialog &d)
{
    return d.targets().isEmpty() ? std::nullopt : std::optional<Target>(d.targets().first());
}
std::optional<Task> typedIn(const TaskDialog &d) { return d.task(); }

} // namespace

PlanWrites::PlanWrites(Store &db, QUndoStack *undo, QWidget *parent)
    : QObject(parent), m_editor(db.planEditor()), m_undo(undo), m_parent(parent)
{
}

ErrorSink PlanWrites::errorSink()
{
    QPointer<PlanWrites> self(this);
    return [self](const QString &message) {
        if (self)
            emit self->failed(message);
    };
}

template <typename Record>
Status PlanWrites::create(const QList<Record> &records, const QString &text)
{
    const auto ids = m_editor.create(records);
    if (!ids)
        return ids.failure();
    m_undo->push(new CreateRecordsCommand(m_editor, entityOf<Record>(), ids.value(), text, errorSink()));
    emit written(entityOf<Record>(), ids->first());
    return {};
}

template <typename Dialog>
Dialog *PlanWrites::raiseEditor(PlanEntity entity, qint64 id)
{
    auto *open = qobject_cast<Dialog *>(m_editors.value({int(entity), id}).data());
    if (open) {
        open->raise();
        open->activateWindow();
    }
    return open;
}

template <typename Dialog, typename Record>
Dialog *PlanWrites::track(const Record &asRead, Dialog *dialog)
{
    const PlanEntity entity = entityOf<Record>();
    const qint64 id = asRead.id;
    const std::pair<int, qint64> key{int(entity), id};
    m_editors.insert(key, dialog);
    connect(dialog, &QDialog::finished, this, [this, key, dialog] {
        if (m_editors.value(key) == dialog)
            m_editors.remove(key);
    });
    const auto changed = [editor = m_editor, asRead] {
        const auto same = unchangedSince(editor, asRead);
        return same && !same.value();
    };
    dialog->offerReload(changed, [this, asRead, closing = QPointer<Dialog>(dialog)] {
        // Called as the refused dialog closes: what it holds is what the user typed.
        std::optional<Typed<Record>> keep;
        if (closing)
            if (const std::optional<Record> typed = typedIn(*closing))
                keep = Typed<Record>{asRead, *typed};
        if constexpr (std::is_same_v<Record, Document>)
            editDocument(asRead.id, keep);
        else if constexpr (std::is_same_v<Record, Target>)
            editTarget(asRead.id, keep);
        else
            editTask(asRead.id, keep);
    });
    return dialog;
}


template <typename Record>
Status PlanWrites::update(const Record &before, const Record &after, const QString &text)
{
    // `before` is the record as the dialog read it: the store refuses the write if it changed since.
    if (const Status s = updateUnlessChanged(m_editor, after, before); !s)
        return s;
    const auto stored = readRecord<Record>(m_editor, after.id);
    m_undo->push(new UpdateRecordCommand<Record>(m_editor, before, after, stored ? stored.value() : after, text, errorSink()));
    emit written(entityOf<Record>(), after.id);
    return {};
}

void PlanWrites::remove(PlanEntity entity, qint64 id, const QString &text)
{
    auto removed = m_editor.remove(entity, {id});
    if (!removed) {
        emit failed(removed.error());
        return;
    }
    m_undo->push(new RemoveRecordsCommand(m_editor, std::move(removed.value()), text, errorSink()));
}

DocumentDialog *PlanWrites::newDocument(const QString &province)
{
    Document d;
    d.type = QStringLiteral("plan");
    d.province = province;
    return opened(new DocumentDialog(m_editor, d, [this](const Document &created) {
        return create(QList<Document>{created}, tr("Create document %1").arg(created.number));
    }, m_parent));
}

DocumentDialog *PlanWrites::editDocument(qint64 id, const std::optional<Typed<Document>> &keep)
{
    if (auto *open = raiseEditor<DocumentDialog>(PlanEntity::Document, id))
        return open;
    const auto before = m_editor.document(id);
    if (!before) {
        emit failed(before.error());
        return nullptr;
    }
    const MergedEdit<Document> shown = shownRecord(before.value(), keep);
    return markedAfterReload(opened(track(before.value(), new DocumentDialog(m_editor, shown.record, [this, was = before.value()](const Document &after) {
        return update(was, after, tr("Edit document %1").arg(after.number));
    }, m_parent))), keep.has_value(), shown.conflicts);
}

void PlanWrites::deleteDocument(qint64 id)
{
    const auto document = m_editor.document(id);
    if (!document) {
        emit failed(document.error());
        return;
    }
    const QString text = tr("Delete document %1").arg(document->number);
    if (document->targetCount == 0 && document->taskCount == 0) {
        remove(PlanEntity::Document, id, text);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete document"),
                                tr("Delete %1 %2 with its %n target(s) and %3 task(s)?", nullptr, document->targetCount)
                                    .arg(document->typeLabel, document->number)
                                    .arg(document->taskCount),
                                QMessageBox::Yes | QMessageBox::No, m_parent);
    box->setInformativeText(tr("Edit ▸ Undo brings them back."));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->button(QMessageBox::No)->setText(tr("&Keep"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id, text] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            remove(PlanEntity::Document, id, text);
    });
    box->open();
}

TargetDialog *PlanWrites::newTarget(const QString &documentKey)
{
    Target t;
    t.documentKey = documentKey;
    t.direction = Direction::Higher;
    t.kind = TargetKind::Level;
    if (const auto documents = m_editor.plans().documents())
        for (const Document &d : documents.value())
            if (d.key == documentKey)
                t.plan = d.number;
    return opened(new TargetDialog(m_editor, t, [this](const QList<Target> &targets) {
        return create(targets, tr("Create target %1", nullptr, int(targets.size())).arg(targets.first().stt));
    }, m_parent));
}

TargetDialog *PlanWrites::editTarget(qint64 id, const std::optional<Typed<Target>> &keep)
{
    if (auto *open = raiseEditor<TargetDialog>(PlanEntity::Target, id))
        return open;
    const auto before = m_editor.target(id);
    if (!before) {
        emit failed(before.error());
        return nullptr;
    }
    const MergedEdit<Target> shown = shownRecord(before.value(), keep);
    return markedAfterReload(opened(track(before.value(), new TargetDialog(m_editor, shown.record, [this, was = before.value()](const QList<Target> &after) {
        return update(was, after.first(), tr("Edit target %1").arg(after.first().stt));
    }, m_parent))), keep.has_value(), shown.conflicts);
}

void PlanWrites::deleteTarget(qint64 id)
{
    const auto target = m_editor.target(id);
    if (!target) {
        emit failed(target.error());
        return;
    }
    remove(PlanEntity::Target, id, tr("Delete target %1").arg(target->stt));
}

TaskDialog *PlanWrites::newTask(const QString &documentKey)
{
    Task t;
    t.documentKey = documentKey;
    t.status = QStringLiteral("open");
    return opened(new TaskDialog(m_editor, t, [this](const Task &created) {
        return create(QList<Task>{created}, tr("Create task"));
    }, m_parent));
}

TaskDialog *PlanWrites::editTask(qint64 id, const std::optional<Typed<Task>> &keep)
{
    if (auto *open = raiseEditor<TaskDialog>(PlanEntity::Task, id))
        return open;
    const auto before = m_editor.task(id);
    if (!before) {
        emit failed(before.error());
        return nullptr;
    }
    const MergedEdit<Task> shown = shownRecord(before.value(), keep);
    return markedAfterReload(opened(track(before.value(), new TaskDialog(m_editor, shown.record, [this, was = before.value()](const Task &after) {
        return update(was, after, tr("Edit task"));
    }, m_parent))), keep.has_value(), shown.conflicts);
}

void PlanWrites::deleteTask(qint64 id)
{
    remove(PlanEntity::Task, id, tr("Delete task"));
}

void PlanWrites::setTaskStatus(qint64 id, const QString &status)
{
    const auto before = m_editor.task(id);
    if (!before) {
        emit failed(before.error());
        return;
    }
    if (before->status == status)
        return;
    Task after = before.value();
    after.status = status;
    if (const Status s = update(before.value(), after, tr("Set task status to %1").arg(PlanFormat::taskStatusName(status))); !s)
        emit failed(s.error());
}

} // namespace pardesk
