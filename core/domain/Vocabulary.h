#pragma once
// The fixed vocabularies of a target: how it is read (kind), how the actual value is compared
// with it, which way is better, and the administrative level it is set for. The store, the JSON
// files and the dataset write them as short words ("level", ">=", "higher", "district"); the rest
// of the program compares enums, converted once where the words come in or go out.

#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <optional>

namespace pardesk {

enum class TargetKind {
    Level,       // a value to reach: "at least 50%"
    Reduction,   // a cut against a baseline: "giảm 0,45%"
    Qualitative, // no number: judged by people, never by the figures
};

enum class Comparator {
    None, // a qualitative target
    AtLeast,
    Above,
    Equal,
    AtMost,
    Below,
    About, // "khoảng", "~": met within the tolerance
};

enum class Direction { Higher, Lower }; // which way the actual value is better

enum class AdminLevel { None, Province, Department, District, Commune };

// The word as stored ("level", ">=", "higher", "commune"); empty for Comparator::None and
// AdminLevel::None, which the store keeps as NULL.
QString storeText(TargetKind kind);
QString storeText(Comparator comparator);
QString storeText(Direction direction);
QString storeText(AdminLevel level);

// The enum for a stored word; nullopt for a word outside the vocabulary. An empty word reads as
// Comparator::None and AdminLevel::None.
std::optional<TargetKind> targetKindFrom(QStringView text);
std::optional<Comparator> comparatorFrom(QStringView text);
std::optional<Direction> directionFrom(QStringView text);
std::optional<AdminLevel> adminLevelFrom(QStringView text);

// Every comparator a measurable target can have, in the order an editor offers them.
inline constexpr Comparator kComparators[] = {Comparator::AtLeast, Comparator::Above, Comparator::Equal,
                                               Comparator::AtMost,  Comparator::Below, Comparator::About};
// The levels a target can be set for (agencies also have departments).
inline constexpr AdminLevel kTargetLevels[] = {AdminLevel::Province, AdminLevel::District, AdminLevel::Commune};

// The comparison as people read it: "≥", ">", "=", "≤", "<", "≈"; empty for None. The one symbol
// table of the program: the plans view, charts and printed appendices all show these.
QString comparatorSymbol(Comparator comparator);

inline bool lowerIsBetter(Comparator comparator)
{
    return comparator == Comparator::AtMost || comparator == Comparator::Below;
}

} // namespace pardesk
