#pragma once
// What the open self-assessment still lacks before it is sent (AssessmentFindings): required
// evidence missing, sub-criteria not scored, points lost without an explanation; and, listed after
// them but not counted, the points a ratio sub-criterion's reported figures give. Activating a
// finding asks the grid to go to its sub-criterion.

#include "assessment/AssessmentFindings.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pardesk {

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // `draft`: the findings are what to do before sending; after it, what the council will see.
    void setFindings(const QList<AssessmentFinding> &findings, bool open, bool draft);
    const QList<AssessmentFinding> &findings() const { return m_findings; }
    QTableWidget *table() const { return m_table; }
    void retranslate();

signals:
    void codeActivated(const QString &code);

private:
    QList<AssessmentFinding> m_findings;
    bool m_open = false;
    bool m_draft = true;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace pardesk
