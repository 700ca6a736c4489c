// One verdict in every place: for each target of the bundled store, the plans area, the progress
// appendix and `pardesk-cli evaluate` (the real executable) show the same verdict, actual, period
// and coverage, in the same language.
#include "TestSupport.h"
#include "ViewTestSupport.h"
#include "plans/PlanFormat.h"
#include "plans/PlansView.h"
#include "plans/TargetTableModel.h"
#include "report/ProgressAppendix.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QUndoStack>

using namespace pardesk;

namespace {

QJsonArray evaluate(const Store &db, const QStringList &options = {})
{
    const auto run = test::runCli(QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("evaluate")} + options);
    if (run.exitCode != 0)
        qFatal("evaluate: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

} // namespace

class TestVerdictsAgree : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { installLanguage(defaultLanguage()); }
    void plansAreaAgreesWithEvaluate();
    void progressAppendixAgreesWithEvaluate_data();
    void progressAppendixAgreesWithEvaluate();
};

void TestVerdictsAgree::plansAreaAgreesWithEvaluate()
{
    QTemporaryDir dir;
    auto db = test::openStore(dir);
    QUndoStack undo;
    PlansView view(*db, &undo);
    view.resize(1400, 850);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QHash<qint64, QJsonObject> cli;
    for (const QJsonValue &v : evaluate(*db))
        cli.insert(qint64(v[QStringLiteral("id")].toDouble()), v.toObject());

    int compared = 0, context = 0;
    for (const Document &d : Plans(db->database().connection()).documents().value()) {
        if (d.targetCount == 0)
            continue;
        QVERIFY(view.selectDocument(d.key));
        const QAbstractItemModel *model = view.targetView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row, 0).data(TargetTableModel::IdRole).toLongLong();
            QVERIFY2(cli.contains(id), qPrintable(QString::number(id)));
            const QJsonObject c = cli.value(id);
            const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
            // The shown verdict is the sign before evaluate's words.
            QVERIFY2(cell(TargetTableModel::Evaluation).endsWith(u' ' + c[QStringLiteral("status_label")].toString()),
                     qPrintable(cell(TargetTableModel::Evaluation) + QStringLiteral(" / ") + c[QStringLiteral("status_label")].toString()));
            QCOMPARE(cell(TargetTableModel::Period), c[QStringLiteral("period_label")].toString());
            QCOMPARE(cell(TargetTableModel::Coverage), c[QStringLiteral("coverage")].toString());
            const QJsonValue actual = c[QStringLiteral("actual")];
            QCOMPARE(cell(TargetTableModel::Actual).isEmpty(), actual.isNull());
            if (!actual.isNull()) {
                QVERIFY(cell(TargetTableModel::Actual).startsWith(PlanFormat::number(actual[QStringLiteral("value")].toDouble(), 2)));
                // Figures of another year are context: visible, greyed, never "met" or "not met".
                if (!actual[QStringLiteral("in_target_year")].toBool()) {
                    QVERIFY(!c[QStringLiteral("judged")].toBool());
                    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("no_figures_for_its_year"));
                    QCOMPARE(model->index(row, TargetTableModel::Actual).data(Qt::ForegroundRole).value<QColor>(),
                             PlanFormat::evaluationColor(EvaluationStatus::NoFiguresForItsYear));
                    ++context;
                }
            }
            ++compared;
        }
    }
    QCOMPARE(compared, int(cli.size()));
    QVERIFY(context >= 5);
}

void TestVerdictsAgree::progressAppendixAgreesWithEvaluate_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("period");
    QTest::newRow("TQ 2024") << "TQ" << "2024";
    QTest::newRow("TQ 2022S1") << "TQ" << "2022S1";
    QTest::newRow("TV 2023") << "TV" << "2023";
}

void TestVerdictsAgree::progressAppendixAgreesWithEvaluate()
{
    QFETCH(QString, province);
    QFETCH(QString, period);
    QTemporaryDir dir;
    auto db = test::openStore(dir);
    const QJsonArray cli = evaluate(*db, {QStringLiteral("--province"), province, QStringLiteral("--period"), period});
    const auto table = ProgressAppendix::build(*db, province, period);
    QVERIFY2(table, qPrintable(table.error()));
    QStringList shown, said;
    for (const AppendixRow &row : table->rows)
        if (row.kind == RowKind::Item)
            shown << row.cells.value(6).text + u'|' + row.cells.value(4).text + u'|' + row.cells.value(5).text;
    for (const QJsonValue &v : cli)
        said << v[QStringLiteral("status_label")].toString() + u'|' + v[QStringLiteral("period_label")].toString() + u'|' +
                    v[QStringLiteral("coverage")].toString();
    QCOMPARE(shown, said);
}

QTEST_MAIN(TestVerdictsAgree)
#include "tst_verdicts_agree.moc"
