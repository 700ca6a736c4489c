// Entering a submission as a user does, with keys and clicks on the real view and a real store:
// open the seeded submission of seed 002, see its findings, type, undo, paste, and find every
// value in the file after it was closed and opened again.
#include "EntryTestSupport.h"
#include "entry/EntryModel.h"
#include "entry/EntryTreeView.h"
#include "entry/FindingsModel.h"
#include "entry/MessageBar.h"
#include "entry/SubmissionPicker.h"
#include "entry/SubmissionView.h"
#include "settings/AppSettings.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pardesk;
using namespace pardesk::test;

class TestSubmissionView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSeededSubmissionWithItsFindings();
    void typingChangesTheDerivedPercentageAndItsFinding();
    void enterSkipsHeadingsAndComputedRows();
    void aStatedTotalIsKeptBesideTheComputedOne();
    void deleteLeavesNoData();
    void anUnparsableEntryIsRefused();
    void escapeCancelsAndF2Edits();
    void tabMovesToTheNote();
    void codedAnswersAreChosenByLabel();
    void pasteIsOneUndoableStep();
    void everythingIsInTheFileAfterReopening();

private:
    void openSeeded();
    void reopenSeeded();
    void click(const QString &code, int column = EntryModel::ValueColumn);
    QString shown(const QString &code) const;
    QString current() const; // the code of the current cell
    QStringList findings() const;
    std::optional<SubmissionValue> stored(const QString &code) { return storedValue(*m_db, m_seeded, code); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SubmissionView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_entryTester;
    std::unique_ptr<QAbstractItemModelTester> m_findingsTester;
    qint64 m_seeded = 0;
};

void TestSubmissionView::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestSubmissionView::init()
{
    m_db = freshStore(m_dir.path());
    QVERIFY(m_db);
    m_seeded = seededSubmission(*m_db);
    QVERIFY(m_seeded > 0);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<SubmissionView>(*m_db, m_undo.get());
    m_entryTester = std::make_unique<QAbstractItemModelTester>(m_view->model());
    m_findingsTester = std::make_unique<QAbstractItemModelTester>(m_view->findingsView()->model());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestSubmissionView::cleanup()
{
    m_entryTester.reset();
    m_findingsTester.reset();
    m_view.reset();
    m_undo.reset();
    m_db.reset();
}

// A click on the submission in the list, as a user opens it.
void TestSubmissionView::openSeeded()
{
    QTableView *list = m_view->picker()->list();
    QModelIndex row;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong() == m_seeded)
            row = list->model()->index(r, 0);
    QVERIFY(row.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(m_view->selection().toLongLong(), m_seeded);
}

// The seeded submission was submitted: it is reopened before it is changed.
void TestSubmissionView::reopenSeeded()
{
    openSeeded();
    QVERIFY(m_view->model()->sheet().isReadOnly());
    QTest::mouseClick(m_view->reopenButton(), Qt::LeftButton);
    QVERIFY(!m_view->model()->sheet().isReadOnly());
}

void TestSubmissionView::click(const QString &code, int column)
{
    EntryTreeView *grid = m_view->grid();
    const QModelIndex cell = cellOf(*m_view->model(), code, column);
    QVERIFY(cell.isValid());
    grid->scrollTo(cell);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(cell).center());
    QCOMPARE(grid->currentIndex(), cell);
    QTRY_VERIFY(grid->hasFocus());
}

QString TestSubmissionView::shown(const QString &code) const
{
    return cellOf(*m_view->model(), code, EntryModel::ValueColumn).data().toString();
}

QString TestSubmissionView::current() const
{
    const QModelIndex cell = m_view->grid()->currentIndex();
    return cell.siblingAtColumn(EntryModel::CodeColumn).data().toString();
}

QStringList TestSubmissionView::findings() const
{
    const QAbstractItemModel *model = m_view->findingsView()->model();
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, 0).data(FindingsModel::CodeRole).toString() + u':' +
                   model->index(r, 0).data(FindingsModel::RuleRole).toString());
    out.sort();
    return out;
}

