#pragma once
// What entering a submission reads beyond the catalog: the agencies to choose from, one
// submission's header and stored cells, how each form item is shown, and the same agency's
// earlier periods (the history of an item).

#include "forms/FormDefinition.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

namespace pardesk {

struct AgencyRef {
    qint64 id = 0;
    QString key;
    QString name;
    QString province;
};

struct SubmissionHeader {
    qint64 id = 0;
    qint64 formId = 0;
    QString formKey;
    QString formName;
    qint64 agencyId = 0;
    QString agencyKey;
    QString agencyName;
    QString period; // the key, as stored ("2022S1")
    QString status; // draft, submitted or approved
    QString explanation;
    QString updatedAt;
};

// How an item is shown, beyond what FormDefinition holds.
struct ItemLook {
    bool bold = false;
    QString hint;
    QList<std::pair<int, QString>> options; // coded answers, value and label, in the form's order
};

// One stored cell of a submission; an item with no row has stored == false.
struct StoredCell {
    bool stored = false;
    QString raw; // exactly as written
    std::optional<double> value;
    QString note;
};

struct PeriodCells {
    qint64 submissionId = 0;
    QString period;
    QString status;
    QList<StoredCell> cells; // by index of the form's items
};

class SubmissionLookup {
    Q_DECLARE_TR_FUNCTIONS(SubmissionLookup)
public:
    explicit SubmissionLookup(QSqlDatabase db) : m_db(std::move(db)) {}

    // The agencies of a province (all when empty): the province first, then departments,
    // districts and communes, each by name.
    Result<QList<AgencyRef>> agencies(const QString &province = {}) const;
    Result<SubmissionHeader> header(qint64 submissionId) const;
    // The submission of this form by this agency for this period, if there is one.
    Result<std::optional<qint64>> find(qint64 formId, qint64 agencyId, const QString &period) const;
    // By index of the form's items.
    Result<QList<ItemLook>> looks(const FormDefinition &form) const;
    Result<QList<StoredCell>> cells(const FormDefinition &form, qint64 submissionId) const;
    // The same agency's submissions of the same form for periods that end before this one's,
    // oldest first.
    Result<QList<PeriodCells>> earlier(const FormDefinition &form, const SubmissionHeader &header) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
