#include "exchange/ImportSource.h"

#include "store/SubmissionLookup.h"

#include <QSqlQuery>

namespace pardesk {

Result<ImportTarget> ImportTarget::resolve(QSqlDatabase db, const ExchangeIdentity &identity, const QString &fileName)
{
    ImportTarget target;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, province FROM forms WHERE key = ?"));
    q.addBindValue(identity.formKey);
    if (!q.exec() || !q.next())
        return Error{tr("%1: the form \"%2\" is not in this store.").arg(fileName, identity.formKey)};
    target.formVersion = q.value(0).toInt();
    const QString formProvince = q.value(1).toString();
    if (identity.formVersion > target.formVersion)
        return Error{tr("%1: the file was made with version %2 of the form %3, newer than this store's version %4. "
                        "Update ParDesk's forms first.")
                         .arg(fileName)
                         .arg(identity.formVersion)
                         .arg(identity.formKey)
                         .arg(target.formVersion)};
    auto form = FormDefinition::load(db, identity.formKey);
    if (!form)
        return Error{fileName + QStringLiteral(": ") + form.error()};
    target.form = std::move(form).value();

    q.prepare(QStringLiteral("SELECT id, name, province FROM agencies WHERE key = ?"));
    q.addBindValue(identity.agencyKey);
    if (!q.exec() || !q.next())
        return Error{tr("%1: the agency \"%2\" is not in this store.").arg(fileName, identity.agencyKey)};
    target.agencyId = q.value(0).toLongLong();
    target.agencyKey = identity.agencyKey;
    target.agencyName = q.value(1).toString();
    if (!formProvince.isEmpty() && q.value(2).toString() != formProvince)
        return Error{tr("%1: the agency %2 is not of the province %3, whose form %4 is.")
                         .arg(fileName, identity.agencyKey, formProvince, identity.formKey)};

    const auto period = Period::parse(identity.period);
    if (!period)
        return Error{fileName + QStringLiteral(": ") + period.error()};
    target.period = period.value();
    const auto existing = SubmissionLookup(db).find(target.form->id(), target.agencyId, target.period.key());
    if (!existing)
        return Error{existing.error()};
    target.existing = existing.value();
    return target;
}

} // namespace pardesk