void TestSubmissionView::opensTheSeededSubmissionWithItsFindings()
{
    openSeeded();
    // The six findings of Phụ lục 02 that docs/validation-rules.md lists.
    QCOMPARE(findings(), (QStringList{"3.3.1:PERCENT_MISMATCH", "3.3.2:PERCENT_NOT_COMPUTABLE",
                                      "3.3.4:PERCENT_NOT_COMPUTABLE", "7.6.2.1:PERCENT_IN_COUNT_ROW",
                                      "7.6.2:PERCENT_NOT_COMPUTABLE", "7.6.3:PERCENT_MISMATCH"}));

    // 3.3.1 is computed from its rows, 56 on time of 56 resolved: 56 / 56 × 100 = 100; the
    // agency wrote 56, which the cell's tooltip and colour show.
    const QModelIndex flagged = cellOf(*m_view->model(), QStringLiteral("3.3.1"), EntryModel::ValueColumn);
    QCOMPARE(flagged.data().toString(), QStringLiteral("56 (computed 100)"));
    QVERIFY(!(flagged.flags() & Qt::ItemIsEditable));
    QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3.3.1 states 56%")));
    QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stated in the submission: 56")));
    QVERIFY(!flagged.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex clean = cellOf(*m_view->model(), QStringLiteral("1.2"), EntryModel::ValueColumn);
    QVERIFY(clean.data(Qt::DecorationRole).isNull());
    QVERIFY(flagged.data(Qt::BackgroundRole) != clean.data(Qt::BackgroundRole));
    QVERIFY(cellOf(*m_view->model(), QStringLiteral("3.3"), EntryModel::LabelColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!cellOf(*m_view->model(), QStringLiteral("3.3.1.1"), EntryModel::LabelColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(shown(QStringLiteral("7.6.2.1")), QStringLiteral("100%")); // as the agency wrote it

    // A click on a finding selects its cell.
    QTableView *panel = m_view->findingsView();
    QModelIndex finding;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        if (panel->model()->index(r, 0).data(FindingsModel::CodeRole).toString() == u"7.6.3")
            finding = panel->model()->index(r, FindingsModel::MessageColumn);
    QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, panel->visualRect(finding).center());
    QCOMPARE(current(), QStringLiteral("7.6.3"));
    QCOMPARE(m_view->grid()->currentIndex().column(), int(EntryModel::ValueColumn));

    // Submitted, so read-only: typing is refused with the reason, nothing is stored.
    click(QStringLiteral("3.3.1.2"));
    typeText(QStringLiteral("7"));
    QCOMPARE(m_view->grid()->isEditing(), false);
    QVERIFY(m_view->messageBar()->text().contains(u"reopen"));
    QCOMPARE(stored(QStringLiteral("3.3.1.2"))->raw, QStringLiteral("56"));
}

void TestSubmissionView::typingChangesTheDerivedPercentageAndItsFinding()
{
    reopenSeeded();
    click(QStringLiteral("3.3.1.1"));
    typeText(QStringLiteral("100"));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("3.3.1.1"))->raw, QStringLiteral("100"));
    // 56 on time of 100 resolved: 56 / 100 × 100 = 56, which the agency stated: no mismatch now.
    QCOMPARE(shown(QStringLiteral("3.3.1")), QStringLiteral("56"));
    QVERIFY(!findings().contains(u"3.3.1:PERCENT_MISMATCH"));

    QCOMPARE(current(), QStringLiteral("3.3.1.2")); // Enter moved down
    typeText(QStringLiteral("31"));
    pressKey(Qt::Key_Return);
    // 31 / 100 × 100 = 31, far from the stated 56: the mismatch is back.
    QCOMPARE(shown(QStringLiteral("3.3.1")), QStringLiteral("56 (computed 31)"));
    QVERIFY(findings().contains(u"3.3.1:PERCENT_MISMATCH"));
    QCOMPARE(m_undo->count(), 2);

    m_undo->undo();
    QCOMPARE(stored(QStringLiteral("3.3.1.2"))->raw, QStringLiteral("56"));
    QCOMPARE(shown(QStringLiteral("3.3.1")), QStringLiteral("56"));
    QVERIFY(!findings().contains(u"3.3.1:PERCENT_MISMATCH"));
    QSqlQuery q(m_db->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action, new_value FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("undo_set_value"));
    QVERIFY(q.value(1).toString().contains(u"\"raw\":\"56\""));

    m_undo->redo();
    QCOMPARE(stored(QStringLiteral("3.3.1.2"))->raw, QStringLiteral("31"));
    QCOMPARE(shown(QStringLiteral("3.3.1")), QStringLiteral("56 (computed 31)"));
}

void TestSubmissionView::enterSkipsHeadingsAndComputedRows()
{
    reopenSeeded();
    click(QStringLiteral("3.2.3"));
    pressKey(Qt::Key_Return); // past the heading 3.3 and the computed 3.3.1
    QCOMPARE(current(), QStringLiteral("3.3.1.1"));
    typeText(QStringLiteral("60"));
    pressKey(Qt::Key_Enter);
    QCOMPARE(current(), QStringLiteral("3.3.1.2"));
    pressKey(Qt::Key_Return); // past the computed 3.3.2
    QCOMPARE(current(), QStringLiteral("3.3.2.1"));
    pressKey(Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(current(), QStringLiteral("3.3.1.2"));
}

void TestSubmissionView::aStatedTotalIsKeptBesideTheComputedOne()
{
    reopenSeeded();
    // The parts of 2.1 (laws issued) add up to 120.
    click(QStringLiteral("2.1.1"));
    for (const char *part : {"50", "40", "30"}) {
        typeText(QString::fromLatin1(part));
        pressKey(Qt::Key_Return);
    }
    QCOMPARE(shown(QStringLiteral("2.1")), QStringLiteral("120"));

    // The paper states 125: it is typed into the computed row, kept, shown beside the 120 the rows
    // give, and the difference is a finding.
    click(QStringLiteral("2.1"));
    QVERIFY(m_view->model()->flags(m_view->grid()->currentIndex()) & Qt::ItemIsEditable);
    typeText(QStringLiteral("125"));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("2.1"))->raw, QStringLiteral("125"));
    QCOMPARE(stored(QStringLiteral("2.1.1"))->raw, QStringLiteral("50"));
    QCOMPARE(shown(QStringLiteral("2.1")), QStringLiteral("125 (computed 120)"));
    QVERIFY(findings().contains(u"2.1:SUM_MISMATCH"));
    const QString tip = cellOf(*m_view->model(), QStringLiteral("2.1"), EntryModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2.1.1 + 2.1.2 + 2.1.3 = 120")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Stated in the submission: 125")), qPrintable(tip));
    QCOMPARE(current(), QStringLiteral("2.1.1")); // Enter went on to the next figure to type

    // A part corrected to agree with the paper: one value, no finding.
    click(QStringLiteral("2.1.3"));
    typeText(QStringLiteral("35"));
    pressKey(Qt::Key_Return);
    QCOMPARE(shown(QStringLiteral("2.1")), QStringLiteral("125"));
    QVERIFY(!findings().contains(u"2.1:SUM_MISMATCH"));

    // Undoing the correction brings the difference back; the stated total stays in the store.
    m_undo->undo();
    QVERIFY(findings().contains(u"2.1:SUM_MISMATCH"));
    QCOMPARE(shown(QStringLiteral("2.1")), QStringLiteral("125 (computed 120)"));
    QCOMPARE(stored(QStringLiteral("2.1"))->raw, QStringLiteral("125"));
}

