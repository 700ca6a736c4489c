// The self-assessment area's Package / template menu on the real view, offscreen, with two real
// stores: the agency exports its self-assessment as a package and as an Excel template, the office
// imports the package after its preview and the view opens what was written; an appraised one is
// shown as refused in the preview, and nothing is written. A blank template is made for an agency
// and a period that has no self-assessment, through its dialog, and read back. The criteria set,
// the scores and the evidence are generated test data.
#include "CriteriaNodes.h"
#include "../core/ExchangeTestSupport.h"
#include "ModalAnswer.h"
#include "assessment/AssessmentImportDialog.h"
#include "assessment/AssessmentModel.h"
#include "assessment/AssessmentTemplateDialog.h"
#include "assessment/AssessmentView.h"
#include "exchange/AssessmentPackage.h"
#include "exchange/AssessmentTemplate.h"
#include "exchange/XlsxReader.h"
#include "settings/AppSettings.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/SavedFileNotice.h"
#include "store/SelfAssessments.h"
#include "util/Language.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace pardesk;
using namespace pardesk::test;

namespace {

std::unique_ptr<Store> storeWithSet(const QString &path)
{
    auto store = openStore(path);
    CriteriaSet set = generatedSet(QStringLiteral("TEST.gui"),
                                   {criteriaNode(1, "1", {}, CriteriaLevel::Area, 2),
                                    criteriaNode(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
                                    criteriaNode(3, "1.2", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Points)});
    set.nodes[1].evidenceRequired = true;
    if (const auto id = store->criteriaSets().import(set); !id)
        qFatal("%s", qPrintable(id.error()));
    return store;
}

// Runs `answer` on the template dialog that `trigger` opens; false when no such dialog came up.
template <typename Answer>
bool onTemplateDialog(QAction *trigger, Answer answer)
{
    return test::answerModal<AssessmentTemplateDialog>(trigger, answer);
}

// The data sheet's cell under `header` in the row of `code`, given points as Excel stores a number.
bool typePoints(QList<XlsxSheet> &sheets, const QString &header, const QString &code, double points)
{
    for (XlsxSheet &sheet : sheets) {
        if (sheet.hidden)
            continue;
        int column = 0, row = 0;
        for (const XlsxCell &c : sheet.cells) {
            if (c.text == header)
                column = c.column;
            if (c.column == 1 && c.text == code)
                row = c.row;
        }
        if (!column || !row)
            continue;
        XlsxCell typed{row, column, QString::number(points), points, XlsxCell::Format::Plain};
        const auto at = std::find_if(sheet.cells.begin(), sheet.cells.end(), [&](const XlsxCell &c) {
            return c.row > row || (c.row == row && c.column >= column);
        });
        if (at != sheet.cells.end() && at->row == row && at->column == column)
            *at = typed;
        else
            sheet.cells.insert(at, typed);
        return true;
    }
    return false;
}

} // namespace

class TestAssessmentExchangeView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportedByTheAgencyImportedByTheOffice();
    void anAppraisedOneIsNotReplaced();
    void theSetArrivesWithThePackage();
    void blankTemplateForAnAgency();
    void blankTemplateStartsFromTheOpenOne();

private:
    std::unique_ptr<AssessmentView> view(Store &store)
    {
        auto v = std::make_unique<AssessmentView>(store, &m_undo);
        v->resize(1400, 900);
        v->show();
        return v;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QUndoStack m_undo;
    std::unique_ptr<Store> m_agency;
    std::unique_ptr<Store> m_office;
    qint64 m_id = 0;
};

void TestAssessmentExchangeView::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installLanguage(QStringLiteral("en")); // messages are compared with the English source texts
    m_agency = storeWithSet(path("agency.sqlite"));
    m_office = storeWithSet(path("office.sqlite"));
    const SelfAssessments a = m_agency->selfAssessments();
    const qint64 setId = m_agency->criteriaSets().idOfKey(QStringLiteral("TEST.gui")).value().value();
    m_id = a.create(setId, m_agency->references().agency(QStringLiteral("TV.STTTT")).value()->id, QStringLiteral("202403")).value();
    QVERIFY(a.setScore(m_id, "1.1", 1, QStringLiteral("Đã ban hành")).ok());
    QVERIFY(a.setScore(m_id, "1.2", 0.5, QStringLiteral("Mới làm một phần")).ok());
    QVERIFY(a.addFile(m_id, "1.1", QStringLiteral("bien-ban.txt"), "Generated evidence for a test.\n").ok());
    QVERIFY(a.addDocument(m_id, "1.2", QStringLiteral("12/KH-STTTT"), QStringLiteral("2024-03-05")).ok());
    QVERIFY(a.submit(m_id).ok());
}

