// The plans view, driven like a user on a real store: search without accents, filters, the page of
// 268/KH-UBND, and documents and targets created, edited, deleted and undone.
#include "ViewTestSupport.h"
#include "plans/DocumentDialog.h"
#include "plans/DocumentListModel.h"
#include "plans/DocumentPage.h"
#include "plans/PlanFormat.h"
#include "plans/PlansView.h"
#include "plans/TargetDialog.h"
#include "plans/TargetReadingEditor.h"
#include "plans/TargetTableModel.h"
#include "targets/TargetVerdict.h"
#include "store/Store.h"
#include "text/SearchText.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

using namespace pardesk;

namespace {

const QString k268 = QStringLiteral("TQ-268-KH-UBND-2023");

template <typename Dialog>
Dialog *openDialog(QWidget *parent)
{
    Dialog *found = nullptr;
    const auto visible = [&] {
        for (Dialog *d : parent->findChildren<Dialog *>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visible, 5000))
        return nullptr;
    return found;
}

void clickSave(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QStringList shownDocuments(const PlansView &view)
{
    QStringList keys;
    const QAbstractItemModel *model = view.documentView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, 0).data(Qt::UserRole + 1).toString();
    return keys;
}

QList<Document> documentsOf(const Store &db)
{
    return db.plans().documents().value();
}

QList<Target> targetsOf(const Store &db, const QString &plan)
{
    TargetFilter filter;
    filter.plan = plan;
    return db.plans().targets(filter).value();
}

} // namespace

class TestPlansView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void searchIgnoresDiacritics();
    void searchShowsThePhraseFirst();
    void filters_data();
    void filters();
    void targetsOf268ShowTheThreeLevelsOf68();
    void createTargetFromItsWording();
    void textWithSeveralTargetsCreatesThemAll();
    void editTargetThenUndo();
    void doubleClickOpensOneDialogPerTarget();
    void staleSaveFromSecondConnectionIsRefused();
    void deleteTargetThenUndo();
    void deleteDocumentAsksFirst();
    void validationMarksTheField();
    void documentCreatedEditedDeleted();
    void languageSwitchesAtRunTime();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PlansView> m_view;
};

void TestPlansView::initTestCase()
{
    installLanguage(defaultLanguage());
}

void TestPlansView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openStore(*m_dir);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<PlansView>(*m_db, m_undo.get());
    m_view->resize(1400, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPlansView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPlansView::modelsPassTheTester()
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_view->documentView()->model());
    QVERIFY(proxy);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester targetTester(m_view->targetView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(m_view->searchBox(), QStringLiteral("truc tuyen"));
    m_view->provinceFilter()->setCurrentIndex(m_view->provinceFilter()->findData(QStringLiteral("TQ")));
    m_view->documentView()->sortByColumn(1, Qt::DescendingOrder);
    m_view->searchBox()->clear();
    QVERIFY(m_view->selectDocument(k268));
    m_view->reload();
    m_view->retranslate();
}

// The pixels of the search highlighter's yellow in what the table shows.
static int markedPixels(QTableView *view)
{
    view->resize(1000, 600);
    const QImage image = view->viewport()->grab().toImage();
    int marked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            marked += image.pixelColor(x, y) == QColor(0xff, 0xe0, 0x6b);
    return marked;
}

