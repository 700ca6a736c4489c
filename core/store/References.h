#pragma once
// The store's reference lists: the provinces and their agencies.

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pardesk {

struct ProvinceName {
    QString code; // TQ, BG, TV (and a synthetic province's code)
    QString name;
};

struct AgencyRef {
    qint64 id = 0;
    QString key;
    QString name;
    QString province;
};

struct AgencyName {
    qint64 id = 0;
    QString name;
    QString level;
};

class References {
    Q_DECLARE_TR_FUNCTIONS(References)
public:
    explicit References(QSqlDatabase db) : m_db(std::move(db)) {}

    // In the order the store holds them (the dataset's order).
    Result<QList<ProvinceName>> provinces() const;
    // The three provinces first, always in the order TQ, BG, TV (chart colours follow this order),
    // then any other province of the store by code.
    Result<QList<ProvinceName>> provincesInChartOrder() const;
    // nullopt when no province has this code.
    Result<std::optional<QString>> provinceName(const QString &code) const;

    // The agencies of a province (all when empty): the province first, then departments,
    // districts and communes, each by name.
    Result<QList<AgencyRef>> agencies(const QString &province = {}) const;
    Result<std::optional<AgencyRef>> agency(const QString &key) const;
    Result<std::optional<AgencyRef>> agency(qint64 id) const; // none when there is no such agency
    // The province's agencies that have reported at least once: the ones a trend can be drawn for.
    Result<QList<AgencyName>> reportingAgencies(const QString &province) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
