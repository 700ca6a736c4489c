#pragma once
// Asks why a submission is sent with errors left in it; the answer is stored with the submission
// (submissions.explanation). Tests answer it through a hook instead of leaving it modal.

#include "validation/Finding.h"

#include <QDialog>
#include <functional>
#include <optional>

class QPlainTextEdit;
class QPushButton;

namespace pardesk {

class ExplanationDialog : public QDialog {
    Q_OBJECT
public:
    ExplanationDialog(const QList<Finding> &errors, QWidget *parent = nullptr);

    QString explanation() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *submitButton() const { return m_submit; }

    // The explanation, or nothing when the user cancelled.
    static std::optional<QString> ask(const QList<Finding> &errors, QWidget *parent);
    // While set, ask() shows the dialog and hands it to the hook, which answers and closes it.
    static void setTestHook(std::function<void(ExplanationDialog &)> hook);

private:
    QPlainTextEdit *m_editor;
    QPushButton *m_submit;
};

} // namespace pardesk
