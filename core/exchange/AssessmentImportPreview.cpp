#include "exchange/AssessmentImportPreview.h"

#include "signing/SignatureTrust.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

// What every refusal of an import ends with.
QString nothingImported(const QString &fileName, const QString &why)
{
    return AssessmentImportPreview::tr("%1: %2 Nothing was imported.").arg(fileName, why);
}

bool samePoints(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) < 1e-9);
}

} // namespace

Result<AssessmentImportPreview> AssessmentImportPreview::build(const Store &store, AssessmentSource source)
{
    AssessmentImportPreview preview;
    const CriteriaSet &set = source.target.set;
    QList<AssessmentScore> stored;
    QList<Evidence> held;
    if (const auto &existing = source.target.existing) {
        const SelfAssessments assessments = store.selfAssessments();
        auto scores = assessments.scores(existing->id);
        if (!scores)
            return scores.failure();
        auto evidence = assessments.evidence(existing->id);
        if (!evidence)
            return evidence.failure();
        stored = std::move(scores).value();
        held = std::move(evidence).value();
        if (existing->status == u"appraised") {
            const auto stamp = assessments.appraisal(existing->id);
            if (!stamp)
                return stamp.failure();
            preview.m_errors << nothingImported(source.fileName, SelfAssessments::appraisedMessage(*existing, stamp.value()));
        }
    }

    // The result's points: the file's self-scored ones, beside the survey's that stay.
    QHash<QString, ScoredPoints> before, after;
    for (const AssessmentScore &s : stored) {
        const CriteriaNode *node = set.node(s.code);
        if (!s.points)
            continue;
        if (node && node->kind == ScoringKind::Survey)
            after.insert(s.code, {s.points, s.explanation});
        else
            before.insert(s.code, {s.points, s.explanation});
    }
    for (const SourceScore &s : source.scores)
        after.insert(s.score.code, {s.score.points, s.score.explanation});
    for (const CriteriaNode &n : set.nodes) {
        if (!n.scored() || n.kind == ScoringKind::Survey)
            continue;
        const ScoredPoints b = before.value(n.code);
        const ScoredPoints a = after.value(n.code);
        if (!samePoints(b.points, a.points) || b.explanation.trimmed() != a.explanation.trimmed())
            preview.m_changes.append({n.code, n.label, b.points, a.points, b.explanation, a.explanation});
    }

    QSet<QString> withEvidence;
    for (const Evidence &e : held)
        withEvidence.insert(e.code);
    for (const SourceEvidence &e : source.evidence) {
        withEvidence.insert(e.received.evidence.code);
        const bool there = std::any_of(held.cbegin(), held.cend(), [&](const Evidence &h) {
            return SelfAssessments::sameEvidence(h, e.received.evidence);
        });
        if (there)
            ++preview.m_held;
        else
            preview.m_added.append(e);
    }
    preview.m_findings = AssessmentFindings::of(set, after, withEvidence);
    preview.m_source = std::move(source);
    return preview;
}

Result<AssessmentImportOutcome> AssessmentImport::apply(const Store &store, const AssessmentImportPreview &preview, Trust trust)
{
    if (!preview.errors().isEmpty())
        return Error{preview.errors().join(u' ')};
    const AssessmentSource &source = preview.source();
    std::optional<SignatureOutcome> signature = source.signature;
    const bool trustsNew = signature && signature->state == SignatureOutcome::State::UnknownCertificate;
    if (trustsNew && trust != Trust::TrustNew)
        return Error{signature->unknownCertificateMessage(source.fileName)};
    // One transaction: the certificate trusted on first use and the self-assessment, or neither.
    Transaction tx(store);
    if (Status s = tx.began(); !s)
        return s.failure();
    if (trustsNew)
        if (Status s = SignatureTrust::trustOnFirstUse(store, source.target.agencyId, *signature, source.fileName); !s)
            return s.failure();
    ReceivedAssessment received = source.received();
    received.audit.insert(QStringLiteral("file"), QFileInfo(source.fileName).fileName());
    received.audit.insert(QStringLiteral("sha256"), source.digest);
    if (signature)
        received.audit.insert(QStringLiteral("signature"), signature->toJson());
    const auto id = store.selfAssessments().receive(received);
    if (!id)
        return id.failure().withMessage(nothingImported(source.fileName, id.error()));
    tx.touched(QStringLiteral("self_assessments"), id.value());
    if (Status s = tx.commit(); !s)
        return s.failure();
    return AssessmentImportOutcome{id.value(), preview.replaces(), signature};
}

} // namespace pardesk
