#pragma once
// Reads the ranking indexes (PAR Index, PAPI, SIPAS) the way a meeting discusses them: where
// points were lost, what changed since last year, and how a result compares with the averages.

#include "domain/Records.h"

#include <QList>
#include <optional>

namespace pardesk {

struct ParCriterion {
    QString code;
    QString name;
    std::optional<double> achieved;
    std::optional<double> max;
    QString note;
    QString source;

    std::optional<double> share() const; // achieved / max × 100
    std::optional<double> lost() const;  // max − achieved
};

// One PAR Index area of a province and year, with the criteria the source lists under it.
struct ParArea {
    QString province;
    int year = 0;
    ParCriterion area; // the area's own row ("7": 10,1352 of 13,5)
    std::optional<int> rank;
    std::optional<int> rankOf;
    QList<ParCriterion> criteria; // most points lost first

    // Points the area lost beyond the criteria listed: the source need not list every one.
    std::optional<double> lostElsewhere() const;
};

// One index row in two years (PAPI sub-indicator 8.2: 1,75 in 2021 → 1,94 in 2022).
struct YearOverYear {
    QString index;
    QString province;
    QString code;
    QString parentCode;
    QString name;
    int fromYear = 0;
    int toYear = 0;
    std::optional<double> from;
    std::optional<double> to;
    // For a row with sub-rows: the sum of the sub-rows, to hold against the row's own total.
    std::optional<double> partsFrom;
    std::optional<double> partsTo;
    std::optional<double> countryTo; // the country average of the later year, where given
    QString source;

    std::optional<double> change() const; // to − from
};

// A SIPAS result (an agency's or the province's) against the province and country averages.
struct SipasComparison {
    QString province;
    int year = 0;
    QString scope; // "agency" or "province"
    double value = 0;
    QString note; // names the agency for an agency's result
    QString source;
    std::optional<double> provinceAverage; // only for an agency's result
    std::optional<double> countryAverage;

    std::optional<double> vsProvince() const; // value − province average, in percentage points
    std::optional<double> vsCountry() const;
};

class IndexScores {
public:
    // Every PAR Index area in the scores, by province, year and code.
    static QList<ParArea> parAreas(const QList<Score> &scores);
    // Every PAPI row (dimension and sub-indicator) of a province that has a value in either year.
    static QList<YearOverYear> papi(const QList<Score> &scores, const QString &province, int fromYear, int toYear);
    // Every SIPAS result below the country level, by province and year, agencies before the province.
    static QList<SipasComparison> sipas(const QList<Score> &scores);
};

} // namespace pardesk
