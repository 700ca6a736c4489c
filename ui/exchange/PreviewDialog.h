#pragma once
// What the previews of an import share (a submission's, ImportDialog; a self-assessment's,
// AssessmentImportDialog): a summary on top, a package's signature with, for a certificate that no
// register knows, the box that trusts it; tabs of read-only tables; what stops the import, in red;
// and Import (Replace, never the default, when it replaces) or Cancel. Tests answer it unshown.

#include "exchange/SubmissionImport.h"
#include "signing/SignatureOutcome.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QPushButton;
class QTabWidget;

namespace pardesk {

class PreviewDialog : public QDialog {
    Q_OBJECT
public:
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *importButton() const { return m_import; } // "Import", or "Replace"
    QCheckBox *trustBox() const { return m_trust; }        // only for a certificate that no register knows

    // Tests: the next dialog is answered with `accept` (and the trust box ticked or not) without being shown.
    static void setNextAnswer(bool accept, bool trustNewCertificate = false);

protected:
    PreviewDialog(const QString &fileName, QWidget *parent);
    // A tab named `title` holding a read-only table.
    void addTable(const QString &title, const QStringList &headers, const QList<QStringList> &rows);
    // Lays the dialog out once its tabs are added. `errors` are shown and disable the import.
    void finish(const QString &summary, const std::optional<SignatureOutcome> &signature, const QString &agencyName,
                bool replaces, const QStringList &errors = {});
    // The queued answer, or the dialog shown: nullopt when cancelled or when it may not import;
    // otherwise whether the user trusted an unknown certificate.
    std::optional<SubmissionImport::Trust> ask();

private:
    QTabWidget *m_tabs;
    QPushButton *m_import = nullptr;
    QCheckBox *m_trust = nullptr;
};

} // namespace pardesk