void TestPlansView::searchIgnoresDiacritics()
{
    const QString phrase = QStringLiteral("hồ sơ trực tuyến");
    QTest::keyClicks(m_view->searchBox(), QStringLiteral("ho so truc tuyen"));
    const QStringList shown = shownDocuments(*m_view);
    QVERIFY(!shown.isEmpty());

    const QStringList words = {QStringLiteral("ho"), QStringLiteral("so"), QStringLiteral("truc"), QStringLiteral("tuyen")};
    for (const Document &d : documentsOf(*m_db)) {
        if (!d.citedBy.isEmpty())
            continue;
        QString all = d.number + u' ' + d.title;
        bool hasPhrase = d.title.contains(phrase, Qt::CaseInsensitive);
        for (const Target &t : targetsOf(*m_db, d.key)) {
            all += u' ' + t.text;
            hasPhrase = hasPhrase || t.text.contains(phrase, Qt::CaseInsensitive);
        }
        const QString folded = foldForSearch(all);
        const bool hasWords = std::all_of(words.begin(), words.end(), [&](const QString &w) { return folded.contains(w); });
        if (hasPhrase)
            QVERIFY2(shown.contains(d.key), qPrintable(d.key)); // the accented phrase is found unaccented
        QCOMPARE(shown.contains(d.key), hasWords);
    }

    // The page of TQ's online-services plan lists its target with the phrase, and only matching targets.
    QVERIFY(m_view->selectDocument(QStringLiteral("TQ-KH-UBND-2024-07-DVCTT")));
    const QAbstractItemModel *targets = m_view->targetView()->model();
    QVERIFY(targets->rowCount() > 0);
    QVERIFY(targets->rowCount() < targetsOf(*m_db, QStringLiteral("TQ-KH-UBND-2024-07-DVCTT")).size());
    bool phraseShown = false;
    for (int row = 0; row < targets->rowCount(); ++row) {
        const QString text = targets->index(row, TargetTableModel::Text).data(Qt::ToolTipRole).toString();
        QVERIFY(matchesSearch(foldForSearch(text), QStringLiteral("ho so truc tuyen")));
        phraseShown = phraseShown || text.contains(phrase, Qt::CaseInsensitive);
    }
    QVERIFY(phraseShown);

    // The document list counts what the search finds there ("2/9"), and the page marks the words.
    const qsizetype all = targetsOf(*m_db, QStringLiteral("TQ-KH-UBND-2024-07-DVCTT")).size();
    const QModelIndex listed = m_view->documentView()->currentIndex().siblingAtColumn(DocumentListModel::Targets);
    QCOMPARE(listed.data().toString(), QStringLiteral("%1/%2").arg(targets->rowCount()).arg(all));
    QVERIFY(markedPixels(m_view->targetView()) > 0);

    m_view->searchBox()->clear();
    QCOMPARE(m_view->targetView()->model()->rowCount(), all);
    QCOMPARE(listed.data().toString(), QString::number(all));
    QCOMPARE(markedPixels(m_view->targetView()), 0);
}

void TestPlansView::searchShowsThePhraseFirst()
{
    // "ho so truc tuyen": in every document the search shows, the targets that hold the phrase come
    // first, then those with every word apart (the "Tuyên" of Tuyên Quang counts as a word), then
    // the rest (shown because the document itself matched). The ranks are tst_search_text's.
    // A target holding the phrase, added last to 268/KH-UBND (whose title matches the search, so
    // all its targets show): listed by id it would come last, ranked it comes first.
    Target added;
    added.documentKey = k268;
    added.stt = QStringLiteral("9.9");
    added.text = QStringLiteral("Tối thiểu 90% hồ sơ trực tuyến được giải quyết đúng hạn");
    added.kind = TargetKind::Level;
    added.comparator = Comparator::AtLeast;
    added.value = 90;
    added.unit = QStringLiteral("%");
    added.direction = Direction::Higher;
    added.theme = QStringLiteral("digitisation");
    const auto created = m_db->planEditor().create(QList<Target>{added});
    QVERIFY2(created, qPrintable(created.error()));
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("documentSearch"));
    QVERIFY(search);
    const QString query = QStringLiteral("ho so truc tuyen");
    search->setText(query);
    QVERIFY(m_view->selectDocument(k268));
    QCOMPARE(m_view->targetView()->model()->index(0, TargetTableModel::Stt).data().toString(), QStringLiteral("9.9"));
    int mixed = 0; // documents whose targets have different ranks: the order is put to the test
    for (const QString &key : shownDocuments(*m_view)) {
        QVERIFY(m_view->selectDocument(key));
        const auto *targets = qobject_cast<const TargetTableModel *>(m_view->targetView()->model());
        QVERIFY(targets);
        QList<int> ranks;
        for (int row = 0; row < targets->rowCount(); ++row) {
            const Target *t = targets->targetAt(row);
            ranks << int(searchRank(foldForSearch(QStringList{t->stt, t->text, t->indicator}.join(u' ')), query));
        }
        if (std::adjacent_find(ranks.begin(), ranks.end(), std::not_equal_to<>()) != ranks.end())
            ++mixed;
        QVERIFY2(std::is_sorted(ranks.begin(), ranks.end(), std::greater<>()), qPrintable(key));
    }
    QVERIFY(mixed > 0);
}

