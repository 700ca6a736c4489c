#pragma once
// The preview of an import, before anything is written: whose submission the file is, the rows
// recognised, the rows ignored and why, the values that change, and the validation findings; for a
// package, its signature, when the office counts it as received and when the package says it was
// submitted. The user imports, replaces (when the submission exists) or cancels; a package signed
// with a certificate that no register knows is imported only once the user ticks that it is trusted.

#include "exchange/SubmissionImport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace pardesk {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const ImportPreview &preview, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *importButton() const { return m_import; } // "Import", or "Replace" when the submission exists
    QCheckBox *trustBox() const { return m_trust; }        // only for a certificate that no register knows

    // Tests: the next dialog is answered with `accept` (and the trust box ticked or not) without being shown.
    static void setNextAnswer(bool accept, bool trustNewCertificate = false);
    // Shows the dialog (or takes the queued answer); what the user chose to write with, or nullopt.
    static std::optional<SubmissionImport::Trust> confirm(const ImportPreview &preview, QWidget *parent);

private:
    QTableWidget *table(const QStringList &headers, int rows);

    QTabWidget *m_tabs;
    QPushButton *m_import;
    QCheckBox *m_trust = nullptr;
};

} // namespace pardesk