void TestSubmissionView::deleteLeavesNoData()
{
    reopenSeeded();
    // 2 of 6 tasks done: 2 / 6 × 100 = 33,33.
    QCOMPARE(shown(QStringLiteral("1.2")), formatNumber(2.0 / 6 * 100, 2));
    click(QStringLiteral("1.2.1"));
    pressKey(Qt::Key_Delete);
    QVERIFY(!stored(QStringLiteral("1.2.1")));
    QCOMPARE(shown(QStringLiteral("1.2.1")), QString());
    // Missing is not zero: with no number of tasks, the rate is not computed (neither 0 nor ∞).
    QCOMPARE(shown(QStringLiteral("1.2")), QString());
    m_undo->undo();
    QCOMPARE(stored(QStringLiteral("1.2.1"))->raw, QStringLiteral("6"));
}

void TestSubmissionView::anUnparsableEntryIsRefused()
{
    reopenSeeded();
    click(QStringLiteral("1.1"));
    typeText(QStringLiteral("12abc"));
    pressKey(Qt::Key_Return);
    QVERIFY2(m_view->messageBar()->text().contains(u"\"12abc\""), qPrintable(m_view->messageBar()->text()));
    QCOMPARE(shown(QStringLiteral("1.1")), QStringLiteral("2"));
    QCOMPARE(stored(QStringLiteral("1.1"))->raw, QStringLiteral("2"));
    QCOMPARE(current(), QStringLiteral("1.1")); // stays, to be typed again
    QCOMPARE(m_undo->count(), 0);
}

