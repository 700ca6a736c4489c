// The pure parts of entering a submission: what a typed cell becomes, how clipboard text from a
// spreadsheet splits into cells and which number convention it is written in, and the hierarchy
// of a form read from its codes.
#include "entry/CellInput.h"
#include "entry/ClipboardTable.h"
#include "entry/FormTree.h"

#include <QTest>

using namespace pardesk;

Q_DECLARE_METATYPE(NumberConvention)

namespace {

FormItem item(ItemKind kind, const QString &unit)
{
    FormItem i;
    i.id = 7;
    i.code = QStringLiteral("1.6");
    i.kind = kind;
    i.unit = unit;
    return i;
}

const ItemLook kYesNo{false, {}, {{1, QStringLiteral("Có")}, {0, QStringLiteral("Không")}}, {}};

} // namespace

class TestCellInput : public QObject {
    Q_OBJECT
private slots:
    void readsTypedValues_data();
    void readsTypedValues();
    void refusesWhatCannotBeRead_data();
    void refusesWhatCannotBeRead();
    void splitsClipboardText_data();
    void splitsClipboardText();
    void findsTheConventionOfPastedFigures_data();
    void findsTheConventionOfPastedFigures();
    void readsTheHierarchyFromCodes();
};

void TestCellInput::readsTypedValues_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<NumberConvention>("convention");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QVariant>("value");
    const auto vi = NumberConvention::Vietnamese;
    const int count = int(ItemKind::Count);
    QTest::newRow("thousands") << count << "Hồ sơ" << "1.044" << vi << "1.044" << QVariant(1044.0);
    QTest::newRow("spaces around") << count << "Hồ sơ" << "  56 " << vi << "56" << QVariant(56.0);
    QTest::newRow("no data") << count << "Hồ sơ" << "-" << vi << "-" << QVariant();
    QTest::newRow("cleared") << count << "Hồ sơ" << "" << vi << "" << QVariant();
    QTest::newRow("zero is a value") << count << "Hồ sơ" << "0" << vi << "0" << QVariant(0.0);
    QTest::newRow("percent in a count row, kept") << count << "Thủ tục" << "100%" << vi << "100%" << QVariant(100.0);
    QTest::newRow("decimal percent") << int(ItemKind::Percent) << "%" << "45,5%" << vi << "45,5%" << QVariant(45.5);
    QTest::newRow("C thousands") << count << "Hồ sơ" << "1,044" << NumberConvention::C << "1,044" << QVariant(1044.0);
    QTest::newRow("label") << int(ItemKind::YesNo) << "Có = 1; Không = 0" << "Có" << vi << "Có" << QVariant(1.0);
    QTest::newRow("label, any case") << int(ItemKind::YesNo) << "Có = 1; Không = 0" << "KHÔNG" << vi << "KHÔNG" << QVariant(0.0);
    QTest::newRow("code") << int(ItemKind::YesNo) << "Có = 1; Không = 0" << "1" << vi << "1" << QVariant(1.0);
}

void TestCellInput::readsTypedValues()
{
    QFETCH(int, kind);
    QFETCH(QString, unit);
    QFETCH(QString, typed);
    QFETCH(NumberConvention, convention);
    QFETCH(QString, stored);
    QFETCH(QVariant, value);
    const auto read = CellInput::value(item(ItemKind(kind), unit), kYesNo, typed, convention);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->text, stored);
    QCOMPARE(read->field, CellWrite::Field::Value);
    QCOMPARE(read->itemId, 7);
    QCOMPARE(read->value.has_value(), value.isValid());
    if (value.isValid())
        QCOMPARE(*read->value, value.toDouble());
}

void TestCellInput::refusesWhatCannotBeRead_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("quoted"); // what the message must quote
    QTest::newRow("letters") << int(ItemKind::Count) << "12abc" << "\"12abc\"";
    QTest::newRow("two decimal commas") << int(ItemKind::Number) << "1,2,3" << "\"1,2,3\"";
    QTest::newRow("not an answer") << int(ItemKind::YesNo) << "2" << "Không (0)";
    QTest::newRow("a heading") << int(ItemKind::Group) << "5" << "heading";
}

void TestCellInput::refusesWhatCannotBeRead()
{
    QFETCH(int, kind);
    QFETCH(QString, typed);
    QFETCH(QString, quoted);
    const auto read = CellInput::value(item(ItemKind(kind), QStringLiteral("Hồ sơ")), kYesNo, typed,
                                       NumberConvention::Vietnamese);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(quoted), qPrintable(read.error()));
    QVERIFY(read.error().contains(u"1.6"));
}

void TestCellInput::splitsClipboardText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("a column") << "12\n1.044\n7,5" << QList<QStringList>{{"12"}, {"1.044"}, {"7,5"}};
    QTest::newRow("final line break") << "12\n1.044\n" << QList<QStringList>{{"12"}, {"1.044"}};
    QTest::newRow("Windows line breaks, two columns")
        << "1\tghi chú\r\n2\t\r\n" << QList<QStringList>{{"1", "ghi chú"}, {"2", ""}};
    QTest::newRow("quoted cell with a tab and a line break")
        << "\"a\tb\nc\"\t5\n" << QList<QStringList>{{"a\tb\nc", "5"}};
    QTest::newRow("doubled quotes") << "\"say \"\"56\"\"\"" << QList<QStringList>{{"say \"56\""}};
    QTest::newRow("an empty cell clears") << "\n5" << QList<QStringList>{{""}, {"5"}};
    QTest::newRow("nothing") << "" << QList<QStringList>{};
}

void TestCellInput::splitsClipboardText()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QCOMPARE(ClipboardTable::parse(text), rows);
}

void TestCellInput::findsTheConventionOfPastedFigures_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<NumberConvention>("expected");
    const auto vi = NumberConvention::Vietnamese;
    const auto c = NumberConvention::C;
    QTest::newRow("Vietnamese") << QStringList{"12", "1.044", "7,5"} << vi;
    QTest::newRow("C with both separators") << QStringList{"1,250.5", "980"} << c;
    QTest::newRow("a C decimal point") << QStringList{"1,044", "7.5"} << c;
    QTest::newRow("ambiguous keeps the preferred") << QStringList{"1.044"} << vi;
    QTest::newRow("whole numbers") << QStringList{"12", "5"} << vi;
}

void TestCellInput::findsTheConventionOfPastedFigures()
{
    QFETCH(QStringList, cells);
    QFETCH(NumberConvention, expected);
    QCOMPARE(ClipboardTable::conventionOf(cells, NumberConvention::Vietnamese), expected);
}

void TestCellInput::readsTheHierarchyFromCodes()
{
    // 2.1 is missing: 2.1.1 hangs under 2, its nearest ancestor in the form.
    const FormTree tree({"1", "1.1", "1.2", "1.2.1", "2", "2.1.1"});
    QCOMPARE(tree.childrenOf(-1), (QList<int>{0, 4}));
    QCOMPARE(tree.childrenOf(0), (QList<int>{1, 2}));
    QCOMPARE(tree.parentOf(3), 2);
    QCOMPARE(tree.parentOf(5), 4);
    QCOMPARE(tree.rowOf(2), 1);
    QCOMPARE(tree.parentOf(0), -1);
}

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cell_input.moc"
