// The self-assessment area (tự chấm điểm) as an official uses it, with keys and clicks on the real
// view and a real store made from the bundled dataset: create a draft by picking a set, an agency
// and a period by name; score seed 004's e-government area from the keyboard, an over-maximum value
// refused with the rule's words; evidence by document and by file, the missing-evidence finding
// going away; send, withdraw, appraise as the council; the province's estimate following; and the
// view reading the store again after writes made elsewhere.
#include "EntryTestSupport.h"
#include "MeasuredCriteriaSet.h"
#include "ReportedFigures.h"
#include "ViewTestSupport.h"
#include "assessment/AssessmentModel.h"
#include "assessment/AssessmentPeriod.h"
#include "assessment/AssessmentPicker.h"
#include "assessment/AssessmentText.h"
#include "assessment/AssessmentTreeView.h"
#include "assessment/AssessmentView.h"
#include "assessment/EvidencePanel.h"
#include "assessment/FindingsPanel.h"
#include "assessment/ProvincePictureLoader.h"
#include "assessment/ProvincePicturePanel.h"
#include "assessment/RatioFigures.h"
#include "assessment/ScoreRules.h"
#include "entry/MessageBar.h"
#include "print/PrintAppendixDialog.h"
#include "settings/AppSettings.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace pardesk;

class TestAssessmentView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aDraftIsCreatedFromPeriodsListedByName();
    void theSeedAreaIsScoredByKeyboard();
    void evidenceClearsTheFindingAndTheWorkflowRunsToTheAppraisal();
    void aFileIsKeptWithItsDigestAndATooLargeOneRefused();
    void typedPointsAreUndoneInTheStore();
    void typedAppraisalIsUndone();
    void printOpensTheDialogOnWhatIsShown();
    void theNewBoxFollowsTheOpenAssessment();
    void theViewFollowsWritesMadeElsewhere();
    void theProvinceEstimateFollowsTheScores();
    void ratioPointsAreOfferedFromTheFigures();
    void surveyPointsAreEnteredAndUndone();
    void screenshot();

