#pragma once
// Every task of every plan with its deadline and status: overdue tasks stand out, a filter shows
// what is due in the next 30 days, and the status is set here (audited, undoable).

#include "shell/AppView.h"
#include <QDate>
#include <QVariant>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace pardesk {

class Store;
class PlanWrites;
class TaskFilterModel;
class TaskTableModel;

class TasksView : public AppView {
    Q_OBJECT
public:
    TasksView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("tasks"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built; built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    QVariant selection() const override; // the selected task's id
    void restoreSelection(const QVariant &selection) override;

    // The day that "overdue" and "due in the next 30 days" count from; today unless set (tests).
    void setToday(const QDate &today);
    QDate today() const;

    QTableView *taskView() const { return m_view; }
    QComboBox *provinceFilter() const { return m_province; }
    QComboBox *documentFilter() const { return m_document; }
    QCheckBox *dueSoonFilter() const { return m_dueSoon; }
    QComboBox *statusBox() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    PlanWrites *writes() const { return m_writes; }
    QAction *newTaskAction() const { return m_newTask; }
    QAction *editTaskAction() const { return m_editTask; }
    QAction *deleteTaskAction() const { return m_deleteTask; }
    qint64 currentTaskId() const;
    bool selectTask(qint64 id);

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilters();
    void buildActions();
    void fillFilters();
    void applyFilters();
    void showCurrentStatus();
    void showSummary();

    Store &m_db;
    PlanWrites *m_writes;
    TaskTableModel *m_tasks;
    TaskFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_province;
    QComboBox *m_document;
    QCheckBox *m_dueSoon;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_summary;
    QLabel *m_message;
    QAction *m_newTask;
    QAction *m_editTask;
    QAction *m_deleteTask;
    bool m_stale = false;
};

} // namespace pardesk