void TestSubmissionView::escapeCancelsAndF2Edits()
{
    reopenSeeded();
    click(QStringLiteral("1.1"));
    pressKey(Qt::Key_F2);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("2")); // F2 edits what is there
    typeText(QStringLiteral("9"));
    pressKey(Qt::Key_Escape);
    QCOMPARE(m_view->grid()->isEditing(), false);
    QCOMPARE(stored(QStringLiteral("1.1"))->raw, QStringLiteral("2"));

    pressKey(Qt::Key_F2);
    pressKey(Qt::Key_End);
    typeText(QStringLiteral("0"));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("1.1"))->raw, QStringLiteral("20"));

    // Typing on the row's label types its value.
    click(QStringLiteral("1.2.1"), EntryModel::LabelColumn);
    typeText(QStringLiteral("8"));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("1.2.1"))->raw, QStringLiteral("8"));
}

void TestSubmissionView::tabMovesToTheNote()
{
    reopenSeeded();
    click(QStringLiteral("1.1"));
    typeText(QStringLiteral("3"));
    pressKey(Qt::Key_Tab);
    QCOMPARE(m_view->grid()->currentIndex(), cellOf(*m_view->model(), QStringLiteral("1.1"), EntryModel::NoteColumn));
    typeText(QStringLiteral("Số văn bản theo sổ"));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("1.1"))->raw, QStringLiteral("3"));
    QCOMPARE(stored(QStringLiteral("1.1"))->note, QStringLiteral("Số văn bản theo sổ"));
}

void TestSubmissionView::codedAnswersAreChosenByLabel()
{
    reopenSeeded();
    click(QStringLiteral("1.6"));
    typeText(QStringLiteral("k"));
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Không"));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("1.6"))->value, std::optional<double>(0));
    QCOMPARE(shown(QStringLiteral("1.6")), QStringLiteral("Không"));

    click(QStringLiteral("1.6"));
    pressKey(Qt::Key_F2);
    pressKey(Qt::Key_Up); // the drop-down lists Có before Không, as the form writes them
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("1.6"))->value, std::optional<double>(1));
    QCOMPARE(shown(QStringLiteral("1.6")), QStringLiteral("Có"));
}