private:
    void newView();
    qint64 createThroughPicker(const QString &setKey, const QString &agencyKey, const AssessmentPeriod &period);
    qint64 importEvidenceSet();
    qint64 measuredAssessment();
    void click(const QString &code, int column);
    void type(const QString &text) { test::typeText(text); }
    void enter() { test::pressKey(Qt::Key_Return); }
    std::optional<AssessmentScore> stored(qint64 id, const QString &code) const;
    QString status(qint64 id) const { return SelfAssessments(m_db->database().connection()).header(id)->status; }
    QStringList findingKinds() const;
    const CriteriaNode &node(const QString &code) const { return *m_view->model()->set().node(code); }
    QString shown(const QString &code, int column) const { return m_view->model()->indexOf(code, column).data().toString(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    std::unique_ptr<QUndoStack> m_undo; // as the window's: the view's edits go on it
    std::unique_ptr<AssessmentView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAssessmentView::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installLanguage(defaultLanguage());
}

void TestAssessmentView::init()
{
    m_db = test::freshStore(m_dir.path());
    QVERIFY(m_db);
    newView();
}

void TestAssessmentView::newView()
{
    m_tester.reset();
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<AssessmentView>(*m_db, m_undo.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestAssessmentView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_undo.reset();
    m_db.reset();
}

// As a user does: the set, the agency, the year and the period from their lists, then "Create".
qint64 TestAssessmentView::createThroughPicker(const QString &setKey, const QString &agencyKey, const AssessmentPeriod &period)
{
    AssessmentPicker *picker = m_view->picker();
    const auto setId = CriteriaSets(m_db->database().connection()).idOfKey(setKey);
    const auto agency = m_db->references().agency(agencyKey);
    if (!setId || !setId.value() || !agency || !agency.value())
        return 0;
    picker->setBox()->setCurrentIndex(picker->setBox()->findData(*setId.value()));
    picker->agencyBox()->setCurrentIndex(picker->agencyBox()->findData(agency.value()->id));
    picker->yearBox()->setValue(period.year);
    picker->periodBox()->setCurrentIndex(picker->periodBox()->findData(period.key()));
    if (picker->agencyBox()->currentData().toLongLong() != agency.value()->id ||
        picker->periodBox()->currentData().toString() != period.key())
        return 0;
    QTest::mouseClick(picker->createButton(), Qt::LeftButton);
    return m_view->selection().toLongLong();
}

// A department-level set of Tuyên Quang, as an office imports one: a yes/no sub-criterion that needs
// evidence, and a graded one.
qint64 TestAssessmentView::importEvidenceSet()
{
    CriteriaSet set;
    set.key = QStringLiteral("TEST.DEPT.2024");
    set.name = QStringLiteral("Bộ chỉ số CCHC cấp sở (thử)");
    set.yearFrom = 2024;
    set.agencyGroup = QStringLiteral("department");
    set.province = QStringLiteral("TQ");
    const auto node = [](int row, const QString &code, const QString &parent, CriteriaLevel level, const QString &label,
                         double max, ScoringKind kind) {
        CriteriaNode n;
        n.row = row;
        n.code = code;
        n.parentCode = parent;
        n.level = level;
        n.label = label;
        n.maxPoints = max;
        n.kind = kind;
        return n;
    };
    const CriteriaNode area = node(1, QStringLiteral("1"), {}, CriteriaLevel::Area, QStringLiteral("Công tác chỉ đạo, điều hành"),
                                   3, ScoringKind::Points);
    CriteriaNode plan = node(2, QStringLiteral("1.1"), QStringLiteral("1"), CriteriaLevel::SubCriterion,
                             QStringLiteral("Ban hành kế hoạch CCHC năm"), 1, ScoringKind::YesNo);
    plan.evidenceRequired = true;
    CriteriaNode report = node(3, QStringLiteral("1.2"), QStringLiteral("1"), CriteriaLevel::SubCriterion,
                               QStringLiteral("Báo cáo CCHC định kỳ"), 2, ScoringKind::Levels);
    report.levels = {{QStringLiteral("Chưa"), 0}, {QStringLiteral("Một phần"), 1}, {QStringLiteral("Đủ"), 2}};
    set.nodes = {area, plan, report};
    const auto id = CriteriaSets(m_db->database().connection()).import(set);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    if (Status s = m_view->picker()->reload(); !s)
        return 0;
    return id ? id.value() : 0;
}

void TestAssessmentView::click(const QString &code, int column)
{
    AssessmentTreeView *grid = m_view->grid();
    const QModelIndex cell = m_view->model()->indexOf(code, column);
    QVERIFY(cell.isValid());
    grid->scrollTo(cell);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(cell).center());
    QCOMPARE(grid->currentIndex(), cell);
    QTRY_VERIFY(grid->hasFocus());
}

std::optional<AssessmentScore> TestAssessmentView::stored(qint64 id, const QString &code) const
{
    for (const AssessmentScore &s : SelfAssessments(m_db->database().connection()).scores(id).value())
        if (s.code == code)
            return s;
    return std::nullopt;
}

QStringList TestAssessmentView::findingKinds() const
{
    QStringList out;
    for (const AssessmentFinding &f : m_view->findingsPanel()->findings())
        out << AssessmentFindings::kindWord(f.kind) + u':' + f.code;
    // What the panel lists is what the panel holds.
    const QTableWidget *table = m_view->findingsPanel()->table();
    if (table->rowCount() != out.size())
        return {QStringLiteral("panel shows %1 rows").arg(table->rowCount())};
    return out;
}

void TestAssessmentView::aDraftIsCreatedFromPeriodsListedByName()
{
    AssessmentPicker *picker = m_view->picker();
    picker->yearBox()->setValue(2024);
    // Months, quarters and the year, each by its name; no raw key ("202403") is shown.
    QCOMPARE(picker->periodBox()->count(), 12 + 4 + 1);
    for (int i = 0; i < picker->periodBox()->count(); ++i) {
        const QString key = picker->periodBox()->itemData(i).toString();
        QCOMPARE(picker->periodBox()->itemText(i), AssessmentPeriod::parse(key)->label());
        QVERIFY2(picker->periodBox()->itemText(i) != key, qPrintable(key));
        if (key.size() == 6) // a month: "202403" is nowhere in "Tháng 3/2024"
            QVERIFY2(!picker->periodBox()->itemText(i).contains(key), qPrintable(key));
    }
    // The seed's national set scores the province-level agencies of every province (the UBND tỉnh).
    const CriteriaSets sets(m_db->database().connection());
    picker->setBox()->setCurrentIndex(picker->setBox()->findData(*sets.idOfKey(QStringLiteral("PAR.7.seed004")).value()));
    QStringList expected;
    for (const ProvinceName &p : m_db->references().provinces().value())
        for (const AgencyRef &a : sets.scoredAgencies(QStringLiteral("province"), p.code).value())
            expected << a.key;
    QVERIFY(expected.contains(QStringLiteral("TV.UBND")));
    QCOMPARE(picker->agencyBox()->count(), expected.size());

    const AssessmentPeriod march{AssessmentPeriod::Kind::Month, 2024, 3};
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"), march);
    QVERIFY(id > 0);
    QCOMPARE(status(id), QStringLiteral("draft"));
    QCOMPARE(SelfAssessments(m_db->database().connection()).header(id)->period, QStringLiteral("202403"));
    // Listed by agency and the period's name; the heading says the same.
    const QTableWidget *list = picker->list();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 1)->text(), march.label());
    QVERIFY(list->item(0, 0)->isSelected());
    bool titled = false;
    for (const QLabel *label : m_view->findChildren<QLabel *>())
        titled = titled || label->text().endsWith(QStringLiteral(" — ") + march.label());
    QVERIFY(titled);
    // Creating it again opens the one there is.
    QCOMPARE(createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"), march), id);
    QCOMPARE(SelfAssessments(m_db->database().connection()).list()->size(), 1);
}

