#include "exchange/AssessmentSource.h"

#include "assessment/CriteriaSetCheck.h"
#include "assessment/ScoreRules.h"
#include "exchange/ImportSource.h"
#include "forms/FieldLimits.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

// A document number longer than this is not one (the longest the seeds cite is about 30).
constexpr int kMaxDocumentNumberChars = 200;

bool sameMax(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) < 1e-9);
}

// The codes whose node the two sets do not agree on (missing from one, another parent, maximum or
// way of scoring): the package was scored against a set that is not the one stored under its key.
QStringList differences(const CriteriaSet &stored, const CriteriaSet &carried)
{
    QStringList codes;
    for (const CriteriaNode &c : carried.nodes) {
        const CriteriaNode *s = stored.node(c.code);
        if (!s || s->parentCode != c.parentCode || s->kind != c.kind || !sameMax(s->maxPoints, c.maxPoints))
            codes << c.code;
    }
    for (const CriteriaNode &s : stored.nodes)
        if (!carried.node(s.code))
            codes << s.code;
    return codes;
}

} // namespace

Result<AssessmentTarget> AssessmentTarget::resolve(const Store &store, const AssessmentIdentity &identity,
                                                   const QString &fileName, const std::optional<CriteriaSet> &carried)
{
    AssessmentTarget target;
    const auto setId = store.criteriaSets().idOfKey(identity.setKey);
    if (!setId)
        return setId.failure().withMessage(fileName + QStringLiteral(": ") + setId.error());
    if (setId.value()) {
        auto set = store.criteriaSets().get(*setId.value());
        if (!set)
            return set.failure().withMessage(fileName + QStringLiteral(": ") + set.error());
        target.set = std::move(set).value();
        if (carried)
            target.setDiffers = differences(target.set, *carried);
    } else if (carried) {
        const QList<CriteriaProblem> problems = CriteriaSetCheck::check(*carried);
        if (!CriteriaSetCheck::acceptable(problems))
            return Error{tr("%1: the criteria set %2 that the package brings is not in this store and does not pass the "
                            "check of a criteria set:\n%3")
                             .arg(fileName, identity.setKey, CriteriaSetCheck::summary(problems))};
        target.set = *carried;
        target.set.id = 0;
        target.setArrives = true;
    } else {
        return Error{tr("%1: the criteria set \"%2\" is not in this store.").arg(fileName, identity.setKey)};
    }

    const auto agency = ImportTarget::knownAgency(store, identity.agencyKey, fileName);
    if (!agency)
        return agency.failure();
    target.agencyId = agency->id;
    target.agencyKey = agency->key;
    target.agencyName = agency->name;
    if (!target.set.province.isEmpty() && agency->province != target.set.province)
        return Error{tr("%1: the agency %2 is not of the province %3, whose criteria set %4 is.")
                         .arg(fileName, identity.agencyKey, target.set.province, target.set.key)};

    const auto period = AssessmentPeriod::parse(identity.period);
    if (!period)
        return period.failure().withMessage(fileName + QStringLiteral(": ") + period.error());
    target.period = period.value();
    if (target.setArrives)
        return target; // a set not stored yet has no self-assessments
    const SelfAssessments assessments = store.selfAssessments();
    const auto existing = assessments.find(target.set.id, target.agencyId, target.period.key());
    if (!existing)
        return existing.failure();
    if (existing.value()) {
        auto header = assessments.header(*existing.value());
        if (!header)
            return header.failure();
        target.existing = std::move(header).value();
    }
    return target;
}

Result<const CriteriaNode *> AssessmentSource::subCriterion(const QString &where, const QString &code) const
{
    const CriteriaNode *node = target.set.node(code);
    if (!node)
        return Error{tr("%1, code %2: the criteria set %3 has no such code.").arg(where, code, target.set.key)};
    return node;
}