void TestPlansView::filters_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("type");
    QTest::newRow("Tuyên Quang") << "TQ" << 0 << "";
    QTest::newRow("Trà Vinh") << "TV" << 0 << "";
    QTest::newRow("2023") << "" << 2023 << "";
    QTest::newRow("plans") << "" << 0 << "plan";
    QTest::newRow("Bắc Giang plans of 2024") << "BG" << 2024 << "plan";
    QTest::newRow("Trà Vinh official letters") << "TV" << 0 << "dispatch";
    QTest::newRow("nothing: Bắc Giang reports") << "BG" << 0 << "report";
}

void TestPlansView::filters()
{
    QFETCH(QString, province);
    QFETCH(int, year);
    QFETCH(QString, type);
    // Chosen with the keyboard, as an official would: focus the box and step to the entry.
    const auto choose = [](QComboBox *box, const QVariant &data) {
        const int wanted = box->findData(data);
        if (wanted < 0)
            return false;
        box->setFocus();
        while (box->currentIndex() < wanted)
            QTest::keyClick(box, Qt::Key_Down);
        return box->currentIndex() == wanted;
    };
    if (!province.isEmpty())
        QVERIFY(choose(m_view->provinceFilter(), province));
    if (year != 0)
        QVERIFY(choose(m_view->yearFilter(), year));
    if (!type.isEmpty() && !choose(m_view->typeFilter(), type)) {
        QCOMPARE(type, QStringLiteral("report")); // offered only where a report exists: pick it anyway
        QVERIFY(choose(m_view->typeFilter(), QStringLiteral("report")));
    }

    QStringList expected;
    for (const Document &d : documentsOf(*m_db))
        if (d.citedBy.isEmpty() && (province.isEmpty() || d.province == province) && (year == 0 || d.year == year) &&
            (type.isEmpty() || d.type == type))
            expected << d.key;
    QStringList shown = shownDocuments(*m_view);
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    // The page follows: a document of the filter, or none.
    QCOMPARE(m_view->currentDocumentKey().isEmpty(), expected.isEmpty());
    if (!expected.isEmpty())
        QVERIFY(expected.contains(m_view->currentDocumentKey()));
}

void TestPlansView::targetsOf268ShowTheThreeLevelsOf68()
{
    QVERIFY(m_view->selectDocument(k268));
    const QString header = m_view->page()->headerText();
    const Document d = [&] {
        for (const Document &doc : documentsOf(*m_db))
            if (doc.key == k268)
                return doc;
        return Document{};
    }();
    for (const QString &part : {d.number, d.title, d.issuer, PlanFormat::date(d.issued), d.legalBasis.first()})
        QVERIFY2(header.contains(part), qPrintable(part));

    const QAbstractItemModel *targets = m_view->targetView()->model();
    QCOMPARE(targets->rowCount(), targetsOf(*m_db, k268).size());
    for (const int column : {int(TargetTableModel::Stt), int(TargetTableModel::Text), int(TargetTableModel::Tasks),
                             int(TargetTableModel::Lead), int(TargetTableModel::Coordinating),
                             int(TargetTableModel::LegalBasis), int(TargetTableModel::Timeframe)})
        QVERIFY(!targets->headerData(column, Qt::Horizontal).toString().isEmpty());

    QHash<qint64, TargetReportRow> reports;
    const QList<TargetReportRow> rows = TargetReport::build(*m_db).value();
    for (const TargetReportRow &r : rows)
        reports.insert(r.target.id, r);
    QStringList levels, comparisons;
    for (int row = 0; row < targets->rowCount(); ++row) {
        const QString stt = targets->index(row, TargetTableModel::Stt).data().toString();
        const qint64 id = targets->index(row, 0).data(TargetTableModel::IdRole).toLongLong();
        // Each row shows the evaluation the core computes, in words behind a sign, and in colour.
        const EvaluationStatus status = reports.value(id).evaluation.status;
        QCOMPARE(targets->index(row, TargetTableModel::Evaluation).data().toString(),
                 PlanFormat::evaluation(status, TargetVerdict::label(reports.value(id))));
        QCOMPARE(targets->index(row, TargetTableModel::Evaluation).data(Qt::ForegroundRole).value<QColor>(),
                 PlanFormat::evaluationColor(status));
        if (!stt.startsWith(QStringLiteral("6.8")))
            continue;
        levels << targets->index(row, TargetTableModel::Level).data().toString();
        comparisons << targets->index(row, TargetTableModel::Comparison).data().toString();
        QVERIFY(targets->index(row, TargetTableModel::Text).data(Qt::ToolTipRole).toString().contains(QStringLiteral("cấp tỉnh")));
    }
    QCOMPARE(levels, (QStringList{PlanFormat::levelName(AdminLevel::Province), PlanFormat::levelName(AdminLevel::District),
                                  PlanFormat::levelName(AdminLevel::Commune)}));
    // Seed 001, II.6.8: "Phấn đấu tối thiểu 90% … cấp tỉnh, 70% … cấp huyện và 50% … cấp xã".
    for (int i = 0; i < 3; ++i)
        QVERIFY2(comparisons[i].startsWith(QStringLiteral("≥ %1%").arg(QStringList{"90", "70", "50"}[i])), qPrintable(comparisons[i]));
}

