#pragma once
// The statistics form of seed 002 (Phụ lục 02, Phụ lục 08) as an appendix: STT | Chỉ tiêu thống kê |
// Đơn vị tính | Số liệu | Ghi chú, under a "Kết quả thống kê" header over unit and figure; bold rows
// where the form has them; derived values (percentages, totals) computed where the agency left
// them blank; the validation findings as an optional last column. Or the form empty, to fill by hand.

#include "forms/EnteredValue.h"
#include "forms/FormDefinition.h"
#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class SubmissionFindings;

// How a form item is printed (form_items: the number as written, the hint, the seed's bold).
struct FormLine {
    QString codeWritten;
    QString hint;
    bool bold = false;
};

struct FormAppendixOptions {
    bool empty = false;    // the form without figures, for filling by hand
    bool findings = false; // a last column with what validation found in each row
};

class FormAppendix {
    Q_DECLARE_TR_FUNCTIONS(FormAppendix)
public:
    // A stored submission; an unknown id is refused with a message naming it.
    static Result<AppendixTable> build(const Store &store, qint64 submissionId, const FormAppendixOptions &options = {});

    // The table from a form already read: `lines`, `entered` and `notes` by item index (shorter
    // lists leave the rest plain, empty, without a note). The identity is the caller's.
    static AppendixTable layout(const FormDefinition &form, const QList<FormLine> &lines, QList<EnteredValue> entered,
                                const QStringList &notes, const FormAppendixOptions &options);
    // The same from a submission's findings (SubmissionFindings), which hold its entered values.
    static AppendixTable layout(const SubmissionFindings &findings, const QList<FormLine> &lines, const QStringList &notes,
                                const FormAppendixOptions &options);
};

} // namespace pardesk
