#include "aggregate/FormValues.h"

#include "aggregate/CumulativeRule.h"
#include "forms/FormDefinition.h"
#include "store/Forms.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <limits>

namespace pardesk {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// agencies.valid_from / valid_to: ISO dates, or the part of one the source gave ("2025-06", "2025").
QDate readValidity(const QVariant &text, bool end)
{
    const QString s = text.toString();
    if (s.size() >= 10)
        return QDate::fromString(s.left(10), Qt::ISODate);
    const QDate start = QDate::fromString(s.size() == 7 ? s + QStringLiteral("-01") : s + QStringLiteral("-01-01"), Qt::ISODate);
    if (!start.isValid() || !end)
        return start;
    return (s.size() == 7 ? start.addMonths(1) : start.addYears(1)).addDays(-1);
}

} // namespace

Result<FormValues> FormValues::load(QSqlDatabase db, const QString &formKey, std::optional<qint64> onlyAgency)
{
    FormValues v;
    v.m_db = db;
    v.m_formKey = formKey;
    v.m_onlyAgency = onlyAgency;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, province FROM forms WHERE key = ?"));
    q.addBindValue(formKey);
    if (!q.exec())
        return Error{v.readError(q)};
    if (!q.next())
        return Error{tr("There is no form %1.").arg(formKey)};
    v.m_formId = q.value(0).toLongLong();
    v.m_province = q.value(1).toString();
    for (Status (FormValues::*step)() : {&FormValues::readItems, &FormValues::readAgencies, &FormValues::readValues})
        if (Status s = (v.*step)(); !s)
            return s.failure();
    v.m_computed = QList<double>(v.m_entered.size(), kMissing);
    for (int item : std::as_const(v.m_derivedOrder))
        for (int p = 0; p < v.m_periods.size(); ++p)
            for (int a = 0; a < v.m_agencies.size(); ++a)
                v.computeDerived(item, a, p);
    return v;
}

QString FormValues::readError(const QSqlQuery &query) const
{
    return tr("The values of the form %1 could not be read: %2").arg(m_formKey, query.lastError().text());
}

// The form's formulas and their computing order are FormDefinition's, checked there once (unknown
// items, cycles); what it does not keep (the hint, the kind as stored) is read here.
Status FormValues::readItems()
{
    const Result<FormDefinition> form = Forms(m_db).definition(m_formId);
    if (!form)
        return form.failure();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, code, label, hint, unit, kind FROM form_items WHERE form_id = ? ORDER BY position"));
    q.addBindValue(m_formId);
    if (!q.exec())
        return Error{readError(q)};
    while (q.next()) {
        const int index = int(m_items.size());
        if (index >= form->items().size() || form->item(index).id != q.value(0).toLongLong())
            return Error{tr("The items of form %1 changed while they were read; read them again.").arg(m_formKey)};
        m_itemIndex.insert(q.value(1).toString(), index);
        m_items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), form->item(index).formula, form->inputsOf(index), false});
    }
    QList<CumulativeRule::ItemText> texts;
    for (const Item &item : std::as_const(m_items))
        texts.append({item.code, item.label, item.hint});
    const QList<bool> cumulative = CumulativeRule::cumulativeItems(texts);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].cumulative = cumulative[i];
    m_derivedOrder = form->derivedOrder();
    m_dependents = QList<QList<int>>(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_dependents[i] = form->affectedBy(i);
    // Inputs come first in the computing order, so a derived item sees whether its inputs are cumulative.
    for (int derived : std::as_const(m_derivedOrder))
        for (int input : std::as_const(m_items[derived].inputs))
            m_items[derived].cumulative = m_items[derived].cumulative || m_items[input].cumulative;
    return {};
}