void TestPlansView::createTargetFromItsWording()
{
    QVERIFY(m_view->selectDocument(k268));
    const int before = int(targetsOf(*m_db, k268).size());
    m_view->targetView()->setFocus();
    QTest::keyClick(m_view->targetView(), Qt::Key_Insert);
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->sttEdit(), QStringLiteral("9.1"));
    test::typeText(dialog->textEdit(), QStringLiteral("Tối thiểu 80% hồ sơ được số hóa"));
    // Proposed as the user types: "tối thiểu 80%" reads as ≥ 80 %.
    QCOMPARE(Comparator(dialog->readingEditor()->comparatorBox()->currentData().toInt()), Comparator::AtLeast);
    QCOMPARE(dialog->readingEditor()->valueEdit()->text(), QStringLiteral("80"));
    QCOMPARE(dialog->proposalCount(), 1);
    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(QStringLiteral("digitisation")));
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible());

    QList<Target> after = targetsOf(*m_db, k268);
    QCOMPARE(after.size(), before + 1);
    const Target created = after.last();
    QCOMPARE(created.stt, QStringLiteral("9.1"));
    QCOMPARE(created.comparator, Comparator::AtLeast);
    QCOMPARE(created.value, std::optional<double>(80));
    QCOMPARE(created.unit, QStringLiteral("%"));
    QCOMPARE(created.theme, QStringLiteral("digitisation"));
    const auto audit = test::auditRows(*m_db);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.last().entity, QStringLiteral("target"));
    QCOMPARE(audit.last().action, QStringLiteral("create"));
    QCOMPARE(audit.last().entityId, created.id);
    QVERIFY(audit.last().newValue.contains(QStringLiteral("Tối thiểu 80% hồ sơ được số hóa")));
    QVERIFY(!audit.last().user.isEmpty());
    QCOMPARE(m_view->currentTargetId(), created.id); // the new target is selected in the table

    m_undo->undo();
    QCOMPARE(targetsOf(*m_db, k268).size(), before);
    QCOMPARE(m_view->targetView()->model()->rowCount(), before);
    QCOMPARE(test::auditRows(*m_db).last().action, QStringLiteral("delete"));
    m_undo->redo();
    QCOMPARE(targetsOf(*m_db, k268).last().id, created.id); // back with its id
}