void TestAssessmentView::theSeedAreaIsScoredByKeyboard()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 3});
    QVERIFY(id > 0);
    AssessmentModel *model = m_view->model();
    AssessmentTreeView *grid = m_view->grid();
    // The cursor waits on the first sub-criterion that takes points.
    QCOMPARE(model->codeOf(grid->currentIndex()), QStringLiteral("7.I.2"));
    QCOMPARE(grid->currentIndex().column(), int(AssessmentModel::PointsColumn));
    grid->setFocus();

    // 2 points on a 1-point sub-criterion: refused as typed, with the rule's words, nothing stored.
    type(QStringLiteral("2"));
    enter();
    QCOMPARE(m_view->messageBar()->text(), ScoreRules::accept(node(QStringLiteral("7.I.2")), 2).error());
    QVERIFY(m_view->messageBar()->kind() == MessageBar::Kind::Error);
    QVERIFY(!stored(id, QStringLiteral("7.I.2")));
    QCOMPARE(model->codeOf(grid->currentIndex()), QStringLiteral("7.I.2")); // stays on the cell

    // Then the sub-criteria one after another: Enter goes down past criteria, the survey and the
    // places the seed does not name.
    const QList<std::pair<QString, QString>> typed = {{QStringLiteral("7.I.2"), QStringLiteral("1")},
                                                      {QStringLiteral("7.I.4"), QStringLiteral("0,5")},
                                                      {QStringLiteral("7.II.3"), QStringLiteral("1,5")},
                                                      {QStringLiteral("7.III.7"), QStringLiteral("0,75")},
                                                      {QStringLiteral("7.III.8.1"), QStringLiteral("0,5")},
                                                      {QStringLiteral("7.III.8.2"), QStringLiteral("0,25")}};
    for (const auto &[code, text] : typed) {
        QCOMPARE(model->codeOf(grid->currentIndex()), code);
        type(text);
        enter();
        QVERIFY2(stored(id, code) && stored(id, code)->points, qPrintable(code));
    }
    QCOMPARE(*stored(id, QStringLiteral("7.III.7"))->points, 0.75);
    QCOMPARE(*stored(id, QStringLiteral("7.III.8.2"))->points, 0.25);
    QCOMPARE(m_view->messageBar()->text(), QString());

    // Running totals per criterion and for the area (AssessmentTotals), the lost points marked.
    QCOMPARE(shown(QStringLiteral("7.I"), AssessmentModel::PointsColumn), formatNumber(1.5, 4));
    QCOMPARE(shown(QStringLiteral("7.III"), AssessmentModel::PointsColumn), formatNumber(1.5, 4));
    QCOMPARE(shown(QStringLiteral("7"), AssessmentModel::PointsColumn), formatNumber(4.5, 4));
    QVERIFY(model->indexOf(QStringLiteral("7.I.4"), AssessmentModel::PointsColumn).data(AssessmentModel::LostRole).toBool());
    QVERIFY(!model->indexOf(QStringLiteral("7.I.2"), AssessmentModel::PointsColumn).data(AssessmentModel::LostRole).toBool());

    // The survey's sub-criterion takes the survey office's points, off the Enter path; its
    // explanation nothing. The unnamed places take nothing, and say why.
    QVERIFY(model->indexOf(QStringLiteral("7.III.2"), AssessmentModel::PointsColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(!(model->indexOf(QStringLiteral("7.III.2"), AssessmentModel::ExplanationColumn).flags() & Qt::ItemIsEditable));
    QCOMPARE(shown(QStringLiteral("7.u1"), AssessmentModel::LabelColumn), AssessmentModel::tr("(not named in the source)"));
    QCOMPARE(shown(QStringLiteral("7.I"), AssessmentModel::LabelColumn), AssessmentModel::tr("(not named in the source)"));
    QCOMPARE(shown(QStringLiteral("7.u1"), AssessmentModel::MaxColumn), QStringLiteral("—"));
    click(QStringLiteral("7.u1"), AssessmentModel::LabelColumn);
    type(QStringLiteral("1"));
    QCOMPARE(m_view->messageBar()->text(), model->whyNotEditable(model->indexOf(QStringLiteral("7.u1"), AssessmentModel::PointsColumn)));
    QVERIFY(!stored(id, QStringLiteral("7.u1")));

    // An explanation of the points lost, typed in its column: the finding about it goes away.
    QVERIFY(findingKinds().contains(QStringLiteral("lost_without_explanation:7.I.4")));
    click(QStringLiteral("7.I.4"), AssessmentModel::ExplanationColumn);
    type(QStringLiteral("NDXP chua dua vao su dung"));
    enter();
    QCOMPARE(stored(id, QStringLiteral("7.I.4"))->explanation, QStringLiteral("NDXP chua dua vao su dung"));
    QCOMPARE(*stored(id, QStringLiteral("7.I.4"))->points, 0.5); // the points stay
    QVERIFY(!findingKinds().contains(QStringLiteral("lost_without_explanation:7.I.4")));
}

void TestAssessmentView::evidenceClearsTheFindingAndTheWorkflowRunsToTheAppraisal()
{
    QVERIFY(importEvidenceSet() > 0);
    const qint64 id = createThroughPicker(QStringLiteral("TEST.DEPT.2024"), QStringLiteral("TQ.SNV"),
                                          {AssessmentPeriod::Kind::Quarter, 2024, 1});
    if (id == 0)
        QSKIP("TQ.SNV is not a department-level agency of the dataset");
    AssessmentModel *model = m_view->model();
    QCOMPARE(model->codeOf(m_view->grid()->currentIndex()), QStringLiteral("1.1"));
    m_view->grid()->setFocus();
    // Yes/no: half a point is off the rule; the whole point is taken.
    type(QStringLiteral("0,5"));
    enter();
    QCOMPARE(m_view->messageBar()->text(), ScoreRules::accept(node(QStringLiteral("1.1")), 0.5).error());
    type(QStringLiteral("1"));
    enter();
    // Graded levels: 1,5 is not one of them.
    QCOMPARE(model->codeOf(m_view->grid()->currentIndex()), QStringLiteral("1.2"));
    type(QStringLiteral("1,5"));
    enter();
    QCOMPARE(m_view->messageBar()->text(), ScoreRules::accept(node(QStringLiteral("1.2")), 1.5).error());
    type(QStringLiteral("1"));
    enter();
    QCOMPARE(*stored(id, QStringLiteral("1.2"))->points, 1.0);
    QCOMPARE(findingKinds(), (QStringList{QStringLiteral("evidence_missing:1.1"), QStringLiteral("lost_without_explanation:1.2")}));
    QCOMPARE(shown(QStringLiteral("1.1"), AssessmentModel::EvidenceColumn), AssessmentModel::tr("%1 (required)").arg(0));

    // A document reference, typed in the evidence panel: the finding goes away.
    click(QStringLiteral("1.1"), AssessmentModel::PointsColumn);
    EvidencePanel *evidence = m_view->evidencePanel();
    QCOMPARE(evidence->code(), QStringLiteral("1.1"));
    evidence->numberEdit()->setFocus();
    type(QStringLiteral("15/KH-SNV"));
    evidence->dateEdit()->setDate(QDate(2024, 1, 10));
    QTest::mouseClick(evidence->addDocumentButton(), Qt::LeftButton);
    const QList<Evidence> kept = SelfAssessments(m_db->database().connection()).evidence(id).value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().documentNumber, QStringLiteral("15/KH-SNV"));
    QCOMPARE(kept.first().documentDate, QStringLiteral("2024-01-10"));
    QCOMPARE(evidence->table()->rowCount(), 1);
    QCOMPARE(shown(QStringLiteral("1.1"), AssessmentModel::EvidenceColumn), AssessmentModel::tr("%1 (required)").arg(1));
    QCOMPARE(findingKinds(), QStringList{QStringLiteral("lost_without_explanation:1.2")});
    // A document needs its number.
    QTest::mouseClick(evidence->addDocumentButton(), Qt::LeftButton);
    QVERIFY(m_view->messageBar()->kind() == MessageBar::Kind::Error);
    QCOMPARE(SelfAssessments(m_db->database().connection()).evidence(id)->size(), 1);

    // Send (Gửi), after confirming; nothing can be typed then.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    QCOMPARE(status(id), QStringLiteral("submitted"));
    QVERIFY(MessageBox::lastText().contains(AssessmentText::period(QStringLiteral("2024Q1"))));
    QVERIFY(!m_view->submitButton()->isEnabled());
    QVERIFY(m_view->withdrawButton()->isEnabled());
    QVERIFY(!(model->indexOf(QStringLiteral("1.2"), AssessmentModel::PointsColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!evidence->addDocumentButton()->isEnabled());
    QCOMPARE(m_view->picker()->list()->item(0, 2)->text(), AssessmentText::status(QStringLiteral("submitted")));

    // Withdraw (Rút lại): "No" keeps it sent, "Yes" makes it a draft again.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(m_view->withdrawButton(), Qt::LeftButton);
    QCOMPARE(status(id), QStringLiteral("submitted"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->withdrawButton(), Qt::LeftButton);
    QCOMPARE(status(id), QStringLiteral("draft"));
    QVERIFY(model->indexOf(QStringLiteral("1.2"), AssessmentModel::PointsColumn).flags() & Qt::ItemIsEditable);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    QCOMPARE(status(id), QStringLiteral("submitted"));

    // The council (Thẩm định): typing goes to the appraised points now; off the levels is refused.
    click(QStringLiteral("1.2"), AssessmentModel::LabelColumn);
    type(QStringLiteral("3"));
    enter();
    QCOMPARE(m_view->messageBar()->text(), ScoreRules::accept(node(QStringLiteral("1.2")), 3).error());
    type(QStringLiteral("2"));
    enter();
    QVERIFY(model->hasPendingAppraisal());
    QCOMPARE(shown(QStringLiteral("1"), AssessmentModel::AppraisedColumn), formatNumber(2, 4));
    click(QStringLiteral("1.2"), AssessmentModel::CommentColumn);
    type(QStringLiteral("Du bao cao ca 4 quy"));
    enter();
    QVERIFY(!stored(id, QStringLiteral("1.2"))->appraised); // not saved before the button
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->appraiseButton(), Qt::LeftButton);
    QCOMPARE(status(id), QStringLiteral("appraised"));
    const AssessmentScore appraised = *stored(id, QStringLiteral("1.2"));
    QCOMPARE(*appraised.appraised, 2.0);
    QCOMPARE(*appraised.points, 1.0); // the self-scored points stay beside the council's
    QCOMPARE(appraised.comment, QStringLiteral("Du bao cao ca 4 quy"));
    QVERIFY(!model->hasPendingAppraisal());
    QVERIFY(!m_view->withdrawButton()->isEnabled());
    QVERIFY(!m_view->appraiseButton()->isEnabled());
    QCOMPARE(shown(QStringLiteral("1.2"), AssessmentModel::AppraisedColumn), formatNumber(2, 4));

    // Every step is in the audit trail.
    QStringList actions;
    for (const test::Audit &a : test::auditRows(*m_db))
        if (a.entity == u"self_assessment" && a.entityId == id)
            actions << a.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("score"), QStringLiteral("score"),
                                   QStringLiteral("evidence"), QStringLiteral("submit"), QStringLiteral("withdraw"),
                                   QStringLiteral("submit"), QStringLiteral("appraise")}));
}

