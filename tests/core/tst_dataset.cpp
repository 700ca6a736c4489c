// The bundled dataset against the source documents: counts read from the seeds by their own
// structure, and values checked against the lines their provenance names.
#include "TestSupport.h"
#include "store/Store.h"
#include "store/Database.h"
#include "text/NumberFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

namespace {

QString stripTags(const QString &s)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
    return QString(s).remove(tags).trimmed();
}

// Lines named by a provenance such as "004:I.1 (line 56)", "(lines 50-52)", "002:line 511".
QList<int> linesNamedBy(const QString &source)
{
    QList<int> out;
    static const QRegularExpression ranges(QStringLiteral("lines? ([0-9][0-9,\\-– ]*)"));
    auto it = ranges.globalMatch(source);
    while (it.hasNext()) {
        const QString list = it.next().captured(1);
        for (const QString &piece : list.split(u',', Qt::SkipEmptyParts)) {
            const QStringList ends = piece.trimmed().split(QRegularExpression(QStringLiteral("[-–]")));
            const int first = ends.first().toInt();
            const int last = ends.size() > 1 ? ends.last().toInt() : first;
            for (int n = first; n > 0 && n <= last; ++n)
                out.append(n);
        }
    }
    return out;
}

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression edges(QStringLiteral("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$"));
    QSet<QString> words;
    for (QString w : text.split(u' ', Qt::SkipEmptyParts)) {
        w.remove(edges);
        if (!w.isEmpty())
            words.insert(w);
    }
    return words;
}

// First cells of the rows of a table between two markers that look like an STT code ("1.2", "7.6.4.2.").
QSet<QString> codesBetween(const QStringList &lines, const QString &start, const QString &end)
{
    static const QRegularExpression code(QStringLiteral("^\\d+(\\.\\d+)*\\.?$"));
    QSet<QString> codes;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.contains(start))
            inside = true;
        else if (!end.isEmpty() && line.contains(end))
            inside = false;
        if (!inside)
            continue;
        QString first = stripTags(line.section(u'\t', 0, 0));
        if (code.match(first).hasMatch()) {
            if (first.endsWith(u'.'))
                first.chop(1);
            codes.insert(first);
        }
    }
    return codes;
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyDocumentIsThere();
    void recordsPerSeed();
    void actionPlanHasItsElevenRows();
    void parPlanHasEverySectionTwoItem();
    void formsHoldEveryCodeOfTheAppendices();
    void submittedValuesAreExactlyAsWritten();
    void dossierTableAddsUp();
    void targetValuesAreWhatTheTextSays();
    void perLevelTargetsAreSplit();
    void scoresAreOnTheLinesTheyCite();
    void textsAreVerbatim();
    void everyRecordHasProvenance();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QSqlQuery query(const QString &sql) const;
};

QSqlQuery TestDataset::query(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    return q;
}

void TestDataset::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("dataset.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestDataset::everyDocumentIsThere()
{
    PARDESK_REQUIRE_SEEDS();
    // One plan or report per seed (seed 004 also holds the town's forwarding letter), plus the
    // documents listed in seed 002's Phụ lục 03.
    QSet<QString> seedsCited;
    QSqlQuery q = query(QStringLiteral("SELECT DISTINCT substr(src, 1, 3) FROM documents WHERE cited_by_id IS NULL"));
    while (q.next())
        seedsCited.insert(q.value(0).toString());
    QCOMPARE(seedsCited, (QSet<QString>{"000", "001", "002", "003", "004"}));

    const QStringList lines = seedLines(QStringLiteral("002"));
    int listed = 0;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("Phụ lục 03")))
            inside = true;
        else if (line.contains(QStringLiteral("Phụ lục 08")))
            inside = false;
        else if (inside && QRegularExpression(QStringLiteral("^\\d+\\t")).match(line).hasMatch())
            ++listed;
    }
    QVERIFY(listed > 10);
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM documents WHERE cited_by_id IS NOT NULL")).next(), true);
    QSqlQuery cited = query(QStringLiteral("SELECT count(*) FROM documents WHERE cited_by_id IS NOT NULL"));
    cited.next();
    QCOMPARE(cited.value(0).toInt(), listed);
}

