#pragma once
// Creates or edits a document: number, kind, date, issuer, province, year, title, legal basis.

#include "domain/Records.h"
#include "plans/RecordDialog.h"
#include "store/PlanEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pardesk {

class FieldForm;

class DocumentDialog : public RecordDialog {
    Q_OBJECT
public:
    // `document.id` 0: a new document. `save` writes it (and puts the command on the undo stack).
    DocumentDialog(PlanEditor editor, const Document &document, std::function<Status(const Document &)> save,
                   QWidget *parent = nullptr);

    const Document &document() const { return m_document; }

    QLineEdit *numberEdit() const { return m_number; }
    QPlainTextEdit *titleEdit() const { return m_title; }

protected:
    QList<FieldIssue> read() override;
    QList<FieldIssue> check() const override;
    Status save() override;
    void retranslate() override;

private:
    PlanEditor m_editor;
    Document m_document;
    std::function<Status(const Document &)> m_save;
    FieldForm *m_form;
    QLineEdit *m_number;
    QComboBox *m_type;
    QLineEdit *m_typeLabel;
    QLineEdit *m_issued;
    QLineEdit *m_issuer;
    QComboBox *m_province;
    QLineEdit *m_year;
    QPlainTextEdit *m_title;
    QPlainTextEdit *m_legalBasis;
};

} // namespace pardesk
