#pragma once
// The plan appendix in seed 000's layout: STT | Nội dung chỉ tiêu | Nhiệm vụ, giải pháp | Cơ quan
// chủ trì | Cơ quan phối hợp | Căn cứ giao chỉ tiêu | Thời gian thực hiện, one row per numbered
// target of a document, grouped by PAR area where the plan has areas.

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class PlanAppendix {
    Q_DECLARE_TR_FUNCTIONS(PlanAppendix)
public:
    // `plan`: a document's number or key. A document without targets is refused.
    static Result<AppendixTable> build(const Store &store, const QString &plan);
};

} // namespace pardesk