void TestDataset::recordsPerSeed()
{
    // The table of docs/dataset-notes.md: targets (measurable, qualitative) and tasks per seed.
    const QMap<QString, QList<int>> expected = {
        {"000", {16, 0, 28}}, {"001", {50, 25, 31}}, {"003", {27, 17, 42}}, {"004", {7, 1, 44}}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QSqlQuery q = query(QStringLiteral("SELECT sum(kind != 'qualitative'), sum(kind = 'qualitative'), "
                                           "(SELECT count(*) FROM tasks WHERE src LIKE '%1:%') FROM targets WHERE src LIKE '%1:%'")
                                .arg(it.key()));
        QVERIFY(q.next());
        QCOMPARE((QList<int>{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()}), it.value());
    }
    QSqlQuery agencies = query(QStringLiteral("SELECT count(*) FROM agencies"));
    agencies.next();
    QCOMPARE(agencies.value(0).toInt(), 41);
}

void TestDataset::actionPlanHasItsElevenRows()
{
    PARDESK_REQUIRE_SEEDS();
    QSet<QString> rows;
    bool appendix = false;
    for (const QString &line : seedLines(QStringLiteral("000"))) {
        if (line.startsWith(QStringLiteral("STT\tNội dung chỉ tiêu")))
            appendix = true;
        const auto m = QRegularExpression(QStringLiteral("^(\\d+)\\t")).match(line);
        if (appendix && m.hasMatch())
            rows.insert(m.captured(1));
    }
    QCOMPARE(rows.size(), 11);
    QSet<QString> stored;
    QSqlQuery q = query(QStringLiteral("SELECT DISTINCT t.stt FROM targets t JOIN documents d ON d.id = t.document_id "
                                       "WHERE t.src LIKE '000%'"));
    while (q.next())
        stored.insert(q.value(0).toString());
    QCOMPARE(stored, rows);
}

void TestDataset::parPlanHasEverySectionTwoItem()
{
    PARDESK_REQUIRE_SEEDS();
    QMap<QString, QSet<QString>> byArea; // area number → item numbers
    QStringList areas;                    // the headings of the six areas of administrative reform
    bool sectionTwo = false;
    for (const QString &line : seedLines(QStringLiteral("001"))) {
        if (line.startsWith(QStringLiteral("II. MỤC TIÊU")))
            sectionTwo = true;
        else if (line.startsWith(QStringLiteral("III.")))
            sectionTwo = false;
        const auto m = QRegularExpression(QStringLiteral("^((\\d+)\\.\\d+)\\. ")).match(line);
        if (sectionTwo && m.hasMatch())
            byArea[m.captured(2)].insert(m.captured(1));
        else if (sectionTwo && QRegularExpression(QStringLiteral("^\\d\\. ")).match(line).hasMatch())
            areas.append(line.trimmed());
    }
    QCOMPARE(areas.size(), 6);
    QSqlQuery storedAreas = query(QStringLiteral("SELECT DISTINCT area FROM targets WHERE src LIKE '001%' ORDER BY id"));
    QStringList areasStored;
    while (storedAreas.next())
        areasStored.append(storedAreas.value(0).toString());
    QCOMPARE(areasStored, areas);
    QSqlQuery q = query(QStringLiteral("SELECT DISTINCT t.stt FROM targets t JOIN documents d ON d.id = t.document_id "
                                       "WHERE d.number = '268/KH-UBND' AND t.stt LIKE '%.%'"));
    QMap<QString, QSet<QString>> stored;
    while (q.next())
        stored[q.value(0).toString().section(u'.', 0, 0)].insert(q.value(0).toString());
    QCOMPARE(stored, byArea);
}

