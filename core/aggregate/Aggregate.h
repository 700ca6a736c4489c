#pragma once
// What an aggregate of one form item holds, and which agencies it is taken over.

#include <QString>
#include <optional>

namespace pardesk {

// The agencies an aggregate adds up.
struct AgencyScope {
    enum class Kind { Province, Level, Subtree };
    Kind kind = Kind::Province;
    QString province; // Province, Level
    QString level;    // Level: province, department, district or commune (agencies.level)
    qint64 agencyId = 0; // Subtree: the agency and its descendants (agencies.parent_id)

    static AgencyScope wholeProvince(QString province) { return {Kind::Province, std::move(province), {}, 0}; }
    static AgencyScope atLevel(QString province, QString level) { return {Kind::Level, std::move(province), std::move(level), 0}; }
    static AgencyScope subtree(qint64 agencyId) { return {Kind::Subtree, {}, {}, agencyId}; }
};

struct Aggregate {
    enum class Method {
        Sum,   // counts and totals: the agencies' values added up
        Ratio, // a percentage: the summed numerators over the summed denominators, × 100
        None,  // a percentage without its numerator and denominator, a coded answer: never added up or averaged
    };
    Method method = Method::Sum;
    bool cumulative = false; // across periods the latest period's value stands instead of a sum

    std::optional<double> value;       // none when no agency covers the item (missing is not zero)
    std::optional<double> numerator;   // Ratio: the covered agencies' numerators, summed
    std::optional<double> denominator; // Ratio: their denominators, summed
    int covered = 0;  // agencies whose values are in it
    int expected = 0; // agencies of the scope that were to report (valid during the periods)

    bool operator==(const Aggregate &) const = default;
};

} // namespace pardesk
