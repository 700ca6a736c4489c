#pragma once
// The rules every document, target and task must keep before it is written, as messages tied to
// the field they concern, so that a dialog can mark the field and the store can refuse the write.

#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

// `field` names the record's field as in the database ("number", "text", "value", "baseline_year").
struct FieldIssue {
    QString field;
    QString message;
};

class PlanChecks {
    Q_DECLARE_TR_FUNCTIONS(PlanChecks)
public:
    static QList<FieldIssue> check(const Document &d);
    static QList<FieldIssue> check(const Target &t);
    static QList<FieldIssue> check(const Task &t);

    // Readers of what a user types into a field; an issue for `field` when the text is not what
    // the field takes, nothing (and no issue) when it is empty.
    static std::optional<double> readNumber(const QString &text, const QString &field, QList<FieldIssue> &issues);
    static std::optional<int> readYear(const QString &text, const QString &field, QList<FieldIssue> &issues);
    // "15/12/2024", "12/2024", "2024" or their ISO forms → ISO; a partial date only when allowed.
    static QString readDate(const QString &text, const QString &field, bool allowPartial, QList<FieldIssue> &issues);

    static const QStringList &documentTypes(); // plan, report, decision, dispatch, resolution, directive, other
    static const QStringList &taskStatuses();  // open, in_progress, done
};

} // namespace pardesk
