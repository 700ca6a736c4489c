#include "exchange/ConsolidationView.h"

#include "exchange/ConsolidationExport.h"
#include "exchange/ExchangeMenu.h"
#include "exchange/FolderImport.h"
#include "exchange/XlsxTemplate.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/RightsGate.h"
#include "shell/SavedFileNotice.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "store/StoreInfo.h"
#include "text/DateText.h"
#include "text/FileName.h"
#include "text/NumberFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pardesk {
namespace {

constexpr int kItemRole = Qt::UserRole;
constexpr int kLevelRole = Qt::UserRole + 1;
constexpr int kFilledRole = Qt::UserRole + 2;

QString valueText(const std::optional<double> &value, bool ratio)
{
    if (!value)
        return QStringLiteral("–");
    return formatNumber(*value, 2) + (ratio ? QStringLiteral(" %") : QString());
}

} // namespace

ConsolidationView::ConsolidationView(Store &db, QUndoStack *undo, QWidget *parent) : AppView(parent), m_db(db)
{
    Q_UNUSED(undo)
    setObjectName(QStringLiteral("consolidationView"));
    // Statuses and totals follow every committed write (an import, a submission sent, another program).
    connect(&db.events(), &StoreEvents::changed, this, [this](const StoreChange &change) {
        if (change.concerns(QStringLiteral("submissions")))
            reload(); // nothing before the area is first shown
    });
    m_formLabel = new QLabel(this);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("consolidationForm"));
    m_formLabel->setBuddy(m_form);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("consolidationPeriod"));
    m_periodLabel->setBuddy(m_period);
    m_synthetic = new QLabel(this);
    m_synthetic->setObjectName(QStringLiteral("syntheticNotice"));
    m_synthetic->setStyleSheet(QStringLiteral("color: #9c5700; font-weight: bold;"));
    m_synthetic->hide();
    m_rates = new QLabel(this);
    m_rates->setObjectName(QStringLiteral("consolidationRates"));
    m_rates->setWordWrap(true);

    m_statusTitle = new QLabel(this);
    m_statuses = new QTableWidget(0, 6, this);
    m_statuses->setObjectName(QStringLiteral("consolidationStatuses"));
    m_statuses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statuses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statuses->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statuses->verticalHeader()->hide();
    m_statuses->setWordWrap(false);
    m_statuses->horizontalHeader()->setStretchLastSection(true);
    m_statusTitle->setBuddy(m_statuses);
    m_totalsTitle = new QLabel(this);
    m_totals = new QTreeWidget(this);
    m_totals->setObjectName(QStringLiteral("consolidationTotals"));
    m_totals->setColumnCount(4);
    m_totals->setUniformRowHeights(true);
    m_totalsTitle->setBuddy(m_totals);
    m_reminderTitle = new QLabel(this);
    m_reminder = new QPlainTextEdit(this);
    m_reminder->setObjectName(QStringLiteral("consolidationReminder"));
    m_reminder->setReadOnly(true);
    m_reminderTitle->setBuddy(m_reminder);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyReminder"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportConsolidated"));
    m_importPackages = new QPushButton(this);
    m_importPackages->setObjectName(QStringLiteral("importPackages"));
    m_template = new QPushButton(this);
    m_template->setObjectName(QStringLiteral("templateForAgency"));
    m_templatesForAll = new QPushButton(this);
    m_templatesForAll->setObjectName(QStringLiteral("templatesForMissingAgencies"));

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_formLabel);
    choosers->addWidget(m_form, 2);
    choosers->addWidget(m_periodLabel);
    choosers->addWidget(m_period, 1);
    choosers->addWidget(m_importPackages);
    choosers->addWidget(m_export);

    auto *statusBox = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusHeader = new QHBoxLayout;
    statusHeader->addWidget(m_statusTitle, 1);
    statusHeader->addWidget(m_template);
    statusHeader->addWidget(m_templatesForAll);
    statusLayout->addLayout(statusHeader);
    statusLayout->addWidget(m_statuses, 1);
    auto *reminderHeader = new QHBoxLayout;
    reminderHeader->addWidget(m_reminderTitle, 1);
    reminderHeader->addWidget(m_copy);
    statusLayout->addLayout(reminderHeader);
    statusLayout->addWidget(m_reminder);
    m_reminder->setMaximumHeight(140);

    auto *totalsBox = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totalsTitle);
    totalsLayout->addWidget(m_totals, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(statusBox);
    splitter->addWidget(totalsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 760});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_synthetic);
    layout->addWidget(m_rates);
    layout->addWidget(splitter, 1);

    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        reload();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_statuses, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openSubmissionOfRow(row); });
    connect(m_totals, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) { fillDrillDown(item); });
    connect(m_copy, &QPushButton::clicked, this, &ConsolidationView::copyReminder);
    connect(m_export, &QPushButton::clicked, this, &ConsolidationView::exportCsv);
    connect(m_importPackages, &QPushButton::clicked, this, &ConsolidationView::importPackages);
    // Packages write other agencies' reports: the provincial office's work (StoreRights).
    enableButtonIf(m_importPackages, true, m_db.rights().mayManage(), m_db.rights());
    connect(m_template, &QPushButton::clicked, this, &ConsolidationView::exportTemplateForSelectedAgency);
    connect(m_templatesForAll, &QPushButton::clicked, this, &ConsolidationView::exportTemplatesForMissingAgencies);
    retranslate();
}

