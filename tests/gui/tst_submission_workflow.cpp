// The life of a submission in the real view: created from the chooser, compared with the agency's
// earlier period, submitted with an explanation of its errors, approved, reopened; a write that
// fails is kept on screen; undo reaches back into another submission; the language switches.
#include "EntryTestSupport.h"
#include "entry/EntryModel.h"
#include "entry/EntryTreeView.h"
#include "entry/ExplanationDialog.h"
#include "entry/FindingsModel.h"
#include "entry/HistoryModel.h"
#include "entry/MessageBar.h"
#include "entry/SubmissionPicker.h"
#include "entry/SubmissionListModel.h"
#include "entry/SubmissionView.h"
#include "exchange/ImportPreview.h"
#include "exchange/SubmissionFile.h"
#include "exchange/SubmissionImport.h"
#include "shell/MessageBox.h"
#include "periods/Period.h"
#include "settings/AppSettings.h"
#include "store/Store.h"
#include "util/Language.h"
#include "validation/SubmitRule.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pardesk;
using namespace pardesk::test;

class TestSubmissionWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void submittingWithErrorsAsksForAnExplanation();
    void submittingWithoutErrorsAsksNothing();
    void anImportThatReplacesTheOpenSubmissionShowsInTheGrid();
    void aMessageDoesNotMoveTheGrid();
    void theAgencyChooserIsInVietnameseOrder();
    void aFailedWriteKeepsTheTypedValueMarkedNotSaved();
    void aNewSubmissionShowsTheEarlierPeriod();
    void undoReachesBackIntoAnotherSubmission();
    void copyGivesTheCellsAsSpreadsheetsDo();
    void theLanguageSwitchesWithoutRestarting();
    void screenshot();

private:
    void openSeeded();
    void click(QWidget *button) { QTest::mouseClick(button, Qt::LeftButton); }
    void clickCell(const QString &code, int column = EntryModel::ValueColumn);
    qint64 createFromChooser(const QString &periodKey);
    QStringList auditActions(qint64 submissionId) const;
    SubmissionHeader header(qint64 id) const { return Submissions(m_db->database().connection()).header(id).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SubmissionView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    qint64 m_seeded = 0;
};

void TestSubmissionWorkflow::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestSubmissionWorkflow::init()
{
    m_db = freshStore(m_dir.path());
    QVERIFY(m_db);
    m_seeded = seededSubmission(*m_db);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<SubmissionView>(*m_db, m_undo.get());
    m_historyTester = std::make_unique<QAbstractItemModelTester>(m_view->historyView()->model());
    m_listTester = std::make_unique<QAbstractItemModelTester>(m_view->picker()->list()->model());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestSubmissionWorkflow::cleanup()
{
    ExplanationDialog::setTestHook({});
    m_historyTester.reset();
    m_listTester.reset();
    m_view.reset();
    m_undo.reset();
    m_db.reset();
}

void TestSubmissionWorkflow::openSeeded()
{
    m_view->restoreSelection(m_seeded); // as the window does on start
    QCOMPARE(m_view->selection().toLongLong(), m_seeded);
}

void TestSubmissionWorkflow::clickCell(const QString &code, int column)
{
    EntryTreeView *grid = m_view->grid();
    const QModelIndex cell = cellOf(*m_view->model(), code, column);
    grid->scrollTo(cell);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(cell).center());
    QCOMPARE(grid->currentIndex(), cell);
}

qint64 TestSubmissionWorkflow::createFromChooser(const QString &periodKey)
{
    SubmissionPicker *picker = m_view->picker();
    const SubmissionHeader seeded = header(m_seeded);
    picker->formBox()->setCurrentIndex(picker->formBox()->findData(seeded.formId));
    picker->agencyBox()->setCurrentIndex(picker->agencyBox()->findData(seeded.agencyId));
    picker->yearBox()->setValue(Period::parse(periodKey)->year());
    picker->periodBox()->setCurrentIndex(picker->periodBox()->findData(periodKey));
    click(picker->createButton());
    return m_view->selection().toLongLong();
}

