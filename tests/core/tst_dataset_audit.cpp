// The dataset audit (issue 17) against the source documents and the store: records that were
// missing, one value for several levels split per level, deadlines of ongoing and recurring duties,
// merged cells, the one-rule readings of the wording, the agencies' places, and themes that only
// lead to the figure that measures exactly what a target states.
#include "TestSupport.h"
#include "periods/TaskDeadline.h"
#include "store/Store.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

namespace {

QString sourceKey(const QString &source) // "001:II.2.3", "004:Phụ lục II.1"
{
    return source.split(QRegularExpression(QStringLiteral("[,(]"))).first().trimmed();
}

} // namespace

class TestDatasetAudit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void actionPlanAssignmentsAreTasks();
    void bacGiangSectionTwoClausesAreRecorded();
    void oneValueForSeveralLevelsIsSplit_data();
    void oneValueForSeveralLevelsIsSplit();
    void ongoingTimeframesHaveNoDeadline();
    void recurringDeadlinesAreDueDates();
    void mergedCellsInheritFromTheRowAbove();
    void themesLeadOnlyToWhatMeasuresThem();
    void wordingRulesAreAppliedEverywhere();
    void agenciesStandWhereTheSeedsPutThem();
    void eachAgencyIsDeclaredOnce();
    void cosmeticSlipsAreMended();

private:
    QSqlQuery query(const QString &sql) const;
    QList<Target> targetsFrom(const QString &seed) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QSqlQuery TestDatasetAudit::query(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    return q;
}

QList<Target> TestDatasetAudit::targetsFrom(const QString &seed) const
{
    QList<Target> out;
    for (const Target &t : Plans(m_db->connection()).targets().value())
        if (t.source.startsWith(seed + u':'))
            out.append(t);
    return out;
}

void TestDatasetAudit::initTestCase()
{
    PARDESK_REQUIRE_SEEDS();
    auto db = Database::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestDatasetAudit::actionPlanAssignmentsAreTasks()
{
    // Seed 000 §IV: each lettered item is an assignment; a numbered section without letters is one.
    QStringList expected;
    bool inside = false;
    QString section;
    bool lettered = false;
    auto closeSection = [&](const QString &paragraph) {
        if (!section.isEmpty() && !lettered && !paragraph.isEmpty())
            expected << paragraph;
    };
    QString lastParagraph;
    for (const QString &raw : seedLines(QStringLiteral("000"))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QStringLiteral("IV. TỔ CHỨC THỰC HIỆN")))
            inside = true;
        if (!inside || line.isEmpty() || line.startsWith(QStringLiteral("IV.")))
            continue;
        if (line.startsWith(QStringLiteral("STT\t")) || line.startsWith(QStringLiteral("**")))
            break;
        if (QRegularExpression(QStringLiteral("^\\d\\. ")).match(line).hasMatch()) {
            closeSection(lastParagraph);
            section = line;
            lettered = false;
            lastParagraph.clear();
        } else if (const auto m = QRegularExpression(QStringLiteral("^[a-d]\\) (.*)$")).match(line); m.hasMatch()) {
            lettered = true;
            expected << m.captured(1);
        } else if (lastParagraph.isEmpty()) {
            lastParagraph = line; // the section's own paragraph, not the closing words after it
        }
    }
    closeSection(lastParagraph);
    QCOMPARE(expected.size(), 14);

    QStringList stored;
    for (const Task &t : Plans(m_db->connection()).tasks().value())
        if (t.source.startsWith(QStringLiteral("000:IV.")))
            stored << t.text;
    QCOMPARE(stored.size(), expected.size());
    for (const QString &text : std::as_const(expected))
        QVERIFY2(stored.contains(normalisedText(QString(text).remove(u'*'))), qPrintable(text)); // italics marks dropped

    // The agencies §IV names are now referenced: the Front, the Treasury and the Tax department.
    for (const char *key : {"TQ.UBMTTQ", "TQ.KBNN", "TQ.CT"}) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id WHERE a.key = ?"));
        q.addBindValue(QString::fromLatin1(key));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() > 0, key);
    }
}

