// How failures travel: passing a failure on keeps its kind (a busy store stays retryable), and
// adding context to the message keeps it too.
#include "util/Result.h"

#include <QTest>

using namespace pardesk;

namespace {

Result<int> busyRead()
{
    return Error{QStringLiteral("database is locked"), true};
}

Status busyWrite()
{
    return Error{QStringLiteral("database is locked"), true};
}

// A caller one layer up that passes the failure on unchanged.
Result<QString> passedOn()
{
    const Result<int> read = busyRead();
    if (!read)
        return read.failure();
    return QString::number(read.value());
}

// A caller that tells more about where it happened.
Status withContext()
{
    const Status written = busyWrite();
    if (!written)
        return written.failure().withMessage(QStringLiteral("Saving 1.1: ") + written.error());
    return Status::success();
}

} // namespace

class TestResult : public QObject {
    Q_OBJECT
private slots:
    void passingOnKeepsRetryable();
    void contextKeepsRetryable();
    void plainFailureIsNotRetryable();
};

void TestResult::passingOnKeepsRetryable()
{
    const Result<QString> r = passedOn();
    QVERIFY(!r.ok());
    QVERIFY(r.isRetryable());
    QCOMPARE(r.error(), QStringLiteral("database is locked"));
}

void TestResult::contextKeepsRetryable()
{
    const Status s = withContext();
    QVERIFY(!s.ok());
    QVERIFY(s.isRetryable());
    QCOMPARE(s.error(), QStringLiteral("Saving 1.1: database is locked"));
}

void TestResult::plainFailureIsNotRetryable()
{
    const Result<int> r = Error{QStringLiteral("no such form")};
    QVERIFY(!r.ok());
    QVERIFY(!r.isRetryable());
    QCOMPARE(r.failure().message, QStringLiteral("no such form"));
    const Result<int> good = 7;
    QCOMPARE(good.value(), 7);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
