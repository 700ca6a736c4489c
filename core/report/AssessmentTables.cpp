#include "report/AssessmentTables.h"

#include "assessment/AssessmentPeriod.h"
#include "assessment/ProvincePictureLoader.h"
#include "report/AppendixText.h"
#include "report/AssessmentAppendix.h"
#include "report/DocumentHeader.h"
#include "store/Store.h"

namespace pardesk {
namespace {

QString provinceName(const Store &store, const QString &code)
{
    const auto name = store.references().provinceName(code);
    return name && name.value() ? *name.value() : code;
}

// The agency lists name a province's own bodies as the province does ("Ủy ban nhân dân tỉnh"); a
// printed table, read away from the store, says which province (as DocumentHeader's header block).
QString fullName(const QString &agency, const QString &province)
{
    return agency.endsWith(QStringLiteral(" tỉnh"), Qt::CaseInsensitive) ? agency + u' ' + province : agency;
}

// The province's People's Committee heads what the council decides, as in the progress table.
void headedByTheProvince(const Store &store, const QString &province, AppendixTable &table)
{
    const QString name = provinceName(store, province);
    DocumentHeader::fill(table.identity, DocumentHeader::tr("People's Committee of %1 province").arg(name), name);
}

} // namespace

Result<AppendixTable> AssessmentTables::assessment(const Store &store, qint64 id, bool appraisal)
{
    const SelfAssessments repo = store.selfAssessments();
    const auto header = repo.header(id);
    if (!header)
        return Error{tr("No self-assessment with id %1: see pardesk-cli assessment scores.").arg(id)};
    if (appraisal && header->status == u"draft")
        return Error{tr("The self-assessment %1 of %2 is a draft: the council appraises it once it is sent. Print the "
                        "self-assessment table instead.")
                         .arg(id)
                         .arg(header->agencyName)};
    const auto set = store.criteriaSets().get(header->setId);
    const auto scores = repo.scores(id);
    const auto evidence = repo.evidence(id);
    if (!set || !scores || !evidence)
        return !set ? set.failure() : !scores ? scores.failure() : evidence.failure();
    AssessmentHeader named = header.value();
    named.agencyName = fullName(named.agencyName, provinceName(store, named.province));
    AppendixTable table = AssessmentAppendix::build(set.value(), named, scores.value(), evidence.value(), {}, appraisal);
    if (appraisal)
        headedByTheProvince(store, header->province, table);
    else
        DocumentHeader::fill(table.identity, header->agencyName, provinceName(store, header->province));
    AppendixText::markIfSynthetic(store, table.identity);
    return table;
}

Result<AppendixTable> AssessmentTables::ranking(const Store &store, const QString &province, int year)
{
    if (const auto name = store.references().provinceName(province); !name || !name.value())
        return Error{tr("Unknown province \"%1\": use TQ, BG or TV.").arg(province)};
    const auto picture = ProvincePictureLoader::load(store, province, year);
    if (!picture)
        return picture.failure();
    const auto setId = store.criteriaSets().idOfKey(picture->setKey);
    const auto set = setId && setId.value() ? store.criteriaSets().get(*setId.value()) : Result<CriteriaSet>(Error{});
    ProvincePicture named = picture.value();
    for (AgencyStanding &a : named.agencies)
        a.agencyName = fullName(a.agencyName, provinceName(store, province));
    AppendixTable table = AssessmentAppendix::ranking(named, set ? set->name : picture->setKey, {});
    headedByTheProvince(store, province, table);
    AppendixText::markIfSynthetic(store, table.identity);
    return table;
}

} // namespace pardesk