void TestPlansView::textWithSeveralTargetsCreatesThemAll()
{
    QVERIFY(m_view->selectDocument(k268));
    const int before = int(targetsOf(*m_db, k268).size());
    m_view->newTargetAction()->trigger();
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->sttEdit(), QStringLiteral("9.2"));
    test::typeText(dialog->textEdit(),
                     QStringLiteral("Phấn đấu tối thiểu 95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp huyện "
                                    "và 65% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"));
    QCOMPARE(dialog->proposalCount(), 3);
    QVERIFY(dialog->createAllBox()->isVisible());
    QVERIFY(dialog->createAllBox()->isChecked());
    // The third reading, chosen in the list, is the commune's 65%.
    dialog->proposalList()->setCurrentRow(2);
    QCOMPARE(dialog->readingEditor()->valueEdit()->text(), QStringLiteral("65"));
    QCOMPARE(AdminLevel(dialog->readingEditor()->levelBox()->currentData().toInt()), AdminLevel::Commune);
    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(QStringLiteral("e_documents")));
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible());

    const QList<Target> after = targetsOf(*m_db, k268);
    QCOMPARE(after.size(), before + 3);
    const QList<Target> created = after.mid(before);
    const QList<std::pair<QString, double>> expected = {{"province", 95}, {"district", 85}, {"commune", 65}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(created[i].stt, QStringLiteral("9.2"));
        QCOMPARE(created[i].part, i + 1);
        QCOMPARE(storeText(created[i].level), expected[i].first);
        QCOMPARE(created[i].value, std::optional<double>(expected[i].second));
        QVERIFY(created[i].aspirational);
        QVERIFY(created[i].text.contains(created[i].fragment));
    }
    QCOMPARE(test::auditRows(*m_db).size(), 3);
    m_undo->undo(); // one command for the three
    QCOMPARE(targetsOf(*m_db, k268).size(), before);
}

void TestPlansView::editTargetThenUndo()
{
    QVERIFY(m_view->selectDocument(k268));
    const QAbstractItemModel *targets = m_view->targetView()->model();
    int row = 0;
    while (targets->index(row, TargetTableModel::Stt).data().toString() != QStringLiteral("2.14"))
        ++row;
    m_view->targetView()->setCurrentIndex(targets->index(row, TargetTableModel::Text));
    const qint64 id = m_view->currentTargetId();
    const Target was = [&] {
        for (const Target &t : targetsOf(*m_db, k268))
            if (t.id == id)
                return t;
        return Target{};
    }();
    QCOMPARE(was.value, std::optional<double>(85)); // "Tối thiểu 85% TTHC có đủ điều kiện …" (seed 001, II.2.14)
    m_view->targetView()->setFocus();
    QTest::keyClick(m_view->targetView(), Qt::Key_F2);
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);
    QLineEdit *value = dialog->readingEditor()->valueEdit();
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("87,5"));
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible());

    const auto valueOf = [&] {
        for (const Target &t : targetsOf(*m_db, k268))
            if (t.id == id)
                return t.value;
        return std::optional<double>();
    };
    QCOMPARE(valueOf(), std::optional<double>(87.5));
    const auto audit = test::auditRows(*m_db);
    QCOMPARE(audit.last().action, QStringLiteral("update"));
    QCOMPARE(audit.last().entityId, id);
    QVERIFY(audit.last().oldValue.contains(QStringLiteral("\"value\":85")));
    QVERIFY(audit.last().newValue.contains(QStringLiteral("\"value\":87.5")));
    QVERIFY(m_view->targetView()->model()->index(m_view->targetView()->currentIndex().row(), TargetTableModel::Comparison)
                .data()
                .toString()
                .contains(PlanFormat::number(87.5)));
    m_undo->undo();
    QCOMPARE(valueOf(), std::optional<double>(85));
    QCOMPARE(test::auditRows(*m_db).last().action, QStringLiteral("update"));
}

// Selects target 2.14 of 268/KH-UBND ("Tối thiểu 85% TTHC …") and returns its row in the view.
int selectTarget214(PlansView &view)
{
    if (!view.selectDocument(k268))
        return -1;
    const QAbstractItemModel *targets = view.targetView()->model();
    for (int row = 0; row < targets->rowCount(); ++row)
        if (targets->index(row, TargetTableModel::Stt).data().toString() == QStringLiteral("2.14")) {
            view.targetView()->setCurrentIndex(targets->index(row, TargetTableModel::Text));
            return row;
        }
    return -1;
}

