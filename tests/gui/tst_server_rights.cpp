// The window offers a server login only what its role may do (issue 14): the server refuses the
// rest anyway (tst_server_roles), so the GUI hides the writing actions of plans, tasks and imports
// from an agency's login and a reader, and disables sending, approving and reopening with the reason,
// while the provincial office keeps them all; a blank self-assessment template is offered an agency's
// login for its own agency only. Each login connects with its own password, on a store
// of the throw-away cluster. Skips where PostgreSQL is missing.
#include "CriteriaNodes.h"
#include "ModalAnswer.h"
#include "PgTestServer.h"
#include "assessment/AssessmentModel.h"
#include "assessment/AssessmentTemplateDialog.h"
#include "assessment/AssessmentView.h"
#include "shell/AppView.h"
#include "shell/MainWindow.h"
#include "shell/StandardViews.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace pardesk;

class TestServerRights : public QObject {
    Q_OBJECT
private slots:
    void eachLoginIsOfferedWhatItMayDo_data();
    void eachLoginIsOfferedWhatItMayDo();

private:
    test::PgTestLogins m_logins;
    QString m_url;
    QMap<QString, QString> m_loginOf; // role → login
    qint64 m_submittedReport = 0;     // the bundled dataset's, of TQ.STTTT, submitted
    qint64 m_draftReport = 0;         // made by the owner, of another agency
    qint64 m_assessment = 0;          // a draft self-assessment of another agency (TQ.SNV)
};