void TestAssessmentView::aFileIsKeptWithItsDigestAndATooLargeOneRefused()
{
    QVERIFY(importEvidenceSet() > 0);
    const qint64 id = createThroughPicker(QStringLiteral("TEST.DEPT.2024"), QStringLiteral("TQ.SNV"),
                                          {AssessmentPeriod::Kind::Year, 2024, 1});
    if (id == 0)
        QSKIP("TQ.SNV is not a department-level agency of the dataset");
    click(QStringLiteral("1.1"), AssessmentModel::PointsColumn);
    EvidencePanel *evidence = m_view->evidencePanel();

    const QString path = m_dir.filePath(QStringLiteral("ke-hoach-cchc.pdf"));
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4 kế hoạch CCHC năm 2024");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    FileDialog::setNextPath(path);
    QTest::mouseClick(evidence->attachButton(), Qt::LeftButton);
    QList<Evidence> kept = SelfAssessments(m_db->database().connection()).evidence(id).value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().fileName, QStringLiteral("ke-hoach-cchc.pdf"));
    QCOMPARE(kept.first().size, bytes.size());
    QCOMPARE(evidence->table()->rowCount(), 1);
    QVERIFY(!findingKinds().contains(QStringLiteral("evidence_missing:1.1")));

    // Saved again: the same bytes.
    evidence->table()->setCurrentCell(0, 0);
    const QString out = m_dir.filePath(QStringLiteral("saved-again.pdf"));
    FileDialog::setNextPath(out);
    evidence->saveSelected();
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);

    // Above the limit: a clear message, nothing attached.
    const QString large = m_dir.filePath(QStringLiteral("too-large.bin"));
    {
        QFile f(large);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(SelfAssessments::kMaxEvidenceBytes + 1));
    }
    FileDialog::setNextPath(large);
    QTest::mouseClick(evidence->attachButton(), Qt::LeftButton);
    QVERIFY(m_view->messageBar()->kind() == MessageBar::Kind::Error);
    QVERIFY(m_view->messageBar()->text().contains(QStringLiteral("too-large.bin")));
    QCOMPARE(SelfAssessments(m_db->database().connection()).evidence(id)->size(), 1);
    // Cancelled: nothing happens.
    FileDialog::setNextPath(QString());
    QTest::mouseClick(evidence->attachButton(), Qt::LeftButton);
    QCOMPARE(SelfAssessments(m_db->database().connection()).evidence(id)->size(), 1);
}