int visibleTargetDialogs(QWidget *parent)
{
    const auto dialogs = parent->findChildren<TargetDialog *>();
    return int(std::count_if(dialogs.begin(), dialogs.end(), [](const TargetDialog *d) { return d->isVisible(); }));
}

void TestPlansView::doubleClickOpensOneDialogPerTarget()
{
    const int row = selectTarget214(*m_view);
    QVERIFY(row >= 0);
    QTableView *table = m_view->targetView();
    table->scrollTo(table->model()->index(row, TargetTableModel::Text));
    const QRect cell = table->visualRect(table->model()->index(row, TargetTableModel::Text));
    QVERIFY(table->viewport()->rect().contains(cell.center()));
    // A double click asks for the dialog once (it emits activated too: both were connected).
    QSignalSpy asked(m_view->editTargetAction(), &QAction::triggered);
    // As a real double click arrives: press, release, then the second press as a double click.
    QWidget *viewport = table->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
    QMouseEvent twice(QEvent::MouseButtonDblClick, cell.center(), viewport->mapToGlobal(cell.center()), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &twice);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);
    QTest::qWait(100); // a second dialog would have opened by now
    QCOMPARE(asked.size(), 1);
    QCOMPARE(visibleTargetDialogs(m_view.get()), 1);
    // Asking again for the same target (F2, the toolbar) raises the dialog already open.
    m_view->editTargetAction()->trigger();
    QTest::qWait(100);
    QCOMPARE(visibleTargetDialogs(m_view.get()), 1);
    dialog->reject();
    QTRY_COMPARE(visibleTargetDialogs(m_view.get()), 0);
    // Closed, the target can be edited again.
    m_view->editTargetAction()->trigger();
    QTRY_COMPARE(visibleTargetDialogs(m_view.get()), 1);
}

void TestPlansView::staleSaveFromSecondConnectionIsRefused()
{
    QVERIFY(selectTarget214(*m_view) >= 0);
    const qint64 id = m_view->currentTargetId();
    m_view->editTargetAction()->trigger();
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);

    // Meanwhile a colleague's ParDesk (another connection to the same file) sets 85 → 90 and names
    // a lead agency.
    auto other = test::openStore(*m_dir);
    Target theirs = other->planEditor().target(id).value();
    theirs.value = 90;
    theirs.lead = QStringLiteral("Sở Nội vụ (colleague)");
    QVERIFY(other->planEditor().update(theirs));

    QLineEdit *value = dialog->readingEditor()->valueEdit();
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("100"));
    clickSave(dialog);
    QVERIFY(dialog->isVisible()); // refused: the dialog stays, with what was typed
    QVERIFY2(dialog->error().contains(QStringLiteral("The data has changed"))
                 || dialog->error().contains(QStringLiteral("Dữ liệu đã thay đổi")),
             qPrintable(dialog->error()));
    QCOMPARE(m_db->planEditor().target(id)->value, std::optional<double>(90)); // their change stands
    QVERIFY(dialog->reloadButton()->isVisible());
    const int undoCount = m_undo->count();

    QPointer<TargetDialog> stale(dialog);
    QTest::mouseClick(dialog->reloadButton(), Qt::LeftButton);
    QTRY_VERIFY(!stale || !stale->isVisible());
    TargetDialog *fresh = openDialog<TargetDialog>(m_view.get());
    QVERIFY(fresh);
    QVERIFY(fresh != stale.data());
    QCOMPARE(m_undo->count(), undoCount); // nothing was written, so nothing to undo
    // The reload keeps what was typed (100) and marks the value both changed, with theirs (90).
    QCOMPARE(fresh->readingEditor()->valueEdit()->text(), PlanFormat::number(100));
    QVERIFY(fresh->isMarked(QStringLiteral("value")));
    QVERIFY2(fresh->issue(QStringLiteral("value")).contains(PlanFormat::number(90)), qPrintable(fresh->issue(QStringLiteral("value"))));
    QVERIFY(!fresh->isMarked(QStringLiteral("lead")));
    // Saved now: the typed value, and the colleague's lead agency, which nobody here touched.
    clickSave(fresh);
    QTRY_VERIFY(!fresh->isVisible());
    QCOMPARE(m_db->planEditor().target(id)->value, std::optional<double>(100));
    QCOMPARE(m_db->planEditor().target(id)->lead, theirs.lead);
}