QStringList TestSubmissionWorkflow::auditActions(qint64 submissionId) const
{
    QSqlQuery q(m_db->database().connection());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'submission' AND entity_id = ? ORDER BY id"));
    q.addBindValue(submissionId);
    q.exec();
    QStringList actions;
    while (q.next())
        actions.append(q.value(0).toString());
    return actions;
}

void TestSubmissionWorkflow::submittingWithErrorsAsksForAnExplanation()
{
    openSeeded();
    QVERIFY(!m_view->submitButton()->isEnabled()); // submitted already
    click(m_view->reopenButton());
    QCOMPARE(header(m_seeded).status, QStringLiteral("draft"));

    // Cancelled: nothing changes.
    ExplanationDialog::setTestHook([this](ExplanationDialog &dialog) {
        QVERIFY(!dialog.submitButton()->isEnabled()); // no explanation yet
        dialog.reject();
    });
    click(m_view->submitButton());
    QCOMPARE(header(m_seeded).status, QStringLiteral("draft"));

    const QString why = QStringLiteral("3.3.1 and 7.6.3 as the one-stop software reports them");
    ExplanationDialog::setTestHook([&](ExplanationDialog &dialog) {
        QTest::keyClicks(dialog.editor(), why);
        QVERIFY(dialog.submitButton()->isEnabled());
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    });
    click(m_view->submitButton());
    QCOMPARE(header(m_seeded).status, QStringLiteral("submitted"));
    QCOMPARE(header(m_seeded).explanation, why);

    // Read-only until reopened.
    clickCell(QStringLiteral("1.1"));
    typeText(QStringLiteral("9"));
    QVERIFY(!m_view->grid()->isEditing());
    QVERIFY(m_view->messageBar()->text().contains(u"reopen"));
    QApplication::clipboard()->setText(QStringLiteral("9"));
    m_view->paste();
    QCOMPARE(storedValue(*m_db, m_seeded, QStringLiteral("1.1"))->raw, QStringLiteral("2"));

    click(m_view->approveButton());
    QCOMPARE(header(m_seeded).status, QStringLiteral("approved"));
    QVERIFY(!m_view->approveButton()->isEnabled());
    click(m_view->reopenButton());
    QCOMPARE(header(m_seeded).status, QStringLiteral("draft"));
    QCOMPARE(auditActions(m_seeded), (QStringList{"reopen", "submit", "approve", "reopen"}));
}