AppViewDescriptor ConsolidationView::descriptor()
{
    return {QStringLiteral("consolidation"), [] { return tr("Consolidation"); }};
}

void ConsolidationView::retranslate()
{
    m_formLabel->setText(tr("F&orm:"));
    m_periodLabel->setText(tr("&Period:"));
    m_statusTitle->setText(tr("&Agencies expected to report"));
    m_statuses->setHorizontalHeaderLabels({tr("Agency"), tr("Level"), tr("Status"), tr("Received at"), tr("Submitted (as the package says)"), tr("Errors")});
    m_totalsTitle->setText(tr("&Totals of the province (expand a total to see the agencies behind it)"));
    m_totals->setHeaderLabels({tr("Item"), tr("Total"), tr("Agencies covered"), tr("Label")});
    m_reminderTitle->setText(tr("&Reminder list"));
    m_copy->setText(tr("&Copy Reminder"));
    m_export->setText(tr("E&xport CSV…"));
    m_importPackages->setText(tr("&Import Packages…"));
    m_template->setText(tr("Te&mplate for Agency…"));
    m_templatesForAll->setText(tr("Templates for &All Not Received…"));
    m_templatesForAll->setToolTip(tr("One template for each agency whose report has not arrived, named after the agency, in a folder"));
    m_synthetic->setText(StoreInfo::syntheticNotice());
    if (m_loaded)
        reload();
}

QVariant ConsolidationView::selection() const
{
    if (m_form->currentIndex() < 0)
        return {};
    return m_form->currentData().toString() + u'|' + m_period->currentData().toString();
}

void ConsolidationView::restoreSelection(const QVariant &selection)
{
    if (!m_loaded) {
        m_pendingSelection = selection;
        return;
    }
    const QStringList parts = selection.toString().split(u'|');
    if (parts.size() != 2)
        return;
    const int form = m_form->findData(parts[0]);
    if (form >= 0)
        m_form->setCurrentIndex(form);
    const int period = m_period->findData(parts[1]);
    if (period >= 0)
        m_period->setCurrentIndex(period);
}

void ConsolidationView::showEvent(QShowEvent *event)
{
    AppView::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    m_synthetic->setVisible(m_db.isSynthetic());
    const QSignalBlocker blockForm(m_form), blockPeriod(m_period);
    fillForms();
    fillPeriods();
    if (m_pendingSelection.isValid())
        restoreSelection(std::exchange(m_pendingSelection, {}));
    reload();
}

void ConsolidationView::fillForms()
{
    m_form->clear();
    const auto forms = m_db.forms().list();
    if (!forms)
        return;
    for (const Form &f : forms.value())
        if (!f.province.isEmpty()) // a consolidation is one province's
            m_form->addItem(QStringLiteral("%1 — %2").arg(f.key, f.name), f.key);
}

void ConsolidationView::fillPeriods()
{
    const QSignalBlocker block(m_period);
    m_period->clear();
    const QString formKey = m_form->currentData().toString();
    if (formKey.isEmpty())
        return;
    // The periods some agency reported for, and this year's: the office also looks ahead.
    QList<Period> periods = Period::allOf(QDate::currentDate().year());
    std::optional<Period> latest;
    // The form's period keys only, not every submission of the store.
    if (const auto keys = m_db.formValues().periodKeys(formKey)) {
        for (const QString &key : keys.value()) {
            const auto p = Period::parse(key);
            if (!p)
                continue;
            if (!periods.contains(p.value()))
                periods.append(p.value());
            if (!latest || *latest < p.value())
                latest = p.value();
        }
    }
    std::sort(periods.begin(), periods.end());
    for (const Period &p : periods)
        m_period->addItem(p.label(), p.key());
    // The latest period someone reported for, else the current quarter.
    int chosen = latest ? m_period->findData(latest->key()) : -1;
    if (chosen < 0)
        chosen = m_period->findData(Period::quarter(QDate::currentDate().year(), (QDate::currentDate().month() + 2) / 3).key());
    m_period->setCurrentIndex(std::max(chosen, 0));
}

