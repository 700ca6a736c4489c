// File › Connect to Server… on the throw-away PostgreSQL cluster (issue 14), offscreen: the dialog's
// four parts make the address, the password is asked for when ~/.pgpass holds none (and never kept
// in the settings), a refused password is asked again and then reported, and a cancelled prompt
// keeps the store that was open. Dialogs are answered through their test hooks.
#include "exchange/PasswordDialog.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/ServerConnectDialog.h"
#include "shell/StandardViews.h"
#include "store/Store.h"
#include "PgTestServer.h"
#include "util/Language.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

// The cluster's password for the test login: the last field of the fixture's pgpass line.
QString clusterPassword()
{
    QFile file(qEnvironmentVariable("PARDESK_TEST_PG_DIR") + QStringLiteral("/pgpass"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed().section(u':', -1);
}

// Fills the dialog with `address` and presses Connect, as a user would.
void answerWith(const ServerAddress &address)
{
    ServerConnectDialog::setTestHook([address](ServerConnectDialog &dialog) {
        dialog.hostEdit()->setText(address.host);
        dialog.portEdit()->setValue(address.port > 0 ? address.port : 5432);
        dialog.databaseEdit()->setText(address.database);
        dialog.userEdit()->setText(address.user);
        QVERIFY(dialog.connectButton()->isEnabled());
        dialog.connectButton()->click();
    });
}

} // namespace

class TestServerConnect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theDialogNeedsEveryPart();
    void connectsAndAsksForThePassword();
    void aRefusedPasswordIsAskedAgainThenReported();
    void cancellingThePromptKeepsTheOpenStore();

private:
    // A server store with the dataset, made while PGPASSFILE still names the fixture's file.
    bool serverStore(const QString &stem, ServerAddress *address);
    std::unique_ptr<MainWindow> newWindow();

    QTemporaryDir m_dir;
    QString m_file;
    QString m_settingsFile;
    QByteArray m_pgpass;
};

void TestServerConnect::initTestCase()
{
    installLanguage(QStringLiteral("en"));
    m_file = m_dir.filePath(QStringLiteral("office.sqlite"));
    QVERIFY(Store::open(m_file));
    m_pgpass = qgetenv("PGPASSFILE");
}

void TestServerConnect::init()
{
    static int run = 0;
    m_settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run));
    AppSettings::useFile(m_settingsFile);
    qputenv("PGPASSFILE", m_pgpass);
}

void TestServerConnect::cleanup()
{
    ServerConnectDialog::setTestHook({});
    qputenv("PGPASSFILE", m_pgpass);
}

bool TestServerConnect::serverStore(const QString &stem, ServerAddress *address)
{
    QString error;
    const QString url = test::pgFreshDatabase(stem, &error);
    if (url.isEmpty() || !Store::open(url)) {
        qWarning("cannot make the server store: %s", qPrintable(error));
        return false;
    }
    *address = ServerAddress::parse(url).value();
    if (address->port < 0)
        address->port = 5432; // the dialog always names the port
    // From here on the password is not found in any file: only the prompt can give it.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-pgpass"))));
    return true;
}

std::unique_ptr<MainWindow> TestServerConnect::newWindow()
{
    auto db = Store::open(m_file);
    if (!db)
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    addStandardViews(*window);
    window->show();
    return window;
}

void TestServerConnect::theDialogNeedsEveryPart()
{
    ServerAddress last;
    last.host = QStringLiteral("cchc.local");
    last.database = QStringLiteral("pardesk");
    ServerConnectDialog dialog(last);
    QCOMPARE(dialog.portEdit()->value(), 5432); // PostgreSQL's own when none was used before
    QVERIFY(!dialog.connectButton()->isEnabled()); // no user yet
    dialog.userEdit()->setText(QStringLiteral("sonoivu"));
    QVERIFY(dialog.connectButton()->isEnabled());
    dialog.databaseEdit()->setText(QStringLiteral("  "));
    QVERIFY(!dialog.connectButton()->isEnabled());
    dialog.databaseEdit()->setText(QStringLiteral("cchc tỉnh"));
    dialog.portEdit()->setValue(6543);
    QCOMPARE(dialog.address().url(), QStringLiteral("postgresql://sonoivu@cchc.local:6543/cchc%20t%E1%BB%89nh"));
}

void TestServerConnect::connectsAndAsksForThePassword()
{
    if (const QString why = test::pgServerUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ServerAddress address;
    QVERIFY(serverStore(QStringLiteral("gui_connect"), &address));
    const QString password = clusterPassword();
    QVERIFY(!password.isEmpty());
    auto window = newWindow();
    QVERIFY(window);

    answerWith(address);
    PasswordDialog::setNextAnswer(password);
    window->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    QVERIFY(window->database().isServer());
    QCOMPARE(window->database().path(), address.url());
    QVERIFY(window->database().plans().documents().value().size() >= 5);

    // The address is remembered for the next time; the password nowhere.
    QCOMPARE(AppSettings::instance().recentDatabases().constFirst(), address.url());
    AppSettings::useFile(m_dir.filePath(QStringLiteral("after.ini"))); // writes the one used so far
    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(password.toUtf8()));
    QVERIFY(!window->windowTitle().contains(password));
    AppSettings::useFile(m_settingsFile);

    // The dialog starts from that server next time.
    ServerConnectDialog::setTestHook([&](ServerConnectDialog &dialog) {
        QCOMPARE(dialog.hostEdit()->text(), address.host);
        QCOMPARE(dialog.databaseEdit()->text(), address.database);
        QCOMPARE(dialog.userEdit()->text(), address.user);
        dialog.reject();
    });
    window->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    QCOMPARE(window->database().path(), address.url());
}

void TestServerConnect::aRefusedPasswordIsAskedAgainThenReported()
{
    if (const QString why = test::pgServerUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ServerAddress address;
    QVERIFY(serverStore(QStringLiteral("gui_refused"), &address));
    auto window = newWindow();
    QVERIFY(window);

    // A wrong password twice, then the right one: the third try opens the store.
    answerWith(address);
    PasswordDialog::setNextAnswer(QStringLiteral("sai mật khẩu"));
    PasswordDialog::setNextAnswer(QStringLiteral("sai nữa"));
    PasswordDialog::setNextAnswer(clusterPassword());
    window->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    QVERIFY(window->database().isServer());

    // Three wrong ones: refused with a message, and the file that was open stays open.
    auto other = newWindow();
    answerWith(address);
    for (int i = 0; i < 3; ++i)
        PasswordDialog::setNextAnswer(QStringLiteral("sai"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    other->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    QVERIFY(!other->database().isServer());
    QCOMPARE(other->database().path(), QFileInfo(m_file).absoluteFilePath());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("refused the user name or the password")), qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("sai")));
}

void TestServerConnect::cancellingThePromptKeepsTheOpenStore()
{
    if (const QString why = test::pgServerUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ServerAddress address;
    QVERIFY(serverStore(QStringLiteral("gui_cancel"), &address));
    auto window = newWindow();
    QVERIFY(window);
    answerWith(address);
    PasswordDialog::setNextAnswer(std::nullopt);
    const QString before = MessageBox::lastText();
    window->findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    QCOMPARE(window->database().path(), QFileInfo(m_file).absoluteFilePath());
    QCOMPARE(MessageBox::lastText(), before); // cancelling is not an error to report
}

QTEST_MAIN(TestServerConnect)
#include "tst_server_connect.moc"