void TestSubmissionWorkflow::submittingWithoutErrorsAsksNothing()
{
    const qint64 id = createFromChooser(QStringLiteral("2023Q1"));
    QVERIFY(id != m_seeded);
    ExplanationDialog::setTestHook([](ExplanationDialog &) { QFAIL("no explanation is needed without errors"); });
    // The new draft is wholly empty: "Gửi" asks first, saying how much is empty; No sends nothing.
    const SubmitRule::Emptiness empty = m_view->session()->emptiness();
    QVERIFY(empty.fillable > 0);
    QCOMPARE(empty.empty, empty.fillable);
    MessageBox::setNextAnswer(QMessageBox::No);
    click(m_view->submitButton());
    QCOMPARE(header(id).status, QStringLiteral("draft"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("100 %")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QString::number(empty.fillable)), qPrintable(MessageBox::lastText()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(m_view->submitButton());
    QCOMPARE(header(id).status, QStringLiteral("submitted"));
    QVERIFY(header(id).explanation.isEmpty());
}

void TestSubmissionWorkflow::theAgencyChooserIsInVietnameseOrder()
{
    SubmissionPicker *picker = m_view->picker();
    picker->formBox()->setCurrentIndex(picker->formBox()->findData(header(m_seeded).formId));
    // A few of Tuyên Quang's departments: "Đài …" comes after "Cục …", "Ủy ban …" before "Văn phòng …".
    const QStringList expected{QStringLiteral("Cục Thuế tỉnh"), QStringLiteral("Đài Phát thanh và Truyền hình tỉnh"),
                               QStringLiteral("Sở Tư pháp"), QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
                               QStringLiteral("Văn phòng UBND tỉnh")};
    QStringList shown;
    for (int i = 0; i < picker->agencyBox()->count(); ++i)
        if (expected.contains(picker->agencyBox()->itemText(i)))
            shown << picker->agencyBox()->itemText(i);
    QCOMPARE(shown, expected);
}

void TestSubmissionWorkflow::aMessageDoesNotMoveTheGrid()
{
    openSeeded();
    EntryTreeView *grid = m_view->grid();
    const QModelIndex cell = cellOf(*m_view->model(), QStringLiteral("1.1"), EntryModel::ValueColumn);
    const auto where = [&] { return grid->viewport()->mapTo(m_view.get(), grid->visualRect(cell).center()); };
    QCoreApplication::processEvents(); // the opened submission laid out
    const QPoint before = where();
    m_view->messageBar()->showMessage(QStringLiteral("Một thông báo dài về ô vừa nhập, hiện ra giữa lúc đang gõ"),
                                      MessageBar::Kind::Error);
    QCoreApplication::processEvents(); // let any layout run
    QVERIFY(m_view->messageBar()->isVisible());
    QCOMPARE(where(), before); // the row under the mouse stays where it was
    // Shown over the grid, whole, and not over the heading above it.
    const QRect bar(m_view->messageBar()->mapTo(m_view.get(), QPoint(0, 0)), m_view->messageBar()->size());
    const QRect onScreen(grid->mapTo(m_view.get(), QPoint(0, 0)), grid->size());
    QVERIFY(onScreen.contains(bar));
    QVERIFY(bar.height() > 0);
    m_view->messageBar()->clear();
    QCoreApplication::processEvents();
    QCOMPARE(where(), before);
}

void TestSubmissionWorkflow::anImportThatReplacesTheOpenSubmissionShowsInTheGrid()
{
    // The official has the agency's new, empty draft open when its report arrives and is imported
    // with "Thay thế" (as File › Import does, through SubmissionImport on the same store).
    const qint64 id = createFromChooser(QStringLiteral("2023Q1"));
    QCOMPARE(m_view->session()->header().status, QStringLiteral("draft"));
    const SubmissionHeader draft = header(id);
    const QString csv = m_dir.filePath(QStringLiteral("arrived.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,value,note\n1.1,5,\n1.2.1,6,\n1.2.2,2,\n");
    }
    auto source = SubmissionFile::read(*m_db, csv, ExchangeIdentity{draft.formKey, 0, draft.agencyKey, draft.period});
    QVERIFY2(source, qPrintable(source.error()));
    const auto preview = ImportPreview::build(*m_db, std::move(source).value());
    QVERIFY2(preview, qPrintable(preview.error()));
    QVERIFY(preview->replaces());
    const auto outcome = SubmissionImport::apply(*m_db, preview.value(), SubmissionImport::Existing::Replace,
                                                 SubmissionImport::Trust::KnownOnly, QStringLiteral("Số liệu theo sổ"));
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->submissionId, id);

    // Without reselecting anything, the grid, its header and the list show what the store holds.
    QCOMPARE(m_view->session()->header().status, QStringLiteral("submitted"));
    QCOMPARE(cellOf(*m_view->model(), QStringLiteral("1.1"), EntryModel::ValueColumn).data().toString(), QStringLiteral("5"));
    QVERIFY(!m_view->submitButton()->isEnabled());
    QVERIFY(m_view->reopenButton()->isEnabled());
    const QAbstractItemModel *list = m_view->picker()->list()->model();
    const QModelIndex selected = m_view->picker()->list()->currentIndex();
    QVERIFY(selected.isValid());
    QCOMPARE(list->index(selected.row(), SubmissionListModel::StatusColumn).data().toString(),
             Submissions::statusLabel(QStringLiteral("submitted")));
}

void TestSubmissionWorkflow::aFailedWriteKeepsTheTypedValueMarkedNotSaved()
{
    openSeeded();
    click(m_view->reopenButton());
    QSqlQuery(m_db->database().connection()).exec(QStringLiteral("PRAGMA query_only = ON")); // as a read-only file would
    clickCell(QStringLiteral("1.1"));
    typeText(QStringLiteral("7"));
    pressKey(Qt::Key_Return);
    const QModelIndex cell = cellOf(*m_view->model(), QStringLiteral("1.1"), EntryModel::ValueColumn);
    QVERIFY(!m_view->messageBar()->text().isEmpty());
    QCOMPARE(m_view->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(cell.data().toString(), QStringLiteral("7")); // still on screen
    QVERIFY(cell.data(EntryModel::UnsavedRole).toBool());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(u"Not saved"));
    QCOMPARE(storedValue(*m_db, m_seeded, QStringLiteral("1.1"))->raw, QStringLiteral("2"));
    QCOMPARE(m_undo->count(), 0);

    QSqlQuery(m_db->database().connection()).exec(QStringLiteral("PRAGMA query_only = OFF"));
    pressKey(Qt::Key_F2);
    pressKey(Qt::Key_Return); // the same text, stored this time
    QCOMPARE(storedValue(*m_db, m_seeded, QStringLiteral("1.1"))->raw, QStringLiteral("7"));
    QVERIFY(!cell.data(EntryModel::UnsavedRole).toBool());
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(m_view->messageBar()->text().isEmpty());
}

void TestSubmissionWorkflow::aNewSubmissionShowsTheEarlierPeriod()
{
    SubmissionPicker *picker = m_view->picker();
    picker->formBox()->setCurrentIndex(picker->formBox()->findData(header(m_seeded).formId));
    picker->yearBox()->setValue(2022);
    QStringList periods;
    for (int i = 0; i < picker->periodBox()->count(); ++i)
        periods.append(picker->periodBox()->itemData(i).toString());
    // The form is reported by quarter, half and year (no nine months), in the order reports come in.
    QCOMPARE(periods, (QStringList{"2022Q1", "2022Q2", "2022S1", "2022Q3", "2022Q4", "2022S2", "2022"}));

    const int listed = picker->list()->model()->rowCount();
    const qint64 id = createFromChooser(QStringLiteral("2022S2"));
    QVERIFY(id > 0 && id != m_seeded);
    QCOMPARE(picker->list()->model()->rowCount(), listed + 1);
    QCOMPARE(header(id).status, QStringLiteral("draft"));
    QCOMPARE(auditActions(id), QStringList{"create"});

    clickCell(QStringLiteral("3.3.1.1"));
    const QAbstractItemModel *history = m_view->historyView()->model();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->index(0, 0).data(HistoryModel::PeriodKeyRole).toString(), QStringLiteral("2022S1"));
    QCOMPARE(history->index(0, 0).data(HistoryModel::NumberRole).toDouble(), 56.0);
    // For a computed item, what its inputs gave then: 56 on time of 56 = 100 %.
    clickCell(QStringLiteral("3.3.1"));
    QCOMPARE(history->index(0, 0).data(HistoryModel::NumberRole).toDouble(), 100.0);

    // Asking for it again opens it instead of making a second one.
    QVERIFY(m_view->openSubmission(m_seeded));
    QCOMPARE(createFromChooser(QStringLiteral("2022S2")), id);
    QVERIFY(m_view->messageBar()->text().contains(u"exists"));
    QCOMPARE(picker->list()->model()->rowCount(), listed + 1);
}