void ConsolidationView::reload()
{
    if (!m_loaded)
        return;
    m_consolidation.reset();
    m_statuses->setRowCount(0);
    m_totals->clear();
    m_reminder->clear();
    const QString formKey = m_form->currentData().toString();
    const QString period = m_period->currentData().toString();
    if (formKey.isEmpty() || period.isEmpty()) {
        m_rates->setText(tr("No form of a province is in this database."));
        return;
    }
    auto built = Consolidation::build(m_db, formKey, period);
    if (!built) {
        m_rates->setText(built.error());
        return;
    }
    m_consolidation = std::move(built).value();
    const Coverage &cov = m_consolidation->coverage();
    const QString due = m_consolidation->dueDate() ? dateText(*m_consolidation->dueDate()) : tr("none in the seeds");
    m_rates->setText(tr("Due date: %1. Received: %2 of %3 agencies. Completeness %4, timeliness %5.")
                         .arg(due)
                         .arg(cov.submitted)
                         .arg(cov.expected)
                         .arg(cov.completeness() ? formatNumber(*cov.completeness(), 1) + QStringLiteral(" %") : QStringLiteral("–"),
                              cov.timeliness() ? formatNumber(*cov.timeliness(), 1) + QStringLiteral(" %") : QStringLiteral("–")));
    showStatuses();
    showTotals();
    m_reminder->setPlainText(m_consolidation->reminderText());
}

void ConsolidationView::showStatuses()
{
    const QList<AgencyStatus> &all = m_consolidation->statuses();
    m_statuses->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const AgencyStatus &s = all[r];
        const QStringList cells = {s.name, Consolidation::agencyLevelLabel(s.level), Consolidation::receivedLabel(s),
                                   s.arrived ? dateTimeText(s.arrived->toLocalTime()) : QString(),
                                   // The package's claim, beside the time it is judged by.
                                   s.claimed ? dateTimeText(s.claimed->toLocalTime()) : QString(),
                                   s.submissionId ? QString::number(s.errors) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 2 && s.received == AgencyStatus::Received::Late)
                item->setForeground(QColor(0x9c, 0x57, 0x00));
            if (c == 2 && s.overdue)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            if (c == 5 && s.errors > 0)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_statuses->setItem(r, c, item);
        }
        m_statuses->item(r, 0)->setToolTip(s.name + u'\n' +
                                           (s.submissionId ? tr("Double-click to open the submission.") : tr("No submission yet.")));
    }
    m_statuses->resizeColumnsToContents();
    // The agency's name keeps room for about 30 characters, however narrow the screen (at
    // 1366 × 768 a stretched name column was squeezed to nothing); the table scrolls sideways.
    const int nameWidth = m_statuses->fontMetrics().averageCharWidth() * 30;
    m_statuses->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_statuses->setColumnWidth(0, std::min(m_statuses->columnWidth(0), nameWidth));
    m_statuses->horizontalScrollBar()->setValue(0);
}

void ConsolidationView::showTotals()
{
    QList<QTreeWidgetItem *> rows;
    const FormValues &values = m_consolidation->values();
    for (const ItemTotal &t : m_consolidation->totals()) {
        const FormValues::Item &item = values.items()[t.item];
        const bool ratio = t.province.method == Aggregate::Method::Ratio;
        auto *row = new QTreeWidgetItem({item.code, valueText(t.province.value, ratio),
                                         ConsolidationExport::coverageText(t.province), item.label});
        row->setData(0, kItemRole, t.item);
        row->setToolTip(3, item.label);
        if (t.province.method == Aggregate::Method::None)
            row->setText(1, tr("not added up"));
        for (const auto &[level, aggregate] : t.levels) {
            // The names go in the wide last column: the first one is indented at each level.
            auto *child = new QTreeWidgetItem({QString(), valueText(aggregate.value, ratio),
                                               ConsolidationExport::coverageText(aggregate), Consolidation::levelLabel(level)});
            child->setData(0, kItemRole, t.item);
            child->setData(0, kLevelRole, level);
            child->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            if (t.province.method == Aggregate::Method::None)
                child->setText(1, QString());
            row->addChild(child);
        }
        rows.append(row);
    }
    m_totals->addTopLevelItems(rows);
    m_totals->resizeColumnToContents(0);
    m_totals->setColumnWidth(1, 110);
    m_totals->resizeColumnToContents(2);
}

