#include "plans/DocumentPage.h"

#include "plans/PlanFormat.h"
#include "plans/TargetTableModel.h"
#include "text/SourceName.h"
#include "shell/ColumnWidths.h"
#include "shell/RowHeightFitter.h"
#include "shell/SearchHighlightDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace pardesk {

DocumentPage::DocumentPage(TargetTableModel *targets, QWidget *parent)
    : QWidget(parent), m_targets(targets), m_heading(new QLabel), m_facts(new QLabel), m_legalBasisLabel(new QLabel),
      m_legalBasis(new QPlainTextEdit), m_summary(new QLabel), m_targetView(new QTableView),
      m_highlight(new SearchHighlightDelegate(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legalBasis->setReadOnly(true);
    m_legalBasis->setMaximumHeight(m_legalBasis->fontMetrics().lineSpacing() * 4 + 10);
    m_legalBasis->setTabChangesFocus(true);
    m_legalBasisLabel->setBuddy(m_legalBasis);

    m_targetView->setModel(m_targets);
    m_targetView->setObjectName(QStringLiteral("targetTable"));
    for (const int column : {int(TargetTableModel::Text), int(TargetTableModel::Theme), int(TargetTableModel::Tasks)})
        m_targetView->setItemDelegateForColumn(column, m_highlight);
    m_targetView->setWordWrap(true);
    m_targetView->setAlternatingRowColors(true);
    m_targetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targetView->verticalHeader()->setVisible(false);
    RowHeightFitter::attach(m_targetView); // rows as tall as their wrapped text, measured once per change
    m_targetView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_targetView->horizontalHeader()->setStretchLastSection(false);
    const std::pair<int, int> widths[] = {
        {TargetTableModel::Stt, 54},         {TargetTableModel::Text, 250},        {TargetTableModel::Comparison, 80},
        {TargetTableModel::Evaluation, 180}, {TargetTableModel::Actual, 60},       {TargetTableModel::Period, 140},
        {TargetTableModel::Coverage, 80},    {TargetTableModel::Gap, 70},          {TargetTableModel::Level, 70},
        {TargetTableModel::Theme, 150},      {TargetTableModel::Tasks, 260},       {TargetTableModel::Lead, 140},
        {TargetTableModel::Coordinating, 160}, {TargetTableModel::LegalBasis, 200}, {TargetTableModel::Timeframe, 110},
        {TargetTableModel::Source, 220}};
    for (const auto &[column, width] : widths)
        m_targetView->setColumnWidth(column, width);
    widenColumnsToTitles(m_targetView);
    connect(m_targets, &QAbstractItemModel::modelReset, this, &DocumentPage::showSummary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_legalBasisLabel);
    layout->addWidget(m_legalBasis);
    layout->addWidget(m_summary);
    layout->addWidget(m_targetView, 1);
    retranslate();
}

void DocumentPage::setSearch(const QString &query)
{
    m_highlight->setQuery(query);
    m_targetView->viewport()->update();
}

void DocumentPage::setDocument(const Document *document)
{
    m_document = document ? std::optional<Document>(*document) : std::nullopt;
    retranslate();
}

QString DocumentPage::headerText() const
{
    return m_heading->text() + u'\n' + m_facts->text() + u'\n' + m_legalBasis->toPlainText();
}

QString DocumentPage::summaryText() const
{
    return m_summary->text();
}

void DocumentPage::retranslate()
{
    widenColumnsToTitles(m_targetView); // the titles are in the new language
    m_legalBasisLabel->setText(tr("&Legal basis:"));
    if (!m_document) {
        m_heading->setText(tr("No document selected"));
        m_facts->clear();
        m_legalBasis->clear();
        m_legalBasis->hide();
        m_legalBasisLabel->hide();
        showSummary();
        return;
    }
    const Document &d = *m_document;
    const DocumentCitation citation{d.typeLabel.isEmpty() ? PlanFormat::documentTypeName(d.type) : d.typeLabel, d.number,
                                    d.issued, d.issuer};
    m_heading->setText(QStringLiteral("%1 — %2").arg(SourceName::document(citation), d.title));
    QStringList facts;
    facts << tr("Kind: %1").arg(PlanFormat::documentTypeName(d.type));
    if (!d.issued.isEmpty())
        facts << tr("Issued: %1").arg(PlanFormat::date(d.issued));
    if (!d.issuer.isEmpty())
        facts << tr("Issuer: %1").arg(d.issuer);
    facts << tr("Province: %1").arg(d.province);
    if (d.year)
        facts << tr("Year: %1").arg(*d.year);
    if (!d.source.isEmpty())
        facts << tr("Source: %1").arg(SourceName::of(citation, d.source));
    m_facts->setText(facts.join(QStringLiteral("   ·   ")));
    QStringList basis;
    for (const QString &c : d.legalBasis)
        basis << QStringLiteral("• ") + c;
    m_legalBasis->setPlainText(basis.join(u'\n'));
    m_legalBasis->setVisible(!basis.isEmpty());
    m_legalBasisLabel->setVisible(!basis.isEmpty());
    showSummary();
}

void DocumentPage::showSummary()
{
    QHash<int, int> counts;
    for (int row = 0; row < m_targets->rowCount(); ++row)
        ++counts[int(m_targets->statusAt(row))];
    QStringList parts;
    for (const EvaluationStatus s : {EvaluationStatus::Met, EvaluationStatus::NotMet, EvaluationStatus::NoFiguresForItsYear,
                                     EvaluationStatus::NoData, EvaluationStatus::NotMeasuredByForms,
                                     EvaluationStatus::NotMeasurable})
        if (counts.value(int(s)) > 0)
            parts << QStringLiteral("<span style=\"color:%1\">%2: %3</span>")
                         .arg(PlanFormat::evaluationColor(s).name(),
                              PlanFormat::evaluation(s, TargetEvaluation::statusLabel(s)).toHtmlEscaped())
                         .arg(counts.value(int(s)));
    m_summary->setText(m_document ? tr("%n target(s)", nullptr, m_targets->rowCount()) +
                                        (parts.isEmpty() ? QString() : QStringLiteral(" — ") + parts.join(QStringLiteral(" · ")))
                                  : QString());
}

} // namespace pardesk
