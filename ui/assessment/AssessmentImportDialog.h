#pragma once
// The preview of a self-assessment's import (a package, a filled template), before anything is
// written: whose it is, new or replacing and the status it arrives with, each sub-criterion whose
// points or explanation change (now → in the file), the evidence it adds, what the result still
// lacks (AssessmentFindings), and what stops it (an appraised self-assessment is never replaced).

#include "exchange/AssessmentImportPreview.h"
#include "exchange/PreviewDialog.h"

namespace pardesk {

class AssessmentImportDialog : public PreviewDialog {
    Q_OBJECT
public:
    explicit AssessmentImportDialog(const AssessmentImportPreview &preview, QWidget *parent = nullptr);

    // Shows the dialog (or takes the queued answer, PreviewDialog::setNextAnswer); nullopt when cancelled.
    static std::optional<AssessmentImport::Trust> confirm(const AssessmentImportPreview &preview, QWidget *parent);
};

} // namespace pardesk
