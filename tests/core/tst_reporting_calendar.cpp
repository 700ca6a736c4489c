// Each province's reporting calendar: due dates from the seeds' rules, on time or late, and a
// period's completeness and timeliness (docs/periods.md).
#include "periods/ReportingCalendar.h"
#include "store/Store.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pardesk;

namespace {

QDateTime inVietnam(int y, int m, int d, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute), QTimeZone(7 * 3600));
}

} // namespace

class TestReportingCalendar : public QObject {
    Q_OBJECT
private slots:
    void dueDates_data();
    void dueDates();
    void rulesAreTheStoredTasks();
    void onTimeOrLate_data();
    void onTimeOrLate();
    void coverageOfAPeriod();
    void coverageBeforeTheDueDate();
    void nothingExpected();
    void refusals();
};

void TestReportingCalendar::dueDates_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("assumed"); // the seed does not state this one outright
    const int agencies = int(ReportStage::Agencies), consolidation = int(ReportStage::Consolidation);
    // 001:V.1.4 "báo cáo quý, gửi chậm nhất ngày 15 của tháng cuối quý; báo cáo 6 tháng, … 15/6; báo cáo năm, … 15/12"
    QTest::newRow("TQ Q1") << "TQ" << agencies << "2024Q1" << QDate(2024, 3, 15) << false;
    QTest::newRow("TQ Q2") << "TQ" << agencies << "2024Q2" << QDate(2024, 6, 15) << false;
    QTest::newRow("TQ first half") << "TQ" << agencies << "2024S1" << QDate(2024, 6, 15) << false;
    QTest::newRow("TQ Q3") << "TQ" << agencies << "2024Q3" << QDate(2024, 9, 15) << false;
    QTest::newRow("TQ nine months") << "TQ" << agencies << "2024N9" << QDate(2024, 9, 15) << true;
    QTest::newRow("TQ Q4") << "TQ" << agencies << "2024Q4" << QDate(2024, 12, 15) << false;
    QTest::newRow("TQ second half") << "TQ" << agencies << "2024S2" << QDate(2024, 12, 15) << true;
    QTest::newRow("TQ year") << "TQ" << agencies << "2024" << QDate(2024, 12, 15) << false;
    // 001:V.2.6: Sở Nội vụ submits to UBND tỉnh by the 18th.
    QTest::newRow("TQ Sở Nội vụ Q1") << "TQ" << consolidation << "2024Q1" << QDate(2024, 3, 18) << false;
    QTest::newRow("TQ Sở Nội vụ first half") << "TQ" << consolidation << "2024S1" << QDate(2024, 6, 18) << false;
    QTest::newRow("TQ Sở Nội vụ nine months") << "TQ" << consolidation << "2024N9" << QDate(2024, 9, 18) << true;
    QTest::newRow("TQ Sở Nội vụ year") << "TQ" << consolidation << "2024" << QDate(2024, 12, 18) << false;
    // 004:IV.1.c "trước ngày 05 của tháng cuối quý", "trước ngày 30 tháng 11": before the day named.
    QTest::newRow("TV Q1") << "TV" << agencies << "2024Q1" << QDate(2024, 3, 4) << false;
    QTest::newRow("TV first half") << "TV" << agencies << "2024S1" << QDate(2024, 6, 4) << true;
    QTest::newRow("TV nine months") << "TV" << agencies << "2024N9" << QDate(2024, 9, 4) << true;
    QTest::newRow("TV Q4") << "TV" << agencies << "2024Q4" << QDate(2024, 12, 4) << false;
    QTest::newRow("TV year") << "TV" << agencies << "2024" << QDate(2024, 11, 29) << false;
    QTest::newRow("TV second half") << "TV" << agencies << "2024S2" << QDate(2024, 11, 29) << true;
    // 003:Phụ lục II.6.2 "Tháng 3, 6, 9, 12/2024": the month's last day.
    QTest::newRow("BG VP UBND Q1") << "BG" << consolidation << "2024Q1" << QDate(2024, 3, 31) << true;
    QTest::newRow("BG VP UBND first half") << "BG" << consolidation << "2024S1" << QDate(2024, 6, 30) << true;
    QTest::newRow("BG VP UBND nine months") << "BG" << consolidation << "2024N9" << QDate(2024, 9, 30) << true;
    QTest::newRow("BG VP UBND year") << "BG" << consolidation << "2024" << QDate(2024, 12, 31) << true;
    QTest::newRow("BG agencies Q2") << "BG" << agencies << "2024Q2" << QDate(2024, 6, 30) << true;
    QTest::newRow("province in lower case") << "tq" << agencies << "2025Q1" << QDate(2025, 3, 15) << false;
}

