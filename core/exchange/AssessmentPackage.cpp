#include "exchange/AssessmentPackage.h"

#include "dataset/CriteriaSetJson.h"
#include "exchange/PackageEnvelope.h"
#include "io/StagedFile.h"
#include "signing/SignatureTrust.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace pardesk {
namespace {

const QString kFile = QStringLiteral("file");
const QString kDocument = QStringLiteral("document");


Result<QJsonArray> evidenceJson(const Store &store, const CriteriaSet &set, qint64 assessmentId)
{
    const auto evidence = store.selfAssessments().evidence(assessmentId);
    if (!evidence)
        return evidence.failure();
    QJsonArray out;
    for (const Evidence &e : evidence.value()) {
        if (!set.node(e.code))
            continue;
        if (e.kind != kFile) {
            out.append(QJsonObject{{QStringLiteral("code"), e.code},
                                   {QStringLiteral("kind"), kDocument},
                                   {QStringLiteral("document_number"), e.documentNumber},
                                   {QStringLiteral("document_date"), e.documentDate}});
            continue;
        }
        const auto content = store.selfAssessments().evidenceContent(e.id);
        if (!content)
            return content.failure();
        out.append(QJsonObject{{QStringLiteral("code"), e.code},
                               {QStringLiteral("kind"), kFile},
                               {QStringLiteral("file_name"), e.fileName},
                               {QStringLiteral("size"), qint64(content->size())},
                               {QStringLiteral("sha256"), e.sha256},
                               {QStringLiteral("content"), QString::fromLatin1(content->toBase64())}});
    }
    return out;
}

// The status a package's self-assessment arrives with: a submitted (or appraised) one is
// submitted, for the receiving council to appraise; the appraisal itself does not travel.
Result<QString> arrivingStatus(const QString &status, const QString &fileName)
{
    if (status == u"draft")
        return status;
    if (status == u"submitted" || status == u"appraised")
        return QStringLiteral("submitted");
    return Error{AssessmentPackage::tr("%1: the status \"%2\" is not draft, submitted or appraised.").arg(fileName, status)};
}

Status readScore(AssessmentSource &source, const QJsonObject &s, const QString &code, const QString &where)
{
    const QJsonValue points = s.value(QStringLiteral("points"));
    if (!points.isDouble() || !std::isfinite(points.toDouble()))
        return Error{AssessmentPackage::tr("%1, code %2: the points are not a number.").arg(where, code)};
    return source.addScore(where, code, points.toDouble(), s.value(QStringLiteral("explanation")).toString());
}

Status readEvidence(AssessmentSource &source, const QJsonObject &e, const QString &code, const QString &where)
{
    const QString kind = e.value(QStringLiteral("kind")).toString();
    if (kind == kDocument)
        return source.addDocument(where, code, e.value(QStringLiteral("document_number")).toString(),
                                  e.value(QStringLiteral("document_date")).toString());
    if (kind != kFile)
        return Error{AssessmentPackage::tr("%1, code %2: the evidence is neither a file nor a document.").arg(where, code)};
    const QString name = e.value(QStringLiteral("file_name")).toString();
    const QString base64 = e.value(QStringLiteral("content")).toString();
    const QString sha256 = e.value(QStringLiteral("sha256")).toString();
    // Measured before it is decoded (4 characters of base64 for 3 bytes): a file over the limit is
    // refused without being decoded.
    const qint64 estimated = base64.size() / 4 * 3;
    if (estimated > SelfAssessments::kMaxEvidenceBytes + 2)
        return source.addFile(where, code, name, sha256, estimated, {}); // refused: over the limit
    const auto content = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!content)
        return Error{AssessmentPackage::tr("%1, code %2: the bytes of the evidence file %3 are damaged (not base64).")
                         .arg(where, code, name)};
    return source.addFile(where, code, name, sha256, e.value(QStringLiteral("size")).toInteger(-1), *content);
}

// The content's scores or evidence, each entry named by where it stands ("file, score 3").
Status readList(const QJsonObject &content, AssessmentSource &source, bool evidence)
{
    const QString &file = source.fileName;
    const QJsonValue json = content.value(evidence ? QStringLiteral("evidence") : QStringLiteral("scores"));
    if (!json.isArray())
        return Error{evidence ? AssessmentPackage::tr("%1: the package holds no list of evidence.").arg(file)
                              : AssessmentPackage::tr("%1: the package holds no list of scores.").arg(file)};
    const QJsonArray entries = json.toArray();
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const QJsonObject e = entries[n].toObject();
        const QString code = e.value(QStringLiteral("code")).toString();
        const QString where = evidence ? AssessmentPackage::tr("%1, evidence %2").arg(file).arg(n + 1)
                                       : AssessmentPackage::tr("%1, score %2").arg(file).arg(n + 1);
        if (Status s = evidence ? readEvidence(source, e, code, where) : readScore(source, e, code, where); !s)
            return s;
    }
    return {};
}

