#include "store/SelfAssessments.h"

#include "assessment/AssessmentPeriod.h"
#include "assessment/ScoreRules.h"
#include "store/AuditLog.h"
#include "store/CriteriaSets.h"
#include "store/RowReading.h"
#include "store/SelfAssessmentRows.h"
#include "store/ServerLogins.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "text/DateText.h"
#include "text/NumberFormat.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace pardesk {

using namespace assessmentrows;

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The self-scored points and explanation as the audit row records them; empty when not scored.
Result<QJsonObject> scoreAsStored(const QSqlDatabase &db, qint64 id, const QString &code)
{
    Statement old(db, QStringLiteral("SELECT points, explanation FROM assessment_scores WHERE assessment_id = ? AND node_code = ?"));
    if (Status s = old.bind({id, code}).exec(); !s)
        return s.failure();
    if (!old.next() || old.value(0).isNull())
        return QJsonObject();
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("points"), json::numberOrNull(rows::optionalDouble(old.value(0)))},
                       {QStringLiteral("explanation"), old.value(1).toString()}};
}

const QString kHeaderSql = QStringLiteral(
    "SELECT a.id, a.set_id, s.key, a.agency_id, g.key, g.name, g.province, a.period, a.status, a.updated_at "
    "FROM self_assessments a JOIN criteria_sets s ON s.id = a.set_id JOIN agencies g ON g.id = a.agency_id ");

AssessmentHeader readHeader(const Statement &q)
{
    return AssessmentHeader{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toString(),   q.value(5).toString(),
                            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
                            q.value(9).toString()};
}

} // namespace

Result<qint64> SelfAssessments::create(qint64 setId, qint64 agencyId, const QString &period) const
{
    const auto parsed = AssessmentPeriod::parse(period);
    if (!parsed)
        return parsed.failure();
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s.failure();
    const auto id = insertHeader(setId, agencyId, parsed.value());
    if (!id)
        return id;
    const QJsonObject created{{QStringLiteral("set_id"), setId},
                              {QStringLiteral("agency_id"), agencyId},
                              {QStringLiteral("period"), parsed->key()},
                              {QStringLiteral("status"), kDraft}};
    if (Status s = AuditLog(m_db).record(kEntity, id.value(), QStringLiteral("create"), {}, created); !s)
        return s.failure();
    tx.touched(QStringLiteral("self_assessments"), id.value()); // the views of self-assessments read again
    if (Status s = tx.commit(); !s)
        return s.failure();
    return id;
}

// A new draft, inside the caller's transaction.
Result<qint64> SelfAssessments::insertHeader(qint64 setId, qint64 agencyId, const AssessmentPeriod &period) const
{
    const auto found = find(setId, agencyId, period.key());
    if (!found)
        return found.failure();
    if (found.value())
        return Error{tr("This agency has a self-assessment against this criteria set for %1 already.").arg(period.label())};
    const QString stamp = now();
    // ON CONFLICT: as Submissions::create, a second PC creating the same one at once is told so.
    Statement q(m_db, QStringLiteral("INSERT INTO self_assessments(set_id, agency_id, period, status, created_at, updated_at) "
                                     "VALUES (?, ?, ?, 'draft', ?, ?) ON CONFLICT (set_id, agency_id, period) DO NOTHING"));
    if (Status s = q.bind({setId, agencyId, period.key(), stamp, stamp}).exec(); !s)
        return s.failure().withMessage(tr("The self-assessment could not be created: %1").arg(s.error()));
    if (!q.insertedARow())
        return Error{tr("This agency has a self-assessment against this criteria set for %1 already.").arg(period.label())};
    return q.lastInsertId();
}

Result<std::optional<qint64>> SelfAssessments::find(qint64 setId, qint64 agencyId, const QString &period) const
{
    Statement exists(m_db, QStringLiteral("SELECT id FROM self_assessments WHERE set_id = ? AND agency_id = ? AND period = ?"));
    const auto found = exists.bind({setId, agencyId, period}).first();
    if (!found)
        return found.failure();
    if (!found.value())
        return std::optional<qint64>();
    return std::optional<qint64>(found.value()->toLongLong());
}

Result<AssessmentHeader> SelfAssessments::header(qint64 id) const
{
    auto rows = rows::readAll<AssessmentHeader>(m_db, kHeaderSql + QStringLiteral("WHERE a.id = ?"), {id}, readHeader);
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return Error{tr("There is no self-assessment %1.").arg(id)};
    return rows->first();
}