void TestReportingCalendar::dueDates()
{
    QFETCH(QString, province);
    QFETCH(int, stage);
    QFETCH(QString, key);
    QFETCH(QDate, due);
    QFETCH(bool, assumed);
    const Period period = Period::parse(key).value();
    const auto deadline = ReportingCalendar::deadline(province, period, ReportStage(stage));
    QVERIFY2(deadline.ok(), qPrintable(deadline.error()));
    QCOMPARE(deadline->dueDate(), due);
    QCOMPARE(ReportingCalendar::dueDate(province, period, ReportStage(stage)).value(), due);
    QCOMPARE(!deadline->assumption.isEmpty(), assumed);
    QCOMPARE(deadline->province, province.toUpper());
    QVERIFY(!deadline->to.isEmpty());
    // A due date falls within a month of the close of the data window.
    QVERIFY(due > period.windowEnd().addMonths(-1));
}

void TestReportingCalendar::rulesAreTheStoredTasks()
{
    // Each rule quotes the task of the seed it comes from, as the bundled dataset holds it; where
    // the store gives that task a deadline, it is the date the rule names for that year.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto tasks = Plans(db.value()->connection()).tasks();
    QVERIFY(tasks.ok());
    int rules = 0;
    for (const QString province : {"TQ", "BG", "TV"}) {
        for (ReportStage stage : {ReportStage::Agencies, ReportStage::Consolidation}) {
            const auto rule = ReportingCalendar::deadline(province, Period::wholeYear(2024), stage);
            if (!rule)
                continue;
            ++rules;
            const auto task = std::find_if(tasks->begin(), tasks->end(), [&](const Task &t) { return t.source == rule->source; });
            QVERIFY2(task != tasks->end(), qPrintable(rule->source));
            QCOMPARE(task->province, province);
            QCOMPARE(task->timeframe, rule->quote);
            if (!task->deadline.isEmpty()) {
                const QDate stored = QDate::fromString(task->deadline, Qt::ISODate);
                QCOMPARE(ReportingCalendar::deadline(province, Period::wholeYear(stored.year()), stage)->written, stored);
            }
        }
    }
    QCOMPARE(rules, 5); // TV's consolidated report has no date in the seeds
}

void TestReportingCalendar::onTimeOrLate_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDateTime>("arrived");
    QTest::addColumn<bool>("onTime");
    QTest::newRow("TQ on the due day, late evening") << "TQ" << "2024Q1" << inVietnam(2024, 3, 15, 23, 59) << true;
    QTest::newRow("TQ the day after") << "TQ" << "2024Q1" << inVietnam(2024, 3, 16, 0, 1) << false;
    QTest::newRow("TQ in UTC, still the 15th in Vietnam")
        << "TQ" << "2024Q1" << QDateTime(QDate(2024, 3, 15), QTime(16, 30), QTimeZone::utc()) << true;
    QTest::newRow("TQ in UTC, already the 16th in Vietnam")
        << "TQ" << "2024Q1" << QDateTime(QDate(2024, 3, 15), QTime(17, 30), QTimeZone::utc()) << false;
    QTest::newRow("TV before the 5th") << "TV" << "2024Q1" << inVietnam(2024, 3, 4, 17) << true;
    QTest::newRow("TV on the 5th") << "TV" << "2024Q1" << inVietnam(2024, 3, 5, 8) << false;
    QTest::newRow("TV annual, 29/11") << "TV" << "2024" << inVietnam(2024, 11, 29) << true;
    QTest::newRow("TV annual, 30/11") << "TV" << "2024" << inVietnam(2024, 11, 30) << false;
    QTest::newRow("BG last day of March") << "BG" << "2024Q1" << inVietnam(2024, 3, 31) << true;
    QTest::newRow("BG first of April") << "BG" << "2024Q1" << inVietnam(2024, 4, 1) << false;
    QTest::newRow("early is on time") << "TQ" << "2024" << inVietnam(2024, 1, 2) << true;
}