void TestPlansView::deleteTargetThenUndo()
{
    QVERIFY(m_view->selectDocument(k268));
    const int before = int(targetsOf(*m_db, k268).size());
    m_view->targetView()->setCurrentIndex(m_view->targetView()->model()->index(3, TargetTableModel::Text));
    const qint64 id = m_view->currentTargetId();
    m_view->targetView()->setFocus();
    QTest::keyClick(m_view->targetView(), Qt::Key_Delete);
    QCOMPARE(targetsOf(*m_db, k268).size(), before - 1);
    QCOMPARE(m_view->targetView()->model()->rowCount(), before - 1);
    QCOMPARE(test::auditRows(*m_db).last().action, QStringLiteral("delete"));
    QCOMPARE(test::auditRows(*m_db).last().entityId, id);
    m_undo->undo();
    QCOMPARE(targetsOf(*m_db, k268).size(), before);
    QCOMPARE(test::auditRows(*m_db).last().action, QStringLiteral("restore"));
}

void TestPlansView::deleteDocumentAsksFirst()
{
    QVERIFY(m_view->selectDocument(k268));
    const int targets = int(targetsOf(*m_db, k268).size());
    const auto answer = [&](QMessageBox::StandardButton button) {
        m_view->deleteDocumentAction()->trigger();
        QMessageBox *box = openDialog<QMessageBox>(m_view.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("268/KH-UBND")));
        QVERIFY(box->text().contains(QString::number(targets)));
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        QTRY_VERIFY(!box->isVisible());
    };
    answer(QMessageBox::No);
    QVERIFY(shownDocuments(*m_view).contains(k268));
    QCOMPARE(targetsOf(*m_db, k268).size(), targets);
    QVERIFY(test::auditRows(*m_db).isEmpty());

    answer(QMessageBox::Yes);
    QVERIFY(!shownDocuments(*m_view).contains(k268));
    QVERIFY(!m_db->plans().hasDocument(k268).value());
    QCOMPARE(test::auditRows(*m_db).last().entity, QStringLiteral("document"));
    m_undo->undo();
    QVERIFY(shownDocuments(*m_view).contains(k268));
    QCOMPARE(targetsOf(*m_db, k268).size(), targets);
}

void TestPlansView::validationMarksTheField()
{
    QVERIFY(m_view->selectDocument(k268));
    const int before = int(targetsOf(*m_db, k268).size());
    m_view->newTargetAction()->trigger();
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->sttEdit(), QStringLiteral("9.3"));
    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(QStringLiteral("other")));
    clickSave(dialog); // no text
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isMarked(QStringLiteral("text")));
    QVERIFY(!dialog->issue(QStringLiteral("text")).isEmpty());
    QCOMPARE(dialog->focusWidget(), dialog->textEdit()); // the cursor goes to the field

    test::typeText(dialog->textEdit(), QStringLiteral("Tối thiểu 80% hồ sơ được số hóa"));
    dialog->readingEditor()->valueEdit()->selectAll();
    test::typeText(dialog->readingEditor()->valueEdit(), QStringLiteral("tám mươi"));
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isMarked(QStringLiteral("text")));
    QVERIFY(dialog->isMarked(QStringLiteral("value")));
    QVERIFY(dialog->issue(QStringLiteral("value")).contains(QStringLiteral("tám mươi")));
    QCOMPARE(targetsOf(*m_db, k268).size(), before);
    QVERIFY(test::auditRows(*m_db).isEmpty());

    dialog->readingEditor()->valueEdit()->selectAll();
    QTest::keyClicks(dialog->readingEditor()->valueEdit(), QStringLiteral("80"));
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(targetsOf(*m_db, k268).size(), before + 1);
}

