#pragma once
// The stored values of the forms' submissions, read into FormValues: scoped by form and, when
// asked, by periods, items and agency, so that a caller reads what it asks about and no more.

#include "aggregate/FormValues.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace pardesk {

class FormValueRepository {
    Q_DECLARE_TR_FUNCTIONS(FormValueRepository)
public:
    struct Scope {
        QStringList periods;          // period keys; empty: every period of the form
        QStringList items;            // item codes, with what derived ones read; empty: every item
        std::optional<qint64> agency; // one agency's values (its history); every agency still listed
    };

    explicit FormValueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The form's items, every agency, the periods in scope that some agency reported for, and the
    // values in scope. A period asked for that nobody reported is not among periods().
    Result<FormValues> load(const QString &formKey, const Scope &scope = {}) const;

    // The periods the form has submissions for (keys, in no particular order).
    Result<QStringList> periodKeys(const QString &formKey) const;
    // Whether the form has the item.
    Result<bool> hasItem(const QString &formKey, const QString &itemCode) const;

    // One value of a submission as stored now, after an edit: what FormValues::apply takes.
    Result<FormValues::ValueRow> valueRow(const QString &formKey, qint64 submissionId, const QString &itemCode) const;

    // The submission's agency's values of its form (its history), with where the submission sits
    // in it: what OutlierFindings::of takes.
    struct History {
        FormValues values;
        int agency = -1; // indexes into values
        int period = -1;
    };
    Result<History> historyOf(qint64 submissionId) const;

    // How many value rows this repository has read: for tests that a question reads only what it needs.
    qint64 rowsRead() const { return m_rowsRead; }

private:
    // A statement's failure told for the form, keeping its kind (busy, refused).
    Error readError(const QString &formKey, const Error &failed) const;
    Result<FormValues::Form> readForm(const QString &formKey, qint64 *formId) const;
    Result<QList<FormValues::Agency>> readAgencies(const QString &formKey) const;

    QSqlDatabase m_db;
    mutable qint64 m_rowsRead = 0;
};

} // namespace pardesk
