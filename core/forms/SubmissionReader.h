#pragma once
// Reads from the store what an agency entered in a submission, one value per item of its form.

#include "forms/EnteredValue.h"
#include "forms/FormDefinition.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pardesk {

class SubmissionReader {
    Q_DECLARE_TR_FUNCTIONS(SubmissionReader)
public:
    explicit SubmissionReader(QSqlDatabase db) : m_db(std::move(db)) {}

    // The id of the submission's form; an unknown submission is refused with a message naming it.
    Result<qint64> formId(qint64 submissionId) const;
    // By index of the form's items; items with no stored value are missing.
    Result<QList<EnteredValue>> entered(const FormDefinition &form, qint64 submissionId) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
