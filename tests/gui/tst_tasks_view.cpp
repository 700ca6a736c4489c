// The tasks view on a real store, with "today" fixed: overdue tasks stand out, the 30-day filter
// shows exactly the tasks due in that window, and the status is set with audit and undo.
#include "ViewTestSupport.h"
#include "periods/TaskDeadline.h"
#include "plans/PlanFormat.h"
#include "plans/PlanWrites.h"
#include "plans/TaskDialog.h"
#include "plans/TaskFilterModel.h"
#include "plans/TaskTableModel.h"
#include "plans/TasksView.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

using namespace pardesk;

namespace {

// A day when the bundled tasks are partly overdue (deadlines in Nov 2023 – Jan 2024) and partly
// due within 30 days (Feb 2024).
const QDate kToday(2024, 2, 1);

QList<Task> allTasks(const Store &db)
{
    return db.plans().tasks().value();
}

Task taskById(const Store &db, qint64 id)
{
    for (const Task &t : allTasks(db))
        if (t.id == id)
            return t;
    return {};
}

QSet<qint64> shownIds(const TasksView &view)
{
    QSet<qint64> ids;
    const QAbstractItemModel *model = view.taskView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(TaskTableModel::IdRole).toLongLong());
    return ids;
}

int rowOf(const TasksView &view, qint64 id)
{
    const QAbstractItemModel *model = view.taskView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(TaskTableModel::IdRole).toLongLong() == id)
            return row;
    return -1;
}

} // namespace

class TestTasksView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void overdueTasksStandOut();
    void recurringDutyShowsItsNextDate();
    void dueInTheNext30Days();
    void filterByProvinceAndDocument();
    void statusSetInTheTableWithAuditAndUndo();
    void statusSetFromTheToolBar();
    void taskCreatedWithItsDeadlineChecked();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TasksView> m_view;
};

void TestTasksView::initTestCase()
{
    installLanguage(defaultLanguage());
}

void TestTasksView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openStore(*m_dir);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<TasksView>(*m_db, m_undo.get());
    m_view->setToday(kToday);
    m_view->resize(1400, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTasksView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestTasksView::modelsPassTheTester()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_view->taskView()->model());
    QVERIFY(proxy);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->dueSoonFilter()->setChecked(true);
    m_view->taskView()->sortByColumn(TaskTableModel::Deadline, Qt::AscendingOrder);
    m_view->dueSoonFilter()->setChecked(false);
    m_view->provinceFilter()->setCurrentIndex(m_view->provinceFilter()->findData(QStringLiteral("BG")));
    m_view->taskView()->sortByColumn(TaskTableModel::Text, Qt::DescendingOrder);
    m_view->setToday(kToday.addDays(100));
    m_view->reload();
    m_view->retranslate();
}

void TestTasksView::overdueTasksStandOut()
{
    const QAbstractItemModel *model = m_view->taskView()->model();
    QCOMPARE(model->rowCount(), allTasks(*m_db).size());
    int overdue = 0;
    for (const Task &t : allTasks(*m_db)) {
        const QDate deadline = TaskDeadline::next(t, kToday); // a recurring duty: its next date
        const bool late = deadline.isValid() && deadline < kToday && t.status != u"done";
        overdue += late ? 1 : 0;
        const int row = rowOf(*m_view, t.id);
        QVERIFY(row >= 0);
        const QModelIndex cell = model->index(row, TaskTableModel::Deadline);
        QCOMPARE(cell.data(TaskTableModel::OverdueRole).toBool(), late);
        // Colour, a warning sign and words: each says it without the others.
        QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), late);
        QCOMPARE(cell.data().toString().startsWith(QStringLiteral("⚠")), late);
        if (deadline.isValid() && !TaskDeadline::isRecurring(t))
            QCOMPARE(cell.data().toString() != cell.data(Qt::ToolTipRole).toString(), late);
        if (late)
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QString::number(deadline.daysTo(kToday))));
    }
    QVERIFY(overdue > 0);
    QVERIFY(overdue < model->rowCount());
    QVERIFY(m_view->summaryLabel()->text().contains(QString::number(overdue)));

    // A day before every deadline, nothing is overdue.
    m_view->setToday(QDate(2023, 1, 1));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, TaskTableModel::Deadline).data(TaskTableModel::OverdueRole).toBool());
}

