#include "store/FormValueRepository.h"

#include "forms/FormDefinition.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <algorithm>
#include <limits>

namespace pardesk {
namespace {

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

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

// The submissions in scope, as a condition on `s`, written once for both reads of load().
struct SubmissionFilter {
    QString sql;
    QVariantList values;

    SubmissionFilter(qint64 formId, const FormValueRepository::Scope &scope)
        : sql(QStringLiteral("s.form_id = ?")), values{formId}
    {
        if (!scope.periods.isEmpty()) {
            sql += QStringLiteral(" AND s.period IN (%1)").arg(placeholders(scope.periods.size()));
            for (const QString &p : scope.periods)
                values.append(p);
        }
        if (scope.agency) {
            sql += QStringLiteral(" AND s.agency_id = ?");
            values.append(*scope.agency);
        }
    }
    void bind(Statement &q) const
    {
        for (const QVariant &v : values)
            q.bind(v);
    }
};

} // namespace

// The statement's failure told for the form; it keeps its kind (a busy store may be read again).
Error FormValueRepository::readError(const QString &formKey, const Error &failed) const
{
    return failed.withMessage(FormValues::tr("The values of the form %1 could not be read: %2").arg(formKey, failed.message));
}

Result<FormValues::Form> FormValueRepository::readForm(const QString &formKey, qint64 *formId) const
{
    FormValues::Form form{formKey, {}, {}};
    {
        // One row, read whole (not streamed): it is done with before the items are read.
        Statement q(m_db, QStringLiteral("SELECT id, province FROM forms WHERE key = ?"));
        if (Status s = q.bind(formKey).exec(); !s)
            return readError(formKey, s.failure());
        if (!q.next())
            return Error{FormValues::tr("There is no form %1.").arg(formKey)};
        *formId = q.value(0).toLongLong();
        form.province = q.value(1).toString();
    }
    Statement q(m_db, QStringLiteral("SELECT id, code, label, hint, unit, kind, formula FROM form_items WHERE form_id = ? ORDER BY position"));
    if (Status s = q.streamRows().bind(*formId).exec(); !s)
        return readError(formKey, s.failure());
    while (q.next()) {
        FormValues::Item item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(),   q.value(5).toString(), std::nullopt,          {},
                              false};
        if (!itemKindFromName(item.kind))
            return Error{FormDefinition::tr("In the form %1, item %2 has the unknown kind \"%3\".").arg(formKey, item.code, item.kind)};
        if (!q.value(6).isNull()) {
            auto formula = Formula::fromJson(q.value(6).toString());
            if (!formula)
                return Error{FormDefinition::tr("In the form %1, item %2: %3").arg(formKey, item.code, formula.error())};
            item.formula = std::move(formula).value();
        }
        form.items.append(std::move(item));
    }
    return form;
}

Result<QList<FormValues::Agency>> FormValueRepository::readAgencies(const QString &formKey) const
{
    Statement q(m_db, QStringLiteral("SELECT id, key, name, province, level, parent_id, valid_from, valid_to FROM agencies ORDER BY id"));
    if (Status s = q.streamRows().exec(); !s)
        return readError(formKey, s.failure());
    QList<FormValues::Agency> agencies;
    while (q.next())
        agencies.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), -1, readValidity(q.value(6), false), readValidity(q.value(7), true),
                         q.value(5).toLongLong()});
    return agencies;
}