void TestAssessmentExchangeView::exportedByTheAgencyImportedByTheOffice()
{
    auto agency = view(*m_agency);
    QVERIFY(!agency->exportPackageAction()->isEnabled()); // nothing open yet
    QVERIFY(agency->openAssessment(m_id));
    QVERIFY(agency->exportPackageAction()->isEnabled());
    QVERIFY(agency->exchangeButton()->menu());

    const QString package = path("out.pardesk");
    FileDialog::setNextPath(package);
    MessageBox::setNextAnswer(QMessageBox::No); // not signed
    agency->exportPackageAction()->trigger();
    QCOMPARE(FileDialog::lastSuggested(), QStringLiteral("TV.STTTT-TEST.gui-202403.pardesk"));
    QVERIFY(QFile::exists(package));
    QCOMPARE(SavedFileNotice::lastPath(), package);
    const QString workbook = path("out.xlsx");
    FileDialog::setNextPath(workbook);
    agency->exportTemplateAction()->trigger();
    QVERIFY(QFile::exists(workbook));
    QCOMPARE(SavedFileNotice::lastPath(), workbook);

    // The office: the preview, then the import; the view opens what it wrote.
    auto office = view(*m_office);
    {
        auto source = AssessmentPackage::read(*m_office, package);
        QVERIFY2(source.ok(), qPrintable(source.error()));
        const auto preview = AssessmentImportPreview::build(*m_office, std::move(source).value());
        QVERIFY(preview.ok());
        AssessmentImportDialog dialog(preview.value());
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import"));
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(dialog.tabs()->count(), 3);
        QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("Changes (2)"));
        QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Evidence to add (2)"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(u"A new self-assessment is created"));
    }
    FileDialog::setNextPath(package);
    PreviewDialog::setNextAnswer(true);
    office->importAction()->trigger();
    QVERIFY(office->model()->isOpen());
    const qint64 imported = office->model()->assessmentId();
    QCOMPARE(office->model()->header().status, QStringLiteral("submitted"));
    QCOMPARE(m_office->selfAssessments().scores(imported)->size(), 2);
    QCOMPARE(m_office->selfAssessments().evidence(imported)->size(), 2);

    // The template read back into the office's store: it replaces, nothing changes, nothing to add.
    FileDialog::setNextPath(workbook);
    PreviewDialog::setNextAnswer(false); // cancelled: nothing is written
    const QByteArray before = storeDigest(m_office->database().connection());
    office->importAction()->trigger();
    QCOMPARE(storeDigest(m_office->database().connection()), before);
}

void TestAssessmentExchangeView::anAppraisedOneIsNotReplaced()
{
    const auto found = m_office->selfAssessments().list();
    QVERIFY(found.ok() && found->size() == 1);
    QVERIFY(m_office->selfAssessments().appraise(found->first().id, {{QStringLiteral("1.1"), 1, {}}}).ok());
    const QString package = path("out.pardesk");
    auto source = AssessmentPackage::read(*m_office, package);
    QVERIFY(source.ok());
    const auto preview = AssessmentImportPreview::build(*m_office, std::move(source).value());
    QVERIFY(preview.ok());
    AssessmentImportDialog dialog(preview.value());
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Replace"));
    QVERIFY(!dialog.importButton()->isEnabled());
    auto *errors = dialog.findChild<QLabel *>(QStringLiteral("importErrors"));
    QVERIFY(errors);
    QVERIFY2(errors->text().contains(u"was appraised"), qPrintable(errors->text()));

    auto office = view(*m_office);
    const QByteArray before = storeDigest(m_office->database().connection());
    FileDialog::setNextPath(package);
    PreviewDialog::setNextAnswer(true); // Import cannot be pressed
    office->importAction()->trigger();
    QCOMPARE(storeDigest(m_office->database().connection()), before);
}

// An office that never imported the set: the preview says the package brings it; imported from
// the area, the set is stored with the self-assessment.
void TestAssessmentExchangeView::theSetArrivesWithThePackage()
{
    auto fresh = openStore(path("without-set.sqlite"));
    QVERIFY(!fresh->criteriaSets().idOfKey(QStringLiteral("TEST.gui")).value());
    const QString package = path("out.pardesk"); // exported by the agency above
    {
        auto source = AssessmentPackage::read(*fresh, package);
        QVERIFY2(source.ok(), qPrintable(source.error()));
        const auto preview = AssessmentImportPreview::build(*fresh, std::move(source).value());
        QVERIFY(preview.ok());
        AssessmentImportDialog dialog(preview.value());
        QVERIFY(dialog.importButton()->isEnabled());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(u"does not have the criteria set TEST.gui") && summary.contains(u"the package brings it"),
                 qPrintable(summary));
    }
    auto office = view(*fresh);
    FileDialog::setNextPath(package);
    PreviewDialog::setNextAnswer(true);
    office->importAction()->trigger();
    QVERIFY(office->model()->isOpen());
    QVERIFY(fresh->criteriaSets().idOfKey(QStringLiteral("TEST.gui")).value());
    QCOMPARE(fresh->selfAssessments().scores(office->model()->assessmentId())->size(), 2);
}

