#include "store/Forms.h"
#include "store/SqlDialect.h"

#include "store/Statement.h"

#include <QHash>

namespace pardesk {
namespace {

const char *const kFormColumns = "SELECT f.id, f.key, f.name, f.province, f.period_kinds, f.version, f.src, "
                                 "(SELECT count(*) FROM form_items i WHERE i.form_id = f.id) FROM forms f ";

Form formOf(const Statement &q)
{
    Form f;
    f.id = q.value(0).toLongLong();
    f.key = q.value(1).toString();
    f.name = q.value(2).toString();
    f.province = q.value(3).toString();
    f.periodKinds = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    f.version = q.value(5).toInt();
    f.source = q.value(6).toString();
    f.itemCount = q.value(7).toInt();
    return f;
}

Error readFailed(const Result<QList<Form>> &r)
{
    return r.failure().withMessage(QCoreApplication::translate("Catalog", "Reading the database failed: %1").arg(r.error()));
}

} // namespace

Result<QList<Form>> Forms::list() const
{
    auto out = Statement(m_db, QLatin1String(kFormColumns) + QStringLiteral("ORDER BY f.id")).list<Form>(formOf);
    if (!out)
        return readFailed(out);
    return out;
}

Result<std::optional<Form>> Forms::find(const QString &key) const
{
    auto out = Statement(m_db, QLatin1String(kFormColumns) + QStringLiteral("WHERE f.key = ?")).bind(key).list<Form>(formOf);
    if (!out)
        return readFailed(out);
    if (out->isEmpty())
        return std::optional<Form>();
    return std::optional<Form>(out->first());
}

Result<FormDefinition> Forms::definition(const QString &key) const
{
    return definitionWhere(QStringLiteral("key = ?"), key);
}

Result<FormDefinition> Forms::definition(qint64 id) const
{
    return definitionWhere(QStringLiteral("id = ?"), id);
}

Result<FormDefinition> Forms::definitionWhere(const QString &where, const QVariant &value) const
{
    const auto failed = [](const Status &s) {
        return s.failure().withMessage(FormDefinition::tr("Reading the form failed: %1").arg(s.error()));
    };
    Statement form(m_db, QStringLiteral("SELECT id, key, name FROM forms WHERE ") + where);
    if (Status s = form.bind(value).exec(); !s)
        return failed(s);
    if (!form.next())
        return Error{FormDefinition::tr("There is no form %1.").arg(value.toString())};
    const qint64 formId = form.value(0).toLongLong();
    const QString key = form.value(1).toString();
    const QString name = form.value(2).toString();

    QHash<qint64, QList<int>> options;
    Statement q(m_db, QStringLiteral("SELECT o.item_id, o.value FROM form_item_options o JOIN form_items i ON i.id = o.item_id "
                                     "WHERE i.form_id = ? ORDER BY o.item_id, o.value"));
    if (Status s = q.bind(formId).exec(); !s)
        return failed(s);
    while (q.next())
        options[q.value(0).toLongLong()].append(q.value(1).toInt());

    QList<FormItem> items;
    Statement i(m_db, QStringLiteral("SELECT id, code, label, unit, kind, formula, required FROM form_items "
                                     "WHERE form_id = ? ORDER BY position"));
    if (Status s = i.bind(formId).exec(); !s)
        return failed(s);
    while (i.next()) {
        FormItem item;
        item.id = i.value(0).toLongLong();
        item.code = i.value(1).toString();
        item.label = i.value(2).toString();
        item.unit = i.value(3).toString();
        const auto kind = itemKindFromName(i.value(4).toString());
        if (!kind)
            return Error{FormDefinition::tr("In the form %1, item %2 has the unknown kind \"%3\".")
                             .arg(key, item.code, i.value(4).toString())};
        item.kind = *kind;
        if (!i.value(5).isNull()) {
            auto formula = Formula::fromJson(i.value(5).toString());
            if (!formula)
                return Error{FormDefinition::tr("In the form %1, item %2: %3").arg(key, item.code, formula.error())};
            item.formula = std::move(formula).value();
        }
        item.options = options.value(item.id);
        item.required = i.value(6).toBool();
        items.append(std::move(item));
    }
    return FormDefinition::build(key, name, std::move(items), formId);
}

Result<QList<ItemLook>> Forms::looks(const FormDefinition &form) const
{
    const auto failed = [](const Status &s) {
        return s.failure().withMessage(QCoreApplication::translate("SubmissionLookup", "Reading the database failed: %1").arg(s.error()));
    };
    QHash<qint64, int> indexOfItem;
    for (int i = 0; i < form.items().size(); ++i)
        indexOfItem.insert(form.item(i).id, i);
    QList<ItemLook> out(form.items().size());

    Statement items(m_db, QStringLiteral("SELECT id, bold, hint, coalesce(code_written, code) FROM form_items WHERE form_id = ?"));
    if (Status s = items.bind(form.id()).exec(); !s)
        return failed(s);
    while (items.next()) {
        if (const int i = indexOfItem.value(items.value(0).toLongLong(), -1); i >= 0)
            out[i] = {items.value(1).toBool(), items.value(2).toString(), {}, items.value(3).toString()};
    }
    // The options in the order the form writes them ("Không = 0 Có = 1" stays so): insertion order.
    Statement options(m_db, QStringLiteral("SELECT o.item_id, o.value, o.label FROM form_item_options o "
                                           "JOIN form_items i ON i.id = o.item_id WHERE i.form_id = ? ORDER BY o.")
                                   + insertionOrder(m_db));
    if (Status s = options.bind(form.id()).exec(); !s)
        return failed(s);
    while (options.next()) {
        if (const int i = indexOfItem.value(options.value(0).toLongLong(), -1); i >= 0)
            out[i].options.append({options.value(1).toInt(), options.value(2).toString()});
    }
    return out;
}

} // namespace pardesk