void TestDatasetAudit::bacGiangSectionTwoClausesAreRecorded()
{
    // Every paragraph of seed 003 §II from line 31 to 55 is the source of some target.
    const QStringList lines = seedLines(QStringLiteral("003"));
    QSet<int> cited;
    for (const Target &t : targetsFrom(QStringLiteral("003"))) {
        auto it = QRegularExpression(QStringLiteral("line (\\d+)")).globalMatch(t.source);
        while (it.hasNext())
            cited.insert(it.next().captured(1).toInt());
    }
    int paragraphs = 0;
    for (int n = 31; n <= 55; ++n) {
        const QString line = lines.value(n - 1).trimmed();
        if (line.isEmpty() || line.startsWith(u"¹") || line.startsWith(u"²"))
            continue;
        ++paragraphs;
        QVERIFY2(cited.contains(n), qPrintable(QStringLiteral("line %1: %2").arg(n).arg(line.left(80))));
    }
    QCOMPARE(paragraphs, 11);
    // Line 55's monthly duty is recorded with its own timeframe.
    bool monthly = false;
    for (const Target &t : targetsFrom(QStringLiteral("003")))
        if (t.fragment.startsWith(QStringLiteral("Định kỳ hằng tháng công khai danh sách"))) {
            QCOMPARE(t.timeframe, QStringLiteral("Định kỳ hằng tháng"));
            QVERIFY(lines.value(54).contains(t.fragment));
            monthly = true;
        }
    QVERIFY(monthly);
}

void TestDatasetAudit::oneValueForSeveralLevelsIsSplit_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QString>("fragmentStart");
    QTest::addColumn<QString>("levelWords"); // what the seed writes for the levels
    QTest::addColumn<QStringList>("levels");
    QTest::newRow("000 row 11") << "000" << "11" << "Tỷ lệ thực hiện chứng thực" << "UBND cấp xã và Phòng Tư pháp cấp huyện"
                                << QStringList{"commune", "district"};
    QTest::newRow("001 4.3, 100%") << "001" << "4.3" << "100% đội ngũ" << "cấp tỉnh, cấp huyện" << QStringList{"province", "district"};
    QTest::newRow("001 4.3, 30%") << "001" << "4.3" << "trong đó 30%" << "cấp tỉnh, cấp huyện" << QStringList{"province", "district"};
    QTest::newRow("001 6.4") << "001" << "6.4" << "Phần đầu tối thiểu 80%" << "cấp tỉnh, cấp huyện" << QStringList{"province", "district"};
    QTest::newRow("003 II.6") << "003" << "6" << "100% TTHC được tiếp nhận" << "bộ phận một cửa cấp huyện, cấp xã"
                              << QStringList{"province", "district", "commune"};
    QTest::newRow("003 III.1.1 and line 31") << "003" << "III.1.1" << "Thực hiện 100% số hoá" << "bộ phận một cửa các cấp"
                                             << QStringList{"province", "district", "commune"};
}

void TestDatasetAudit::oneValueForSeveralLevelsIsSplit()
{
    QFETCH(QString, seed);
    QFETCH(QString, stt);
    QFETCH(QString, fragmentStart);
    QFETCH(QString, levelWords);
    QFETCH(QStringList, levels);
    QStringList stored;
    std::optional<double> value;
    for (const Target &t : targetsFrom(seed)) {
        if (t.stt != stt || !t.fragment.startsWith(fragmentStart))
            continue;
        QVERIFY2(normalisedText(seedLines(seed).join(u'\n')).contains(levelWords), qPrintable(levelWords));
        QVERIFY(t.text.contains(levelWords) || seed == u"003");
        if (value)
            QCOMPARE(t.value, value); // one value, stated once for all the levels
        value = t.value;
        stored << storeText(t.level);
    }
    QCOMPARE(stored, levels);
}

