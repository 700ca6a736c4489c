#pragma once
// File › Print Appendix…: choose the table (plan, tasks, statistics form, progress, comparison, a
// self-assessment or its appraisal, the agencies' ranking) and its parameters, then preview it,
// print it or export it (PDF, ODT, XLSX, CSV by the file's suffix).

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pardesk {

class Store;

class PrintAppendixDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Plan, Tasks, Form, Progress, Comparison, Assessment, Ranking };

    // `viewKey` and `selection` preselect what the current area shows (AppView::printSelection): a
    // plan in "plans", a submission in "submissions", in "assessment" a map naming the table
    // ("assessment" with its id and "appraisal", or "ranking" with "province" and "year").
    PrintAppendixDialog(Store &db, const QString &viewKey, const QVariant &selection, QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    // The table as chosen: the number and the place and date typed here replace the document's
    // (dotted blanks when neither has them), with the signature block when a signer's role is given.
    Result<AppendixTable> table() const;

    void preview();
    void print();
    // Asks for a file (FileDialog) and writes it; reports failures in a message box.
    void exportToFile();

private:
    void fillChoices();
    void updateFields();
    void preselect(const QString &viewKey, const QVariant &selection);
    void showError(const QString &message);

    Store &m_db;
    QFormLayout *m_form;
    QComboBox *m_kind, *m_document, *m_submission, *m_assessment, *m_province;
    QLineEdit *m_period, *m_number, *m_placeAndDate, *m_signRole, *m_signName;
    QSpinBox *m_year;
    QCheckBox *m_empty, *m_findings, *m_appraisal;
    QPushButton *m_preview, *m_print, *m_export;
};

} // namespace pardesk