Result<QList<AssessmentHeader>> SelfAssessments::list(std::optional<qint64> agencyId, const QString &period) const
{
    QString where = QStringLiteral("WHERE 1 = 1 ");
    QVariantList values;
    if (agencyId) {
        where += QStringLiteral("AND a.agency_id = ? ");
        values << *agencyId;
    }
    if (!period.isEmpty()) {
        const auto parsed = AssessmentPeriod::parse(period);
        if (!parsed)
            return parsed.failure();
        where += QStringLiteral("AND a.period = ? ");
        values << parsed->key();
    }
    return rows::readAll<AssessmentHeader>(m_db, kHeaderSql + where + QStringLiteral("ORDER BY a.id"), values, readHeader);
}

Result<QList<AssessmentScore>> SelfAssessments::scores(qint64 id) const
{
    return rows::readAll<AssessmentScore>(
        m_db,
        QStringLiteral("SELECT node_code, points, explanation, appraised, comment FROM assessment_scores "
                       "WHERE assessment_id = ? ORDER BY node_code"),
        {id}, [](const Statement &q) {
            return AssessmentScore{q.value(0).toString(), rows::optionalDouble(q.value(1)), q.value(2).toString(),
                                   rows::optionalDouble(q.value(3)), q.value(4).toString()};
        });
}

Result<QList<Evidence>> SelfAssessments::evidence(qint64 id) const
{
    return rows::readAll<Evidence>(
        m_db,
        QStringLiteral("SELECT id, node_code, kind, file_name, sha256, size, doc_number, doc_date FROM assessment_evidence "
                       "WHERE assessment_id = ? ORDER BY id"),
        {id}, [](const Statement &q) {
            return Evidence{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(),   q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()};
        });
}

Result<QByteArray> SelfAssessments::evidenceContent(qint64 evidenceId) const
{
    Statement q(m_db, QStringLiteral("SELECT content FROM assessment_evidence WHERE id = ? AND kind = 'file'"));
    const auto v = q.bind(evidenceId).first();
    if (!v)
        return v.failure();
    if (!v.value())
        return Error{tr("There is no evidence file %1.").arg(evidenceId)};
    return v.value()->toByteArray();
}

// The status and the period in words, for the messages an official reads ("bản nháp", "Tháng 3/2024").
QString SelfAssessments::statusWord(const QString &status)
{
    if (status == kDraft)
        return tr("draft");
    if (status == kSubmitted)
        return tr("submitted");
    if (status == kAppraised)
        return tr("appraised");
    return status;
}

Status SelfAssessments::requireStatus(const AssessmentHeader &h, const QString &status) const
{
    if (h.status == status)
        return {};
    const auto period = AssessmentPeriod::parse(h.period);
    const QString when = period ? period->label() : h.period;
    if (status == kDraft)
        return Error{tr("The self-assessment of %1 for %2 is %3: only a draft can be changed; withdraw it first.")
                         .arg(h.agencyName, when, statusWord(h.status))};
    return Error{tr("The self-assessment of %1 for %2 is %3, not %4.").arg(h.agencyName, when, statusWord(h.status), statusWord(status))};
}

Result<CriteriaNode> SelfAssessments::scoredNode(const AssessmentHeader &h, const QString &code) const
{
    const auto set = CriteriaSets(m_db).get(h.setId);
    if (!set)
        return set.failure();
    const CriteriaNode *node = set->node(code);
    if (!node)
        return Error{tr("The criteria set %1 has no code %2.").arg(h.setKey, code)};
    if (!node->scored())
        return Error{tr("%1 is not a sub-criterion: its points are the sum of its children.").arg(code)};
    return *node;
}

// The assessment, provided it has `status`: what every change of it checks first.
Result<AssessmentHeader> SelfAssessments::headerIn(qint64 id, const QString &status) const
{
    // Every write of an assessment checks its status here first, inside its transaction.
    if (Status s = Transaction::lockRow(m_db, QStringLiteral("self_assessments"), id); !s)
        return s.failure();
    auto h = header(id);
    if (!h)
        return h.failure();
    if (Status s = requireStatus(h.value(), status); !s)
        return s.failure();
    return h;
}