void TestSubmissionView::pasteIsOneUndoableStep()
{
    reopenSeeded();
    click(QStringLiteral("1.5.1"));
    QApplication::clipboard()->setText(QStringLiteral("12\n1.044\n7,5\n"));
    m_view->paste();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(stored(QStringLiteral("1.5.1"))->raw, QStringLiteral("12"));
    QCOMPARE(stored(QStringLiteral("1.5.2"))->value, std::optional<double>(1044));
    QCOMPARE(stored(QStringLiteral("1.5.3"))->value, std::optional<double>(7.5));
    QVERIFY(findings().contains(u"1.5.3:COUNT_NOT_WHOLE")); // half a task is no count
    m_undo->undo();
    QCOMPARE(stored(QStringLiteral("1.5.1"))->raw, QStringLiteral("26"));
    QCOMPARE(stored(QStringLiteral("1.5.2"))->raw, QStringLiteral("20"));
    QVERIFY(!stored(QStringLiteral("1.5.3")));
    QVERIFY(!findings().contains(u"1.5.3:COUNT_NOT_WHOLE"));

    // Pasted rows skip the computed 3.3.2.
    click(QStringLiteral("3.3.1.1"));
    QApplication::clipboard()->setText(QStringLiteral("40\r\n30\r\n20"));
    m_view->paste();
    QCOMPARE(stored(QStringLiteral("3.3.1.2"))->raw, QStringLiteral("30"));
    QCOMPARE(stored(QStringLiteral("3.3.2.1"))->raw, QStringLiteral("20"));

    // Figures in the C convention (a spreadsheet in English): 980 of 1,250.5 million đồng
    // disbursed is 980 / 1250.5 × 100 = 78,37 %.
    click(QStringLiteral("6.1.1"));
    QApplication::clipboard()->setText(QStringLiteral("1,250.5\n980"));
    m_view->paste();
    QCOMPARE(stored(QStringLiteral("6.1.1"))->value, std::optional<double>(1250.5));
    QCOMPARE(shown(QStringLiteral("6.1")), QStringLiteral("78,37"));

    // One cell that cannot be read: nothing is pasted.
    const int steps = m_undo->count();
    click(QStringLiteral("1.5.1"));
    QApplication::clipboard()->setText(QStringLiteral("5\nabc"));
    m_view->paste();
    QCOMPARE(m_undo->count(), steps);
    QCOMPARE(stored(QStringLiteral("1.5.1"))->raw, QStringLiteral("26"));
    QVERIFY(m_view->messageBar()->text().contains(u"\"abc\""));
}

void TestSubmissionView::everythingIsInTheFileAfterReopening()
{
    reopenSeeded();
    click(QStringLiteral("3.3.1.1"));
    typeText(QStringLiteral("100"));
    pressKey(Qt::Key_Return);
    typeText(QStringLiteral("31"));
    pressKey(Qt::Key_Tab);
    typeText(QStringLiteral("Theo phần mềm một cửa"));
    pressKey(Qt::Key_Return);
    click(QStringLiteral("1.5.1"));
    QApplication::clipboard()->setText(QStringLiteral("12\n1.044\n7,5"));
    m_view->paste();

    const QString path = m_db->path();
    // Written through: another program reading the file sees the edits while the view is open.
    auto reader = Store::open(path);
    QVERIFY(reader);
    QCOMPARE(storedValue(*reader.value(), m_seeded, QStringLiteral("1.5.3"))->raw, QStringLiteral("7,5"));
    reader.value().reset();

    m_entryTester.reset();
    m_findingsTester.reset();
    m_view.reset();
    m_undo.reset();
    m_db.reset();
    auto reopened = Store::open(path);
    QVERIFY(reopened);
    m_db = std::move(reopened).value();
    const QList<std::pair<QString, QString>> expected = {
        {"3.3.1.1", "100"}, {"3.3.1.2", "31"}, {"1.5.1", "12"}, {"1.5.2", "1.044"}, {"1.5.3", "7,5"}};
    for (const auto &[code, raw] : expected)
        QCOMPARE(stored(code)->raw, raw);
    QCOMPARE(stored(QStringLiteral("1.5.2"))->value, std::optional<double>(1044));
    QCOMPARE(stored(QStringLiteral("3.3.1.2"))->note, QStringLiteral("Theo phần mềm một cửa"));
}

QTEST_MAIN(TestSubmissionView)
#include "tst_submission_view.moc"
