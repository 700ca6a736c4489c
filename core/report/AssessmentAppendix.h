#pragma once
// The self-assessment table and the appraisal table in the official layout (STT | Tiêu chí | Điểm
// tối đa | Điểm tự chấm | Giải trình | Tài liệu kiểm chứng; the appraisal adds the council's points
// and comment), and the ranking of agencies. Pure: takes the values, returns the AppendixTable that
// the painter and the XLSX, ODT and CSV exporters render.

#include "assessment/CriteriaSet.h"
#include "assessment/ProvincePicture.h"
#include "report/AppendixTable.h"
#include "store/SelfAssessments.h"

#include <QCoreApplication>

namespace pardesk {

class AssessmentAppendix {
    Q_DECLARE_TR_FUNCTIONS(AssessmentAppendix)
public:
    // `appraisal`: add the council's columns. Areas are group rows, criteria bold, a last row totals.
    static AppendixTable build(const CriteriaSet &set, const AssessmentHeader &header, const QList<AssessmentScore> &scores,
                               const QList<Evidence> &evidence, const QString &issuingBody, bool appraisal);
    // `setName`: the criteria set's name, for the line under the title.
    static AppendixTable ranking(const ProvincePicture &picture, const QString &setName, const QString &issuingBody);
};

} // namespace pardesk
