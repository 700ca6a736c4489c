#pragma once
// The task appendix in the layout of seeds 003 and 004: TT | Nội dung công việc | Cơ quan chủ trì |
// Cơ quan phối hợp | Thời gian hoàn thành | Dự kiến sản phẩm, with a bold row per Roman-numeral group.

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class TaskAppendix {
    Q_DECLARE_TR_FUNCTIONS(TaskAppendix)
public:
    // `plan`: a document's number or key. Where the document has an appendix of tasks, only its
    // tasks are printed (not those of the body's "Tổ chức thực hiện"); a document without tasks is
    // refused. The expected-output column is left out when no task names an output (seed 004).
    static Result<AppendixTable> build(const Store &store, const QString &plan);
};

} // namespace pardesk
