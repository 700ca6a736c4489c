// Where a store lives: the server URL's parts and its refusals (a password in it above all), and the
// network filesystems on which a SQLite file gets a warning.
#include "store/NetworkFilesystem.h"
#include "store/ServerAddress.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestServerAddress : public QObject {
    Q_OBJECT
private slots:
    void parsesTheParts_data();
    void parsesTheParts();
    void refusesWithAReason_data();
    void refusesWithAReason();
    void filesAreNotServers();
    void networkFilesystemsAreKnownByType_data();
    void networkFilesystemsAreKnownByType();
    void aLocalFolderGetsNoWarning();
};

void TestServerAddress::parsesTheParts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("full") << "postgresql://sonoivu@db.tuyenquang.gov.vn:5433/pardesk" << "sonoivu" << "db.tuyenquang.gov.vn" << 5433 << "pardesk";
    QTest::newRow("default port") << "postgresql://u@10.0.0.5/cchc" << "u" << "10.0.0.5" << -1 << "cchc";
    QTest::newRow("short scheme") << "postgres://u@h/d" << "u" << "h" << -1 << "d";
    QTest::newRow("no user") << "postgresql://h:6000/d" << "" << "h" << 6000 << "d";
    QTest::newRow("unix socket folder") << "postgresql://pardesk@%2Frun%2Fpostgresql/pardesk" << "pardesk" << "/run/postgresql" << -1 << "pardesk";
    QTest::newRow("IPv6") << "postgresql://u@[::1]:5432/d" << "u" << "::1" << 5432 << "d";
    QTest::newRow("encoded user") << "postgresql://nguy%E1%BB%85n@h/d" << QStringLiteral("nguyễn") << "h" << -1 << "d";
}

void TestServerAddress::parsesTheParts()
{
    QFETCH(QString, url);
    const auto address = ServerAddress::parse(url);
    QVERIFY2(address, qPrintable(address.error()));
    QTEST(address->user, "user");
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    // The URL written back names the same store.
    const auto again = ServerAddress::parse(address->url());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->host, address->host);
    QCOMPARE(again->database, address->database);
    QCOMPARE(again->user, address->user);
    QCOMPARE(again->port, address->port);
}

void TestServerAddress::refusesWithAReason_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password") << "postgresql://u:Secret1@h/d" << "~/.pgpass";
    QTest::newRow("no database") << "postgresql://u@h" << "database name";
    QTest::newRow("empty database") << "postgresql://u@h/" << "database name";
    QTest::newRow("no host") << "postgresql://u@/d" << "host is missing";
    QTest::newRow("bad port") << "postgresql://u@h:54x/d" << "\"54x\"";
    QTest::newRow("port out of range") << "postgresql://u@h:70000/d" << "\"70000\"";
    QTest::newRow("parameters") << "postgresql://u@h/d?sslmode=disable" << "parameters";
    QTest::newRow("not a server") << "/home/u/pardesk.sqlite" << "postgresql://";
}

void TestServerAddress::refusesWithAReason()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto address = ServerAddress::parse(url);
    QVERIFY(!address);
    QVERIFY2(address.error().contains(expected), qPrintable(address.error()));
    QVERIFY2(!address.error().contains(QStringLiteral("Secret1")), qPrintable(address.error()));
}

void TestServerAddress::filesAreNotServers()
{
    QVERIFY(ServerAddress::isServerUrl(QStringLiteral("PostgreSQL://u@h/d")));
    QVERIFY(!ServerAddress::isServerUrl(QStringLiteral("postgresql.sqlite")));
    QVERIFY(!ServerAddress::isServerUrl(QStringLiteral("C:/Users/u/postgresql://x")));
    QVERIFY(!ServerAddress::isServerUrl(QStringLiteral("file:///tmp/s.sqlite")));
}

void TestServerAddress::networkFilesystemsAreKnownByType_data()
{
    QTest::addColumn<qint64>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("cifs") << qint64(0xFF534D42) << "CIFS/SMB";
    QTest::newRow("smb2") << qint64(0xFE534D42) << "CIFS/SMB";
    QTest::newRow("smb") << qint64(0x517B) << "CIFS/SMB";
    QTest::newRow("nfs") << qint64(0x6969) << "NFS";
    QTest::newRow("9p") << qint64(0x01021997) << "9P";
    QTest::newRow("ext4") << qint64(0xEF53) << "";
    QTest::newRow("btrfs") << qint64(0x9123683E) << "";
    QTest::newRow("tmpfs") << qint64(0x01021994) << "";
    QTest::newRow("overlay") << qint64(0x794C7630) << "";
    QTest::newRow("xfs") << qint64(0x58465342) << "";
}

void TestServerAddress::networkFilesystemsAreKnownByType()
{
    QFETCH(qint64, type);
    QTEST(NetworkFilesystem::nameOfType(type), "name");
}

void TestServerAddress::aLocalFolderGetsNoWarning()
{
    QTemporaryDir dir;
    QCOMPARE(NetworkFilesystem::of(dir.filePath(QStringLiteral("store.sqlite"))), QString());
    QCOMPARE(NetworkFilesystem::warningFor(dir.filePath(QStringLiteral("store.sqlite"))), QString());
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_server_address.moc"
