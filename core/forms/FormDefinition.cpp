#include "forms/FormDefinition.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace pardesk {

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    static const QHash<QString, ItemKind> kinds = {
        {QStringLiteral("group"), ItemKind::Group},   {QStringLiteral("count"), ItemKind::Count},
        {QStringLiteral("percent"), ItemKind::Percent}, {QStringLiteral("yesno"), ItemKind::YesNo},
        {QStringLiteral("choice"), ItemKind::Choice}, {QStringLiteral("number"), ItemKind::Number},
        {QStringLiteral("text"), ItemKind::Text},
    };
    const auto found = kinds.constFind(name);
    return found == kinds.constEnd() ? std::nullopt : std::optional<ItemKind>(*found);
}

Result<FormDefinition> FormDefinition::build(QString key, QString name, QList<FormItem> items, qint64 id)
{
    FormDefinition form;
    form.m_id = id;
    form.m_key = std::move(key);
    form.m_name = std::move(name);
    form.m_items = std::move(items);
    for (int i = 0; i < form.m_items.size(); ++i) {
        const QString &code = form.m_items[i].code;
        if (form.m_index.contains(code))
            return Error{tr("The form %1 has the item %2 twice.").arg(form.m_key, code)};
        form.m_index.insert(code, i);
    }
    if (Status s = form.resolve(); !s)
        return Error{s.error()};
    return form;
}

// Depth-first over the inputs of derived items: an item is placed after everything it reads, and
// reaching an item that is still being visited closes a cycle.
Status FormDefinition::resolve()
{
    const int n = int(m_items.size());
    m_inputs = QList<QList<int>>(n);
    m_dependents = QList<QList<int>>(n);
    m_affected = QList<QList<int>>(n);
    for (int i = 0; i < n; ++i) {
        if (!m_items[i].formula)
            continue;
        for (const QString &code : m_items[i].formula->inputs()) {
            const int input = indexOf(code);
            if (input < 0)
                return Error{tr("In the form %1, the formula of item %2 names the unknown item %3.")
                                 .arg(m_key, m_items[i].code, code)};
            m_inputs[i].append(input);
            if (!m_dependents[input].contains(i))
                m_dependents[input].append(i);
        }
    }

    enum Mark { Unvisited, Visiting, Done };
    QList<Mark> marks(n, Unvisited);
    QList<int> stack;
    std::function<Status(int)> visit = [&](int i) -> Status {
        marks[i] = Visiting;
        stack.append(i);
        for (int input : m_inputs[i]) {
            if (marks[input] == Visiting)
                return Error{tr("In the form %1, derived items depend on each other in a cycle: %2.")
                                 .arg(m_key, describeCycle(stack, input))};
            if (marks[input] == Unvisited && isDerived(input))
                if (Status s = visit(input); !s)
                    return s;
        }
        stack.removeLast();
        marks[i] = Done;
        m_order.append(i);
        return {};
    };
    for (int i = 0; i < n; ++i)
        if (isDerived(i) && marks[i] == Unvisited)
            if (Status s = visit(i); !s)
                return s;

    QList<int> rank(n, -1);
    for (int r = 0; r < m_order.size(); ++r)
        rank[m_order[r]] = r;
    for (int i = 0; i < n; ++i) {
        QList<int> &affected = m_affected[i];
        QList<int> pending = m_dependents[i];
        while (!pending.isEmpty()) {
            const int d = pending.takeLast();
            if (affected.contains(d))
                continue;
            affected.append(d);
            pending.append(m_dependents[d]);
        }
        std::sort(affected.begin(), affected.end(), [&](int a, int b) { return rank[a] < rank[b]; });
    }
    return {};
}

// "2.1 → 2.1.1 → 2.1": each item reads the next.
QString FormDefinition::describeCycle(const QList<int> &stack, int back) const
{
    QStringList codes;
    for (qsizetype at = stack.indexOf(back); at < stack.size(); ++at)
        codes.append(m_items[stack[at]].code);
    codes.append(m_items[back].code);
    return codes.join(QStringLiteral(" → "));
}

Result<FormDefinition> FormDefinition::load(QSqlDatabase db, const QString &key)
{
    return loadWhere(db, QStringLiteral("key = ?"), key);
}

Result<FormDefinition> FormDefinition::load(QSqlDatabase db, qint64 id)
{
    return loadWhere(db, QStringLiteral("id = ?"), id);
}

Result<FormDefinition> FormDefinition::loadWhere(QSqlDatabase db, const QString &where, const QVariant &value)
{
    const auto failed = [](const QSqlQuery &q) {
        return Error{tr("Reading the form failed: %1").arg(q.lastError().text())};
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, key, name FROM forms WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Error{tr("There is no form %1.").arg(value.toString())};
    const qint64 formId = q.value(0).toLongLong();
    const QString key = q.value(1).toString();
    const QString name = q.value(2).toString();

    QHash<qint64, QList<int>> options;
    q.prepare(QStringLiteral("SELECT o.item_id, o.value FROM form_item_options o JOIN form_items i ON i.id = o.item_id "
                             "WHERE i.form_id = ? ORDER BY o.item_id, o.value"));
    q.addBindValue(formId);
    if (!q.exec())
        return failed(q);
    while (q.next())
        options[q.value(0).toLongLong()].append(q.value(1).toInt());

    QList<FormItem> items;
    q.prepare(QStringLiteral("SELECT id, code, label, unit, kind, formula, required FROM form_items "
                             "WHERE form_id = ? ORDER BY position"));
    q.addBindValue(formId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        FormItem item;
        item.id = q.value(0).toLongLong();
        item.code = q.value(1).toString();
        item.label = q.value(2).toString();
        item.unit = q.value(3).toString();
        const auto kind = itemKindFromName(q.value(4).toString());
        if (!kind)
            return Error{tr("In the form %1, item %2 has the unknown kind \"%3\".").arg(key, item.code, q.value(4).toString())};
        item.kind = *kind;
        if (!q.value(5).isNull()) {
            auto formula = Formula::fromJson(q.value(5).toString());
            if (!formula)
                return Error{tr("In the form %1, item %2: %3").arg(key, item.code, formula.error())};
            item.formula = std::move(formula).value();
        }
        item.options = options.value(item.id);
        item.required = q.value(6).toBool();
        items.append(std::move(item));
    }
    return build(key, name, std::move(items), formId);
}

} // namespace pardesk