void TestAssessmentView::theViewFollowsWritesMadeElsewhere()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Quarter, 2024, 2});
    QVERIFY(id > 0);
    AssessmentModel *model = m_view->model();
    QCOMPARE(shown(QStringLiteral("7.II.3"), AssessmentModel::PointsColumn), QString());

    // Another repository object on the same store scores and sends it: the grid, the totals, the
    // buttons and the list follow without being told.
    const SelfAssessments elsewhere(m_db->database().connection());
    QVERIFY(elsewhere.setScore(id, QStringLiteral("7.II.3"), 1.2, QStringLiteral("Hệ thống báo cáo chưa kết nối đủ")));
    QCOMPARE(shown(QStringLiteral("7.II.3"), AssessmentModel::PointsColumn), formatNumber(1.2, 4));
    QCOMPARE(shown(QStringLiteral("7.II.3"), AssessmentModel::ExplanationColumn), QStringLiteral("Hệ thống báo cáo chưa kết nối đủ"));
    QCOMPARE(shown(QStringLiteral("7"), AssessmentModel::PointsColumn), formatNumber(1.2, 4));
    QVERIFY(elsewhere.submit(id));
    QCOMPARE(model->header().status, QStringLiteral("submitted"));
    QVERIFY(!m_view->submitButton()->isEnabled());
    QVERIFY(m_view->withdrawButton()->isEnabled());
    QCOMPARE(m_view->picker()->list()->item(0, 2)->text(), AssessmentText::status(QStringLiteral("submitted")));

    // Another program (a second connection to the file, as the command line is): found when the
    // window asks (StoreEvents::checkOtherWriters, on activation).
    {
        auto other = Store::open(m_db->path());
        QVERIFY(other);
        QVERIFY(SelfAssessments(other.value()->database().connection()).withdraw(id));
        QVERIFY(SelfAssessments(other.value()->database().connection()).setScore(id, QStringLiteral("7.I.2"), 1, {}));
    }
    QVERIFY(m_db->events().checkOtherWriters());
    QCOMPARE(model->header().status, QStringLiteral("draft"));
    QCOMPARE(shown(QStringLiteral("7.I.2"), AssessmentModel::PointsColumn), formatNumber(1, 4));
    QCOMPARE(shown(QStringLiteral("7"), AssessmentModel::PointsColumn), formatNumber(2.2, 4));
    QVERIFY(m_view->submitButton()->isEnabled());
}

void TestAssessmentView::theProvinceEstimateFollowsTheScores()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 5});
    QVERIFY(id > 0);
    m_view->tabs()->setCurrentIndex(1);
    ProvincePicturePanel *panel = m_view->provincePanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->provinceBox()->currentData().toString(), QStringLiteral("TV"));
    QCOMPARE(panel->yearBox()->value(), 2024);
    QVERIFY(panel->picture());

    // What the panel shows is what `assessment estimate` and `lost-points` compute.
    const auto expected = [this] {
        const auto setId = CriteriaSets(m_db->database().connection()).idOfKey(QStringLiteral("PAR.7.seed004")).value();
        return ProvincePictureLoader::load(*m_db, QStringLiteral("TV"), 2024, setId).value();
    };
    const auto compare = [&](const ProvincePicture &want) {
        const ProvincePicture &got = *panel->picture();
        QCOMPARE(got.total.estimate, want.total.estimate);
        QCOMPARE(got.estimateFrom, want.estimateFrom);
        QCOMPARE(panel->lostTable()->rowCount(), want.lost.size());
        for (int row = 0; row < want.lost.size(); ++row)
            QCOMPARE(panel->lostTable()->item(row, 0)->text(), want.lost[row].lost.code);
        QCOMPARE(panel->areasTable()->item(panel->areasTable()->rowCount() - 1, 3)->text(),
                 AssessmentText::points(want.total.estimate));
        QVERIFY(panel->headline()->text().contains(AssessmentText::points(want.total.estimate)));
    };
    // Nothing scored yet: the survey's sub-criterion counts with its last official points (0,7981).
    ProvincePicture before = expected();
    compare(before);
    QCOMPARE(before.total.estimate, 0.7981);
    QCOMPARE(before.lost.size(), 1);
    QVERIFY(before.lost.first().fromOfficial);
    QVERIFY(panel->lostTable()->item(0, 5)->text().startsWith(ProvincePicturePanel::tr("Last official result.")));

    // A score typed in the grid moves the estimate and adds its lost points, largest first, with
    // the plan's open tasks numbered under it (seed 004's appendix, III.7). The hidden picture is
    // built again when it is shown.
    m_view->tabs()->setCurrentIndex(0);
    click(QStringLiteral("7.III.7"), AssessmentModel::PointsColumn);
    type(QStringLiteral("0,3"));
    enter();
    QCOMPARE(*stored(id, QStringLiteral("7.III.7"))->points, 0.3);
    m_view->tabs()->setCurrentIndex(1);
    QTRY_VERIFY(panel->isVisible());
    const ProvincePicture after = expected();
    compare(after);
    QCOMPARE(after.total.estimate, 0.7981 + 0.3);
    QCOMPARE(after.lost.first().lost.code, QStringLiteral("7.III.7"));
    QVERIFY(!after.lost.first().openTasks.isEmpty() || !after.lost.first().targets.isEmpty());
    QVERIFY(panel->lostTable()->item(0, 5)->text() != ProvincePicturePanel::tr("No target or open task of the plan is numbered under it."));
    // The agency's standing: draft, with its total.
    bool listed = false;
    for (int row = 0; row < panel->agenciesTable()->rowCount(); ++row)
        listed = listed || (panel->agenciesTable()->item(row, 1)->text() == SelfAssessments(m_db->database().connection()).header(id)->agencyName &&
                            panel->agenciesTable()->item(row, 2)->text() == AssessmentText::status(QStringLiteral("draft")));
    QVERIFY(listed);
}

