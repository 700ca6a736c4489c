#include "plans/TaskTableModel.h"

#include "periods/TaskDeadline.h"
#include "plans/PlanFormat.h"

#include <QBrush>

namespace pardesk {

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void TaskTableModel::setTasks(QList<Task> tasks, QHash<QString, QString> documentNames)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_documentNames = std::move(documentNames);
    endResetModel();
}

void TaskTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Task *TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks[row] : nullptr;
}

int TaskTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_tasks.size(); ++row)
        if (m_tasks[row].id == id)
            return row;
    return -1;
}

QDate TaskTableModel::deadlineOf(const Task &task) const
{
    return TaskDeadline::next(task, m_today);
}

bool TaskTableModel::isOverdue(const Task &task) const
{
    return TaskDeadline::isOverdue(task, m_today);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::display(const Task &t, int column) const
{
    switch (column) {
    case DocumentName:
        return m_documentNames.value(t.documentKey, t.documentName);
    case Group:
        return t.group;
    case Text:
        return t.stt.isEmpty() ? t.text : QStringLiteral("%1. %2").arg(t.stt, t.text);
    case Lead:
        return t.lead;
    case Coordinating:
        return t.coordinating;
    case Timeframe:
        return t.timeframe;
    case Deadline: {
        const QDate due = deadlineOf(t);
        if (!due.isValid())
            return QString();
        QString date = PlanFormat::date(due.toString(Qt::ISODate));
        if (TaskDeadline::isRecurring(t))
            date = tr("next %1 (%n dates)", nullptr, int(t.dueDates.size())).arg(date);
        return isOverdue(t) ? QStringLiteral("⚠ ") + tr("%1 — overdue").arg(date) : date;
    }
    case Output:
        return t.output;
    case Status:
        return PlanFormat::taskStatusName(t.status);
    default:
        return {};
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    const Task *t = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!t)
        return {};
    const bool overdue = isOverdue(*t);
    switch (role) {
    case Qt::DisplayRole:
        return display(*t, index.column());
    case Qt::EditRole:
        return index.column() == Status ? QVariant(t->status) : display(*t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Deadline && overdue)
            return tr("Overdue by %n day(s): the deadline was %1 and the task is not done.", nullptr,
                      int(deadlineOf(*t).daysTo(m_today)))
                .arg(PlanFormat::date(deadlineOf(*t).toString(Qt::ISODate)));
        if (index.column() == Deadline && TaskDeadline::isRecurring(*t)) {
            QStringList dates;
            for (const QString &iso : t->dueDates)
                dates << PlanFormat::date(iso);
            return tr("Due on each of: %1").arg(dates.join(QStringLiteral(", ")));
        }
        return display(*t, index.column());
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xff, 0xeb, 0xee))) : QVariant();
    case Qt::ForegroundRole:
        return overdue && index.column() == Deadline ? QVariant(QBrush(QColor(0xb7, 0x1c, 0x1c))) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    case IdRole:
        return t->id;
    case DeadlineRole:
        return deadlineOf(*t);
    case OverdueRole:
        return overdue;
    case StatusKeyRole:
        return t->status;
    case ProvinceRole:
        return t->province;
    case DocumentKeyRole:
        return t->documentKey;
    case SortRole:
        if (index.column() == Deadline)
            return deadlineOf(*t).isValid() ? QVariant(deadlineOf(*t)) : QVariant();
        if (index.column() == Status)
            return t->status;
        return display(*t, index.column());
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentName:
        return tr("Document");
    case Group:
        return tr("Group");
    case Text:
        return tr("Task");
    case Lead:
        return tr("Lead agency");
    case Coordinating:
        return tr("Coordinating agencies");
    case Timeframe:
        return tr("Timeframe");
    case Deadline:
        return tr("Deadline");
    case Output:
        return tr("Expected output");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() == Status ? base | Qt::ItemIsEditable : base;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Task *t = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!t || role != Qt::EditRole || index.column() != Status)
        return false;
    if (value.toString() != t->status)
        emit statusChangeRequested(t->id, value.toString());
    return true;
}

void TaskTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace pardesk