void TestTasksView::recurringDutyShowsItsNextDate()
{
    // Seed 001 V.1.4: quarterly reports by the 15th of the quarter's last month, the 6-month one by
    // 15/6, the annual one by 15/12. On 1/2/2024 the next is 15/3/2024; after 15/12/2024 it is overdue.
    const QList<Task> tasks = allTasks(*m_db);
    const auto duty = std::find_if(tasks.cbegin(), tasks.cend(), [](const Task &t) { return t.source == u"001:V.1.4"; });
    QVERIFY(duty != tasks.cend());
    const QModelIndex cell = m_view->taskView()->model()->index(rowOf(*m_view, duty->id), TaskTableModel::Deadline);
    QVERIFY2(cell.data().toString().contains(PlanFormat::date(QStringLiteral("2024-03-15"))), qPrintable(cell.data().toString()));
    QVERIFY(cell.data().toString().contains(QStringLiteral("4")));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(PlanFormat::date(QStringLiteral("2024-12-15"))));
    QVERIFY(!cell.data(TaskTableModel::OverdueRole).toBool());
    m_view->setToday(QDate(2024, 12, 16));
    const QModelIndex later = m_view->taskView()->model()->index(rowOf(*m_view, duty->id), TaskTableModel::Deadline);
    QVERIFY(later.data(TaskTableModel::OverdueRole).toBool());
    QVERIFY(later.data().toString().contains(PlanFormat::date(QStringLiteral("2024-12-15"))));
}

void TestTasksView::dueInTheNext30Days()
{
    QSet<qint64> expected;
    for (const Task &t : allTasks(*m_db)) {
        const QDate deadline = TaskDeadline::next(t, kToday);
        if (deadline.isValid() && deadline >= kToday && deadline <= kToday.addDays(30) && t.status != u"done")
            expected.insert(t.id);
    }
    QVERIFY(!expected.isEmpty());
    m_view->dueSoonFilter()->setFocus();
    QTest::keyClick(m_view->dueSoonFilter(), Qt::Key_Space);
    QVERIFY(m_view->dueSoonFilter()->isChecked());
    QCOMPARE(shownIds(*m_view), expected);

    // Done is no longer due.
    const qint64 first = *expected.begin();
    m_view->writes()->setTaskStatus(first, QStringLiteral("done"));
    expected.remove(first);
    QCOMPARE(shownIds(*m_view), expected);

    QTest::keyClick(m_view->dueSoonFilter(), Qt::Key_Space);
    QCOMPARE(m_view->taskView()->model()->rowCount(), allTasks(*m_db).size());
}

void TestTasksView::filterByProvinceAndDocument()
{
    m_view->provinceFilter()->setCurrentIndex(m_view->provinceFilter()->findData(QStringLiteral("TV")));
    QSet<qint64> tv;
    for (const Task &t : allTasks(*m_db))
        if (t.province == u"TV")
            tv.insert(t.id);
    QCOMPARE(shownIds(*m_view), tv);
    // The documents offered are Trà Vinh's.
    const QString plan = QStringLiteral("TV-37-KH-STTTT-VP-2023");
    QVERIFY(m_view->documentFilter()->findData(QStringLiteral("TQ-268-KH-UBND-2023")) < 0);
    m_view->documentFilter()->setCurrentIndex(m_view->documentFilter()->findData(plan));
    QSet<qint64> ofPlan;
    const QList<Task> planTasks = m_db->plans().tasks(plan).value();
    for (const Task &t : planTasks)
        ofPlan.insert(t.id);
    QVERIFY(!ofPlan.isEmpty());
    QCOMPARE(shownIds(*m_view), ofPlan);
}

