#pragma once
// What an import of a self-assessment read from a file (a .pardesk package, a filled XLSX
// template), before anything is written: whose it is, resolved against the store, and the points,
// explanations and evidence it brings, each checked against the criteria set as it is added, with
// where it stands in the file for the messages.

#include "assessment/AssessmentPeriod.h"
#include "assessment/CriteriaSet.h"
#include "signing/SignatureOutcome.h"
#include "store/SelfAssessments.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

class Store;

// Whose self-assessment a file is, as the file names it.
struct AssessmentIdentity {
    QString setKey;
    QString agencyKey;
    QString period;
};

// The identity checked against the store: the set and the agency exist (an agency of the set's
// province, when the set is a province's), the period is a month, a quarter or a year. A package
// carries its criteria set: a set the store does not have yet is taken from the package (checked as
// an imported set is) and stored with the self-assessment; a set it has is the stored one.
struct AssessmentTarget {
    Q_DECLARE_TR_FUNCTIONS(AssessmentTarget)
public:
    CriteriaSet set;
    qint64 agencyId = 0;
    QString agencyKey;
    QString agencyName;
    AssessmentPeriod period;
    std::optional<AssessmentHeader> existing; // the self-assessment stored already, if any
    bool setArrives = false;   // `set` is the package's, not stored yet: imported with the self-assessment
    QStringList setDiffers;    // codes where the package's set differs from the stored set of its key

    // `carried`: the set the file brings, if it brings one (a package; a template names only the key).
    static Result<AssessmentTarget> resolve(const Store &store, const AssessmentIdentity &identity, const QString &fileName,
                                            const std::optional<CriteriaSet> &carried = std::nullopt);
};

struct SourceScore {
    AssessmentScore score; // code, points, explanation
    QString where;         // "file, score 3" / "file, sheet S, row 12"
};

struct SourceEvidence {
    ReceivedEvidence received;
    QString where;
};

class AssessmentSource {
    Q_DECLARE_TR_FUNCTIONS(AssessmentSource)
public:
    QString fileName;
    QString digest; // the package's SHA-256 (as sealed), or the workbook's bytes'
    AssessmentTarget target;
    QString status = QStringLiteral("draft"); // what it arrives as: draft or submitted
    QList<SourceScore> scores;
    QList<SourceEvidence> evidence;
    std::optional<SignatureOutcome> signature; // a package's, as the store's register judged it
    QString exportedBy;
    QString exportedAt;

    // Each refused with a message naming `where` and the code: a code the set does not have, one
    // given twice, points that ScoreRules refuses (its own words), points on a survey
    // sub-criterion, an explanation over the length of a note.
    Status addScore(const QString &where, const QString &code, double points, const QString &explanation);
    // A file whose bytes are not its SHA-256 or its size, over SelfAssessments::kMaxEvidenceBytes,
    // empty or with a name that is a path is refused; one given twice is kept once.
    Status addFile(const QString &where, const QString &code, const QString &name, const QString &sha256, qint64 size,
                   const QByteArray &content);
    Status addDocument(const QString &where, const QString &code, const QString &number, const QString &date);

    // What SelfAssessments::receive writes.
    ReceivedAssessment received() const;

private:
    Result<const CriteriaNode *> subCriterion(const QString &where, const QString &code) const;
    Status addEvidence(const QString &where, const Evidence &e, const QByteArray &content);
};

} // namespace pardesk
