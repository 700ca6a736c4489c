#pragma once
// A report form with its items, checked when defined: formulas name known items, derived items
// form no cycle, and the order in which they are computed is resolved once. A value: the store
// loads it (Forms::definition).

#include "forms/Formula.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

enum class ItemKind { Group, Count, Percent, YesNo, Choice, Number, Text };

// The kind named as in form_items.kind ("count", "percent", …); nullopt when it names none.
std::optional<ItemKind> itemKindFromName(const QString &name);
QString itemKindName(ItemKind kind);

struct FormItem {
    qint64 id = 0; // 0 when the form was built in memory
    QString code;
    QString label;
    QString unit;
    ItemKind kind = ItemKind::Number;
    std::optional<Formula> formula;
    QList<int> options; // the values a yes/no or coded answer may take
    bool required = false;
};

class FormDefinition {
    Q_DECLARE_TR_FUNCTIONS(FormDefinition)
public:
    // Checks the items: unique codes, formulas that name items of this form, no cycle.
    static Result<FormDefinition> build(QString key, QString name, QList<FormItem> items, qint64 id = 0);

    qint64 id() const { return m_id; }
    const QString &key() const { return m_key; }
    const QString &name() const { return m_name; }
    const QList<FormItem> &items() const { return m_items; }
    const FormItem &item(int index) const { return m_items[index]; }
    int indexOf(const QString &code) const { return m_index.value(code, -1); }

    bool isDerived(int index) const { return m_items[index].formula.has_value(); }
    // The items a derived item reads, as indexes, in the order of its formula's inputs.
    const QList<int> &inputsOf(int index) const { return m_inputs[index]; }
    // Every derived item, each after the derived items it reads.
    const QList<int> &derivedOrder() const { return m_order; }
    // The derived items that read this item directly.
    const QList<int> &dependentsOf(int index) const { return m_dependents[index]; }
    // The derived items that change when this item changes, directly or through others, in
    // computing order: what one edit has to refresh.
    const QList<int> &affectedBy(int index) const { return m_affected[index]; }

private:
    FormDefinition() = default;
    Status resolve();
    QString describeCycle(const QList<int> &stack, int back) const;

    qint64 m_id = 0;
    QString m_key;
    QString m_name;
    QList<FormItem> m_items;
    QHash<QString, int> m_index;
    QList<QList<int>> m_inputs;
    QList<QList<int>> m_dependents;
    QList<QList<int>> m_affected;
    QList<int> m_order;
};

} // namespace pardesk
