#pragma once
// Reads a submission from the plain exchange format: a UTF-8 CSV file with a header row and the
// columns code, value and optionally note (docs/submission-csv.md).

#include "forms/EnteredValue.h"
#include "forms/FormDefinition.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pardesk {

class SubmissionCsv {
    Q_DECLARE_TR_FUNCTIONS(SubmissionCsv)
public:
    // A form has hundreds of items, not millions: a larger file is refused before it is read.
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
    // Every problem is refused with a message naming the file, and the row and code where there is one.
    static Result<SubmissionCsv> read(const QString &path, const FormDefinition &form);
    static Result<SubmissionCsv> parse(const QByteArray &bytes, const QString &fileName, const FormDefinition &form);

    // A table already split into rows (a spreadsheet's sheet): the same rules from the header row on.
    // `place` names a row in messages ("file, row 12").
    struct Row {
        int row = 0; // as the sheet numbers it
        QStringList fields;
    };
    static Result<SubmissionCsv> fromRows(const QList<Row> &rows, const QString &fileName, const FormDefinition &form);

    const QList<EnteredValue> &entered() const { return m_entered; } // by index of the form's items
    const QStringList &texts() const { return m_texts; }             // the value cells as written
    const QStringList &notes() const { return m_notes; }
    const QList<int> &rows() const { return m_rows; } // the row each item was read from, 0 when absent

private:
    SubmissionCsv() = default;
    QList<EnteredValue> m_entered;
    QStringList m_texts;
    QStringList m_notes;
    QList<int> m_rows;
};

} // namespace pardesk
