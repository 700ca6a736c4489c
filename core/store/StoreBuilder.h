#pragma once
// Writes provinces, agencies, a form and agencies' submissions straight into a store: the
// benchmark's synthetic province and the tests' small hand-made stores.

#include "util/Result.h"

#include <QSqlDatabase>
#include "store/Statement.h"

#include <QString>
#include <optional>

namespace pardesk::generate {

class StoreBuilder {
public:
    explicit StoreBuilder(QSqlDatabase db);

    // Every add returns the new row's id, or -1 after the first failure; status() tells which.
    void addProvince(const QString &code, const QString &name, bool synthetic);
    qint64 addAgency(const QString &key, const QString &name, const QString &province, const QString &level,
                     qint64 parentId = 0, const QString &validFrom = {}, const QString &validTo = {});
    qint64 addForm(const QString &key, const QString &name, const QString &province);
    // formulaJson as form_items.formula holds it (forms/Formula.h), empty for an entered item.
    qint64 addItem(qint64 formId, const QString &code, const QString &label, const QString &hint,
                   const QString &unit, const QString &kind, const QString &formulaJson = {});
    qint64 addSubmission(qint64 formId, qint64 agencyId, const QString &period);
    // No value writes the row as an official leaves a cell: raw "-", value NULL.
    void setValue(qint64 submissionId, qint64 itemId, std::optional<double> value);

    const Status &status() const { return m_status; }

private:
    qint64 run(Statement &statement, const QVariantList &values);

    QSqlDatabase m_db;
    // Through Statement, so that a synthetic store is written on a server too (the ids it hands
    // out, booleans as 0/1): the benchmarks measure both engines (issue 14).
    Statement m_agency, m_item, m_submission, m_value;
    Status m_status;
    int m_position = 0;
};

} // namespace pardesk::generate
