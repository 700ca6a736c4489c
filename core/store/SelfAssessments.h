#pragma once
// The agencies' self-assessments (tự chấm điểm) against a criteria set: creating one for a period,
// its points and explanations, its evidence (a file kept in the store with its SHA-256, or a
// document number and date), and its status draft → submitted → appraised, withdrawn to draft
// before the appraisal. Every write is one transaction with its audit row; only a draft takes
// points and evidence, only a submitted one takes the council's appraisal.

#include "assessment/CriteriaSet.h"
#include "store/WriteOrigin.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace pardesk {

class Transaction;
struct AssessmentPeriod;

struct AssessmentHeader {
    qint64 id = 0;
    qint64 setId = 0;
    QString setKey;
    qint64 agencyId = 0;
    QString agencyKey;
    QString agencyName;
    QString province;
    QString period; // the key ("202403", "2024Q1", "2024")
    QString status; // draft, submitted, appraised
    QString updatedAt;
};

struct AssessmentScore {
    QString code;
    std::optional<double> points; // self-scored
    QString explanation;
    std::optional<double> appraised; // by the council
    QString comment;
};

struct Evidence {
    qint64 id = 0;
    QString code;
    QString kind; // "file" or "document"
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString documentNumber;
    QString documentDate;

    static Evidence file(const QString &code, const QString &fileName, const QString &sha256 = {}, qint64 size = 0)
    {
        return Evidence{0, code, QStringLiteral("file"), fileName, sha256, size, {}, {}};
    }
    static Evidence document(const QString &code, const QString &number, const QString &date)
    {
        return Evidence{0, code, QStringLiteral("document"), {}, {}, 0, number.trimmed(), date};
    }
};

struct Appraisal {
    QString code;
    double points = 0;
    QString comment;
};

// When a self-assessment was appraised and by whom (the audit log's user); empty where unknown.
struct AppraisalStamp {
    QString at; // ISO 8601, UTC
    QString by;
};

// An evidence as an import brings it: a file with its bytes, or a document number and date.
struct ReceivedEvidence {
    Evidence evidence; // id unused
    QByteArray content;
};

// A self-assessment as an import brings it (a package, a filled template), read and checked by
// core/exchange; SelfAssessments::receive checks it again inside its transaction.
struct ReceivedAssessment {
    qint64 setId = 0;                  // 0 when the set arrives with it (newSet)
    std::optional<CriteriaSet> newSet; // a set the store lacks, from the package: stored first, in the same transaction
    qint64 agencyId = 0;
    QString period;
    QString status = QStringLiteral("draft"); // draft or submitted
    std::optional<qint64> existing;            // what the preview found; another finding now is refused
    // The self-scored points (each has points) and explanations the result holds: the ones stored
    // for other sub-criteria are removed (a survey's points stay, they are not the agency's).
    QList<AssessmentScore> scores;
    QList<ReceivedEvidence> evidence; // added unless held already (sameEvidence)
    QJsonObject audit;                // the file, its digest, a signature: recorded in the import's audit row
};

class SelfAssessments {
    Q_DECLARE_TR_FUNCTIONS(SelfAssessments)
public:
    // An evidence file larger than this is refused: the store travels by e-mail and USB stick.
    static constexpr qint64 kMaxEvidenceBytes = 10 * 1024 * 1024;

