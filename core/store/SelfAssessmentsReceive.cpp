// SelfAssessments: an import received (a package or a filled template, read and previewed by
// core/exchange) written in one transaction, and what its preview asks of the store (who appraised,
// whether an evidence is held already).
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

Result<AppraisalStamp> SelfAssessments::appraisal(qint64 id) const
{
    AppraisalStamp stamp;
    Statement at(m_db, QStringLiteral("SELECT appraised_at FROM self_assessments WHERE id = ?"));
    const auto when = at.bind(id).first();
    if (!when)
        return when.failure();
    if (when.value())
        stamp.at = when.value()->toString();
    // Who: the audit row of the appraisal (on a server an agency reads the rows of its own).
    Statement by(m_db, QStringLiteral("SELECT \"user\" FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'appraise' "
                                      "ORDER BY id DESC"));
    const auto who = by.bind({kEntity, id}).first();
    if (!who)
        return who.failure();
    if (who.value())
        stamp.by = who.value()->toString();
    return stamp;
}

QString SelfAssessments::appraisedMessage(const AssessmentHeader &h, const AppraisalStamp &stamp)
{
    const auto period = AssessmentPeriod::parse(h.period);
    const QString when = period ? period->label() : h.period;
    const QDateTime at = QDateTime::fromString(stamp.at, Qt::ISODateWithMs);
    QString appraised;
    if (!stamp.by.isEmpty() && at.isValid())
        appraised = tr("was appraised by %1 on %2").arg(stamp.by, dateTimeText(at.toLocalTime()));
    else if (at.isValid())
        appraised = tr("was appraised on %1").arg(dateTimeText(at.toLocalTime()));
    else
        appraised = tr("was appraised");
    return tr("The self-assessment of %1 for %2 %3: the council's appraisal is final, so nothing replaces it.")
        .arg(h.agencyName, when, appraised);
}

bool SelfAssessments::sameEvidence(const Evidence &a, const Evidence &b)
{
    if (a.code != b.code || a.kind != b.kind)
        return false;
    if (a.kind == u"file")
        return a.sha256.compare(b.sha256, Qt::CaseInsensitive) == 0;
    return a.documentNumber.trimmed() == b.documentNumber.trimmed() && a.documentDate == b.documentDate;
}

// What every other write refuses, refused here too: exchange/ checked it already, with the file's
// rows named; this is the store's own guard.
Status SelfAssessments::checkReceived(const CriteriaSet &set, const ReceivedAssessment &received) const
{
    if (received.status != kDraft && received.status != kSubmitted)
        return Error{tr("A self-assessment arrives as a draft or submitted, not %1.").arg(statusWord(received.status))};
    QSet<QString> seen;
    for (const AssessmentScore &score : received.scores) {
        const CriteriaNode *node = set.node(score.code);
        if (!node)
            return Error{tr("The criteria set %1 has no code %2.").arg(set.key, score.code)};
        if (node->kind == ScoringKind::Survey)
            return Error{tr("%1 is scored by the survey, not by the agency.").arg(score.code)};
        if (!score.points)
            return Error{tr("%1: the points are not a number.").arg(score.code)};
        if (Status s = ScoreRules::accept(*node, *score.points); !s)
            return s;
        if (seen.contains(score.code))
            return Error{tr("%1 is scored twice.").arg(score.code)};
        seen.insert(score.code);
    }
    for (const ReceivedEvidence &r : received.evidence) {
        const CriteriaNode *node = set.node(r.evidence.code);
        if (!node || !node->scored())
            return Error{tr("The criteria set %1 has no sub-criterion %2.").arg(set.key, r.evidence.code)};
        const Status s = r.evidence.kind == u"file" ? checkFile(r.evidence.fileName, r.content)
                                                    : checkDocument(r.evidence.documentNumber, r.evidence.documentDate);
        if (!s)
            return s;
        if (r.evidence.kind == u"file" && sha256Of(r.content).compare(r.evidence.sha256, Qt::CaseInsensitive) != 0)
            return Error{tr("The evidence file %1 of %2 does not have the SHA-256 digest it was sent with.")
                             .arg(r.evidence.fileName, r.evidence.code)};
    }
    return {};
}

