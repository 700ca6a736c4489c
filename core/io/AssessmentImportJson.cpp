#include "io/AssessmentImportJson.h"
#include "util/JsonOrNull.h"

#include "io/AssessmentJson.h"

#include <QJsonArray>

namespace pardesk::json {
QJsonObject toJson(const AssessmentImportPreview &preview)
{
    const AssessmentSource &source = preview.source();
    QJsonArray changes;
    for (const ScoreChange &c : preview.changes())
        changes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                   {QStringLiteral("label"), c.label},
                                   {QStringLiteral("points_before"), json::numberOrNull(c.pointsBefore)},
                                   {QStringLiteral("points_after"), json::numberOrNull(c.pointsAfter)},
                                   {QStringLiteral("explanation_before"), c.explanationBefore},
                                   {QStringLiteral("explanation_after"), c.explanationAfter}});
    QJsonArray added;
    for (const SourceEvidence &e : preview.evidenceAdded()) {
        QJsonObject o = toJson(e.received.evidence);
        o.insert(QStringLiteral("where"), e.where);
        added.append(o);
    }
    QJsonObject o{{QStringLiteral("file"), source.fileName},
                  {QStringLiteral("sha256"), source.digest},
                  {QStringLiteral("set"), preview.target().set.key},
                  {QStringLiteral("agency"), preview.target().agencyKey},
                  {QStringLiteral("agency_name"), preview.target().agencyName},
                  {QStringLiteral("period"), preview.target().period.key()},
                  {QStringLiteral("outcome"), preview.replaces() ? QStringLiteral("replace") : QStringLiteral("new")},
                  {QStringLiteral("status_before"), preview.replaces() ? QJsonValue(preview.statusBefore()) : QJsonValue()},
                  {QStringLiteral("status_after"), preview.statusAfter()},
                  {QStringLiteral("scores"), source.scores.size()},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("evidence_added"), added},
                  {QStringLiteral("evidence_held"), preview.evidenceHeld()},
                  {QStringLiteral("findings"), toJson(preview.findings())},
                  {QStringLiteral("errors"), QJsonArray::fromStringList(preview.errors())}};
    // The set: stored with the import when the store does not have it; else where the package's
    // set differs from the stored one (which is used).
    o.insert(QStringLiteral("set_arrives"), preview.target().setArrives);
    o.insert(QStringLiteral("set_differs"), QJsonArray::fromStringList(preview.target().setDiffers));
    if (preview.replaces())
        o.insert(QStringLiteral("assessment"), preview.target().existing->id);
    if (!source.exportedBy.isEmpty())
        o.insert(QStringLiteral("exported_by"), source.exportedBy);
    if (!source.exportedAt.isEmpty())
        o.insert(QStringLiteral("exported_at"), source.exportedAt);
    if (source.signature)
        o.insert(QStringLiteral("signature"), source.signature->toJson());
    return o;
}

} // namespace pardesk::json