// The criteria set the package carries (its key alone in a package of an earlier ParDesk), read
// as strictly as the bundled dataset's; a damaged one is refused with what is wrong in it.
Result<std::optional<CriteriaSet>> carriedSet(const QJsonObject &setJson, const QString &fileName)
{
    if (!setJson.contains(QStringLiteral("nodes")))
        return std::optional<CriteriaSet>();
    QStringList problems;
    CriteriaSet set = criteriajson::read(setJson, AssessmentPackage::tr("criteria set"), criteriajson::Provenance::Optional,
                                         &problems);
    if (!problems.isEmpty())
        return Error{AssessmentPackage::tr("%1: the criteria set in the package cannot be read:\n%2")
                         .arg(fileName, problems.mid(0, 10).join(u'\n'))};
    return std::optional<CriteriaSet>(std::move(set));
}

} // namespace

Result<QByteArray> AssessmentPackage::build(const Store &store, qint64 assessmentId, const PackageSigner *signer)
{
    const SelfAssessments assessments = store.selfAssessments();
    const auto header = assessments.header(assessmentId);
    if (!header)
        return header.failure();
    const auto set = store.criteriaSets().get(header->setId);
    if (!set)
        return set.failure();
    const auto scores = assessments.scores(assessmentId);
    if (!scores)
        return scores.failure();
    QJsonArray scoresJson;
    for (const AssessmentScore &s : scores.value()) {
        // The agency's own points: not a survey's, nor a row that holds only the council's.
        const CriteriaNode *node = set->node(s.code);
        if (!node || !node->scored() || node->kind == ScoringKind::Survey || !s.points)
            continue;
        scoresJson.append(QJsonObject{{QStringLiteral("code"), s.code},
                                      {QStringLiteral("points"), *s.points},
                                      {QStringLiteral("explanation"), s.explanation}});
    }
    const auto evidence = evidenceJson(store, set.value(), assessmentId);
    if (!evidence)
        return evidence.failure();
    const QJsonObject content{
        // The whole tree: an office that does not have the set yet receives it with the scores.
        {QStringLiteral("criteria_set"), criteriajson::write(set.value())},
        {QStringLiteral("agency"), QJsonObject{{QStringLiteral("key"), header->agencyKey},
                                               {QStringLiteral("name"), header->agencyName},
                                               {QStringLiteral("province"), header->province}}},
        {QStringLiteral("period"), header->period},
        {QStringLiteral("status"), header->status},
        {QStringLiteral("scores"), scoresJson},
        {QStringLiteral("evidence"), evidence.value()},
        {QStringLiteral("exported_by"), AuditLog::currentUser()},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    auto bytes = PackageEnvelope::seal(PackageEnvelope::Kind::SelfAssessment, kFormatVersion, content, signer);
    if (bytes && bytes->size() > kMaxBytes)
        return Error{tr("The package of the self-assessment of %1 would be %2, more than an import accepts (%3): "
                        "its evidence files are too large together. Give some as document references instead.")
                         .arg(header->agencyName, formatByteSize(bytes->size()), formatByteSize(kMaxBytes))};
    return bytes;
}

Status AssessmentPackage::write(const Store &store, qint64 assessmentId, const QString &path, const PackageSigner *signer)
{
    const auto bytes = build(store, assessmentId, signer);
    if (!bytes)
        return bytes.failure();
    return StagedFile::writeAll(path, bytes.value());
}

Result<AssessmentSource> AssessmentPackage::read(const Store &store, const QString &path)
{
    const auto bytes = FileRead::read(path, kMaxBytes, tr("a self-assessment package"));
    if (!bytes)
        return bytes.failure();
    return parse(store, bytes.value(), path);
}

Result<AssessmentSource> AssessmentPackage::parse(const Store &store, const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxBytes)
        return Error{tr("%1: the package is %2, more than a self-assessment package can be (%3); it was not read.")
                         .arg(fileName, formatByteSize(bytes.size()), formatByteSize(kMaxBytes))};
    const auto opened = PackageEnvelope::open(bytes, fileName, PackageEnvelope::Kind::SelfAssessment, kFormatVersion);
    if (!opened)
        return opened.failure();
    const QJsonObject &content = opened->content;
    const QJsonObject setJson = content.value(QStringLiteral("criteria_set")).toObject();
    const AssessmentIdentity identity{setJson.value(QStringLiteral("key")).toString(),
                                      content.value(QStringLiteral("agency")).toObject().value(QStringLiteral("key")).toString(),
                                      content.value(QStringLiteral("period")).toString()};
    const auto carried = carriedSet(setJson, fileName);
    if (!carried)
        return carried.failure();
    auto target = AssessmentTarget::resolve(store, identity, fileName, carried.value());
    if (!target)
        return target.failure();
    auto trust = SignatureTrust::judge(store, target->agencyId, opened->signature, fileName);
    if (!trust)
        return trust.failure();
    const auto status = arrivingStatus(content.value(QStringLiteral("status")).toString(), fileName);
    if (!status)
        return status.failure();

    AssessmentSource source;
    source.fileName = fileName;
    source.digest = opened->digest;
    source.target = std::move(target).value();
    source.status = status.value();
    source.signature = std::move(trust).value();
    source.exportedBy = content.value(QStringLiteral("exported_by")).toString();
    source.exportedAt = content.value(QStringLiteral("exported_at")).toString();
    for (const bool evidence : {false, true})
        if (Status s = readList(content, source, evidence); !s)
            return s.failure();
    return source;
}

} // namespace pardesk