// The self-scored points become `scores`: the others stored (not a survey's) are removed.
Status SelfAssessments::replaceScores(qint64 id, const CriteriaSet &set, const QList<AssessmentScore> &scores) const
{
    const auto stored = this->scores(id);
    if (!stored)
        return stored.failure();
    QSet<QString> kept;
    for (const AssessmentScore &s : scores)
        kept.insert(s.code);
    Statement remove(m_db, QStringLiteral("DELETE FROM assessment_scores WHERE assessment_id = ? AND node_code = ? "
                                          "AND appraised IS NULL"));
    for (const AssessmentScore &s : stored.value()) {
        const CriteriaNode *node = set.node(s.code);
        if (kept.contains(s.code) || (node && node->kind == ScoringKind::Survey))
            continue;
        if (Status r = remove.bind({id, s.code}).exec(); !r)
            return r.failure().withMessage(tr("The points could not be removed: %1").arg(r.error()));
    }
    for (const AssessmentScore &s : scores)
        if (Status w = writeScore(id, s.code, *s.points, s.explanation); !w)
            return w;
    return {};
}

Result<qint64> SelfAssessments::receive(const ReceivedAssessment &received) const
{
    const auto period = AssessmentPeriod::parse(received.period);
    if (!period)
        return period.failure();
    auto set = received.newSet ? Result<CriteriaSet>(*received.newSet) : CriteriaSets(m_db).get(received.setId);
    if (!set)
        return set.failure();
    if (Status s = checkReceived(set.value(), received); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s.failure();
    // A set that arrives with the self-assessment is stored first (checked, audited as a set's
    // import); another import that stored it since the preview is refused by the set's own key check.
    if (received.newSet) {
        const auto setId = CriteriaSets(m_db).import(*received.newSet);
        if (!setId)
            return setId.failure();
        set->id = setId.value();
    }
    const qint64 setId = set->id;
    const auto found = find(setId, received.agencyId, period->key());
    if (!found)
        return found.failure();
    if (found.value() != received.existing)
        return Error{tr("The self-assessment was created or removed elsewhere since the import was previewed; preview it "
                        "again. Nothing was imported.")};
    QJsonObject before;
    qint64 id = 0;
    if (found.value()) {
        id = *found.value();
        if (Status s = Transaction::lockRow(m_db, QStringLiteral("self_assessments"), id); !s)
            return s.failure();
        const auto h = header(id);
        if (!h)
            return h.failure();
        if (h->status == kAppraised) {
            const auto stamp = appraisal(id);
            return Error{appraisedMessage(h.value(), stamp ? stamp.value() : AppraisalStamp{})};
        }
        const auto stored = scores(id);
        if (!stored)
            return stored.failure();
        QJsonObject points;
        for (const AssessmentScore &s : stored.value())
            points.insert(s.code, QJsonObject{{QStringLiteral("points"), json::numberOrNull(s.points)},
                                              {QStringLiteral("explanation"), s.explanation}});
        before = {{QStringLiteral("status"), h->status}, {QStringLiteral("scores"), points}};
    } else {
        const auto created = insertHeader(setId, received.agencyId, period.value());
        if (!created)
            return created.failure();
        id = created.value();
    }
    if (Status s = replaceScores(id, set.value(), received.scores); !s)
        return s.failure();
    const auto held = evidence(id);
    if (!held)
        return held.failure();
    QJsonArray added;
    for (const ReceivedEvidence &r : received.evidence) {
        const bool there = std::any_of(held->cbegin(), held->cend(), [&](const Evidence &e) { return sameEvidence(e, r.evidence); });
        if (there)
            continue;
        if (Status s = insertEvidence(id, r.evidence, r.content); !s)
            return s.failure();
        added.append(evidenceJson(r.evidence, r.content));
    }
    const QString stamp = now();
    // From a draft (a new one is a draft): on a server an agency's login may take its draft there.
    Statement status(m_db, QStringLiteral("UPDATE self_assessments SET status = ?, updated_at = ?, "
                                          "submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END WHERE id = ?"));
    if (Status s = status.bind({received.status, stamp, received.status, stamp, id}).execChanged(); !s)
        return s.failure();
    QJsonObject after = received.audit;
    QJsonObject points;
    for (const AssessmentScore &s : received.scores)
        points.insert(s.code, QJsonObject{{QStringLiteral("points"), json::numberOrNull(s.points)},
                                          {QStringLiteral("explanation"), s.explanation}});
    after.insert(QStringLiteral("status"), received.status);
    after.insert(QStringLiteral("scores"), points);
    after.insert(QStringLiteral("evidence_added"), added);
    if (Status s = AuditLog(m_db).record(kEntity, id, QStringLiteral("import"), before, after); !s)
        return s.failure();
    tx.touched(QStringLiteral("self_assessments"), id);
    if (received.newSet)
        tx.touched(QStringLiteral("criteria_sets"), setId);
    tx.touched(QStringLiteral("assessment_scores"));
    tx.touched(QStringLiteral("assessment_evidence"));
    if (Status s = tx.commit(); !s)
        return s.failure();
    return id;
}

} // namespace pardesk