void TestTasksView::statusSetInTheTableWithAuditAndUndo()
{
    // An overdue task: once done, it no longer stands out.
    qint64 id = 0;
    for (const Task &t : allTasks(*m_db))
        if (!t.deadline.isEmpty() && QDate::fromString(t.deadline, Qt::ISODate) < kToday)
            id = t.id;
    QVERIFY(id);
    QTableView *table = m_view->taskView();
    const QModelIndex cell = table->model()->index(rowOf(*m_view, id), TaskTableModel::Status);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QComboBox *>(table->indexWidget(cell) ? table->indexWidget(cell) : table->focusWidget());
    QVERIFY(editor);
    while (editor->currentData().toString() != u"done")
        QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(taskById(*m_db, id).status, QStringLiteral("done"));

    const auto audit = test::auditRows(*m_db);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.last().entity, QStringLiteral("task"));
    QCOMPARE(audit.last().entityId, id);
    QVERIFY(audit.last().oldValue.contains(QStringLiteral("\"status\":\"open\"")));
    QVERIFY(audit.last().newValue.contains(QStringLiteral("\"status\":\"done\"")));
    const QModelIndex deadline = table->model()->index(rowOf(*m_view, id), TaskTableModel::Deadline);
    QVERIFY(!deadline.data(TaskTableModel::OverdueRole).toBool());

    m_undo->undo();
    QCOMPARE(taskById(*m_db, id).status, QStringLiteral("open"));
    QVERIFY(table->model()->index(rowOf(*m_view, id), TaskTableModel::Deadline).data(TaskTableModel::OverdueRole).toBool());
    QCOMPARE(test::auditRows(*m_db).size(), 2);
}

void TestTasksView::statusSetFromTheToolBar()
{
    QTableView *table = m_view->taskView();
    table->setCurrentIndex(table->model()->index(2, TaskTableModel::Text));
    const qint64 id = m_view->currentTaskId();
    QComboBox *status = m_view->statusBox();
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // open → in progress
    QCOMPARE(taskById(*m_db, id).status, QStringLiteral("in_progress"));
    QCOMPARE(m_view->currentTaskId(), id); // the selection stays on the task
    m_undo->undo();
    QCOMPARE(taskById(*m_db, id).status, QStringLiteral("open"));
}

void TestTasksView::taskCreatedWithItsDeadlineChecked()
{
    const QString plan = QStringLiteral("BG-KH-UBND-2024-01-KSTTHC");
    m_view->documentFilter()->setCurrentIndex(m_view->documentFilter()->findData(plan));
    const int before = int(m_db->plans().tasks(plan)->size());
    m_view->taskView()->setFocus();
    QTest::keyClick(m_view->taskView(), Qt::Key_Insert);
    TaskDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_view->findChild<TaskDialog *>();
        return dialog && dialog->isVisible();
    }));
    test::typeText(dialog->textEdit(), QStringLiteral("Rà soát, công bố danh mục TTHC"));
    QTest::keyClicks(dialog->deadlineEdit(), QStringLiteral("30/02/2024"));
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isMarked(QStringLiteral("deadline")));
    dialog->deadlineEdit()->selectAll();
    QTest::keyClicks(dialog->deadlineEdit(), QStringLiteral("15/02/2024"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const QList<Task> after = m_db->plans().tasks(plan).value();
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().deadline, QStringLiteral("2024-02-15"));
    QCOMPARE(after.last().status, QStringLiteral("open"));
    QCOMPARE(m_view->currentTaskId(), after.last().id);
    QCOMPARE(test::auditRows(*m_db).last().action, QStringLiteral("create"));

    QTest::keyClick(m_view->taskView(), Qt::Key_Delete);
    QCOMPARE(m_db->plans().tasks(plan)->size(), before);
    m_undo->undo();
    QCOMPARE(m_db->plans().tasks(plan)->size(), before + 1);
}

void TestTasksView::screenshot()
{
    m_view->taskView()->sortByColumn(TaskTableModel::Deadline, Qt::AscendingOrder);
    m_view->taskView()->setCurrentIndex(m_view->taskView()->model()->index(0, TaskTableModel::Text));
    const QString path = test::screenshot(*m_view, QStringLiteral("tasks.png"), m_dir->path());
    QVERIFY(!path.isEmpty());
}

QTEST_MAIN(TestTasksView)
#include "tst_tasks_view.moc"