void TestSubmissionWorkflow::undoReachesBackIntoAnotherSubmission()
{
    openSeeded();
    click(m_view->reopenButton());
    clickCell(QStringLiteral("1.5.1"));
    typeText(QStringLiteral("30"));
    pressKey(Qt::Key_Return);
    const qint64 other = createFromChooser(QStringLiteral("2022S2"));
    QCOMPARE(m_view->selection().toLongLong(), other);

    m_undo->undo();
    QCOMPARE(m_view->selection().toLongLong(), m_seeded); // shown where it changed
    QCOMPARE(storedValue(*m_db, m_seeded, QStringLiteral("1.5.1"))->raw, QStringLiteral("26"));
    QCOMPARE(m_view->grid()->currentIndex(), cellOf(*m_view->model(), QStringLiteral("1.5.1"), EntryModel::ValueColumn));
}

void TestSubmissionWorkflow::copyGivesTheCellsAsSpreadsheetsDo()
{
    openSeeded();
    clickCell(QStringLiteral("1.5.1"));
    const QModelIndex last = cellOf(*m_view->model(), QStringLiteral("1.5.4"), EntryModel::NoteColumn);
    QTest::mouseClick(m_view->grid()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      m_view->grid()->visualRect(last).center());
    m_view->copy();
    // 1.5.1 to 1.5.4, value and note: 26, 20, nothing, 0, and no notes.
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("26\t\n20\t\n\t\n0\t"));
}

