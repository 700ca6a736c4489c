#include "assessment/FindingsPanel.h"

#include "assessment/AssessmentText.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pardesk {

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent), m_title(new QLabel), m_table(new QTableWidget(0, 2))
{
    m_table->setObjectName(QStringLiteral("assessmentFindings"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_title->setWordWrap(true);
    m_title->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    const auto activate = [this](int row) {
        if (row >= 0 && row < m_findings.size())
            emit codeActivated(m_findings[row].code);
    };
    connect(m_table, &QTableWidget::cellActivated, this, [activate](int row, int) { activate(row); });
    connect(m_table, &QTableWidget::cellClicked, this, [activate](int row, int) { activate(row); });
    retranslate();
}

void FindingsPanel::setFindings(const QList<AssessmentFinding> &findings, bool open, bool draft)
{
    m_findings = findings;
    m_open = open;
    m_draft = draft;
    m_table->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const AssessmentFinding &f = findings[row];
        // The message names the code; the kind comes first, to scan the list by it.
        const QStringList cells{AssessmentText::findingKind(f.kind), f.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(f.message); // whole, where the column is too narrow for it
            if (f.kind == AssessmentFinding::Kind::EvidenceMissing && column == 0)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    retranslate();
}

void FindingsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Finding"), tr("Details")});
    // The points the figures give are listed as a help, not counted as something lacking.
    const int lacks = int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const AssessmentFinding &f) {
        return f.kind != AssessmentFinding::Kind::FromFigures;
    }));
    if (!m_open)
        m_title->setText(tr("F&indings: no self-assessment is open."));
    else if (lacks == 0)
        m_title->setText(tr("F&indings: none; every sub-criterion is scored, explained and evidenced."));
    else if (m_draft)
        m_title->setText(tr("F&indings before sending: %n", nullptr, lacks));
    else
        m_title->setText(tr("F&indings of the sent self-assessment: %n", nullptr, lacks));
}

} // namespace pardesk