// A sub-criterion of an assessment still in draft: what scoring and evidence may change.
Result<CriteriaNode> SelfAssessments::draftNode(qint64 id, const QString &code) const
{
    const auto h = headerIn(id, kDraft);
    if (!h)
        return h.failure();
    return scoredNode(h.value(), code);
}

Status SelfAssessments::setScore(qint64 id, const QString &code, double points, const QString &explanation,
                                 const std::optional<SeenScore> &seen, WriteOrigin origin) const
{
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    const auto node = draftNode(id, code);
    if (!node)
        return node.failure();
    if (node->kind == ScoringKind::Survey)
        return Error{tr("%1 is scored by the survey, not by the agency.").arg(code)};
    if (Status s = ScoreRules::accept(node.value(), points); !s)
        return s;

    const auto before = storedAsSeen(id, code, seen);
    if (!before)
        return before.failure();
    if (Status s = writeScore(id, code, points, explanation); !s)
        return s;
    const QJsonObject after{{QStringLiteral("code"), code},
                            {QStringLiteral("points"), points},
                            {QStringLiteral("explanation"), explanation}};
    return commitScore(tx, id, auditAction(QStringLiteral("score"), origin), before.value(), after);
}

// Someone else's score written since the writer looked is kept, and named, not replaced.
Status SelfAssessments::unchangedSince(const QString &code, const QJsonObject &stored, const std::optional<SeenScore> &seen)
{
    if (!seen)
        return {};
    const QJsonValue storedPoints = stored.value(QStringLiteral("points"));
    const std::optional<double> points = storedPoints.isDouble() ? std::optional<double>(storedPoints.toDouble()) : std::nullopt;
    const QString explanation = stored.value(QStringLiteral("explanation")).toString();
    const bool samePoints = points.has_value() == seen->points.has_value()
        && (!points || std::abs(*points - *seen->points) < 1e-9);
    if (samePoints && explanation == seen->explanation)
        return {};
    // Points are written as everywhere else (1,5 in Vietnamese), to four places as the sets have them.
    const QString theirs = points ? formatNumber(*points, 4) : tr("no points");
    return Error{tr("%1 was scored by someone else while you were working on it (now: %2; explanation \"%3\"). Your change "
                    "was not saved, so that theirs is not lost; the grid shows theirs now. Type yours again to replace it.")
                     .arg(code, theirs, explanation)};
}

Status SelfAssessments::clearScore(qint64 id, const QString &code, const std::optional<SeenScore> &seen,
                                   WriteOrigin origin) const
{
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    if (const auto node = draftNode(id, code); !node)
        return node.failure();
    const auto before = storedAsSeen(id, code, seen);
    if (!before)
        return before.failure();
    return removeScore(tx, id, code, before.value(), auditAction(QStringLiteral("clear-score"), origin));
}

Result<QJsonObject> SelfAssessments::storedAsSeen(qint64 id, const QString &code, const std::optional<SeenScore> &seen) const
{
    auto before = scoreAsStored(m_db, id, code);
    if (!before)
        return before;
    if (Status s = unchangedSince(code, before.value(), seen); !s)
        return s.failure();
    return before;
}

Status SelfAssessments::removeScore(Transaction &tx, qint64 id, const QString &code, const QJsonObject &before,
                                    const QString &action) const
{
    if (before.isEmpty())
        return {}; // nothing scored: nothing to write, no audit row
    // Before the appraisal there is no council's row to keep (a survey's points carry none), so the row goes.
    Statement q(m_db, QStringLiteral("DELETE FROM assessment_scores WHERE assessment_id = ? AND node_code = ? AND appraised IS NULL"));
    if (Status s = q.bind({id, code}).exec(); !s)
        return s.failure().withMessage(tr("The points could not be removed: %1").arg(s.error()));
    return commitScore(tx, id, action, before, {});
}

// On a server the survey's points are the province's to enter: an agency's or a reader's login is
// told so before anything is written (the row-level security would let an agency write its draft).
Status SelfAssessments::mayEnterSurvey() const
{
    if (engineOf(m_db) != Engine::Postgres)
        return {};
    const auto login = ServerLogins(m_db).current();
    if (!login)
        return login.failure();
    if (login->role.isEmpty() || login->role == u"province")
        return {};
    return Error{tr("Survey points are entered by the office that organises the survey, with a login of the province; "
                    "the login %1 is not one.")
                     .arg(login->login)};
}

