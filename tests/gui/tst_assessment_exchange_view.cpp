// The self-assessment area's Package / template menu on the real view, offscreen, with two real
// stores: the agency exports its self-assessment as a package and as an Excel template, the office
// imports the package after its preview and the view opens what was written; an appraised one is
// shown as refused in the preview, and nothing is written. The criteria set, the scores and the
// evidence are generated test data.
#include "CriteriaNodes.h"
#include "../core/ExchangeTestSupport.h"
#include "assessment/AssessmentImportDialog.h"
#include "assessment/AssessmentModel.h"
#include "assessment/AssessmentView.h"
#include "exchange/AssessmentPackage.h"
#include "settings/AppSettings.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/SavedFileNotice.h"
#include "store/SelfAssessments.h"
#include "util/Language.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
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

} // namespace

class TestAssessmentExchangeView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportedByTheAgencyImportedByTheOffice();
    void anAppraisedOneIsNotReplaced();

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

QTEST_MAIN(TestAssessmentExchangeView)
#include "tst_assessment_exchange_view.moc"
