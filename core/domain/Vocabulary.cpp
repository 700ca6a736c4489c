#include "domain/Vocabulary.h"

#include <array>
#include <utility>

namespace pardesk {

namespace {

template <typename Enum, std::size_t N>
using Words = std::array<std::pair<Enum, QLatin1String>, N>;

constexpr Words<TargetKind, 3> kKindWords{{{TargetKind::Level, QLatin1String("level")},
                                           {TargetKind::Reduction, QLatin1String("reduction")},
                                           {TargetKind::Qualitative, QLatin1String("qualitative")}}};
constexpr Words<Comparator, 7> kComparatorWords{{{Comparator::None, QLatin1String("")},
                                                 {Comparator::AtLeast, QLatin1String(">=")},
                                                 {Comparator::Above, QLatin1String(">")},
                                                 {Comparator::Equal, QLatin1String("=")},
                                                 {Comparator::AtMost, QLatin1String("<=")},
                                                 {Comparator::Below, QLatin1String("<")},
                                                 {Comparator::About, QLatin1String("~")}}};
constexpr Words<Direction, 2> kDirectionWords{
    {{Direction::Higher, QLatin1String("higher")}, {Direction::Lower, QLatin1String("lower")}}};
constexpr Words<AdminLevel, 5> kLevelWords{{{AdminLevel::None, QLatin1String("")},
                                            {AdminLevel::Province, QLatin1String("province")},
                                            {AdminLevel::Department, QLatin1String("department")},
                                            {AdminLevel::District, QLatin1String("district")},
                                            {AdminLevel::Commune, QLatin1String("commune")}}};

template <typename Enum, std::size_t N>
QString wordOf(const Words<Enum, N> &words, Enum value)
{
    for (const auto &[e, word] : words)
        if (e == value)
            return word;
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumOf(const Words<Enum, N> &words, QStringView text)
{
    for (const auto &[e, word] : words)
        if (text == word)
            return e;
    return std::nullopt;
}

} // namespace

QString storeText(TargetKind kind) { return wordOf(kKindWords, kind); }
QString storeText(Comparator comparator) { return wordOf(kComparatorWords, comparator); }
QString storeText(Direction direction) { return wordOf(kDirectionWords, direction); }
QString storeText(AdminLevel level) { return wordOf(kLevelWords, level); }

QString comparatorSymbol(Comparator comparator)
{
    switch (comparator) {
    case Comparator::AtLeast:
        return QStringLiteral("≥");
    case Comparator::Above:
        return QStringLiteral(">");
    case Comparator::Equal:
        return QStringLiteral("=");
    case Comparator::AtMost:
        return QStringLiteral("≤");
    case Comparator::Below:
        return QStringLiteral("<");
    case Comparator::About:
        return QStringLiteral("≈");
    case Comparator::None:
        break;
    }
    return {};
}

std::optional<TargetKind> targetKindFrom(QStringView text) { return enumOf(kKindWords, text); }
std::optional<Comparator> comparatorFrom(QStringView text) { return enumOf(kComparatorWords, text); }
std::optional<Direction> directionFrom(QStringView text) { return enumOf(kDirectionWords, text); }
std::optional<AdminLevel> adminLevelFrom(QStringView text) { return enumOf(kLevelWords, text); }

} // namespace pardesk