    explicit SelfAssessments(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> create(qint64 setId, qint64 agencyId, const QString &period) const;
    Result<AssessmentHeader> header(qint64 id) const;
    // Filtered by agency (id) and period key when given; by id.
    Result<QList<AssessmentHeader>> list(std::optional<qint64> agencyId = {}, const QString &period = {}) const;
    Result<QList<AssessmentScore>> scores(qint64 id) const;
    Result<QList<Evidence>> evidence(qint64 id) const;
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;
    Result<std::optional<qint64>> find(qint64 setId, qint64 agencyId, const QString &period) const;
    Result<AppraisalStamp> appraisal(qint64 id) const;
    // Why an appraised self-assessment takes no import: it was appraised, by whom and when if known.
    static QString appraisedMessage(const AssessmentHeader &h, const AppraisalStamp &stamp);
    // Whether `e` is held already: a file of the same code and SHA-256, a document of the same code,
    // number and date.
    static bool sameEvidence(const Evidence &a, const Evidence &b);

    // What a writer saw stored for a sub-criterion (the grid's view of it). Given to a write, the
    // write is refused, naming the other's score, when the store holds another by now (someone else
    // scored it meanwhile, on another PC or window), instead of silently replacing it.
    struct SeenScore {
        std::optional<double> points;
        QString explanation;
    };

    // Refused with the rule's words (ScoreRules) when the points are off the sub-criterion's range
    // or levels; a survey sub-criterion is not self-scored. `origin`: an undo or redo is audited as
    // such ("undo_score"), as a report's cells are.
    Status setScore(qint64 id, const QString &code, double points, const QString &explanation,
                    const std::optional<SeenScore> &seen = std::nullopt, WriteOrigin origin = WriteOrigin::Edit) const;
    // Removes a draft's points and explanation of `code`, as before they were first typed: what an
    // undo of that first score writes (the grid never removes a score otherwise).
    Status clearScore(qint64 id, const QString &code, const std::optional<SeenScore> &seen = std::nullopt,
                      WriteOrigin origin = WriteOrigin::Edit) const;
    // The points of a survey sub-criterion, entered by the office that organises the survey (not the
    // agency): while the self-assessment is a draft or submitted, within the sub-criterion's range;
    // none removes them (what an undo of the first entry writes). On a server only the province's
    // logins (and the store's owner) enter them. Audited as "survey" and "clear-survey".
    Status setSurveyPoints(qint64 id, const QString &code, std::optional<double> points,
                           const std::optional<SeenScore> &seen = std::nullopt, WriteOrigin origin = WriteOrigin::Edit) const;
    Status addFile(qint64 id, const QString &code, const QString &fileName, const QByteArray &content) const;
    Status addDocument(qint64 id, const QString &code, const QString &number, const QString &date) const;

    Status submit(qint64 id) const;
    Status withdraw(qint64 id) const;
    // The council's points and comments, all at once; the self-scored points stay beside them.
    Status appraise(qint64 id, const QList<Appraisal> &appraisals) const;

    // Writes an import in one transaction with one audit row ("import"): creates the
    // self-assessment if there is none, replaces its self-scored points and explanations, adds the
    // evidence it does not hold, and gives it the status received. Refused, writing nothing, when it
    // was appraised, when it was created or removed since the preview, or when anything received
    // breaks the rules every other write follows (ScoreRules, the evidence limit and digest).
    Result<qint64> receive(const ReceivedAssessment &received) const;

private:
    static Status unchangedSince(const QString &code, const QJsonObject &stored, const std::optional<SeenScore> &seen);
    // The score stored for `code` (as the audit row records it), provided it is what the writer saw.
    Result<QJsonObject> storedAsSeen(qint64 id, const QString &code, const std::optional<SeenScore> &seen) const;
    // Removes the stored score `before` of `code` and commits with the audit row `action`.
    Status removeScore(Transaction &tx, qint64 id, const QString &code, const QJsonObject &before, const QString &action) const;
    static QString statusWord(const QString &status);
    Result<CriteriaNode> scoredNode(const AssessmentHeader &h, const QString &code) const;
    Status requireStatus(const AssessmentHeader &h, const QString &status) const;
    Result<AssessmentHeader> headerIn(qint64 id, const QString &status) const;
    Result<CriteriaNode> draftNode(qint64 id, const QString &code) const;
    Status commitScore(Transaction &tx, qint64 id, const QString &action, const QJsonObject &before,
                       const QJsonObject &after) const;
    Status mayEnterSurvey() const;
    Result<qint64> insertHeader(qint64 setId, qint64 agencyId, const AssessmentPeriod &period) const;
    Status writeScore(qint64 id, const QString &code, double points, const QString &explanation) const;
    Status insertEvidence(qint64 id, const Evidence &e, const QByteArray &content) const;
    Status addEvidence(qint64 id, const Evidence &e, const QByteArray &content) const;
    static Status checkFile(const QString &fileName, const QByteArray &content);
    static Status checkDocument(const QString &number, const QString &date);
    Status checkReceived(const CriteriaSet &set, const ReceivedAssessment &received) const;
    Status replaceScores(qint64 id, const CriteriaSet &set, const QList<AssessmentScore> &scores) const;
    Status changeStatus(qint64 id, const QString &from, const QString &to, const QString &action) const;
    QSqlDatabase m_db;
};

} // namespace pardesk
