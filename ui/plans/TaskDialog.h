#pragma once
// Creates or edits a task: its document, group, text, agencies, timeframe, deadline, expected
// output, the target it serves and its status.

#include "domain/Records.h"
#include "plans/RecordDialog.h"
#include "store/PlanEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pardesk {

class FieldForm;

class TaskDialog : public RecordDialog {
    Q_OBJECT
public:
    // `task.id` 0: a new task (of `task.documentKey` when set). `save` writes it and puts the
    // command on the undo stack.
    TaskDialog(PlanEditor editor, const Task &task, std::function<Status(const Task &)> save, QWidget *parent = nullptr);

    const Task &task() const { return m_task; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *deadlineEdit() const { return m_deadline; }
    QComboBox *statusBox() const { return m_status; }

protected:
    QList<FieldIssue> read() override;
    QList<FieldIssue> check() const override;
    Status save() override;
    void retranslate() override;

private:
    void fillTargets();

    PlanEditor m_editor;
    Task m_task;
    std::function<Status(const Task &)> m_save;
    FieldForm *m_form;
    QComboBox *m_document;
    QLineEdit *m_stt;
    QLineEdit *m_group;
    QPlainTextEdit *m_text;
    QLineEdit *m_lead;
    QLineEdit *m_coordinating;
    QLineEdit *m_timeframe;
    QLineEdit *m_deadline;
    QPlainTextEdit *m_output;
    QComboBox *m_target;
    QComboBox *m_status;
};

} // namespace pardesk
