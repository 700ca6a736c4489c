#pragma once
// How long the text of one value and one note may be, wherever it comes from (an import, a
// package, the entry grid): enough for any answer or remark an official writes, short enough that
// a hostile file or a stray paste cannot make every screen that shows it slow and large.

namespace pardesk::FieldLimits {

inline constexpr int kMaxValueChars = 2000;
inline constexpr int kMaxNoteChars = 4000;

} // namespace pardesk::FieldLimits