// The submissions, then the one large read: the values in scope, streamed forward.
Result<FormValues> FormValueRepository::load(const QString &formKey, const Scope &scope) const
{
    qint64 formId = 0;
    Result<FormValues::Form> form = readForm(formKey, &formId);
    if (!form)
        return form.failure();
    const Result<QList<FormValues::Agency>> agencies = readAgencies(formKey);
    if (!agencies)
        return agencies.failure();

    struct Submission {
        qint64 id;
        qint64 agencyId;
        QString period;
    };
    const SubmissionFilter filter(formId, scope);
    QList<Submission> submissions;
    QStringList keys;
    qint64 maxSubmissionId = 0;
    {
        Statement q(m_db, QStringLiteral("SELECT s.id, s.agency_id, s.period FROM submissions s WHERE ") + filter.sql);
        filter.bind(q.streamRows());
        if (Status s = q.exec(); !s)
            return readError(formKey, s.failure());
        while (q.next()) {
            submissions.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
            if (!keys.contains(submissions.constLast().period))
                keys.append(submissions.constLast().period);
            maxSubmissionId = std::max(maxSubmissionId, submissions.constLast().id);
        }
    }
    // Only the items in scope are held: a few of a large form take a few rows of memory.
    Result<FormValues> created = FormValues::create(std::move(form).value(), agencies.value(), keys, scope.items);
    if (!created)
        return created.failure();
    FormValues &values = created.value();

    struct Place {
        int agency;
        int period;
    };
    QHash<qint64, Place> submissionPlace;
    for (const Submission &s : std::as_const(submissions))
        if (const int agency = values.agencyIndex(s.agencyId); agency >= 0)
            submissionPlace.insert(s.id, {agency, values.periodIndex(s.period)});

    // The items in scope (held): all, or those asked with their inputs. Of these, the stored values
    // read are those that can count: a ratio is only ever computed from its inputs (FormValues::value),
    // so what a source wrote for it is left in the store; a total's stands when a part is missing.
    QList<int> itemsRead;
    if (!scope.items.isEmpty())
        for (int i = 0; i < values.items().size(); ++i)
            if (const auto &formula = values.items()[i].formula; values.holds(i) && (!formula || formula->op() == Formula::Op::Sum))
                itemsRead.append(i);
    // Item ids are looked up in a table spanning the form's ids rather than hashed: this runs per value.
    const QList<FormValues::Item> &items = values.items();
    qint64 minItemId = std::numeric_limits<qint64>::max(), maxItemId = -1;
    for (const FormValues::Item &item : items) {
        minItemId = std::min(minItemId, item.id);
        maxItemId = std::max(maxItemId, item.id);
    }
    QList<int> itemOfId(maxItemId >= minItemId ? maxItemId - minItemId + 1 : 0, -1);
    for (int i = 0; i < items.size(); ++i)
        if (scope.items.isEmpty() || itemsRead.contains(i))
            itemOfId[items[i].id - minItemId] = i;

    // Two columns rather than three: each column of each row costs more in Qt than in SQLite.
    // SQLite hands out rowids from 1 up, so the two ids fit one 64-bit key by far.
    if (maxSubmissionId > 0x7fffffff || maxItemId > 0xffffffff)
        return Error{FormValues::tr("The form %1 has ids too large to read (submission %2, item %3).")
                         .arg(formKey).arg(maxSubmissionId).arg(maxItemId)};
    if (submissions.isEmpty() || (!scope.items.isEmpty() && itemsRead.isEmpty())) {
        values.computeDerived();
        return created;
    }
    QString itemFilter;
    if (!scope.items.isEmpty())
        itemFilter = QStringLiteral(" AND v.item_id IN (%1)").arg(placeholders(itemsRead.size()));
    // The rows come a submission at a time, so its place is looked up once.
    qint64 lastSubmission = -1;
    Place place{-1, -1};
    qint64 rows = 0;
    const auto take = [&](qint64 submission, qint64 itemId, double value) {
        ++rows;
        if (submission != lastSubmission) {
            place = submissionPlace.value(submission, Place{-1, -1});
            lastSubmission = submission;
        }
        if (place.agency < 0 || itemId < minItemId || itemId > maxItemId)
            return;
        if (const int item = itemOfId[itemId - minItemId]; item >= 0)
            values.setEntered(item, place.agency, place.period, value);
    };
    const bool server = engineOf(m_db) == Engine::Postgres;
    // SQLite: one row per value, two columns (each column of each row costs more in Qt than in
    // SQLite). On a server each row costs a round of libpq and Qt's own objects, which made reading a
    // province's million values 2.6 times one GROUP BY on the same server (bench_aggregate): there
    // the server packs each submission's values into one text, "item:value item:value …", read below.
    // A few items of each submission in scope (the targets' figures): the server looks each
    // submission's up in the key (submission_id, item_id). Joined instead, PostgreSQL's planner reads
    // the whole table of a million values to keep some thousands (bench_aggregate: 90 ms, not 20).
    const QString packValues = QStringLiteral("string_agg(v.item_id::text || ':' || v.value::text, ' ')");
    const bool eachSubmission = server && !itemFilter.isEmpty();
    Statement q(m_db, eachSubmission ? QStringLiteral("SELECT s.id, (SELECT ") + packValues + QStringLiteral(" FROM submission_values v "
                                           "WHERE v.submission_id = s.id AND v.value IS NOT NULL") + itemFilter +
                                           QStringLiteral(") FROM submissions s WHERE ") + filter.sql
                      : server ? QStringLiteral("SELECT v.submission_id, ") + packValues + QStringLiteral(
                                     " FROM submissions s JOIN submission_values v ON v.submission_id = s.id "
                                     "WHERE v.value IS NOT NULL AND ") + filter.sql + itemFilter + QStringLiteral(" GROUP BY v.submission_id")
                      : QStringLiteral("SELECT (v.submission_id << 32) | v.item_id, v.value FROM submissions s "
                                       "JOIN submission_values v ON v.submission_id = s.id "
                                       "WHERE v.value IS NOT NULL AND ") + filter.sql + itemFilter);
    // The parameters in the order of the text: the items come first when they are in the subquery.
    q.streamRows();
    if (!eachSubmission)
        filter.bind(q);
    for (int i : std::as_const(itemsRead))
        q.bind(items[i].id);
    if (eachSubmission)
        filter.bind(q);
    if (Status s = q.exec(); !s)
        return readError(formKey, s.failure());
    while (q.next()) {
        if (!server) {
            const qint64 key = q.value(0).toLongLong();
            take(key >> 32, key & 0xffffffff, q.value(1).toDouble());
            continue;
        }
        const qint64 submission = q.value(0).toLongLong();
        const QByteArray packed = q.value(1).toString().toLatin1(); // empty: none of its values in scope
        for (qsizetype from = 0; from < packed.size();) {
            qsizetype to = packed.indexOf(' ', from);
            if (to < 0)
                to = packed.size();
            const QByteArrayView pair = QByteArrayView(packed).sliced(from, to - from);
            from = to + 1;
            const qsizetype colon = pair.indexOf(':');
            if (colon <= 0)
                return Error{FormValues::tr("The form %1 could not be read: the server sent \"%2\".").arg(formKey, QString::fromLatin1(pair))};
            bool itemRead = false, valueRead = false;
            const qint64 itemId = pair.first(colon).toLongLong(&itemRead);
            const double value = pair.sliced(colon + 1).toDouble(&valueRead);
            if (!itemRead || !valueRead)
                return Error{FormValues::tr("The form %1 could not be read: the server sent \"%2\".").arg(formKey, QString::fromLatin1(pair))};
            take(submission, itemId, value);
        }
    }
    m_rowsRead += rows;
    values.computeDerived();
    return created;
}

