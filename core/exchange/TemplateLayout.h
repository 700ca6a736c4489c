#pragma once
// Where the XLSX template puts things, shared by the writer (XlsxTemplate) and the reader
// (SubmissionFile): the columns of the item table and the hidden sheet that names the submission.

#include <QLatin1String>

namespace pardesk::TemplateLayout {

inline constexpr QLatin1String kIdentitySheet("pardesk");
// 0-based, as libxlsxwriter counts.
inline constexpr int kCodeColumn = 0;
inline constexpr int kLabelColumn = 1;
inline constexpr int kUnitColumn = 2;
inline constexpr int kValueColumn = 3;
inline constexpr int kNoteColumn = 4;
inline constexpr int kHeaderRow = 4; // 0-based: the fifth row, under the title, the identity and a blank line

} // namespace pardesk::TemplateLayout