void TestServerRights::eachLoginIsOfferedWhatItMayDo_data()
{
    if (m_url.isEmpty()) {
        if (const QString why = test::pgServerUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        m_url = test::pgFreshDatabase(QStringLiteral("rights"), &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        auto owner = Store::open(m_url);
        QVERIFY2(owner, qPrintable(owner.error()));
        for (const QString &role : {QStringLiteral("province"), QStringLiteral("agency"), QStringLiteral("reader")}) {
            m_loginOf[role] = m_logins.add(*owner.value(), QStringLiteral("rights_") + role, role,
                                           role == u"agency" ? QStringLiteral("TQ.STTTT") : QString());
            QVERIFY(!m_loginOf[role].isEmpty());
        }
        const auto all = owner.value()->submissions().list();
        QVERIFY2(all, qPrintable(all.error()));
        for (const Submission &s : all.value())
            if (!m_submittedReport && s.agencyKey == u"TQ.STTTT" && s.status == u"submitted")
                m_submittedReport = s.id;
        QVERIFY(m_submittedReport > 0);
        const auto forms = owner.value()->forms().list();
        const auto agencies = owner.value()->references().agencies(QStringLiteral("TQ"));
        QVERIFY(forms && !forms->isEmpty() && agencies && agencies->size() > 1);
        const auto draft = owner.value()->submissions().create(forms->first().id, agencies->last().id, QStringLiteral("2031Q1"));
        QVERIFY2(draft, qPrintable(draft.error()));
        m_draftReport = draft.value();
        // A draft self-assessment of Sở Nội vụ against the bundled set, sent so the council may appraise it.
        const auto set = owner.value()->criteriaSets().idOfKey(QStringLiteral("PAR.7.seed004"));
        const auto snv = owner.value()->references().agency(QStringLiteral("TQ.SNV"));
        QVERIFY(set && set.value() && snv && snv.value());
        const auto assessment = owner.value()->selfAssessments().create(*set.value(), snv.value()->id, QStringLiteral("2024"));
        QVERIFY2(assessment, qPrintable(assessment.error()));
        m_assessment = assessment.value();
        // A generated set that scores departments (the bundled one scores the provinces' committees).
        const CriteriaSet departments = test::generatedSet(
            QStringLiteral("TEST.rights"), {test::criteriaNode(1, "1", {}, CriteriaLevel::Area, 1),
                                            test::criteriaNode(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo)});
        const auto imported = owner.value()->criteriaSets().import(departments);
        QVERIFY2(imported, qPrintable(imported.error()));
    }
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("manages");
    QTest::newRow("provincial office") << QStringLiteral("province") << true;
    QTest::newRow("agency") << QStringLiteral("agency") << false;
    QTest::newRow("reader") << QStringLiteral("reader") << false;
}

void TestServerRights::eachLoginIsOfferedWhatItMayDo()
{
    QFETCH(QString, role);
    QFETCH(bool, manages);
    const QString login = m_loginOf.value(role);
    auto opened = Store::open(test::PgTestLogins::as(m_url, login));
    QVERIFY2(opened, qPrintable(opened.error()));
    MainWindow window(std::move(opened).value());
    addStandardViews(window);
    window.show();

    // The status bar names the login and its role.
    const auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(login), qPrintable(label->text()));

    // Importing writes other agencies' reports: the provincial office's.
    const auto *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(import);
    QCOMPARE(import->isEnabled(), manages);
    QCOMPARE(import->isVisible(), manages);

    // Plans: new, edit and delete only for the office.
    QVERIFY(window.showView(QStringLiteral("plans")));
    AppView *plans = window.view(QStringLiteral("plans"));
    QVERIFY(plans);
    const auto *toolBar = plans->findChild<QToolBar *>();
    QVERIFY(toolBar);
    int offered = 0;
    for (const QAction *a : toolBar->actions())
        offered += a->isVisible() && !a->isSeparator() ? 1 : 0;
    QCOMPARE(offered > 0, manages);

    // A submitted report of TQ.STTTT: approving and reopening are the office's; the reason is shown.
    QVERIFY(window.showView(QStringLiteral("submissions")));
    AppView *submissions = window.view(QStringLiteral("submissions"));
    QVERIFY(submissions);
    submissions->restoreSelection(m_submittedReport);
    const auto *approve = submissions->findChild<QPushButton *>(QStringLiteral("approveSubmission"));
    const auto *reopen = submissions->findChild<QPushButton *>(QStringLiteral("reopenSubmission"));
    QVERIFY(approve && reopen);
    QCOMPARE(approve->isEnabled(), manages);
    QCOMPARE(reopen->isEnabled(), manages);
    QCOMPARE(approve->toolTip().isEmpty(), manages);
    if (!manages)
        QVERIFY2(approve->toolTip().contains(login), qPrintable(approve->toolTip()));

    // A new report: an agency's login is offered its own agency only, a reader none.
    const auto *agencies = submissions->findChild<QComboBox *>(QStringLiteral("newSubmissionAgency"));
    const auto *create = submissions->findChild<QPushButton *>(QStringLiteral("createSubmission"));
    QVERIFY(agencies && create);
    for (int i = 0; i < agencies->count(); ++i)
        if (role == u"agency")
            QCOMPARE(agencies->itemData(i, Qt::ToolTipRole).toString(), QStringLiteral("TQ.STTTT"));
    QCOMPARE(agencies->count() > 1, manages);
    QCOMPARE(create->isEnabled(), role != u"reader");
    if (role == u"reader")
        QVERIFY2(create->toolTip().contains(login), qPrintable(create->toolTip()));

    // Another agency's draft self-assessment: the office may score it, the reader may not (the agency
    // does not see it), and the reason is the login's.
    if (role != u"agency") {
        QVERIFY(window.showView(QStringLiteral("assessment")));
        AppView *assessments = window.view(QStringLiteral("assessment"));
        QVERIFY(assessments);
        assessments->restoreSelection(m_assessment);
        const auto *model = assessments->findChild<AssessmentModel *>();
        QVERIFY(model && model->isOpen());
        const QModelIndex points = model->indexOf(QStringLiteral("7.I.2"), AssessmentModel::PointsColumn);
        QVERIFY(points.isValid());
        QCOMPARE(bool(model->flags(points) & Qt::ItemIsEditable), manages);
        if (!manages)
            QVERIFY2(model->whyNotEditable(points).contains(login), qPrintable(model->whyNotEditable(points)));
    }

    // A draft report of another agency: the reader may not type into it (nor, unseen, the agency).
    if (role == u"reader") {
        submissions->restoreSelection(m_draftReport);
        const auto *status = submissions->findChild<QLabel *>(QStringLiteral("submissionStatus"));
        QVERIFY(status);
        QVERIFY2(status->toolTip().contains(login), qPrintable(status->toolTip()));
    }

    // A blank self-assessment template of the departments' set: an agency's login is offered its own
    // agency only (it sees no other's self-assessments); the office and the reader, every department.
    {
        QVERIFY(window.showView(QStringLiteral("assessment")));
        auto *assessments = qobject_cast<AssessmentView *>(window.view(QStringLiteral("assessment")));
        QVERIFY(assessments);
        QStringList offered;
        test::answerModal<AssessmentTemplateDialog>(assessments->blankTemplateAction(), [&](AssessmentTemplateDialog &dialog) {
            dialog.setBox()->setCurrentIndex(dialog.setBox()->findData(QStringLiteral("TEST.rights"), Qt::ToolTipRole));
            for (int i = 0; i < dialog.agencyBox()->count(); ++i)
                offered << dialog.agencyBox()->itemData(i).toString();
            dialog.reject();
        });
        if (role == u"agency")
            QCOMPARE(offered, QStringList{QStringLiteral("TQ.STTTT")});
        else
            QVERIFY2(offered.contains(QStringLiteral("TQ.STTTT")) && offered.contains(QStringLiteral("TQ.SNV")),
                     qPrintable(offered.join(u' ')));
    }
}

QTEST_MAIN(TestServerRights)
#include "tst_server_rights.moc"