void TestDatasetAudit::ongoingTimeframesHaveNoDeadline()
{
    for (const char *table : {"targets", "tasks"}) {
        QSqlQuery q = query(QStringLiteral("SELECT count(*), sum(deadline IS NOT NULL) FROM %1 "
                                           "WHERE trim(timeframe) IN ('Thường xuyên', 'thường xuyên')").arg(QLatin1String(table)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 5);
        QCOMPARE(q.value(1).toInt(), 0);
    }
    // Seven of seed 004's eight targets are ongoing; III.7.a is "trong năm 2023".
    int ongoing = 0;
    for (const Target &t : targetsFrom(QStringLiteral("004")))
        ongoing += t.timeframe == u"Thường xuyên" && t.deadline.isEmpty() ? 1 : 0;
    QCOMPARE(ongoing, 7);
}

void TestDatasetAudit::recurringDeadlinesAreDueDates()
{
    // Each due date is what the duty's own words say: "15/6", "ngày 15 của tháng cuối quý",
    // "Tháng 3, 6, 9, 12/2024" (the month's last day), "ngày 30 tháng 11".
    auto stated = [](const QString &words, const QDate &d) {
        const QString day = QString::number(d.day());
        if (words.contains(QStringLiteral("%1/%2").arg(day).arg(d.month())) ||
            words.contains(QStringLiteral("ngày %1 tháng %2").arg(day).arg(d.month())))
            return true;
        const bool quarterEnd = d.month() % 3 == 0;
        if (quarterEnd && QRegularExpression(QStringLiteral("ngày 0?%1 của tháng cuối quý").arg(day)).match(words).hasMatch())
            return true;
        const auto listed = QRegularExpression(QStringLiteral("Tháng ([0-9, ]+)/%1").arg(d.year())).match(words);
        if (!listed.hasMatch() || d.day() != d.daysInMonth())
            return false;
        for (const QString &month : listed.captured(1).split(u','))
            if (month.trimmed().toInt() == d.month())
                return true;
        return false;
    };
    const QSet<QString> recurring = {QStringLiteral("001:V.1.4"), QStringLiteral("001:V.2.6"),
                                     QStringLiteral("003:Phụ lục II.6.2"), QStringLiteral("004:IV.1.c")};
    int found = 0;
    for (const Task &t : Plans(m_db->connection()).tasks().value()) {
        if (!recurring.contains(sourceKey(t.source)))
            continue;
        ++found;
        QVERIFY2(t.dueDates.size() >= 4, qPrintable(t.source));
        QVERIFY2(t.deadline.isEmpty(), qPrintable(t.source));
        for (const QString &iso : t.dueDates)
            QVERIFY2(stated(t.timeframe, QDate::fromString(iso, Qt::ISODate)), qPrintable(t.source + u' ' + iso));
        // The next one is shown, and overdue only once the last has passed.
        const QDate first = QDate::fromString(t.dueDates.first(), Qt::ISODate);
        const QDate last = QDate::fromString(t.dueDates.last(), Qt::ISODate);
        QCOMPARE(TaskDeadline::next(t, first.addDays(1)), QDate::fromString(t.dueDates.at(1), Qt::ISODate));
        QVERIFY(!TaskDeadline::isOverdue(t, first.addDays(1)));
        QVERIFY(TaskDeadline::isOverdue(t, last.addDays(1)));
    }
    QCOMPARE(found, 4);
}

void TestDatasetAudit::mergedCellsInheritFromTheRowAbove()
{
    // Seed 004 Phụ lục I.4 (line 166) and its sub-row a (line 167), whose coordinating and time cells are empty.
    const QStringList lines = seedLines(QStringLiteral("004"));
    const QStringList above = lines.value(165).split(u'\t');
    const QStringList row = lines.value(166).split(u'\t');
    QVERIFY(row.value(3).trimmed().isEmpty() && row.value(4).trimmed().isEmpty());
    bool checked = false;
    for (const Task &t : Plans(m_db->connection()).tasks().value())
        if (t.source.startsWith(QStringLiteral("004:Phụ lục I.4.a"))) {
            QCOMPARE(t.coordinating, above.value(3).trimmed());
            QCOMPARE(t.timeframe, above.value(4).trimmed());
            checked = true;
        }
    QVERIFY(checked);
}

void TestDatasetAudit::themesLeadOnlyToWhatMeasuresThem()
{
    QHash<QString, QStringList> itemsOf; // theme → form items that measure it
    for (const Indicator &i : Plans(m_db->connection()).indicators().value())
        itemsOf[i.theme] << i.form + u':' + i.item;
    QHash<QString, QString> themeOf; // "seed:stt/part" → theme
    for (const Target &t : Plans(m_db->connection()).targets().value())
        themeOf.insert(sourceKey(t.source) + u'/' + QString::number(t.part), t.theme);

    // Processing and routing in the system (001 2.3, 2.6; 000 row 6) is not filing online (5.4).
    for (const char *key : {"001:II.2.3/1", "001:II.2.6/1", "000:Phụ lục row 6/1"}) {
        QCOMPARE(themeOf.value(QString::fromUtf8(key)), QStringLiteral("dossier_system_processing"));
        QVERIFY(itemsOf.value(QStringLiteral("dossier_system_processing")).isEmpty());
    }
    // One sentence, one theme: integration on the national portal, measured by 5.3 and 7.6.3.
    QCOMPARE(themeOf.value(QStringLiteral("000:Phụ lục row 2/1")), QStringLiteral("national_portal_integration"));
    QCOMPARE(themeOf.value(QStringLiteral("001:II.6.1/2")), QStringLiteral("national_portal_integration"));
    QCOMPARE(QSet<QString>(itemsOf.value(QStringLiteral("national_portal_integration")).cbegin(),
                           itemsOf.value(QStringLiteral("national_portal_integration")).cend()),
             (QSet<QString>{"TQ-PL08-CQDT:5.3", "TQ-PL02-CCHC:7.6.3"}));
    // Fee-bearing procedures actually paid online (PAR criterion 7.III.8.1): one theme, no form item.
    QCOMPARE(themeOf.value(QStringLiteral("004:Phụ lục III.8.b/1")), QStringLiteral("paid_online_procedures"));
    QCOMPARE(themeOf.value(QStringLiteral("003:Phụ lục III.5.2/1")), QStringLiteral("paid_online_procedures"));
    QVERIFY(itemsOf.value(QStringLiteral("paid_online_procedures")).isEmpty());
    // Full-process services (mức độ 4) are 5.2; partial and full together have no single item.
    QCOMPARE(themeOf.value(QStringLiteral("000:Phụ lục row 1/1")), QStringLiteral("full_online_service_coverage"));
    QCOMPARE(themeOf.value(QStringLiteral("001:II.2.14/1")), QStringLiteral("online_service_coverage"));
    QVERIFY(itemsOf.value(QStringLiteral("online_service_coverage")).isEmpty());
    // Work files processed online per level are not the documents sent electronically (4.2.x).
    QVERIFY(!itemsOf.value(QStringLiteral("e_work_files")).size());
    // Every item a theme leads to is a percentage of the form that exists.
    for (const Indicator &i : Plans(m_db->connection()).indicators().value()) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT i.kind FROM form_items i JOIN forms f ON f.id = i.form_id WHERE f.key = ? AND i.code = ?"));
        q.addBindValue(i.form);
        q.addBindValue(i.item);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("percent"));
    }
}

