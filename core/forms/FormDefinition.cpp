#include "forms/FormDefinition.h"

#include <QHash>
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

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Group:
        return QStringLiteral("group");
    case ItemKind::Count:
        return QStringLiteral("count");
    case ItemKind::Percent:
        return QStringLiteral("percent");
    case ItemKind::YesNo:
        return QStringLiteral("yesno");
    case ItemKind::Choice:
        return QStringLiteral("choice");
    case ItemKind::Number:
        return QStringLiteral("number");
    case ItemKind::Text:
        break;
    }
    return QStringLiteral("text");
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
        return s.failure();
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

} // namespace pardesk
