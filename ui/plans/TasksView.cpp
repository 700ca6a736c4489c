#include "plans/TasksView.h"

#include "plans/PlanFormat.h"
#include "plans/PlanWrites.h"
#include "plans/TaskFilterModel.h"
#include "plans/TaskStatusDelegate.h"
#include "plans/TaskTableModel.h"
#include "shell/ColumnWidths.h"
#include "shell/RightsGate.h"
#include "shell/RowHeightFitter.h"
#include "store/Store.h"
#include "store/StoreEvents.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pardesk {

TasksView::TasksView(Store &db, QUndoStack *undo, QWidget *parent)
    : AppView(parent), m_db(db), m_writes(new PlanWrites(db, undo, this)), m_tasks(new TaskTableModel(this)),
      m_filter(new TaskFilterModel(this)), m_view(new QTableView), m_province(new QComboBox), m_document(new QComboBox),
      m_dueSoon(new QCheckBox), m_statusLabel(new QLabel), m_status(new QComboBox), m_summary(new QLabel),
      m_message(new QLabel)
{
    m_filter->setSourceModel(m_tasks);
    m_view->setModel(m_filter);
    setFocusProxy(m_view); // switching to the area puts the keyboard on the task table
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setItemDelegateForColumn(TaskTableModel::Status, new TaskStatusDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setVisible(false);
    RowHeightFitter::attach(m_view); // rows as tall as their wrapped text, measured once per change
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::Text, QHeaderView::Stretch);
    // Narrow side columns, so that the task's own text, which stretches, stays readable.
    const std::pair<int, int> widths[] = {{TaskTableModel::DocumentName, 105}, {TaskTableModel::Group, 105},
                                          {TaskTableModel::Lead, 115},         {TaskTableModel::Coordinating, 115},
                                          {TaskTableModel::Timeframe, 95},     {TaskTableModel::Deadline, 110},
                                          {TaskTableModel::Output, 125},       {TaskTableModel::Status, 95}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    widenColumnsToTitles(m_view);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();
    auto *toolBar = new QToolBar;
    buildActions();
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_newTask, m_editTask, m_deleteTask});
    toolBar->addSeparator();
    toolBar->addWidget(m_statusLabel);
    toolBar->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildFilters());
    layout->addWidget(toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    // Queued: the status is written after the delegate has finished with its editor, since the
    // write fills the table again.
    connect(m_tasks, &TaskTableModel::statusChangeRequested, m_writes, &PlanWrites::setTaskStatus, Qt::QueuedConnection);
    connect(m_writes, &PlanWrites::failed, this, [this](const QString &message) {
        m_message->setText(QStringLiteral("⚠ ") + message);
        m_message->show();
    });
    connect(m_writes, &PlanWrites::written, this, [this](PlanEntity entity, qint64 id) {
        if (entity == PlanEntity::Task)
            selectTask(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksView::showCurrentStatus);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != TaskTableModel::Status)
            m_editTask->trigger();
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (const qint64 id = currentTaskId())
            m_writes->setTaskStatus(id, m_status->currentData().toString());
    });
    // Every committed write, whoever made it (see PlansView).
    connect(&m_db.events(), &StoreEvents::changed, this, [this](const StoreChange &change) {
        if (!change.concerns(QStringLiteral("tasks")) && !change.concerns(QStringLiteral("targets"))
            && !change.concerns(QStringLiteral("documents")))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    retranslate();
    reload();
}

QWidget *TasksView::buildFilters()
{
    auto *filters = new QWidget;
    auto *layout = new QHBoxLayout(filters);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_province, 1);
    layout->addWidget(m_document, 2);
    layout->addWidget(m_dueSoon);
    layout->addStretch(1);
    for (QComboBox *box : {m_province, m_document})
        connect(box, &QComboBox::currentIndexChanged, this, &TasksView::applyFilters);
    connect(m_dueSoon, &QCheckBox::toggled, this, &TasksView::applyFilters);
    return filters;
}

void TasksView::buildActions()
{
    m_newTask = new QAction(this);
    m_newTask->setShortcut(QKeySequence(Qt::Key_Insert));
    connect(m_newTask, &QAction::triggered, this, [this] { m_writes->newTask(m_document->currentData().toString()); });
    m_editTask = new QAction(this);
    m_editTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_editTask, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTaskId())
            m_writes->editTask(id);
    });
    for (QAction *a : {m_newTask, m_editTask}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_deleteTask = new QAction(this);
    m_deleteTask->setShortcut(QKeySequence::Delete);
    m_deleteTask->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteTask, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTaskId())
            m_writes->deleteTask(id);
    });
    m_view->addAction(m_deleteTask);
    offerActionsOnlyIf(m_db.rights().mayManage(), {m_newTask, m_editTask, m_deleteTask});
    for (const QString &status : PlanChecks::taskStatuses())
        m_status->addItem(QString(), status);
    m_statusLabel->setBuddy(m_status);
}

