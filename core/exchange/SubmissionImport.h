#pragma once
// Writes an import that the user saw in its preview: one transaction that creates the submission
// or, when asked, replaces the one stored (audited with what it held), or writes nothing.

#include "exchange/ImportPreview.h"

namespace pardesk {

struct ImportOutcome {
    qint64 submissionId = 0;
    bool replaced = false;
};

class SubmissionImport {
    Q_DECLARE_TR_FUNCTIONS(SubmissionImport)
public:
    enum class Existing { Refuse, Replace };

    // The import marks the submission as received: submitted, at the source's submission time or
    // now. A submission that exists is refused unless `existing` is Replace; also when it appeared
    // after the preview was made.
    static Result<ImportOutcome> apply(QSqlDatabase db, const ImportPreview &preview, Existing existing);

    // The message for a submission that exists and was not to be replaced.
    static QString existsMessage(const ImportPreview &preview);
};

} // namespace pardesk
