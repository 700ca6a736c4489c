#pragma once
// What an import would do, shown before anything is written: the rows recognised, the rows
// ignored and why, the values that change against what the store holds, and what validation finds.

#include "exchange/ImportSource.h"
#include "validation/Finding.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

struct RecognisedRow {
    int item = 0; // index into the form's items
    QString where;
    QString code;
    QString label;
    QString raw;
    QString note;
};

struct ChangedValue {
    QString code;
    QString label;
    QString field; // "value" or "note"
    QString before;
    QString after;
};

class ImportPreview {
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
public:
    // Refuses what no import may write, naming the file and the row: a negative count.
    static Result<ImportPreview> build(const Store &store, ImportSource source);

    const ImportSource &source() const { return m_source; }
    const ImportTarget &target() const { return m_source.target; }
    const FormDefinition &form() const { return *m_source.target.form; }
    bool replaces() const { return m_source.target.existing.has_value(); }

    const QList<RecognisedRow> &recognised() const { return m_recognised; }
    const QList<IgnoredRow> &ignored() const { return m_ignored; }
    const QList<ChangedValue> &changes() const { return m_changes; } // empty for a new submission
    const QList<Finding> &findings() const { return m_findings; }
    int errorCount() const;

    // The cells that will be stored, by index of the form's items (derived items as the source
    // gave them only when it is a package, which copies a stored submission exactly).
    const QList<ImportCell> &cells() const { return m_cells; }

private:
    ImportPreview() = default;
    ImportSource m_source;
    QList<RecognisedRow> m_recognised;
    QList<IgnoredRow> m_ignored;
    QList<ChangedValue> m_changes;
    QList<Finding> m_findings;
    QList<ImportCell> m_cells;
};

} // namespace pardesk