void TestDatasetAudit::wordingRulesAreAppliedEverywhere()
{
    static const QRegularExpression strive(QStringLiteral("phấn đấu|phần đầu"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quantifiedWithoutNumber(QStringLiteral("^(?:đảm bảo |bảo đảm )?(?:tất cả|mỗi) "),
                                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression everyUnit(QStringLiteral("^100% các .* có tỷ lệ .* từ \\d+% trở lên"));
    int everyUnitTargets = 0, strivingHeads = 0, quantified = 0;
    for (const Target &t : Plans(m_db->connection()).targets().value()) {
        const QString where = t.source + u'/' + QString::number(t.part);
        // "tất cả …" and "Mỗi …" as the subject, with no number: nothing to measure.
        if (quantifiedWithoutNumber.match(t.fragment).hasMatch() && !t.fragment.contains(u'%')) {
            QVERIFY2(t.kind == TargetKind::Qualitative, qPrintable(where));
            ++quantified;
        }
        // "100% các sở … có tỷ lệ … từ 80% trở lên": every unit must reach the value.
        if (everyUnit.match(t.fragment).hasMatch()) {
            QVERIFY2(t.eachUnit, qPrintable(where));
            ++everyUnitTargets;
        }
        // "Phấn đấu" governs its sentence from where it stands: a clause after it, in the same
        // sentence, is aspirational; a clause before it or in another sentence is not.
        const qsizetype at = t.text.indexOf(t.fragment);
        if (at < 0)
            continue;
        const qsizetype sentenceStart = std::max<qsizetype>(0, t.text.lastIndexOf(QStringLiteral(". "), at) + 1);
        const QString upToFragment = t.text.mid(sentenceStart, at + t.fragment.size() - sentenceStart);
        QCOMPARE(t.aspirational, strive.match(upToFragment).hasMatch());
        strivingHeads += strive.match(upToFragment.trimmed()).capturedStart() == 0 && !t.fragment.contains(strive) ? 1 : 0;
    }
    QVERIFY(quantified >= 7); // 004 II.1 part 1 and 001 6.15–6.20
    QCOMPARE(everyUnitTargets, 2);
    QVERIFY(strivingHeads >= 4); // 001 2.9, 6.6, 6.12 part 2 and 6.8 parts 2–3 take it from the sentence's head
}

void TestDatasetAudit::agenciesStandWhereTheSeedsPutThem()
{
    QHash<QString, QString> parentOf;
    QSqlQuery q = query(QStringLiteral("SELECT a.key, p.key FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id"));
    while (q.next())
        parentOf.insert(q.value(0).toString(), q.value(1).toString());
    // Central bodies in the province, listed apart from UBND tỉnh's departments (seed 000 IV.3, IV.8).
    for (const char *key : {"TQ.KBNN", "TQ.CT", "TQ.CA"})
        QVERIFY2(parentOf.value(QString::fromLatin1(key)).isEmpty(), key);
    // Both provinces' service centres work under the Office of the People's Committee (001 V.3.2, 003 line 91).
    QVERIFY(seedLines(QStringLiteral("001")).value(192).contains(QStringLiteral("Trung tâm Phục vụ hành chính công")));
    QCOMPARE(parentOf.value(QStringLiteral("TQ.TTPVHCC")), QStringLiteral("TQ.VPUBND"));
    QCOMPARE(parentOf.value(QStringLiteral("BG.TTPVHCC")), QStringLiteral("BG.VPUBND"));
    // Phụ lục 08 is the province's figures, filed by Sở TT&TT (the report's author, seed 002).
    QSqlQuery s = query(QStringLiteral("SELECT a.key, b.key FROM submissions s JOIN forms f ON f.id = s.form_id "
                                       "JOIN agencies a ON a.id = s.agency_id LEFT JOIN agencies b ON b.id = s.submitted_by_id "
                                       "WHERE f.key = 'TQ-PL08-CQDT'"));
    QVERIFY(s.next());
    QCOMPARE(s.value(0).toString(), QStringLiteral("TQ.UBND"));
    QCOMPARE(s.value(1).toString(), QStringLiteral("TQ.STTTT"));
}

void TestDatasetAudit::eachAgencyIsDeclaredOnce()
{
    QSet<QString> declared;
    for (const char *stem : {"000", "001", "002", "003", "004"}) {
        QFile file(QStringLiteral(":/dataset/%1.json").arg(QLatin1String(stem)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &a : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("agencies")).toArray()) {
            const QString key = a[QStringLiteral("key")].toString();
            QVERIFY2(!declared.contains(key), qPrintable(QStringLiteral("%1 declared again in %2").arg(key, QLatin1String(stem))));
            declared.insert(key);
        }
    }
    QVERIFY(declared.size() > 30);
    // A signature formula is not a name.
    QSqlQuery aliases = query(QStringLiteral("SELECT count(*) FROM agency_aliases WHERE alias LIKE 'TM.%'"));
    aliases.next();
    QCOMPARE(aliases.value(0).toInt(), 0);
}

void TestDatasetAudit::cosmeticSlipsAreMended()
{
    // Phụ lục 02 4.3: "sự" and "ng nghiệp" were one word split by a page break (seed 002, lines 544 and 548).
    const QStringList lines = seedLines(QStringLiteral("002"));
    QVERIFY(lines.value(543).contains(QStringLiteral("các đơn vị sự")) && lines.value(547).contains(QStringLiteral("ng nghiệp công lập")));
    QSqlQuery label = query(QStringLiteral("SELECT label FROM form_items WHERE code = '4.3' AND label LIKE 'Số người làm việc%'"));
    QVERIFY(label.next());
    QVERIFY(label.value(0).toString().endsWith(QStringLiteral("các đơn vị sự nghiệp công lập")));
    // Seed 000 row 4 lists two paragraphs in each agency cell: kept apart.
    for (const Target &t : targetsFrom(QStringLiteral("000")))
        if (t.stt == u"4") {
            QVERIFY(t.lead.contains(QStringLiteral("Truyền thông; Các sở")));
            QVERIFY(t.coordinating.contains(QStringLiteral("điện tử tỉnh; Sở Thông tin")));
        }
    // No two targets of one item state the same thing at the same level.
    QSqlQuery same = query(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM targets GROUP BY document_id, stt, "
                                          "coalesce(fragment, text), coalesce(level, ''), coalesce(value, -1) HAVING count(*) > 1)"));
    same.next();
    QCOMPARE(same.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatasetAudit)
#include "tst_dataset_audit.moc"
