#pragma once
// The preview of an import, before anything is written: whose submission the file is, the rows
// recognised, the rows ignored and why, the values that change, and the validation findings; for a
// package, its signature, when the office counts it as received and when the package says it was
// submitted. The user imports, replaces (when the submission exists) or cancels; a package signed
// with a certificate that no register knows is imported only once the user ticks that it is trusted.

#include "exchange/PreviewDialog.h"
#include "exchange/SubmissionImport.h"

namespace pardesk {

class ImportDialog : public PreviewDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const ImportPreview &preview, QWidget *parent = nullptr);

    // Shows the dialog (or takes the queued answer); what the user chose to write with, or nullopt.
    static std::optional<SubmissionImport::Trust> confirm(const ImportPreview &preview, QWidget *parent);
};

} // namespace pardesk
