#pragma once
// What the document, target and task dialogs share: OK reads the fields, checks them, marks each
// field that is wrong and stays open; when all is well it hands the record to `save` and closes
// only if the write succeeded (a failure is shown in the dialog, nothing typed is lost). A write
// refused because the record changed since the dialog read it offers "Reload": the dialog closes
// and a fresh one shows the record as the store holds it now, with what the user typed kept
// (RecordMerge).

#include "editing/RecordMerge.h"
#include "store/PlanChecks.h"
#include "util/Result.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pardesk {

class FieldForm;

class RecordDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecordDialog(QWidget *parent = nullptr);

    void accept() override;

    // Tests: which field is marked, and what its message says.
    bool isMarked(const QString &field) const;
    QString issue(const QString &field) const;
    QString error() const; // the write's failure, if it failed
    QPushButton *reloadButton() const { return m_reload; } // shown after a save refused as stale

    // After a refused save, `changed` tells whether the record changed in the store since the
    // dialog read it; if so "Reload" is offered, and does `reload` once this dialog closed (open a
    // fresh dialog for the same record).
    void offerReload(std::function<bool()> changed, std::function<void()> reload)
    {
        m_changedInStore = std::move(changed);
        m_reloadRecord = std::move(reload);
    }
    // After a reload that kept what the user typed: says so, and marks the fields someone else
    // changed too, with what they stored, for the user to decide before saving again.
    void showChangedMeanwhile(const QList<ChangedMeanwhile> &conflicts);

protected:
    // Reads the fields into the record the dialog edits; issues for text that is not what a field
    // takes ("abc" as a number).
    virtual QList<FieldIssue> read() = 0;
    // The record's issues (PlanEditor::check).
    virtual QList<FieldIssue> check() const = 0;
    virtual Status save() = 0;
    virtual void retranslate() = 0;

    void addForm(FieldForm *form); // forms whose fields issues can mark, in the order they are shown
    QVBoxLayout *body() const { return m_body; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void changeEvent(QEvent *event) override;

    // Called when a marked field lies on a page that is hidden (a tab): show that page.
    std::function<void(QWidget *)> revealField;

private:
    void retranslateButtons();

    QVBoxLayout *m_body;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reload;
    std::function<bool()> m_changedInStore;
    std::function<void()> m_reloadRecord;
    QList<FieldForm *> m_forms;
};

} // namespace pardesk
