#pragma once
// The agencies' self-assessments (tự chấm điểm) against a criteria set: creating one for a period,
// its points and explanations, its evidence (a file kept in the store with its SHA-256, or a
// document number and date), and its status draft → submitted → appraised, withdrawn to draft
// before the appraisal. Every write is one transaction with its audit row; only a draft takes
// points and evidence, only a submitted one takes the council's appraisal.

#include "assessment/CriteriaSet.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace pardesk {

class Transaction;

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
};

struct Appraisal {
    QString code;
    double points = 0;
    QString comment;
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

    // What a writer saw stored for a sub-criterion (the grid's view of it). Given to a write, the
    // write is refused, naming the other's score, when the store holds another by now (someone else
    // scored it meanwhile, on another PC or window), instead of silently replacing it.
    struct SeenScore {
        std::optional<double> points;
        QString explanation;
    };

    // Refused with the rule's words (ScoreRules) when the points are off the sub-criterion's range
    // or levels; a survey sub-criterion is not self-scored.
    Status setScore(qint64 id, const QString &code, double points, const QString &explanation,
                    const std::optional<SeenScore> &seen = std::nullopt) const;
    // Removes a draft's points and explanation of `code`, as before they were first typed: what an
    // undo of that first score writes (the grid never removes a score otherwise).
    Status clearScore(qint64 id, const QString &code, const std::optional<SeenScore> &seen = std::nullopt) const;
    // The points of a survey sub-criterion, entered by the office that organises the survey (not the
    // agency): while the self-assessment is a draft or submitted, within the sub-criterion's range;
    // none removes them (what an undo of the first entry writes). On a server only the province's
    // logins (and the store's owner) enter them. Audited as "survey" and "clear-survey".
    Status setSurveyPoints(qint64 id, const QString &code, std::optional<double> points,
                           const std::optional<SeenScore> &seen = std::nullopt) const;
    Status addFile(qint64 id, const QString &code, const QString &fileName, const QByteArray &content) const;
    Status addDocument(qint64 id, const QString &code, const QString &number, const QString &date) const;

    Status submit(qint64 id) const;
    Status withdraw(qint64 id) const;
    // The council's points and comments, all at once; the self-scored points stay beside them.
    Status appraise(qint64 id, const QList<Appraisal> &appraisals) const;

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
    Status changeStatus(qint64 id, const QString &from, const QString &to, const QString &action) const;
    QSqlDatabase m_db;
};

} // namespace pardesk