Status FormValues::readAgencies()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, key, name, province, level, parent_id, valid_from, valid_to FROM agencies ORDER BY id")))
        return Error{readError(q)};
    QList<qint64> parents;
    while (q.next()) {
        m_agencyIndex.insert(q.value(0).toLongLong(), int(m_agencies.size()));
        m_agencies.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), -1, readValidity(q.value(6), false), readValidity(q.value(7), true)});
        parents.append(q.value(5).toLongLong());
    }
    for (int a = 0; a < m_agencies.size(); ++a)
        m_agencies[a].parent = agencyIndex(parents[a]);
    return {};
}

void FormValues::setPeriods(const QStringList &keys)
{
    for (const QString &key : keys) {
        const Result<pardesk::Period> parsed = pardesk::Period::parse(key);
        m_periods.append({key, parsed ? std::optional(parsed.value()) : std::nullopt});
    }
    // Period's order (by the end, the shorter first: 2024Q2 before 2024S1), so the last of a range is
    // the one that covers the most; keys that are not periods last.
    std::sort(m_periods.begin(), m_periods.end(), [](const Period &x, const Period &y) {
        if (x.parsed && y.parsed)
            return *x.parsed < *y.parsed;
        return x.parsed.has_value() > y.parsed.has_value() || (!x.parsed && !y.parsed && x.key < y.key);
    });
    for (int p = 0; p < m_periods.size(); ++p)
        m_periodIndex.insert(m_periods[p].key, p);
    m_expected = QList<bool>(m_periods.size() * m_agencies.size());
    for (int p = 0; p < m_periods.size(); ++p)
        for (int a = 0; a < m_agencies.size(); ++a) {
            const Agency &agency = m_agencies[a];
            const std::optional<pardesk::Period> &period = m_periods[p].parsed;
            const bool started = !agency.validFrom.isValid() || !period || agency.validFrom <= period->lastDay();
            const bool ended = agency.validTo.isValid() && period && agency.validTo < period->firstDay();
            m_expected[p * m_agencies.size() + a] = started && !ended;
        }
}

// The submissions, then the one large read: every value of the form, streamed forward.
Status FormValues::readValues()
{
    struct Submission {
        qint64 id;
        qint64 agencyId;
        QString period;
    };
    QList<Submission> submissions;
    QStringList keys;
    QSqlQuery q(m_db);
    const QString ofAgency = m_onlyAgency ? QStringLiteral(" AND s.agency_id = ?") : QString();
    q.prepare(QStringLiteral("SELECT s.id, s.agency_id, s.period FROM submissions s WHERE s.form_id = ?") + ofAgency);
    q.addBindValue(m_formId);
    if (m_onlyAgency)
        q.addBindValue(*m_onlyAgency);
    if (!q.exec())
        return Error{readError(q)};
    qint64 maxSubmissionId = 0;
    while (q.next()) {
        submissions.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
        if (!keys.contains(submissions.constLast().period))
            keys.append(submissions.constLast().period);
        maxSubmissionId = std::max(maxSubmissionId, submissions.constLast().id);
    }
    setPeriods(keys);
    m_entered = QList<double>(qsizetype(m_items.size()) * m_periods.size() * m_agencies.size(), kMissing);
    QHash<qint64, qsizetype> submissionCell; // where a submission's value of the first item goes
    for (const Submission &s : std::as_const(submissions))
        if (const int agency = agencyIndex(s.agencyId); agency >= 0)
            submissionCell.insert(s.id, cell(0, periodIndex(s.period), agency));

    // Item ids are looked up in a table spanning the form's ids rather than hashed: this runs per value.
    qint64 minItemId = std::numeric_limits<qint64>::max(), maxItemId = -1;
    for (const Item &item : std::as_const(m_items)) {
        minItemId = std::min(minItemId, item.id);
        maxItemId = std::max(maxItemId, item.id);
    }
    QList<qsizetype> itemOffset(maxItemId >= minItemId ? maxItemId - minItemId + 1 : 0, -1);
    const qsizetype itemStride = qsizetype(m_periods.size()) * m_agencies.size();
    for (int i = 0; i < m_items.size(); ++i)
        itemOffset[m_items[i].id - minItemId] = i * itemStride;

    // Two columns rather than three: each column of each row costs more in Qt than in SQLite.
    // SQLite hands out rowids from 1 up, so the two ids fit one 64-bit key by far.
    if (maxSubmissionId > 0x7fffffff || maxItemId > 0xffffffff)
        return Error{tr("The form %1 has ids too large to read (submission %2, item %3).")
                         .arg(m_formKey).arg(maxSubmissionId).arg(maxItemId)};
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (v.submission_id << 32) | v.item_id, v.value FROM submissions s "
                             "JOIN submission_values v ON v.submission_id = s.id "
                             "WHERE s.form_id = ? AND v.value IS NOT NULL") + ofAgency);
    q.addBindValue(m_formId);
    if (m_onlyAgency)
        q.addBindValue(*m_onlyAgency);
    if (!q.exec())
        return Error{readError(q)};
    // The rows come a submission at a time (the join walks the submissions), so its cell is looked up once.
    qint64 lastSubmission = -1;
    qsizetype base = 0;
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        const qint64 submission = key >> 32, itemId = key & 0xffffffff;
        if (submission != lastSubmission) {
            base = submissionCell.value(submission, -1);
            lastSubmission = submission;
        }
        if (base < 0 || itemId < minItemId || itemId > maxItemId || itemOffset[itemId - minItemId] < 0)
            continue;
        m_entered[base + itemOffset[itemId - minItemId]] = q.value(1).toDouble();
    }
    return {};
}