void TestDataset::formsHoldEveryCodeOfTheAppendices()
{
    PARDESK_REQUIRE_SEEDS();
    const QStringList lines = seedLines(QStringLiteral("002"));
    const QMap<QString, QSet<QString>> expected = {
        {QStringLiteral("TQ-PL02-CCHC"), codesBetween(lines, QStringLiteral("**Phụ lục 02**"), QStringLiteral("**Phụ lục 03**"))},
        {QStringLiteral("TQ-PL08-CQDT"), codesBetween(lines, QStringLiteral("**Phụ lục 08**"), QString())},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QSet<QString> stored;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT i.code FROM form_items i JOIN forms f ON f.id = i.form_id WHERE f.key = ?"));
        q.addBindValue(it.key());
        QVERIFY(q.exec());
        while (q.next())
            stored.insert(q.value(0).toString());
        QVERIFY2(it.value().size() > 30, qPrintable(it.key()));
        QCOMPARE(stored, it.value());
    }
}

void TestDataset::submittedValuesAreExactlyAsWritten()
{
    PARDESK_REQUIRE_SEEDS();
    const QStringList lines = seedLines(QStringLiteral("002"));
    QSqlQuery q = query(QStringLiteral("SELECT i.code_written, i.code, v.raw, v.value, v.src, i.unit FROM submission_values v "
                                       "JOIN form_items i ON i.id = v.item_id WHERE v.raw IS NOT NULL"));
    int checked = 0;
    while (q.next()) {
        const QList<int> named = linesNamedBy(q.value(4).toString());
        QCOMPARE(named.size(), 1);
        const QStringList cells = lines.value(named.first() - 1).split(u'\t');
        const QString code = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
        QCOMPARE(stripTags(cells.value(0)), code);
        QCOMPARE(stripTags(cells.value(3)), q.value(2).toString()); // the Số liệu cell, as written
        const ParsedNumber parsed = parseNumber(q.value(2).toString(), unitScaleOf(q.value(5).toString()));
        QCOMPARE(q.value(3).isNull(), !parsed.isNumber());
        if (parsed.isNumber())
            QCOMPARE(q.value(3).toDouble(), parsed.value);
        ++checked;
    }
    QVERIFY(checked > 50);
    // A wrong number stays wrong: "1.044" procedures is one thousand and forty-four.
    QSqlQuery big = query(QStringLiteral("SELECT v.value FROM submission_values v WHERE v.raw = '65.454'"));
    QVERIFY(big.next());
    QCOMPARE(big.value(0).toDouble(), 65454.0);
}

void TestDataset::dossierTableAddsUp()
{
    PARDESK_REQUIRE_SEEDS();
    QSqlQuery q = query(QStringLiteral("SELECT received, procedure, field FROM dossier_counts ORDER BY position"));
    int total = -1, procedures = 0;
    while (q.next()) {
        if (q.value(1).isNull() && q.value(2).isNull())
            total = q.value(0).toInt();
        else if (!q.value(1).isNull())
            procedures += q.value(0).toInt();
    }
    // The report's total ("Cộng I+II+III") is the sum of its procedure rows.
    const auto m = QRegularExpression(QStringLiteral("Cộng I\\+II\\+III\\t(\\d+)")).match(seedLines(QStringLiteral("002")).join(u'\n'));
    QVERIFY(m.hasMatch());
    QCOMPARE(total, m.captured(1).toInt());
    QCOMPARE(procedures, total);
}

void TestDataset::targetValuesAreWhatTheTextSays()
{
    // A measurable target's value is written in its own words (Vietnamese convention, or a slip): in
    // its fragment, or, where a clause shares the number of the one before it, in its sentence.
    QSqlQuery q = query(QStringLiteral("SELECT coalesce(fragment, '') || ' ' || text, value, src FROM targets "
                                       "WHERE kind != 'qualitative'"));
    int checked = 0;
    while (q.next()) {
        const QString words = q.value(0).toString();
        const double value = q.value(1).toDouble();
        const bool written = words.contains(formatNumber(value, 4)) ||
                             words.contains(formatNumber(value, 4, NumberConvention::C));
        QVERIFY2(written, qPrintable(QStringLiteral("%1: %2 not in \"%3\"").arg(q.value(2).toString()).arg(value).arg(words)));
        ++checked;
    }
    QVERIFY(checked > 60);
}

