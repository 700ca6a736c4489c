#pragma once
// What importing a self-assessment (a package, a filled template) would do, shown before anything
// is written: a new self-assessment or the one it replaces, the status before and after, per
// sub-criterion the points and explanation before → after, the evidence it adds (and how much it
// holds already), what AssessmentFindings says of the result, and why it may not be written (an
// appraised self-assessment takes no import).

#include "assessment/AssessmentFindings.h"
#include "exchange/AssessmentSource.h"
#include "exchange/SubmissionImport.h"

#include <QCoreApplication>
#include <QStringList>

namespace pardesk {

class Store;

struct ScoreChange {
    QString code;
    QString label;
    std::optional<double> pointsBefore;
    std::optional<double> pointsAfter;
    QString explanationBefore;
    QString explanationAfter;
};

class AssessmentImportPreview {
    Q_DECLARE_TR_FUNCTIONS(AssessmentImportPreview)
public:
    static Result<AssessmentImportPreview> build(const Store &store, AssessmentSource source);

    const AssessmentSource &source() const { return m_source; }
    const AssessmentTarget &target() const { return m_source.target; }
    bool replaces() const { return m_source.target.existing.has_value(); }
    QString statusBefore() const { return replaces() ? m_source.target.existing->status : QString(); }
    QString statusAfter() const { return m_source.status; }
    const QList<ScoreChange> &changes() const { return m_changes; } // the sub-criteria whose points or explanation change
    const QList<SourceEvidence> &evidenceAdded() const { return m_added; }
    int evidenceHeld() const { return m_held; } // in the file and stored already: not added again
    const QList<AssessmentFinding> &findings() const { return m_findings; }
    // Why it may not be written, each naming the file; empty when it may.
    const QStringList &errors() const { return m_errors; }

private:
    AssessmentImportPreview() = default;
    AssessmentSource m_source;
    QList<ScoreChange> m_changes;
    QList<SourceEvidence> m_added;
    int m_held = 0;
    QList<AssessmentFinding> m_findings;
    QStringList m_errors;
};

struct AssessmentImportOutcome {
    qint64 assessmentId = 0;
    bool replaced = false;
    std::optional<SignatureOutcome> signature; // as recorded (trusted on first use included)
};

class AssessmentImport {
public:
    // As a submission's: a package signed with a certificate that no register vouches for is
    // imported only when the official, having checked its fingerprint, trusts it.
    using Trust = SubmissionImport::Trust;
    // Writes what the preview showed (SelfAssessments::receive), or nothing: refused when the
    // preview has errors, an unknown certificate is not trusted, or the store changed meanwhile.
    static Result<AssessmentImportOutcome> apply(const Store &store, const AssessmentImportPreview &preview,
                                                 Trust trust = Trust::KnownOnly);
};

} // namespace pardesk