// Package / template › Blank template for an agency…: with nothing open, the dialog offers the sets
// and the agencies the chosen set scores; the workbook written names the set, the agency and the
// period chosen, for which no self-assessment exists, and reads back as that.
void TestAssessmentExchangeView::blankTemplateForAnAgency()
{
    auto v = view(*m_agency);
    QVERIFY(!v->model()->isOpen());
    QVERIFY(v->exchangeButton()->menu()->actions().contains(v->blankTemplateAction()));
    QVERIFY(v->blankTemplateAction()->isEnabled());

    const QString workbook = path("blank.xlsx");
    QFile::remove(workbook);
    FileDialog::setNextPath(workbook);
    QStringList agencies;
    bool saveable = false;
    QVERIFY(onTemplateDialog(v->blankTemplateAction(), [&](AssessmentTemplateDialog &dialog) {
        QComboBox *set = dialog.setBox();
        set->setCurrentIndex(set->findData(QStringLiteral("TEST.gui"), Qt::ToolTipRole));
        for (int i = 0; i < dialog.agencyBox()->count(); ++i)
            agencies << dialog.agencyBox()->itemData(i).toString();
        dialog.agencyBox()->setCurrentIndex(dialog.agencyBox()->findData(QStringLiteral("TV.STTTT")));
        dialog.yearBox()->setValue(2025);
        dialog.periodBox()->setCurrentIndex(dialog.periodBox()->findData(QStringLiteral("2025Q2")));
        saveable = dialog.saveButton()->isEnabled();
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    }));
    QVERIFY(saveable);
    // The set scores departments (in every province: it names none), not the people's committee.
    QVERIFY2(agencies.contains(QStringLiteral("TV.STTTT")), qPrintable(agencies.join(u' ')));
    QVERIFY2(!agencies.contains(QStringLiteral("TV.UBND")), qPrintable(agencies.join(u' ')));
    QCOMPARE(FileDialog::lastSuggested(), QStringLiteral("TV.STTTT-TEST.gui-2025Q2.xlsx"));
    QVERIFY(QFile::exists(workbook));
    QCOMPARE(SavedFileNotice::lastPath(), workbook);

    // Read back as the import reads it: blank, it is refused as holding nothing to import ...
    const auto blank = AssessmentTemplate::read(*m_agency, workbook);
    QVERIFY(!blank.ok());
    QVERIFY2(blank.error().contains(u"nothing to import"), qPrintable(blank.error()));
    // ... and with points typed in it names the set, the agency and the period chosen, new.
    auto sheets = XlsxReader::read(workbook);
    QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
    QVERIFY(typePoints(sheets.value(), QStringLiteral("Points"), QStringLiteral("1.2"), 0.5));
    const auto source = AssessmentTemplate::readSheets(*m_agency, sheets.value(), workbook, QString());
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->target.set.key, QStringLiteral("TEST.gui"));
    QCOMPARE(source->target.agencyKey, QStringLiteral("TV.STTTT"));
    QCOMPARE(source->target.period.key(), QStringLiteral("2025Q2"));
    QVERIFY(!source->target.existing);
    QCOMPARE(source->scores.size(), 1);

    // Cancelled: no file is asked for, none is written.
    QFile::remove(workbook);
    QVERIFY(onTemplateDialog(v->blankTemplateAction(), [](AssessmentTemplateDialog &dialog) { dialog.reject(); }));
    QVERIFY(!QFile::exists(workbook));
}

// With a self-assessment open the dialog starts from its set and agency, at its next period.
void TestAssessmentExchangeView::blankTemplateStartsFromTheOpenOne()
{
    auto v = view(*m_agency);
    QVERIFY(v->openAssessment(m_id));
    AssessmentIdentity chosen;
    QVERIFY(onTemplateDialog(v->blankTemplateAction(), [&](AssessmentTemplateDialog &dialog) {
        chosen = dialog.identity();
        dialog.reject();
    }));
    QCOMPARE(chosen.setKey, QStringLiteral("TEST.gui"));
    QCOMPARE(chosen.agencyKey, QStringLiteral("TV.STTTT"));
    QCOMPARE(chosen.period, QStringLiteral("202404"));
}

QTEST_MAIN(TestAssessmentExchangeView)
#include "tst_assessment_exchange_view.moc"
