#pragma once
// Generated test data: an agency's report of a form for a period, with the given values, written
// through the store's repositories as an office would enter it, then submitted.

#include "store/Store.h"

#include <QHash>

namespace pardesk::test {

inline Status reportFigures(const Store &store, const QString &formKey, const QString &agencyKey, const QString &period,
                            const QHash<QString, double> &values)
{
    const auto form = store.forms().definition(formKey);
    const auto agency = store.references().agency(agencyKey);
    if (!form || !agency || !agency.value())
        return Error{QStringLiteral("no form %1 or agency %2").arg(formKey, agencyKey)};
    auto id = store.submissions().create(form->id(), agency.value()->id, period);
    if (!id)
        return id.failure();
    QList<CellWrite> writes;
    for (const FormItem &item : form->items())
        if (values.contains(item.code))
            writes.append({item.id, item.code, CellWrite::Field::Value, QString::number(values.value(item.code)),
                           values.value(item.code)});
    if (Status s = store.submissions().write(id.value(), writes); !s)
        return s;
    return store.submissions().submit(id.value(), {});
}

} // namespace pardesk::test
