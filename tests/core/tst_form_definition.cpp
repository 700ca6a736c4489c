// Forms as defined: unknown references and cycles refused, the computing order resolved once, and
// the forms of the bundled dataset read back from the real store.
#include "forms/FormDefinition.h"
#include "store/Database.h"
#include "store/Forms.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

FormItem entered(const QString &code, ItemKind kind = ItemKind::Count)
{
    FormItem item;
    item.code = code;
    item.kind = kind;
    return item;
}

FormItem derived(const QString &code, const Formula &formula)
{
    FormItem item = entered(code, formula.op() == Formula::Op::Ratio ? ItemKind::Percent : ItemKind::Count);
    item.formula = formula;
    return item;
}

QStringList codes(const FormDefinition &form, const QList<int> &indexes)
{
    QStringList out;
    for (int i : indexes)
        out.append(form.item(i).code);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(QList<FormItem>)

class TestFormDefinition : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesBadDefinitions_data();
    void refusesBadDefinitions();
    void ordersDerivedItemsAfterWhatTheyRead();
    void keepsTheDependentsOfEachItem();
    void loadsTheBundledForms();
    void unknownFormIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFormDefinition::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("forms.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestFormDefinition::refusesBadDefinitions_data()
{
    QTest::addColumn<QList<FormItem>>("items");
    QTest::addColumn<QStringList>("mentioned"); // what the message must name
    const auto sum = [](QStringList parts) { return Formula::sum(std::move(parts)); };
    QTest::newRow("unknown reference")
        << QList<FormItem>{entered("1"), derived("2", Formula::ratio("1", "9.9"))} << QStringList{"2", "9.9"};
    QTest::newRow("duplicated code") << QList<FormItem>{entered("1"), entered("1")} << QStringList{"1"};
    QTest::newRow("item reads itself") << QList<FormItem>{derived("1", sum({"1"}))} << QStringList{"1 → 1"};
    QTest::newRow("two items read each other")
        << QList<FormItem>{entered("0"), derived("1", sum({"0", "2"})), derived("2", sum({"1"}))}
        << QStringList{"1 → 2 → 1"};
    QTest::newRow("cycle of three behind a good item")
        << QList<FormItem>{entered("a"), derived("b", sum({"a"})), derived("c", sum({"d"})), derived("d", sum({"e", "b"})),
                           derived("e", Formula::ratio("c", "a"))}
        << QStringList{"c → d → e → c"};
}

void TestFormDefinition::refusesBadDefinitions()
{
    QFETCH(QList<FormItem>, items);
    QFETCH(QStringList, mentioned);
    const auto form = FormDefinition::build(QStringLiteral("F"), QStringLiteral("test"), items);
    QVERIFY(!form);
    for (const QString &text : mentioned)
        QVERIFY2(form.error().contains(text), qPrintable(form.error()));
}

void TestFormDefinition::ordersDerivedItemsAfterWhatTheyRead()
{
    // The percentage is listed first but reads a total that is itself derived.
    const auto form = FormDefinition::build(
        QStringLiteral("F"), QStringLiteral("test"),
        {derived("share", Formula::ratio("part", "total")), entered("part"), derived("total", Formula::sum({"a", "b"})),
         entered("a"), entered("b"), derived("twice", Formula::sum({"share", "share"}))});
    QVERIFY2(form, qPrintable(form.error()));
    const QStringList order = codes(form.value(), form->derivedOrder());
    QCOMPARE(order.size(), 3);
    QVERIFY(order.indexOf("total") < order.indexOf("share"));
    QVERIFY(order.indexOf("share") < order.indexOf("twice"));
    QCOMPARE(codes(form.value(), form->inputsOf(form->indexOf("share"))), (QStringList{"part", "total"}));
}

void TestFormDefinition::keepsTheDependentsOfEachItem()
{
    const auto form = FormDefinition::build(
        QStringLiteral("F"), QStringLiteral("test"),
        {derived("share", Formula::ratio("part", "total")), entered("part"), derived("total", Formula::sum({"a", "b"})),
         entered("a"), entered("b"), entered("alone"), derived("twice", Formula::sum({"share", "share"}))});
    QVERIFY(form);
    const FormDefinition &f = form.value();
    QCOMPARE(codes(f, f.dependentsOf(f.indexOf("a"))), QStringList{"total"});
    QCOMPARE(codes(f, f.dependentsOf(f.indexOf("share"))), QStringList{"twice"}); // read twice, listed once
    // An edit of a part refreshes the total, then the share, then what reads the share, in that order.
    QCOMPARE(codes(f, f.affectedBy(f.indexOf("a"))), (QStringList{"total", "share", "twice"}));
    QCOMPARE(codes(f, f.affectedBy(f.indexOf("part"))), (QStringList{"share", "twice"}));
    QVERIFY(f.affectedBy(f.indexOf("alone")).isEmpty());
    QVERIFY(f.affectedBy(f.indexOf("twice")).isEmpty());
}

void TestFormDefinition::loadsTheBundledForms()
{
    const QSqlDatabase db = m_db->connection();
    for (const QString &key : {QStringLiteral("TQ-PL02-CCHC"), QStringLiteral("TQ-PL08-CQDT")}) {
        const auto form = Forms(db).definition(key);
        QVERIFY2(form, qPrintable(form.error()));
        const auto byId = Forms(db).definition(form->id());
        QVERIFY(byId);
        QCOMPARE(byId->key(), key);
        QCOMPARE(byId->items().size(), form->items().size());

        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*), count(formula) FROM form_items WHERE form_id = ?"));
        q.addBindValue(form->id());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(form->items().size(), q.value(0).toInt());
        QCOMPARE(form->derivedOrder().size(), q.value(1).toInt());
        for (int i : form->derivedOrder())
            for (int input : form->inputsOf(i))
                QVERIFY(form->affectedBy(input).contains(i));
    }
    const auto pl02 = Forms(db).definition(QStringLiteral("TQ-PL02-CCHC"));
    const FormDefinition &f = pl02.value();
    QCOMPARE(codes(f, f.affectedBy(f.indexOf("3.3.1.1"))), QStringList{"3.3.1"});
    const FormItem &choice = f.item(f.indexOf("7.4"));
    QCOMPARE(choice.kind, ItemKind::Choice);
    QCOMPARE(choice.options, (QList<int>{0, 1, 2}));
    QCOMPARE(f.item(f.indexOf("3.1.4")).formula->inputs(), (QStringList{"3.1.4.1", "3.1.4.2", "3.1.4.3"}));
    QVERIFY(!f.item(f.indexOf("1.1")).required); // the seed marks nothing required
}

void TestFormDefinition::unknownFormIsRefused()
{
    const auto form = Forms(m_db->connection()).definition(QStringLiteral("NO-SUCH-FORM"));
    QVERIFY(!form);
    QVERIFY(form.error().contains(QStringLiteral("NO-SUCH-FORM")));
}

QTEST_GUILESS_MAIN(TestFormDefinition)
#include "tst_form_definition.moc"
