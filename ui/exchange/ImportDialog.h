#pragma once
// The preview of an import, before anything is written: whose submission the file is, the rows
// recognised, the rows ignored and why, the values that change, and the validation findings. The
// user imports, replaces (when the submission exists) or cancels.

#include "exchange/ImportPreview.h"

#include <QDialog>

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

    // Tests: the next dialog is answered with `accept` without being shown.
    static void setNextAnswer(bool accept);
    // Shows the dialog (or takes the queued answer); true when the user chose to write.
    static bool confirm(const ImportPreview &preview, QWidget *parent);

private:
    QTableWidget *table(const QStringList &headers, int rows);

    QTabWidget *m_tabs;
    QPushButton *m_import;
};

} // namespace pardesk