// Generated test data: the measured set (a ratio sub-criterion of Phụ lục 08, a survey one); TQ.UBND's generated reports
// (50% in the first quarter, 55% in the half); its self-assessment of the third quarter, opened.
qint64 TestAssessmentView::measuredAssessment()
{
    const CriteriaSet set = test::measuredCriteriaSet(QStringLiteral("TEST.RATIO.2024"));
    if (const auto id = m_db->criteriaSets().import(set); !id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    for (const auto &[period, den, num] : {std::tuple{"2024Q1", 100.0, 50.0}, std::tuple{"2024S1", 200.0, 110.0}})
        if (Status s = test::reportFigures(*m_db, QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("TQ.UBND"), QString::fromLatin1(period),
                                           {{QStringLiteral("5.4.1"), den}, {QStringLiteral("5.4.2"), num}});
            !s) {
            qWarning("%s", qPrintable(s.error()));
            return 0;
        }
    if (Status s = m_view->picker()->reload(); !s)
        return 0;
    return createThroughPicker(set.key, QStringLiteral("TQ.UBND"), {AssessmentPeriod::Kind::Quarter, 2024, 3});
}

// A ratio sub-criterion not scored yet offers the points of the latest figures (the half's 55%),
// with the line in its tooltip and the findings; Ctrl+Shift+R takes them as typed, Ctrl+Z undoes.
void TestAssessmentView::ratioPointsAreOfferedFromTheFigures()
{
    const qint64 id = measuredAssessment();
    QVERIFY(id > 0);
    AssessmentModel *model = m_view->model();
    const double points = ScoreRules::ratioPoints(1.5, 55, 80);
    const auto reading = model->ratioOf(QStringLiteral("1.1"));
    QVERIFY(reading && reading->rate);
    QCOMPARE(reading->period, QStringLiteral("2024S1"));
    QCOMPARE(*reading->rate, 55.0);
    QVERIFY2(shown(QStringLiteral("1.1"), AssessmentModel::PointsColumn).contains(AssessmentText::points(points)),
             qPrintable(shown(QStringLiteral("1.1"), AssessmentModel::PointsColumn)));
    const QString line = RatioFigures::describe(*reading, AssessmentText::convention());
    QVERIFY(line.contains(formatNumber(55, 2) + u'%'));
    QVERIFY(model->indexOf(QStringLiteral("1.1"), AssessmentModel::PointsColumn).data(Qt::ToolTipRole).toString().contains(line));
    QVERIFY(findingKinds().contains(QStringLiteral("from_figures:1.1")));
    bool listed = false;
    for (int row = 0; row < m_view->findingsPanel()->table()->rowCount(); ++row)
        listed = listed || m_view->findingsPanel()->table()->item(row, 1)->text().contains(line);
    QVERIFY(listed);
    QVERIFY(!stored(id, QStringLiteral("1.1"))); // offered, not stored
    QVERIFY(!test::screenshot(*m_view, QStringLiteral("assessment-ratio.png"), m_dir.path()).isEmpty());

    click(QStringLiteral("1.1"), AssessmentModel::LabelColumn);
    QTest::keyClick(m_view->grid(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(stored(id, QStringLiteral("1.1")));
    QCOMPARE(formatNumber(*stored(id, QStringLiteral("1.1"))->points, 4), formatNumber(points, 4));
    QCOMPARE(shown(QStringLiteral("1.1"), AssessmentModel::PointsColumn), AssessmentText::points(stored(id, QStringLiteral("1.1"))->points));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QVERIFY(!stored(id, QStringLiteral("1.1")));

    // Typed points stay the self-score; sent, the computed ones are no longer taken, and the message says why.
    click(QStringLiteral("1.1"), AssessmentModel::PointsColumn);
    type(QStringLiteral("0,9"));
    enter();
    QCOMPARE(*stored(id, QStringLiteral("1.1"))->points, 0.9);
    QVERIFY(m_db->selfAssessments().submit(id));
    QTRY_COMPARE(model->header().status, QStringLiteral("submitted"));
    QVERIFY(!model->acceptComputedPoints(model->indexOf(QStringLiteral("1.1"), AssessmentModel::PointsColumn)));
    QCOMPARE(*stored(id, QStringLiteral("1.1"))->points, 0.9);

    // The province's picture: the year-end projection of the ratio, the latest figure beside its lost point.
    m_view->tabs()->setCurrentIndex(1);
    ProvincePicturePanel *panel = m_view->provincePanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->provinceBox()->currentData().toString(), QStringLiteral("TQ"));
    QCOMPARE(panel->yearEndTable()->rowCount(), 1);
    QCOMPARE(panel->yearEndTable()->item(0, 0)->text(), QStringLiteral("1.1"));
    QVERIFY(!panel->yearEndTable()->item(0, 5)->text().isEmpty()); // the assumption
    QVERIFY(panel->yearEndTable()->isVisible());
    QCOMPARE(panel->lostTable()->item(0, 0)->text(), QStringLiteral("1.1"));
    const QString figure = ProvincePicturePanel::tr("Latest figure: %1")
                               .arg(RatioFigures::figure(panel->picture()->lost.first().ratio.value(), AssessmentText::convention()));
    QVERIFY2(panel->lostTable()->item(0, 5)->text().contains(figure), qPrintable(panel->lostTable()->item(0, 5)->text()));
    QVERIFY(!test::screenshot(*m_view, QStringLiteral("assessment-ratio-estimate.png"), m_dir.path()).isEmpty());
}

// The survey's points, typed on its row by the office: stored at once, refused above the maximum,
// undone in the store; after the appraisal, no more.
void TestAssessmentView::surveyPointsAreEnteredAndUndone()
{
    const qint64 id = measuredAssessment();
    QVERIFY(id > 0);
    AssessmentModel *model = m_view->model();
    const QModelIndex cell = model->indexOf(QStringLiteral("1.2"), AssessmentModel::PointsColumn);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(AssessmentModel::tr("Survey points (entered by the office that organises the survey).")));
    click(QStringLiteral("1.2"), AssessmentModel::PointsColumn);
    type(QStringLiteral("1,5"));
    enter();
    QVERIFY(m_view->messageBar()->kind() == MessageBar::Kind::Error);
    QVERIFY(!stored(id, QStringLiteral("1.2")));
    test::pressKey(Qt::Key_Escape);
    click(QStringLiteral("1.2"), AssessmentModel::PointsColumn);
    type(QStringLiteral("0,75"));
    enter();
    QCOMPARE(*stored(id, QStringLiteral("1.2"))->points, 0.75);
    QCOMPARE(shown(QStringLiteral("1.2"), AssessmentModel::PointsColumn), AssessmentText::points(0.75));
    // Sent, the office still enters it; undone, it is gone from the store.
    QVERIFY(m_db->selfAssessments().submit(id));
    QTRY_COMPARE(model->header().status, QStringLiteral("submitted"));
    QVERIFY(model->indexOf(QStringLiteral("1.2"), AssessmentModel::PointsColumn).flags() & Qt::ItemIsEditable);
    m_undo->undo();
    QVERIFY(!stored(id, QStringLiteral("1.2")));
    m_undo->redo();
    QCOMPARE(*stored(id, QStringLiteral("1.2"))->points, 0.75);
    QVERIFY(m_db->selfAssessments().appraise(id, {}));
    QTRY_COMPARE(model->header().status, QStringLiteral("appraised"));
    QVERIFY(!(model->indexOf(QStringLiteral("1.2"), AssessmentModel::PointsColumn).flags() & Qt::ItemIsEditable));
}

void TestAssessmentView::screenshot()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 3});
    QVERIFY(id > 0);
    const SelfAssessments repo(m_db->database().connection());
    QVERIFY(repo.setScore(id, QStringLiteral("7.I.2"), 1, {}));
    QVERIFY(repo.setScore(id, QStringLiteral("7.III.7"), 0.5, QStringLiteral("Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp")));
    QVERIFY(repo.addDocument(id, QStringLiteral("7.I.2"), QStringLiteral("120/QĐ-UBND"), QStringLiteral("2024-03-05")));
    QVERIFY(!test::screenshot(*m_view, QStringLiteral("assessment.png"), m_dir.path()).isEmpty());
    // The province's picture, and the council's columns of a sent assessment being appraised.
    m_view->tabs()->setCurrentIndex(1);
    QVERIFY(!test::screenshot(*m_view, QStringLiteral("assessment-estimate.png"), m_dir.path()).isEmpty());
    m_view->tabs()->setCurrentIndex(0);
    QVERIFY(repo.submit(id));
    click(QStringLiteral("7.III.7"), AssessmentModel::AppraisedColumn);
    type(QStringLiteral("0,6"));
    enter();
    QVERIFY(m_view->model()->hasPendingAppraisal());
    QVERIFY(!test::screenshot(*m_view, QStringLiteral("assessment-appraisal.png"), m_dir.path()).isEmpty());
}