AppViewDescriptor TasksView::descriptor()
{
    return {QStringLiteral("tasks"), [] { return tr("Tasks"); }};
}

void TasksView::retranslate()
{
    m_newTask->setText(tr("&New task"));
    m_editTask->setText(tr("&Edit task"));
    m_deleteTask->setText(tr("Delete task"));
    for (QAction *a : {m_newTask, m_editTask, m_deleteTask})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText)));
    m_dueSoon->setText(tr("Due in the next %n &days", nullptr, TaskFilterModel::kDueSoonDays));
    m_statusLabel->setText(tr("&Status:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, PlanFormat::taskStatusName(m_status->itemData(i).toString()));
    m_tasks->retranslate();
    widenColumnsToTitles(m_view);
    fillFilters();
    showSummary();
}


void TasksView::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void TasksView::setToday(const QDate &today)
{
    m_tasks->setToday(today);
    applyFilters();
}

QDate TasksView::today() const
{
    return m_tasks->today();
}

void TasksView::fillFilters()
{
    const QString province = m_province->currentData().toString();
    const QString document = m_document->currentData().toString();
    const QSignalBlocker a(m_province), b(m_document);
    m_province->clear();
    m_province->addItem(tr("All provinces"), QString());
    if (const auto provinces = m_db.planEditor().provinces())
        for (const Province &p : provinces.value())
            m_province->addItem(p.name, p.code);
    m_document->clear();
    m_document->addItem(tr("All documents"), QString());
    if (const auto documents = m_db.plans().documents())
        for (const Document &d : documents.value())
            if (d.citedBy.isEmpty() && (province.isEmpty() || d.province == province))
                m_document->addItem(QStringLiteral("%1 · %2").arg(d.province, d.name), d.key);
    m_province->setCurrentIndex(std::max(0, m_province->findData(province)));
    m_document->setCurrentIndex(std::max(0, m_document->findData(document)));
}

void TasksView::applyFilters()
{
    // The documents offered follow the province chosen.
    fillFilters();
    m_filter->setProvince(m_province->currentData().toString());
    m_filter->setDocument(m_document->currentData().toString());
    m_filter->setDueSoon(m_dueSoon->isChecked(), today());
    showSummary();
    showCurrentStatus();
}

void TasksView::reload()
{
    m_stale = false;
    const qint64 selected = currentTaskId();
    const auto tasks = m_db.plans().tasks();
    const auto documents = m_db.plans().documents();
    if (!tasks || !documents) {
        m_message->setText(QStringLiteral("⚠ ") + (!tasks ? tasks.error() : documents.error()));
        m_message->show();
        return;
    }
    QHash<QString, QString> names;
    for (const Document &d : documents.value())
        names.insert(d.key, QStringLiteral("%1 · %2").arg(d.province, d.name));
    m_tasks->setTasks(tasks.value(), names);
    applyFilters();
    if (!selectTask(selected) && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, TaskTableModel::Text));
}

void TasksView::showCurrentStatus()
{
    const QModelIndex current = m_view->currentIndex();
    m_status->setEnabled(current.isValid() && m_db.rights().mayManage());
    m_status->setToolTip(m_db.rights().mayManage() ? QString() : m_db.rights().whyNot());
    if (current.isValid())
        m_status->setCurrentIndex(std::max(0, m_status->findData(current.data(TaskTableModel::StatusKeyRole))));
}

void TasksView::showSummary()
{
    int overdue = 0;
    int dueSoon = 0;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const Task *t = m_tasks->taskAt(row);
        overdue += m_tasks->isOverdue(*t) ? 1 : 0;
        dueSoon += TaskFilterModel::isDueSoon(m_tasks->deadlineOf(*t), t->status, today()) ? 1 : 0;
    }
    m_summary->setText(tr("%1 of %n task(s) shown", nullptr, m_tasks->rowCount()).arg(m_filter->rowCount()) +
                       QStringLiteral(" · ") +
                       QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(tr("⚠ %n overdue", nullptr, overdue)) +
                       QStringLiteral(" · ") + tr("%n due in the next 30 days", nullptr, dueSoon) + QStringLiteral(" · ") +
                       tr("today is %1").arg(PlanFormat::date(today().toString(Qt::ISODate))));
}

qint64 TasksView::currentTaskId() const
{
    return m_view->currentIndex().data(TaskTableModel::IdRole).toLongLong();
}

bool TasksView::selectTask(qint64 id)
{
    const int row = m_tasks->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_tasks->index(row, TaskTableModel::Text));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

QVariant TasksView::selection() const
{
    const qint64 id = currentTaskId();
    return id ? QVariant(id) : QVariant();
}

void TasksView::restoreSelection(const QVariant &selection)
{
    selectTask(selection.toLongLong());
}

} // namespace pardesk