void TestPlansView::documentCreatedEditedDeleted()
{
    const int before = int(shownDocuments(*m_view).size());
    QTest::keyClick(m_view->documentView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    DocumentDialog *dialog = openDialog<DocumentDialog>(m_view.get());
    QVERIFY(dialog);
    clickSave(dialog);
    QVERIFY(dialog->isMarked(QStringLiteral("number")));
    QVERIFY(dialog->isMarked(QStringLiteral("title")));
    QTest::keyClicks(dialog->numberEdit(), QStringLiteral("12/KH-UBND"));
    test::typeText(dialog->titleEdit(), QStringLiteral("Kế hoạch thử nghiệm"));
    clickSave(dialog);
    QVERIFY(dialog->isMarked(QStringLiteral("province"))); // no province filter chosen: none proposed
    dialog->findChildren<QComboBox *>().at(1)->setCurrentIndex(1);
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(shownDocuments(*m_view).size(), before + 1);
    const Document created = documentsOf(*m_db).last();
    QCOMPARE(created.number, QStringLiteral("12/KH-UBND"));
    QCOMPARE(test::auditRows(*m_db).last().action, QStringLiteral("create"));

    QVERIFY(m_view->selectDocument(created.key));
    m_view->editDocumentAction()->trigger();
    dialog = openDialog<DocumentDialog>(m_view.get());
    QVERIFY(dialog);
    dialog->titleEdit()->selectAll();
    test::typeText(dialog->titleEdit(), QStringLiteral("Kế hoạch đã sửa"));
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_view->page()->headerText().contains(QStringLiteral("Kế hoạch đã sửa")));

    m_view->deleteDocumentAction()->trigger(); // no targets: no question
    QCOMPARE(shownDocuments(*m_view).size(), before);
    m_undo->undo();
    QVERIFY(m_view->selectDocument(created.key)); // back
    QVERIFY(m_view->page()->headerText().contains(QStringLiteral("Kế hoạch đã sửa")));
    m_undo->undo();
    QVERIFY(m_view->page()->headerText().contains(QStringLiteral("Kế hoạch thử nghiệm")));
    m_undo->undo();
    QCOMPARE(shownDocuments(*m_view).size(), before);
    QCOMPARE(test::auditRows(*m_db).size(), 6); // create, update, delete, restore, update, delete
}

void TestPlansView::languageSwitchesAtRunTime()
{
    QVERIFY(m_view->selectDocument(k268));
    const auto noData = [] { return TargetEvaluation::statusLabel(EvaluationStatus::NotMeasuredByForms); };
    installLanguage(QStringLiteral("en"));
    QCOMPARE(noData(), QStringLiteral("Not measured by the forms"));
    QTRY_VERIFY(m_view->page()->summaryText().contains(QStringLiteral("Not measured by the forms")));
    installLanguage(QStringLiteral("vi"));
    QVERIFY(noData() != QStringLiteral("Not measured by the forms")); // the Vietnamese of TargetEvaluation is in the .ts
    QTRY_VERIFY(m_view->page()->summaryText().contains(noData()));
    installLanguage(defaultLanguage());
}

void TestPlansView::screenshot()
{
    QVERIFY(m_view->selectDocument(k268));
    m_view->targetView()->setCurrentIndex(m_view->targetView()->model()->index(0, TargetTableModel::Text));
    const QString path = test::screenshot(*m_view, QStringLiteral("plans.png"), m_dir->path());
    QVERIFY(!path.isEmpty());
    QVERIFY(!QImage(path).isNull());

    // The target dialog with a sentence of three targets, and a field refused.
    m_view->newTargetAction()->trigger();
    TargetDialog *dialog = openDialog<TargetDialog>(m_view.get());
    QVERIFY(dialog);
    test::typeText(dialog->textEdit(), QStringLiteral("Phấn đấu tối thiểu 90% hồ sơ công việc tại cấp tỉnh, 70% hồ sơ công việc "
                                                      "tại cấp huyện và 50% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"));
    clickSave(dialog);
    QVERIFY(dialog->isMarked(QStringLiteral("stt")));
    const QString dir = qEnvironmentVariableIsSet("PARDESK_SCREENSHOT_DIR") ? qEnvironmentVariable("PARDESK_SCREENSHOT_DIR")
                                                                             : m_dir->path();
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("target-dialog.png")), "PNG"));
}

QTEST_MAIN(TestPlansView)
#include "tst_plans_view.moc"
