#pragma once
// Where the XLSX templates put things, shared by the writers (XlsxTemplate, AssessmentTemplate) and
// the readers (SubmissionFile, AssessmentTemplate): the columns of the table and the hidden sheet
// that names what the workbook is for.

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

// A self-assessment's template (AssessmentTemplate): one row per node of the criteria set.
namespace Assessment {
inline constexpr int kCodeColumn = 0;
inline constexpr int kLabelColumn = 1;
inline constexpr int kMaxColumn = 2;
inline constexpr int kRuleColumn = 3;
inline constexpr int kPointsColumn = 4;
inline constexpr int kExplanationColumn = 5;
inline constexpr int kDocumentColumn = 6;
inline constexpr int kDateColumn = 7;
} // namespace Assessment

} // namespace pardesk::TemplateLayout
