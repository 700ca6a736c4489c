#include "store/StoreBuilder.h"

#include "text/NumberFormat.h"


namespace pardesk::generate {
namespace {

const QString kNow = QStringLiteral("2025-01-01T00:00:00");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

StoreBuilder::StoreBuilder(QSqlDatabase db)
    : m_db(std::move(db)),
      m_agency(m_db, QStringLiteral("INSERT INTO agencies(key, name, province, level, parent_id, valid_from, valid_to, src) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'synthetic')")),
      m_item(m_db, QStringLiteral("INSERT INTO form_items(form_id, position, code, label, hint, unit, kind, formula, src) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'synthetic')")),
      m_submission(m_db, QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at, src) "
                                        "VALUES (?, ?, ?, 'submitted', ?, ?, 'synthetic')")),
      m_value(m_db, QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value) VALUES (?, ?, ?, ?)"))
{
}

qint64 StoreBuilder::run(Statement &statement, const QVariantList &values)
{
    if (!m_status)
        return -1;
    for (const QVariant &value : values)
        statement.bind(value);
    if (Status s = statement.exec(); !s) {
        m_status = s;
        return -1;
    }
    return statement.lastInsertId();
}

void StoreBuilder::addProvince(const QString &code, const QString &name, bool synthetic)
{
    Statement q(m_db, QStringLiteral("INSERT INTO provinces(code, name, synthetic) VALUES (?, ?, ?)"));
    run(q, {code, name, synthetic ? 1 : 0});
}

qint64 StoreBuilder::addAgency(const QString &key, const QString &name, const QString &province, const QString &level,
                               qint64 parentId, const QString &validFrom, const QString &validTo)
{
    return run(m_agency, {key, name, province, level, parentId > 0 ? QVariant(parentId) : QVariant(),
                          textOrNull(validFrom), textOrNull(validTo)});
}

qint64 StoreBuilder::addForm(const QString &key, const QString &name, const QString &province)
{
    Statement q(m_db, QStringLiteral("INSERT INTO forms(key, name, province, period_kinds, src) "
                                     "VALUES (?, ?, ?, '[\"quarter\",\"year\"]', 'synthetic')"));
    m_position = 0;
    return run(q, {key, name, province});
}

qint64 StoreBuilder::addItem(qint64 formId, const QString &code, const QString &label, const QString &hint,
                             const QString &unit, const QString &kind, const QString &formulaJson)
{
    // form_items.unit is NOT NULL: an item without a unit has the empty text.
    return run(m_item, {formId, ++m_position, code, label, textOrNull(hint), unit.isNull() ? QStringLiteral("") : unit, kind,
                        textOrNull(formulaJson)});
}

qint64 StoreBuilder::addSubmission(qint64 formId, qint64 agencyId, const QString &period)
{
    return run(m_submission, {formId, agencyId, period, kNow, kNow});
}

void StoreBuilder::setValue(qint64 submissionId, qint64 itemId, std::optional<double> value)
{
    run(m_value, {submissionId, itemId, value ? formatNumber(*value, 2) : QStringLiteral("-"),
                  value ? QVariant(*value) : QVariant()});
}

} // namespace pardesk::generate