Status SelfAssessments::setSurveyPoints(qint64 id, const QString &code, std::optional<double> points,
                                        const std::optional<SeenScore> &seen, WriteOrigin origin) const
{
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    const auto current = header(id);
    if (!current)
        return current.failure();
    if (current->status == kAppraised)
        return requireStatus(current.value(), kSubmitted); // the appraisal is final
    // A draft or a submitted one: checked again, as every write checks, by headerIn.
    const auto h = headerIn(id, current->status);
    if (!h)
        return h.failure();
    const auto node = scoredNode(h.value(), code);
    if (!node)
        return node.failure();
    if (node->kind != ScoringKind::Survey)
        return Error{tr("%1 is not scored by the survey: the agency scores it.").arg(code)};
    if (Status s = mayEnterSurvey(); !s)
        return s;
    if (points)
        if (Status s = ScoreRules::accept(node.value(), *points); !s)
            return s;
    const auto before = storedAsSeen(id, code, seen);
    if (!before)
        return before.failure();
    if (!points)
        return removeScore(tx, id, code, before.value(), auditAction(QStringLiteral("clear-survey"), origin));
    Statement q(m_db, QStringLiteral("INSERT INTO assessment_scores(assessment_id, node_code, points) VALUES (?, ?, ?) "
                                     "ON CONFLICT (assessment_id, node_code) DO UPDATE SET points = excluded.points"));
    if (Status s = q.bind({id, code, *points}).exec(); !s)
        return s.failure().withMessage(tr("The points could not be saved: %1").arg(s.error()));
    const QJsonObject after{{QStringLiteral("code"), code},
                            {QStringLiteral("points"), *points},
                            {QStringLiteral("explanation"), before->value(QStringLiteral("explanation")).toString()}};
    return commitScore(tx, id, auditAction(QStringLiteral("survey"), origin), before.value(), after);
}

// The draft's time, the audit row and the commit that every write of points ends with.
Status SelfAssessments::commitScore(Transaction &tx, qint64 id, const QString &action, const QJsonObject &before,
                                    const QJsonObject &after) const
{
    // execChanged: on a server, a row that the login's role hides is a refusal, not a silent no-op.
    Statement touch(m_db, QStringLiteral("UPDATE self_assessments SET updated_at = ? WHERE id = ?"));
    if (Status s = touch.bind({now(), id}).execChanged(); !s)
        return s;
    if (Status s = AuditLog(m_db).record(kEntity, id, action, before, after); !s)
        return s;
    tx.touched(QStringLiteral("self_assessments"), id);
    tx.touched(QStringLiteral("assessment_scores"));
    return tx.commit();
}

Status SelfAssessments::writeScore(qint64 id, const QString &code, double points, const QString &explanation) const
{
    Statement q(m_db, QStringLiteral("INSERT INTO assessment_scores(assessment_id, node_code, points, explanation) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, node_code) "
                                     "DO UPDATE SET points = excluded.points, explanation = excluded.explanation"));
    if (Status s = q.bind({id, code, points, textOrNull(explanation)}).exec(); !s)
        return s.failure().withMessage(tr("The points could not be saved: %1").arg(s.error()));
    return {};
}

Status SelfAssessments::checkFile(const QString &fileName, const QByteArray &content)
{
    if (content.size() > kMaxEvidenceBytes)
        return Error{tr("The evidence file %1 is %2 bytes, above the limit of %3 bytes; nothing was attached.")
                         .arg(fileName, formatNumber(double(content.size()), 0), formatNumber(double(kMaxEvidenceBytes), 0))};
    if (content.isEmpty())
        return Error{tr("The evidence file %1 is empty; nothing was attached.").arg(fileName)};
    return {};
}

Status SelfAssessments::checkDocument(const QString &number, const QString &date)
{
    if (number.trimmed().isEmpty())
        return Error{tr("A document given as evidence needs its number (số văn bản).")};
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        return Error{tr("The document's date \"%1\" is not a date (YYYY-MM-DD).").arg(date)};
    return {};
}