void TestReportingCalendar::onTimeOrLate()
{
    QFETCH(QString, province);
    QFETCH(QString, key);
    QFETCH(QDateTime, arrived);
    QFETCH(bool, onTime);
    const auto result = ReportingCalendar::isOnTime(province, Period::parse(key).value(), arrived);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), onTime);
}

void TestReportingCalendar::coverageOfAPeriod()
{
    // TQ, 2024Q1, due 15/3/2024; seen on 18/3. Five agencies expected (A listed twice counts once):
    // A on time, B on the due day, C late (20/3, sent again 22/3), D and E nothing; X not expected.
    // Completeness 3 / 5 = 60 %, timeliness 2 / 5 = 40 %.
    const QStringList expected = {"A", "B", "C", "D", "E", "A"};
    const QList<ReportArrival> arrivals = {
        {"A", inVietnam(2024, 3, 10)},     {"B", inVietnam(2024, 3, 15, 22)}, {"C", inVietnam(2024, 3, 22)},
        {"C", inVietnam(2024, 3, 20)},     {"D", std::nullopt},               {"X", inVietnam(2024, 3, 1)},
    };
    const auto c = ReportingCalendar::coverage("TQ", Period::quarter(2024, 1), expected, arrivals, QDate(2024, 3, 18));
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->expected, 5);
    QCOMPARE(c->submitted, 3);
    QCOMPARE(c->onTime, 2);
    QCOMPARE(c->late, QStringList{"C"});
    QCOMPARE(c->overdue, (QStringList{"D", "E"}));
    QVERIFY(c->pending.isEmpty());
    QCOMPARE(c->unexpected, QStringList{"X"});
    QCOMPARE(*c->completeness(), 60.0);
    QCOMPARE(*c->timeliness(), 40.0);
}

void TestReportingCalendar::coverageBeforeTheDueDate()
{
    // TV, 2024Q2, due 4/6/2024 (before the 5th); seen on 1/6: one of two has sent, the other is
    // not late yet. Completeness 1 / 2 = 50 %, timeliness 1 / 2 = 50 %.
    const auto c = ReportingCalendar::coverage("TV", Period::quarter(2024, 2), {"TV.STTTT", "TV.SNV"},
                                               {{"TV.SNV", inVietnam(2024, 5, 30)}}, QDate(2024, 6, 1));
    QVERIFY(c.ok());
    QCOMPARE(c->pending, QStringList{"TV.STTTT"});
    QVERIFY(c->overdue.isEmpty());
    QCOMPARE(*c->completeness(), 50.0);
    QCOMPARE(*c->timeliness(), 50.0);
    // The same period seen on the 5th: the missing report is now overdue.
    const auto later = ReportingCalendar::coverage("TV", Period::quarter(2024, 2), {"TV.STTTT", "TV.SNV"},
                                                   {{"TV.SNV", inVietnam(2024, 5, 30)}}, QDate(2024, 6, 5));
    QCOMPARE(later->overdue, QStringList{"TV.STTTT"});
}

void TestReportingCalendar::nothingExpected()
{
    const auto c = ReportingCalendar::coverage("BG", Period::wholeYear(2024), {}, {{"BG.SNV", inVietnam(2024, 12, 1)}},
                                               QDate(2025, 1, 1));
    QVERIFY(c.ok());
    QCOMPARE(c->expected, 0);
    QVERIFY(!c->completeness().has_value()); // not 0 %, not 100 %: nothing to measure
    QVERIFY(!c->timeliness().has_value());
    QCOMPARE(c->unexpected, QStringList{"BG.SNV"});
}

void TestReportingCalendar::refusals()
{
    const auto unknown = ReportingCalendar::dueDate("HN", Period::quarter(2024, 1));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QStringLiteral("\"HN\"")), qPrintable(unknown.error()));
    const auto noRule = ReportingCalendar::deadline("TV", Period::quarter(2024, 1), ReportStage::Consolidation);
    QVERIFY(!noRule.ok());
    QVERIFY2(noRule.error().contains(QStringLiteral("TV")), qPrintable(noRule.error()));
    const auto invalid = ReportingCalendar::isOnTime("TQ", Period::quarter(2024, 1), QDateTime());
    QVERIFY(!invalid.ok());
    const auto noCoverage = ReportingCalendar::coverage("XX", Period::quarter(2024, 1), {"A"}, {}, QDate(2024, 1, 1));
    QVERIFY(!noCoverage.ok());
}

QTEST_GUILESS_MAIN(TestReportingCalendar)
#include "tst_reporting_calendar.moc"
