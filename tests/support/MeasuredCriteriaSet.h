#pragma once
// Generated test data: a province-level criteria set of Tuyên Quang for 2024 with a ratio
// sub-criterion measured by Phụ lục 08's online dossiers (5.4.2 / 5.4.1), full points from 80%,
// linked to the seed plan's target of online dossiers (TQ-KH-UBND-2024-07-DVCTT, STT 5, measured by
// item 5.4), and a survey sub-criterion. Not from a source document.

#include "CriteriaNodes.h"

namespace pardesk::test {

inline CriteriaSet measuredCriteriaSet(const QString &key)
{
    CriteriaSet s;
    s.key = key;
    s.name = QStringLiteral("Bộ tiêu chí thử có tỷ lệ (dữ liệu sinh cho kiểm thử)");
    s.yearFrom = 2024;
    s.agencyGroup = QStringLiteral("province");
    s.province = QStringLiteral("TQ");
    s.nodes = {criteriaNode(1, QStringLiteral("1"), {}, CriteriaLevel::Area, 2.5),
               criteriaNode(2, QStringLiteral("1.1"), QStringLiteral("1"), CriteriaLevel::SubCriterion, 1.5, ScoringKind::Ratio),
               criteriaNode(3, QStringLiteral("1.2"), QStringLiteral("1"), CriteriaLevel::SubCriterion, 1, ScoringKind::Survey)};
    s.nodes[1].rateFullAt = 80;
    s.nodes[1].rateForm = QStringLiteral("TQ-PL08-CQDT");
    s.nodes[1].rateFormula = QStringLiteral(R"({"op":"ratio","num":"5.4.2","den":"5.4.1"})");
    s.nodes[1].planDocument = QStringLiteral("TQ-KH-UBND-2024-07-DVCTT");
    s.nodes[1].planStt = QStringLiteral("5");
    return s;
}

} // namespace pardesk::test