// A file (its digest computed here, from its bytes) or a document, inside the caller's transaction.
Status SelfAssessments::insertEvidence(qint64 id, const Evidence &e, const QByteArray &content) const
{
    const bool file = e.kind == u"file";
    Statement q(m_db, file ? QStringLiteral("INSERT INTO assessment_evidence(assessment_id, node_code, kind, file_name, "
                                            "sha256, size, content, added_at) VALUES (?, ?, 'file', ?, ?, ?, ?, ?)")
                           : QStringLiteral("INSERT INTO assessment_evidence(assessment_id, node_code, kind, doc_number, "
                                            "doc_date, added_at) VALUES (?, ?, 'document', ?, ?, ?)"));
    if (file)
        q.bind({id, e.code, e.fileName, sha256Of(content), qint64(content.size()), content, now()});
    else
        q.bind({id, e.code, e.documentNumber.trimmed(), e.documentDate, now()});
    if (Status s = q.exec(); !s)
        return s.failure().withMessage(tr("The evidence could not be attached: %1").arg(s.error()));
    return {};
}

Status SelfAssessments::addFile(qint64 id, const QString &code, const QString &fileName, const QByteArray &content) const
{
    if (Status s = checkFile(fileName, content); !s)
        return s;
    return addEvidence(id, Evidence::file(code, fileName), content);
}

Status SelfAssessments::addDocument(qint64 id, const QString &code, const QString &number, const QString &date) const
{
    if (Status s = checkDocument(number, date); !s)
        return s;
    return addEvidence(id, Evidence::document(code, number, date), {});
}

Status SelfAssessments::addEvidence(qint64 id, const Evidence &e, const QByteArray &content) const
{
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    if (const auto node = draftNode(id, e.code); !node)
        return node.failure();
    if (Status s = insertEvidence(id, e, content); !s)
        return s;
    if (Status s = AuditLog(m_db).record(kEntity, id, QStringLiteral("evidence"), {}, evidenceJson(e, content)); !s)
        return s;
    tx.touched(QStringLiteral("self_assessments"), id);
    tx.touched(QStringLiteral("assessment_evidence"));
    return tx.commit();
}

Status SelfAssessments::changeStatus(qint64 id, const QString &from, const QString &to, const QString &action) const
{
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    const auto h = headerIn(id, from);
    if (!h)
        return h.failure();
    const QString stamp = now();
    Statement q(m_db, QStringLiteral("UPDATE self_assessments SET status = ?, updated_at = ?, "
                                     "submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END WHERE id = ?"));
    if (Status s = q.bind({to, stamp, to, stamp, id}).execChanged(); !s)
        return s;
    if (Status s = AuditLog(m_db).record(kEntity, id, action, {{QStringLiteral("status"), from}},
                                         {{QStringLiteral("status"), to}});
        !s)
        return s;
    tx.touched(QStringLiteral("self_assessments"), id);
    return tx.commit();
}

Status SelfAssessments::submit(qint64 id) const
{
    return changeStatus(id, kDraft, kSubmitted, QStringLiteral("submit"));
}

Status SelfAssessments::withdraw(qint64 id) const
{
    return changeStatus(id, kSubmitted, kDraft, QStringLiteral("withdraw"));
}

Status SelfAssessments::appraise(qint64 id, const QList<Appraisal> &appraisals) const
{
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    const auto h = headerIn(id, kSubmitted);
    if (!h)
        return h.failure();
    QJsonObject after;
    Statement q(m_db, QStringLiteral("INSERT INTO assessment_scores(assessment_id, node_code, appraised, comment) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, node_code) "
                                     "DO UPDATE SET appraised = excluded.appraised, comment = excluded.comment"));
    for (const Appraisal &a : appraisals) {
        const auto node = scoredNode(h.value(), a.code);
        if (!node)
            return node.failure();
        if (Status s = ScoreRules::accept(node.value(), a.points); !s)
            return s;
        if (Status s = q.bind({id, a.code, a.points, textOrNull(a.comment)}).exec(); !s)
            return s;
        after.insert(a.code, QJsonObject{{QStringLiteral("points"), a.points}, {QStringLiteral("comment"), a.comment}});
    }
    const QString stamp = now();
    Statement done(m_db, QStringLiteral("UPDATE self_assessments SET status = 'appraised', appraised_at = ?, updated_at = ? "
                                        "WHERE id = ?"));
    if (Status s = done.bind({stamp, stamp, id}).execChanged(); !s)
        return s;
    after.insert(QStringLiteral("status"), kAppraised);
    if (Status s = AuditLog(m_db).record(kEntity, id, QStringLiteral("appraise"), {{QStringLiteral("status"), kSubmitted}},
                                         after);
        !s)
        return s;
    tx.touched(QStringLiteral("self_assessments"), id);
    tx.touched(QStringLiteral("assessment_scores"));
    return tx.commit();
}

} // namespace pardesk