Result<QStringList> FormValueRepository::periodKeys(const QString &formKey) const
{
    // One step of the index (form_id, period) per period, from each to the next, rather than every
    // submission of the form's history read to keep its few distinct periods (SELECT DISTINCT):
    // a province's form has a few dozen periods and some thousands of submissions.
    Statement q(m_db, QStringLiteral("WITH RECURSIVE p(form_id, period) AS ("
                                     "SELECT f.id, (SELECT min(s.period) FROM submissions s WHERE s.form_id = f.id) FROM forms f WHERE f.key = ? "
                                     "UNION ALL SELECT p.form_id, (SELECT min(s.period) FROM submissions s WHERE s.form_id = p.form_id AND s.period > p.period) "
                                     "FROM p WHERE p.period IS NOT NULL) "
                                     "SELECT period FROM p WHERE period IS NOT NULL"));
    if (Status s = q.streamRows().bind(formKey).exec(); !s)
        return readError(formKey, s.failure());
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

Result<bool> FormValueRepository::hasItem(const QString &formKey, const QString &itemCode) const
{
    const auto found = Statement(m_db, QStringLiteral("SELECT 1 FROM form_items i JOIN forms f ON f.id = i.form_id WHERE f.key = ? AND i.code = ?"))
                           .bind({formKey, itemCode})
                           .first();
    if (!found)
        return readError(formKey, found.failure());
    return found.value().has_value();
}

Result<FormValues::ValueRow> FormValueRepository::valueRow(const QString &formKey, qint64 submissionId,
                                                           const QString &itemCode) const
{
    Statement q(m_db, QStringLiteral("SELECT f.key, s.agency_id, s.period, "
                                     "(SELECT v.value FROM submission_values v JOIN form_items i ON i.id = v.item_id "
                                     "WHERE v.submission_id = s.id AND i.form_id = s.form_id AND i.code = ?) "
                                     "FROM submissions s JOIN forms f ON f.id = s.form_id WHERE s.id = ?"));
    // A failed read is told as one, not as a missing submission.
    if (Status s = q.bind({itemCode, submissionId}).exec(); !s)
        return readError(formKey, s.failure());
    if (!q.next())
        return Error{FormValues::tr("There is no submission %1.").arg(submissionId)};
    if (q.value(0).toString() != formKey)
        return Error{FormValues::tr("The submission %1 is not of the form %2.").arg(submissionId).arg(formKey)};
    ++m_rowsRead;
    return FormValues::ValueRow{q.value(1).toLongLong(), q.value(2).toString(), itemCode,
                                q.value(3).isNull() ? std::nullopt : std::optional<double>(q.value(3).toDouble())};
}

Result<FormValueRepository::History> FormValueRepository::historyOf(qint64 submissionId) const
{
    QString formKey, period;
    qint64 agencyId = 0;
    {
        // Read and done with before load() runs its own statements on the connection.
        Statement q(m_db, QStringLiteral("SELECT f.key, s.agency_id, s.period FROM submissions s JOIN forms f ON f.id = s.form_id WHERE s.id = ?"));
        if (Status s = q.bind(submissionId).exec(); !s)
            return s.failure().withMessage(tr("The submission %1 could not be read: %2").arg(submissionId).arg(s.error()));
        if (!q.next())
            return Error{FormValues::tr("There is no submission %1.").arg(submissionId)};
        formKey = q.value(0).toString();
        agencyId = q.value(1).toLongLong();
        period = q.value(2).toString();
    }
    Scope scope;
    scope.agency = agencyId;
    Result<FormValues> values = load(formKey, scope);
    if (!values)
        return values.failure();
    const int agency = values->agencyIndex(agencyId), at = values->periodIndex(period);
    return History{std::move(values).value(), agency, at};
}

} // namespace pardesk
