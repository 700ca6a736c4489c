#pragma once
// The provinces and agencies as charts and scopes name them: the provinces in their fixed order,
// the agencies that have reported, one agency's province and name.

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pardesk {

struct AgencyName {
    qint64 id = 0;
    QString name;
    QString level;
};

struct ProvinceName {
    QString code; // TQ, BG, TV (and a synthetic province's code)
    QString name;
};

class AgencyRepository {
    Q_DECLARE_TR_FUNCTIONS(AgencyRepository)
public:
    explicit AgencyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The three provinces first, always in the order TQ, BG, TV, then any other of the store.
    Result<QList<ProvinceName>> provinces() const;
    // The province's agencies that have reported at least once.
    Result<QList<AgencyName>> reportingAgencies(const QString &province) const;
    // None when there is no such province or agency.
    Result<std::optional<ProvinceName>> province(const QString &code) const;
    struct Place {
        QString province;
        QString name;
    };
    Result<std::optional<Place>> agency(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
