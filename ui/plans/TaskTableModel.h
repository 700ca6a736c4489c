#pragma once
// All tasks as a table (document, group, text, lead, coordinating agencies, timeframe, deadline,
// expected output, status). A task whose deadline has passed before "today" and that is not done
// is overdue: its row is tinted and its deadline says so with a warning sign and words.

#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace pardesk {

class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DocumentName, Group, Text, Lead, Coordinating, Timeframe, Deadline, Output, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DeadlineRole,  // QDate, invalid when the task has no dated deadline
        OverdueRole,   // bool
        StatusKeyRole, // open, in_progress, done
        ProvinceRole,
        DocumentKeyRole,
        SortRole,
    };

    explicit TaskTableModel(QObject *parent = nullptr);
    // `documentNames`: what the Document column shows, by document key.
    void setTasks(QList<Task> tasks, QHash<QString, QString> documentNames);
    void setToday(const QDate &today); // the day overdue is measured from (tests fix it)
    QDate today() const { return m_today; }
    const Task *taskAt(int row) const;
    int rowOf(qint64 id) const;
    bool isOverdue(const Task &task) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The status column takes a status key; the change is asked for, not made here (it goes
    // through the undo stack, and the table is filled again from the store).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void retranslate();
    QDate deadlineOf(const Task &task) const; // TaskDeadline::next as of today()

signals:
    void statusChangeRequested(qint64 taskId, const QString &status);

private:
    QVariant display(const Task &task, int column) const;

    QList<Task> m_tasks;
    QHash<QString, QString> m_documentNames;
    QDate m_today;
};

} // namespace pardesk