// Ctrl+Z on typed points writes the old ones back (no points at all for the first typed), each
// undo and redo a stored, audited write; a self-assessment sent since takes no undo of its points.
void TestAssessmentView::typedPointsAreUndoneInTheStore()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 5});
    QVERIFY(id > 0);
    const QString code = QStringLiteral("7.I.4");
    click(code, AssessmentModel::PointsColumn);
    type(QStringLiteral("1"));
    enter();
    click(code, AssessmentModel::PointsColumn);
    type(QStringLiteral("0,5"));
    enter();
    click(code, AssessmentModel::ExplanationColumn);
    type(QStringLiteral("Một phần (giải trình thử)"));
    enter();
    QCOMPARE(*stored(id, code)->points, 0.5);
    QCOMPARE(m_undo->count(), 3);
    const auto audits = [this, id] {
        QSqlQuery q(m_db->database().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'self_assessment' AND entity_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const int written = audits();
    QVERIFY(written > 0);

    m_undo->undo(); // the explanation
    QCOMPARE(stored(id, code)->explanation, QString());
    m_undo->undo(); // 0,5 back to 1
    QCOMPARE(*stored(id, code)->points, 1.0);
    QCOMPARE(shown(code, AssessmentModel::PointsColumn), formatNumber(1, 4)); // the grid follows the store
    m_undo->undo(); // the first points: none again
    QVERIFY(!stored(id, code));
    QCOMPARE(audits(), written + 3);
    // The trail tells an undo from a new edit, as a report's does.
    const auto lastActions = [this, id](int n) {
        QSqlQuery q(m_db->database().connection());
        q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'self_assessment' AND entity_id = ? "
                                 "ORDER BY id DESC LIMIT ?"));
        q.addBindValue(id);
        q.addBindValue(n);
        QStringList actions;
        if (q.exec())
            while (q.next())
                actions.prepend(q.value(0).toString());
        return actions;
    };
    QCOMPARE(lastActions(3), (QStringList{"undo_score", "undo_score", "undo_clear-score"}));
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(*stored(id, code)->points, 0.5);
    m_undo->redo();
    QCOMPARE(stored(id, code)->explanation, QStringLiteral("Một phần (giải trình thử)"));
    QCOMPARE(audits(), written + 6);
    QCOMPARE(lastActions(3), (QStringList{"redo_score", "redo_score", "redo_score"}));

    // Undone from another assessment: the one it changes opens, the cursor on the sub-criterion.
    const qint64 other = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                             {AssessmentPeriod::Kind::Month, 2024, 8});
    QCOMPARE(m_view->model()->assessmentId(), other);
    m_undo->undo();
    QCOMPARE(stored(id, code)->explanation, QString());
    QCOMPARE(m_view->model()->assessmentId(), id);
    QCOMPARE(m_view->model()->codeOf(m_view->grid()->currentIndex()), code);
    m_undo->redo();

    // Sent: the undo is refused with the store's words and leaves the stack; nothing changes.
    QVERIFY(m_db->selfAssessments().submit(id));
    m_undo->undo();
    QCOMPARE(stored(id, code)->explanation, QStringLiteral("Một phần (giải trình thử)"));
    QVERIFY(m_view->messageBar()->kind() == MessageBar::Kind::Error);
    QVERIFY(!m_view->messageBar()->text().isEmpty());
    QCOMPARE(m_undo->count(), 2);
}

