// A submission's findings are one answer (STYLE item 14): pardesk-cli validate, the entry grid's
// findings panel and cells, the package and the printed appendix list the same findings for a
// submission with a value far from its agency's history, outlier warning included.
#include "OutlierStore.h"
#include "store/Store.h"
#include "TestSupport.h"
#include "editing/EditSession.h"
#include "entry/EntryModel.h"
#include "entry/FindingsModel.h"
#include "entry/SubmissionView.h"
#include "exchange/SubmissionPackage.h"
#include "io/FindingsJson.h"
#include "report/FormAppendix.h"
#include "settings/AppSettings.h"
#include "util/Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pardesk;
using namespace pardesk::test;

class TestFindingsAgree : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cliGridPackageAndPrintAgree();
    void theGridFollowsAnEdit();

private:
    QTemporaryDir m_dir;
};

void TestFindingsAgree::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installLanguage(defaultLanguage()); // as pardesk-cli does, so that the messages compare
}

void TestFindingsAgree::cliGridPackageAndPrintAgree()
{
    auto store = OutlierStore::build();
    const CliRun run = runCli({QStringLiteral("--db"), store->db->path(), QStringLiteral("validate"),
                               QStringLiteral("--submission"), QString::number(store->late)});
    QCOMPARE(run.exitCode, 0); // a warning alone
    const QJsonArray cli = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(cli.size(), 1);
    QCOMPARE(cli.first()["rule"].toString(), QStringLiteral("VALUE_OUTLIER"));

    // The view works on a Store of its own over the same file, as the window opens it.
    auto opened = Store::open(store->db->path());
    QVERIFY2(opened, qPrintable(opened.error()));
    QUndoStack undo;
    SubmissionView view(*opened.value(), &undo);
    QVERIFY(view.openSubmission(store->late));
    const auto *panel = qobject_cast<const FindingsModel *>(view.findingsView()->model());
    QVERIFY(panel);
    QCOMPARE(json::findingsToJson(panel->findings()), cli);
    QCOMPARE(panel->rowCount(), 1);
    QCOMPARE(panel->index(0, FindingsModel::MessageColumn).data().toString(), cli.first()["message"].toString());
    // The cell carries it too.
    const QModelIndex cell = view.model()->indexOf(view.model()->sheet().form().indexOf(QStringLiteral("1")),
                                                   EntryModel::ValueColumn);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(cli.first()["message"].toString()));
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());

    const auto package = SubmissionPackage::build(*store->db, store->late);
    QVERIFY2(package, qPrintable(package.error()));
    QCOMPARE(QJsonDocument::fromJson(package.value())["content"]["findings"].toArray(), cli);

    const auto table = FormAppendix::build(*store->db, store->late, {false, true});
    QVERIFY2(table, qPrintable(table.error()));
    QStringList printed;
    for (const AppendixRow &row : table->rows)
        if (!row.cells.last().text.isEmpty())
            printed.append(row.cells.last().text);
    QCOMPARE(printed, QStringList{cli.first()["message"].toString()});
}

void TestFindingsAgree::theGridFollowsAnEdit()
{
    auto store = OutlierStore::build();
    // The view works on a Store of its own over the same file, as the window opens it.
    auto opened = Store::open(store->db->path());
    QVERIFY2(opened, qPrintable(opened.error()));
    QUndoStack undo;
    SubmissionView view(*opened.value(), &undo);
    QVERIFY(view.openSubmission(store->late));
    const auto *panel = qobject_cast<const FindingsModel *>(view.findingsView()->model());
    const QModelIndex cell = view.model()->indexOf(view.model()->sheet().form().indexOf(QStringLiteral("1")),
                                                   EntryModel::ValueColumn);
    QVERIFY(view.model()->setData(cell, QStringLiteral("100"), Qt::EditRole));
    QCOMPARE(panel->rowCount(), 0); // no longer far from the history
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    undo.undo();
    QCOMPARE(panel->rowCount(), 1);
    QCOMPARE(panel->index(0, 0).data(FindingsModel::RuleRole).toString(), QStringLiteral("VALUE_OUTLIER"));
    undo.redo();
    QCOMPARE(panel->rowCount(), 0);
}

QTEST_MAIN(TestFindingsAgree)
#include "tst_findings_agree.moc"