void TestDataset::perLevelTargetsAreSplit()
{
    // Seed 000 row 10 and seed 001 item 6.8 give one target per administrative level.
    QSqlQuery q = query(QStringLiteral("SELECT substr(t.src, 1, 3), t.stt, group_concat(t.level) FROM targets t "
                                       "WHERE t.level IS NOT NULL GROUP BY 1, 2 HAVING count(*) = 3"));
    QSet<QString> split;
    while (q.next()) {
        const QStringList levels = q.value(2).toString().split(u',');
        QCOMPARE(QSet<QString>(levels.begin(), levels.end()), (QSet<QString>{"province", "district", "commune"}));
        split.insert(q.value(0).toString() + u':' + q.value(1).toString());
    }
    QVERIFY2(split.contains(QStringLiteral("000:10")), qPrintable(QStringList(split.values()).join(u' ')));
    QVERIFY2(split.contains(QStringLiteral("001:6.8")), qPrintable(QStringList(split.values()).join(u' ')));
}

void TestDataset::scoresAreOnTheLinesTheyCite()
{
    PARDESK_REQUIRE_SEEDS();
    const QStringList lines = seedLines(QStringLiteral("004"));
    QSqlQuery q = query(QStringLiteral("SELECT achieved, max, rank, rank_of, src FROM scores"));
    int checked = 0;
    while (q.next()) {
        QString cited;
        for (int n : linesNamedBy(q.value(4).toString()))
            cited += lines.value(n - 1) + u'\n';
        QVERIFY2(!cited.isEmpty(), qPrintable(q.value(4).toString()));
        for (int column : {0, 1, 2, 3}) {
            if (q.value(column).isNull())
                continue;
            const double v = q.value(column).toDouble();
            const bool found = cited.contains(formatNumber(v, 4)) || cited.contains(formatNumber(v, 4, NumberConvention::C));
            QVERIFY2(found, qPrintable(QStringLiteral("%1: %2 not on the cited lines").arg(q.value(4).toString()).arg(v)));
        }
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestDataset::textsAreVerbatim()
{
    PARDESK_REQUIRE_SEEDS();
    // Every word of a transcribed text is in its seed; nearly all texts stand there whole (the rest
    // are cells that a page break split and the transcription joined).
    const QStringList stems = {"000", "001", "002", "003", "004"};
    for (const QString &stem : stems) {
        const QString seed = normalisedText(seedLines(stem).join(u'\n'));
        const QSet<QString> seedWords = wordsOf(seed);
        QSqlQuery q = query(QStringLiteral(
            "SELECT text, src FROM targets WHERE src LIKE ?1 UNION ALL SELECT fragment, src FROM targets WHERE src LIKE ?1 "
            "AND fragment IS NOT NULL UNION ALL SELECT text, src FROM tasks WHERE src LIKE ?1 "
            "UNION ALL SELECT output, src FROM tasks WHERE src LIKE ?1 AND output IS NOT NULL "
            "UNION ALL SELECT title, src FROM documents WHERE src LIKE ?1 "
            "UNION ALL SELECT label, src FROM form_items WHERE src LIKE ?1").replace(QStringLiteral("?1"), u'\'' + stem + QStringLiteral("%'")));
        int total = 0, whole = 0;
        while (q.next()) {
            const QString text = normalisedText(q.value(0).toString());
            const QSet<QString> missing = wordsOf(text) - seedWords;
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(q.value(1).toString(), QStringList(missing.values()).join(u' '))));
            ++total;
            whole += seed.contains(text) ? 1 : 0;
        }
        QVERIFY2(total > 0, qPrintable(stem));
        QVERIFY2(whole * 100 >= total * 85, qPrintable(QStringLiteral("%1: %2 of %3 texts verbatim").arg(stem).arg(whole).arg(total)));
    }
}

void TestDataset::everyRecordHasProvenance()
{
    for (const QString table : {"agencies", "documents", "targets", "tasks", "forms", "form_items", "submissions",
                                "dossier_counts", "scores"}) {
        QSqlQuery q = query(QStringLiteral("SELECT count(*) FROM %1 WHERE src IS NULL OR src NOT GLOB '00[0-4]:*'").arg(table));
        q.next();
        QVERIFY2(q.value(0).toInt() == 0, qPrintable(QStringLiteral("%1: %2 records without a source").arg(table).arg(q.value(0).toInt())));
    }
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
