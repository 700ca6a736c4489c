#pragma once
// Writes an import that the user saw in its preview: one transaction that creates the submission
// or, when asked, replaces the one stored (audited with what it held), or writes nothing.

#include "exchange/ImportPreview.h"

namespace pardesk {

class Store;

struct ImportOutcome {
    qint64 submissionId = 0;
    bool replaced = false;
    QString receivedAt;                        // as stored (ISO 8601, UTC)
    std::optional<SignatureOutcome> signature; // a package's, as recorded (trusted on first use included)
};

class SubmissionImport {
    Q_DECLARE_TR_FUNCTIONS(SubmissionImport)
public:
    enum class Existing { Refuse, Replace };
    // A package signed with a certificate that no register vouches for is imported only when the
    // official, having checked its fingerprint with the agency, trusts it (it is then registered
    // for the agency, in the same transaction).
    enum class Trust { KnownOnly, TrustNew };

    // The import marks the submission as received: submitted, submitted_at as the source claims it
    // (or now), received_at when the office received it (SignatureOutcome::receivedAt: a trusted
    // signing time, or now), which is what timeliness is judged by. A submission that exists is
    // refused unless `existing` is Replace; also when it appeared after the preview was made.
    // Marked sent, it follows SubmitRule as "Gửi" does: with errors left, it needs the source's
    // explanation, or `explanation` (the official's, asked for by the GUI), else nothing is written.
    static Result<ImportOutcome> apply(const Store &store, const ImportPreview &preview, Existing existing,
                                       Trust trust = Trust::KnownOnly, const QString &explanation = {});

    // The message for a package whose certificate no register vouches for, imported without trust.
    static QString unknownCertificateMessage(const ImportPreview &preview);

    // The message for a submission that exists and was not to be replaced.
    static QString existsMessage(const ImportPreview &preview);
};

} // namespace pardesk
