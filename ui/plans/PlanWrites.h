#pragma once
// The writes the plans and tasks views offer: each opens its dialog (or asks before a delete that
// takes more with it), writes through PlanEditor and puts an undoable command on the stack.
// Dialogs are opened window-modal with open(), never exec(), so tests can fill them in.

#include "plans/PlanCommand.h"
#include "store/PlanEditor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QDialog;
class QUndoStack;
class QWidget;

namespace pardesk {

class Store;
class DocumentDialog;
class TargetDialog;
class TaskDialog;

class PlanWrites : public QObject {
    Q_OBJECT
public:
    // Dialogs and questions are children of `parent`.
    PlanWrites(Store &db, QUndoStack *undo, QWidget *parent);

    DocumentDialog *newDocument(const QString &province);
    // What an edit dialog held when its save was refused as stale: the record as it read it, and as
    // the user typed it. A reload shows the record as stored now with the typed changes kept.
    template <typename Record>
    struct Typed {
        Record read;
        Record typed;
    };

    // One edit dialog per record: asking again for a record being edited raises its dialog. A dialog
    // whose save is refused because the record changed meanwhile offers to reload it.
    DocumentDialog *editDocument(qint64 id, const std::optional<Typed<Document>> &keep = {});
    // A document with targets or tasks is deleted only after the user confirms (a question box).
    void deleteDocument(qint64 id);
    TargetDialog *newTarget(const QString &documentKey);
    TargetDialog *editTarget(qint64 id, const std::optional<Typed<Target>> &keep = {});
    void deleteTarget(qint64 id);
    TaskDialog *newTask(const QString &documentKey);
    TaskDialog *editTask(qint64 id, const std::optional<Typed<Task>> &keep = {});
    void deleteTask(qint64 id);
    void setTaskStatus(qint64 id, const QString &status);

signals:
    void failed(const QString &message);
    // A record was created or changed through a dialog: the view may select it.
    void written(pardesk::PlanEntity entity, qint64 id);

private:
    template <typename Record>
    Status create(const QList<Record> &records, const QString &text);
    template <typename Record>
    Status update(const Record &before, const Record &after, const QString &text);
    void remove(PlanEntity entity, qint64 id, const QString &text);
    ErrorSink errorSink();
    // The dialog already editing this record, raised; nullptr when there is none.
    template <typename Dialog>
    Dialog *raiseEditor(PlanEntity entity, qint64 id);
    // Remembers `dialog` as the editor of the record until it closes; its reload opens a fresh one.
    template <typename Dialog, typename Record>
    Dialog *track(const Record &asRead, Dialog *dialog);


    PlanEditor m_editor;
    QHash<std::pair<int, qint64>, QPointer<QDialog>> m_editors; // (entity, id) → its open dialog
    QUndoStack *m_undo;
    QWidget *m_parent;
};

} // namespace pardesk