// The council's typed points wait for the appraisal; Ctrl+Z takes them back before it is saved.
void TestAssessmentView::typedAppraisalIsUndone()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 6});
    QVERIFY(id > 0);
    const QString code = QStringLiteral("7.I.2");
    QVERIFY(m_db->selfAssessments().setScore(id, code, 1, {}));
    QVERIFY(m_db->selfAssessments().submit(id));
    QTRY_COMPARE(m_view->model()->header().status, QStringLiteral("submitted"));
    m_undo->clear();
    click(code, AssessmentModel::AppraisedColumn);
    type(QStringLiteral("0,5"));
    enter();
    QCOMPARE(m_view->model()->pendingAppraisal().size(), 1);
    m_undo->undo();
    QVERIFY(!m_view->model()->hasPendingAppraisal());
    m_undo->redo();
    QCOMPARE(m_view->model()->pendingAppraisal().first().points, 0.5);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_view->appraise();
    QCOMPARE(status(id), QStringLiteral("appraised"));
    QCOMPARE(*stored(id, code)->appraised, 0.5);
    m_undo->undo(); // the appraisal is saved: its typed points are no longer the grid's to take back
    QCOMPARE(*stored(id, code)->appraised, 0.5);
    QCOMPARE(m_undo->count(), 0);
}

// "In / Xuất…" (and Ctrl+P, which asks the area the same) opens the print dialog on the open
// self-assessment, its appraisal once sent, and on the province's tab on the ranking.
void TestAssessmentView::printOpensTheDialogOnWhatIsShown()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 7});
    QVERIFY(id > 0);
    const auto dialogOnClick = [this] {
        PrintAppendixDialog::Kind kind{};
        qint64 assessment = 0;
        bool appraisal = true;
        QString province;
        int year = 0;
        bool built = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PrintAppendixDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            kind = dialog->kind();
            assessment = dialog->findChild<QComboBox *>(QStringLiteral("assessment"))->currentData().toLongLong();
            appraisal = dialog->findChild<QCheckBox *>(QStringLiteral("appraisal"))->isChecked();
            province = dialog->findChild<QComboBox *>(QStringLiteral("province"))->currentData().toString();
            year = dialog->findChild<QSpinBox *>(QStringLiteral("year"))->value();
            built = bool(dialog->table());
            dialog->reject();
        });
        QTest::mouseClick(m_view->printButton(), Qt::LeftButton);
        return std::make_tuple(kind, assessment, appraisal, province, year, built);
    };
    auto [kind, assessment, appraisal, province, year, built] = dialogOnClick();
    QCOMPARE(kind, PrintAppendixDialog::Kind::Assessment);
    QCOMPARE(assessment, id);
    QVERIFY(!appraisal); // a draft prints its self-assessment
    QVERIFY(built);

    QVERIFY(m_db->selfAssessments().submit(id));
    std::tie(kind, assessment, appraisal, province, year, built) = dialogOnClick();
    QCOMPARE(assessment, id);
    QVERIFY(appraisal); // sent: the council's table
    QVERIFY(built);

    m_view->tabs()->setCurrentWidget(m_view->provincePanel());
    QTRY_VERIFY(m_view->provincePanel()->picture().has_value());
    std::tie(kind, assessment, appraisal, province, year, built) = dialogOnClick();
    QCOMPARE(kind, PrintAppendixDialog::Kind::Ranking);
    QCOMPARE(province, QStringLiteral("TV"));
    QCOMPARE(year, 2024);
    QVERIFY(built);
}

// Opening December's assessment presets the new box to the same set and agency and to January of
// the next year: the next monthly scoring is one click on "Create draft".
void TestAssessmentView::theNewBoxFollowsTheOpenAssessment()
{
    const qint64 id = createThroughPicker(QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                          {AssessmentPeriod::Kind::Month, 2024, 12});
    QVERIFY(id > 0);
    AssessmentPicker *picker = m_view->picker();
    const AssessmentHeader h = m_view->model()->header();
    QCOMPARE(picker->setBox()->currentData().toLongLong(), h.setId);
    QCOMPARE(picker->agencyBox()->currentData().toLongLong(), h.agencyId);
    QCOMPARE(picker->yearBox()->value(), 2025);
    QCOMPARE(picker->periodBox()->currentData().toString(), QStringLiteral("202501"));
    QTest::mouseClick(picker->createButton(), Qt::LeftButton);
    QCOMPARE(m_view->model()->header().period, QStringLiteral("202501"));
    QCOMPARE(m_view->model()->header().agencyId, h.agencyId);
    QCOMPARE(picker->periodBox()->currentData().toString(), QStringLiteral("202502"));
}

QTEST_MAIN(TestAssessmentView)
#include "tst_assessment_view.moc"
