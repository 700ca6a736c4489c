#include "exchange/ImportSource.h"

#include "store/Store.h"


namespace pardesk {

Result<AgencyRef> ImportTarget::knownAgency(const Store &store, const QString &key, const QString &fileName)
{
    const auto agency = store.references().agency(key);
    if (!agency)
        return agency.failure().withMessage(fileName + QStringLiteral(": ") + agency.error());
    if (!agency.value())
        return Error{tr("%1: the agency \"%2\" is not in this store.").arg(fileName, key)};
    return *agency.value();
}

Result<ImportTarget> ImportTarget::resolve(const Store &store, const ExchangeIdentity &identity, const QString &fileName)
{
    ImportTarget target;
    const auto stored = store.forms().find(identity.formKey);
    if (!stored)
        return stored.failure().withMessage(fileName + QStringLiteral(": ") + stored.error());
    if (!stored.value())
        return Error{tr("%1: the form \"%2\" is not in this store.").arg(fileName, identity.formKey)};
    target.formVersion = stored.value()->version;
    const QString formProvince = stored.value()->province;
    if (identity.formVersion > target.formVersion)
        return Error{tr("%1: the file was made with version %2 of the form %3, newer than this store's version %4. "
                        "Update ParDesk's forms first.")
                         .arg(fileName)
                         .arg(identity.formVersion)
                         .arg(identity.formKey)
                         .arg(target.formVersion)};
    auto form = store.forms().definition(identity.formKey);
    if (!form)
        return form.failure().withMessage(fileName + QStringLiteral(": ") + form.error());
    target.form = std::move(form).value();

    const auto agency = knownAgency(store, identity.agencyKey, fileName);
    if (!agency)
        return agency.failure();
    target.agencyId = agency->id;
    target.agencyKey = identity.agencyKey;
    target.agencyName = agency->name;
    if (!formProvince.isEmpty() && agency->province != formProvince)
        return Error{tr("%1: the agency %2 is not of the province %3, whose form %4 is.")
                         .arg(fileName, identity.agencyKey, formProvince, identity.formKey)};

    const auto period = Period::parse(identity.period);
    if (!period)
        return period.failure().withMessage(fileName + QStringLiteral(": ") + period.error());
    target.period = period.value();
    const auto existing = store.submissions().find(target.form->id(), target.agencyId, target.period.key());
    if (!existing)
        return existing.failure();
    target.existing = existing.value();
    return target;
}

} // namespace pardesk