Status AssessmentSource::addScore(const QString &where, const QString &code, double points, const QString &explanation)
{
    const auto node = subCriterion(where, code);
    if (!node)
        return node.failure();
    const bool twice = std::any_of(scores.cbegin(), scores.cend(), [&](const SourceScore &s) { return s.score.code == code; });
    if (twice)
        return Error{tr("%1, code %2: the code is given twice.").arg(where, code)};
    if (node.value()->kind == ScoringKind::Survey)
        return Error{tr("%1, code %2: a survey sub-criterion is scored by the office that runs the survey, not by the "
                        "agency; it takes no self-scored points.")
                         .arg(where, code)};
    if (Status s = ScoreRules::accept(*node.value(), points); !s)
        return s.failure().withMessage(tr("%1: %2").arg(where, s.error()));
    if (explanation.size() > FieldLimits::kMaxNoteChars)
        return Error{tr("%1, code %2: the explanation has %3 characters, more than %4.")
                         .arg(where, code)
                         .arg(explanation.size())
                         .arg(FieldLimits::kMaxNoteChars)};
    AssessmentScore score;
    score.code = code;
    score.points = points;
    score.explanation = explanation.trimmed();
    scores.append({score, where});
    return {};
}

Status AssessmentSource::addFile(const QString &where, const QString &code, const QString &name, const QString &sha256,
                                 qint64 size, const QByteArray &content)
{
    if (name.trimmed().isEmpty() || QFileInfo(name).fileName() != name || name.contains(u'\\') || name == u"." || name == u".."
        || name.size() > 255)
        return Error{tr("%1, code %2: \"%3\" is not the name of a file (a name without folders).").arg(where, code, name)};
    if (content.size() > SelfAssessments::kMaxEvidenceBytes || size > SelfAssessments::kMaxEvidenceBytes)
        return Error{tr("%1, code %2: the evidence file %3 is %4 bytes, above the limit of %5 bytes.")
                         .arg(where, code, name, formatNumber(double(std::max(size, qint64(content.size()))), 0),
                              formatNumber(double(SelfAssessments::kMaxEvidenceBytes), 0))};
    if (content.isEmpty())
        return Error{tr("%1, code %2: the evidence file %3 is empty.").arg(where, code, name)};
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (digest.compare(sha256, Qt::CaseInsensitive) != 0 || size != content.size())
        return Error{tr("%1, code %2: the evidence file %3 is not the file it was sent as (its bytes do not match its "
                        "SHA-256 digest or its size): it was altered or damaged.")
                         .arg(where, code, name)};
    return addEvidence(where, Evidence::file(code, name, digest, size), content);
}

Status AssessmentSource::addDocument(const QString &where, const QString &code, const QString &number, const QString &date)
{
    if (number.trimmed().isEmpty() || number.size() > kMaxDocumentNumberChars)
        return Error{tr("%1, code %2: a document given as evidence needs its number (số văn bản), of at most %3 "
                        "characters.")
                         .arg(where, code)
                         .arg(kMaxDocumentNumberChars)};
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        return Error{tr("%1, code %2: the document's date \"%3\" is not a date (YYYY-MM-DD).").arg(where, code, date)};
    return addEvidence(where, Evidence::document(code, number, date), {});
}

Status AssessmentSource::addEvidence(const QString &where, const Evidence &e, const QByteArray &content)
{
    const auto node = subCriterion(where, e.code);
    if (!node)
        return node.failure();
    if (!node.value()->scored())
        return Error{tr("%1, code %2: evidence goes with a sub-criterion, and %2 is not one.").arg(where, e.code)};
    const bool twice = std::any_of(evidence.cbegin(), evidence.cend(), [&](const SourceEvidence &s) {
        return SelfAssessments::sameEvidence(s.received.evidence, e);
    });
    if (!twice)
        evidence.append({{e, content}, where});
    return {};
}

ReceivedAssessment AssessmentSource::received() const
{
    ReceivedAssessment r;
    r.setId = target.set.id;
    if (target.setArrives)
        r.newSet = target.set;
    r.agencyId = target.agencyId;
    r.period = target.period.key();
    r.status = status;
    if (target.existing)
        r.existing = target.existing->id;
    for (const SourceScore &s : scores)
        r.scores.append(s.score);
    for (const SourceEvidence &e : evidence)
        r.evidence.append(e.received);
    return r;
}

} // namespace pardesk
