#pragma once
// The report forms the store holds: the list, one form's definition (items, formulas, options) and
// how its items are shown.

#include "domain/Records.h"
#include "forms/FormDefinition.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

namespace pardesk {

// How an item is shown, beyond what FormDefinition holds.
struct ItemLook {
    bool bold = false;
    QString hint;
    QList<std::pair<int, QString>> options; // coded answers, value and label, in the form's order
    QString codeWritten;                    // the code as the printed form writes it ("2.1 a")
};

class Forms {
    Q_DECLARE_TR_FUNCTIONS(Forms)
public:
    explicit Forms(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Form>> list() const;
    // nullopt when the store has no form with this key.
    Result<std::optional<Form>> find(const QString &key) const;
    Result<FormDefinition> definition(const QString &key) const;
    Result<FormDefinition> definition(qint64 id) const;
    // By index of the form's items.
    Result<QList<ItemLook>> looks(const FormDefinition &form) const;

private:
    Result<FormDefinition> definitionWhere(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace pardesk