void FormValues::computeDerived(int item, int agency, int period)
{
    const Item &it = m_items[item];
    m_inputs.clear();
    for (int input : it.inputs)
        m_inputs.append(value(input, agency, period));
    std::optional<double> v = it.formula->compute(m_inputs);
    if (!v && it.formula->op() == Formula::Op::Sum) {
        const double written = m_entered[cell(item, period, agency)];
        if (!std::isnan(written))
            v = written;
    }
    m_computed[cell(item, period, agency)] = v.value_or(kMissing);
}

std::optional<double> FormValues::value(int item, int agency, int period) const
{
    const double v = row(item, period)[agency];
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

const double *FormValues::row(int item, int period) const
{
    const QList<double> &source = m_items[item].formula ? m_computed : m_entered;
    return source.constData() + cell(item, period, 0);
}

Result<int> FormValues::findItem(const QString &code) const
{
    const int item = itemIndex(code);
    if (item < 0)
        return Error{tr("The form %1 has no item %2.").arg(m_formKey, code)};
    return item;
}

Result<FormValues::Change> FormValues::reload(qint64 submissionId, const QString &itemCode)
{
    const Result<int> found = findItem(itemCode);
    if (!found)
        return found.failure();
    const int item = found.value();
    Change change;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.form_id, s.agency_id, s.period, "
                             "(SELECT value FROM submission_values WHERE submission_id = s.id AND item_id = ?) "
                             "FROM submissions s WHERE s.id = ?"));
    q.addBindValue(m_items[item].id);
    q.addBindValue(submissionId);
    if (!q.exec() || !q.next())
        return Error{tr("There is no submission %1.").arg(submissionId)};
    if (q.value(0).toLongLong() != m_formId)
        return Error{tr("The submission %1 is not of the form %2.").arg(submissionId).arg(m_formKey)};
    change.agency = agencyIndex(q.value(1).toLongLong());
    change.period = periodIndex(q.value(2).toString());
    if (change.agency < 0 || change.period < 0)
        return Error{tr("The submission %1 is for an agency or a period that the form's values were read without; read them again.")
                         .arg(submissionId)};
    m_entered[cell(item, change.period, change.agency)] = q.value(3).isNull() ? kMissing : q.value(3).toDouble();
    change.items = {item};
    if (m_items[item].formula) // a total written without its parts stands as written
        computeDerived(item, change.agency, change.period);
    for (int derived : m_dependents[item]) {
        computeDerived(derived, change.agency, change.period);
        change.items.append(derived);
    }
    return change;
}

} // namespace pardesk