void TestSubmissionWorkflow::theLanguageSwitchesWithoutRestarting()
{
    openSeeded();
    const QString english = Period::half(2022, 1).label();
    auto findingOf331 = [this] {
        const QAbstractItemModel *findings = m_view->findingsView()->model();
        for (int r = 0; r < findings->rowCount(); ++r)
            if (findings->index(r, 0).data(FindingsModel::CodeRole).toString() == u"3.3.1")
                return findings->index(r, FindingsModel::MessageColumn).data().toString();
        return QString();
    };
    const QString englishFinding = findingOf331();
    m_view->picker()->yearBox()->setValue(2022);

    installLanguage(QStringLiteral("vi"));
    const QString vietnamese = Period::half(2022, 1).label();
    QVERIFY(vietnamese != english);
    QComboBox *periods = m_view->picker()->periodBox();
    QTRY_COMPARE(periods->itemText(periods->findData(QStringLiteral("2022S1"))), vietnamese);
    QVERIFY(findingOf331() != englishFinding);
    QVERIFY(findingOf331().contains(u"3.3.1"));

    installLanguage(QStringLiteral("en"));
    QTRY_COMPARE(periods->itemText(periods->findData(QStringLiteral("2022S1"))), english);
    QCOMPARE(findingOf331(), englishFinding);
}

// The view as the README shows it: a draft for the second half of 2022 being typed in, beside
// the first half's figures. PARDESK_SCREENSHOTS names the folder to keep it in.
void TestSubmissionWorkflow::screenshot()
{
    createFromChooser(QStringLiteral("2022S2"));
    QApplication::clipboard()->setText(QStringLiteral("3\n8\n5"));
    clickCell(QStringLiteral("1.1"));
    m_view->paste();
    clickCell(QStringLiteral("3.3.1.1"));
    for (const QString &figure : {QStringLiteral("64"), QStringLiteral("61"), QStringLiteral("12"), QStringLiteral("14")}) {
        typeText(figure);
        pressKey(Qt::Key_Return);
    }
    clickCell(QStringLiteral("3.3.2.2"), EntryModel::NoteColumn);
    typeText(QStringLiteral("Gồm 2 hồ sơ kỳ trước chuyển sang"));
    pressKey(Qt::Key_Return);
    clickCell(QStringLiteral("3.3.1.2"));
    m_view->grid()->scrollTo(cellOf(*m_view->model(), QStringLiteral("2.3.2.2"), 0), QAbstractItemView::PositionAtTop);
    const QString folder = qEnvironmentVariable("PARDESK_SCREENSHOTS", m_dir.path());
    const QString file = QDir(folder).filePath(QStringLiteral("entry.png"));
    QVERIFY(m_view->grab().save(file, "PNG"));
    const QImage image(file);
    QCOMPARE(image.size(), m_view->size() * m_view->devicePixelRatio());
}

QTEST_MAIN(TestSubmissionWorkflow)
#include "tst_submission_workflow.moc"