// The agencies behind a level's total, read when the level is first expanded.
void ConsolidationView::fillDrillDown(QTreeWidgetItem *item)
{
    if (!m_consolidation || !item->parent() || item->data(0, kFilledRole).toBool())
        return;
    item->setData(0, kFilledRole, true);
    const int index = item->data(0, kItemRole).toInt();
    const FormValues &values = m_consolidation->values();
    const bool ratio = values.items()[index].formula && values.items()[index].formula->op() == Formula::Op::Ratio;
    for (const DrillRow &row : m_consolidation->drillDown(index, item->data(0, kLevelRole).toString())) {
        QString detail;
        if (ratio && row.numerator && row.denominator)
            detail = tr("%1 of %2").arg(formatNumber(*row.numerator, 2), formatNumber(*row.denominator, 2));
        auto *child = new QTreeWidgetItem({QString(), valueText(row.value, ratio), detail, values.agencies()[row.agency].name});
        item->addChild(child);
    }
    if (item->childCount() == 0)
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

void ConsolidationView::openSubmissionOfRow(int row)
{
    if (!m_consolidation || row < 0 || row >= m_consolidation->statuses().size())
        return;
    const auto id = m_consolidation->statuses()[row].submissionId;
    auto *window = qobject_cast<MainWindow *>(this->window());
    if (!id || !window)
        return;
    if (AppView *submissions = window->view(QStringLiteral("submissions"))) {
        window->showView(QStringLiteral("submissions"));
        submissions->restoreSelection(*id);
    }
}

void ConsolidationView::copyReminder()
{
    QApplication::clipboard()->setText(m_reminder->toPlainText());
}

void ConsolidationView::exportCsv()
{
    if (!m_consolidation)
        return;
    const QString suggested = QStringLiteral("%1-%2.csv").arg(m_consolidation->values().formKey(), m_consolidation->period().key());
    const QString path = FileDialog::saveFile(this, tr("Export the Consolidated Form"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = ConsolidationExport::writeTotalsCsv(*m_consolidation, m_db.isSynthetic(), path); !s)
        MessageBox::critical(this, tr("Export"), s.error());
    else
        SavedFileNotice::show(this, path);
}

void ConsolidationView::importPackages()
{
    const QString chosen = FileDialog::openFile(this, tr("Import Every Package of a Folder (choose one of them)"),
                                                tr("Submission packages (*.pardesk)"));
    if (chosen.isEmpty())
        return;
    const QString folder = QFileInfo(chosen).absolutePath();
    const QList<FolderImportEntry> entries =
        FolderImport::importFolder(m_db, folder, SubmissionImport::Existing::Refuse);
    QStringList lines = {FolderImport::summary(entries) + u'.'};
    for (const FolderImportEntry &e : entries)
        if (e.outcome == FolderImportEntry::Outcome::Refused)
            lines.append(e.message);
    MessageBox::information(this, tr("Import Packages"), lines.join(u'\n'));
    reload();
}

void ConsolidationView::exportTemplateForSelectedAgency()
{
    const int row = m_statuses->currentRow();
    if (!m_consolidation || row < 0) {
        MessageBox::information(this, tr("Template"), tr("Choose an agency in the list first."));
        return;
    }
    const AgencyStatus &s = m_consolidation->statuses()[row];
    ExchangeMenu::exportTemplate(m_db, {m_consolidation->values().formKey(), 0, s.key, m_consolidation->period().key()}, this);
}

void ConsolidationView::exportTemplatesForMissingAgencies()
{
    if (!m_consolidation)
        return;
    QList<const AgencyStatus *> missing;
    for (const AgencyStatus &s : m_consolidation->statuses())
        if (s.received == AgencyStatus::Received::NotReceived)
            missing.append(&s);
    if (missing.isEmpty()) {
        MessageBox::information(this, tr("Templates"), tr("Every agency's report has arrived: no template is needed."));
        return;
    }
    const QString folder = FileDialog::folder(this, tr("Folder for the Templates"));
    if (folder.isEmpty())
        return;
    const QString formKey = m_consolidation->values().formKey(), period = m_consolidation->period().key();
    QStringList failed;
    int written = 0;
    for (const AgencyStatus *s : std::as_const(missing)) {
        // "Sở Tư pháp - TQ-PL02-CCHC - Quý II năm 2024.xlsx": whose, which form, which period.
        const QString name = fileNameOf(QStringList{s->name, formKey, m_consolidation->period().label()}.join(QStringLiteral(" - ")),
                                        QStringLiteral("xlsx"), 120);
        if (const Status w = XlsxTemplate::write(m_db, {formKey, 0, s->key, period}, QDir(folder).filePath(name)); !w)
            failed << w.error();
        else
            ++written;
    }
    if (!failed.isEmpty())
        MessageBox::critical(this, tr("Templates"),
                             tr("%1 of %2 templates were written; these were not:\n%3").arg(written).arg(missing.size()).arg(failed.join(u'\n')));
    else
        SavedFileNotice::show(this, folder);
}

} // namespace pardesk
