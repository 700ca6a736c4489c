#pragma once
// Reads the Vietnamese wording of a target ("đạt tối thiểu 80%", "tối đa 25 phút", "tỉnh 90%,
// huyện 80%, xã 75%") into machine-readable targets: comparison, value, unit, direction, level.

#include "domain/Vocabulary.h"

#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

struct ParsedTarget {
    TargetKind kind = TargetKind::Level;
    // None when qualitative; Equal is never read ("đạt 100%" is AtLeast 100)
    Comparator comparator = Comparator::None;
    std::optional<double> value;
    QString unit; // "%", "phút", "giờ", "ngày", "ngày làm việc", "điểm"; empty when qualitative
    Direction direction = Direction::Higher;
    AdminLevel level = AdminLevel::None; // None when the wording names none, or several
    std::optional<int> baselineYear; // "so với năm 2023"
    bool aspirational = false;       // "phấn đấu" (and the seeds' typo "Phần đầu")
    QString fragment;                // the words stating this target: a substring of the text (in NFC)
};

// Every measurable target the text states, in reading order; when it states none, one qualitative
// target for the whole text; nothing for empty text.
//
// How it reads (DOMAIN.md, "How targets are worded"):
// - A target is a number followed by a unit (%, phút, giờ, ngày, ngày làm việc, điểm), in Vietnamese
//   number convention ("0,45%"). Numbers without a unit (years, "3 cấp", "24/7") are not targets.
// - Clauses end at ';', at '.' before a space, and at list dashes (" - "). "Phấn đấu" makes the rest
//   of its sentence aspirational, across ';' (docs/dataset.md, wording rule 3); a lead-in ending in
//   ':' passes it to the dashed items that follow.
// - The words just before the number give the comparison: "tối thiểu", "ít nhất", "từ … trở lên",
//   a bare number and "đạt" → >=; "trên", "hơn" → >; "tối đa", "không quá", "xuống (còn)" → <=
//   (lower is better); "dưới" → <; "khoảng", "xấp xỉ" → ~.
// - "giảm", "cắt giảm", "tinh giản" before the number make a reduction (the number is the size of
//   the cut), unless "xuống"/"còn" or an upper bound ("tối đa") makes the number the level to
//   reach; "so với năm N" in the clause gives the baseline year.
// - A number listed after another with no words of its own ("tinh giản 0,45% … và 1,4% …")
//   shares its kind and comparison. One after "trong đó" (a subset) shares its level.
// - The level is "cấp tỉnh/huyện/xã", a bare "tỉnh/huyện/xã" right before the number, or
//   "sở, ban, ngành" (provincial departments), found in the words around the number up to the
//   neighbouring targets; several levels ("các cấp", "cấp huyện, cấp xã") give none.
// - "100% các sở … có tỷ lệ … đạt từ 80% trở lên" is one target, the rate every unit must reach.
QList<ParsedTarget> parseTargetWording(const QString &text);

} // namespace pardesk
