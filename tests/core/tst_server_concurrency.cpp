// Many PCs on one server store at once (issue 14): 16 agencies' staff, each on a process of its own
// with the agency's own login, create, fill and submit reports while 4 processes of the provincial
// office approve them; then every write a client was told is committed is in the store, whole and
// audited under the login that made it, and each report was approved exactly once. Then the same
// with every client killed (kill -9) in the middle of its work: nothing committed is lost, nothing
// half-written is left, and the store takes new writes at once. The clients are
// pardesk_stress_client (tests/support/StressClient.cpp); their figures are generated.
// Skips where PostgreSQL is missing.
#include "PgTestServer.h"
#include "store/Store.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pardesk;

namespace {

// What one client process printed: one line per write the store reported committed.
struct ClientRun {
    std::unique_ptr<QProcess> process;
    QByteArray out;
    QString login;

    int count(const QByteArray &verb) const
    {
        const QList<QByteArray> lines = out.split('\n');
        return int(std::count_if(lines.begin(), lines.end(), [&](const QByteArray &l) { return l.startsWith(verb + ' '); }));
    }
    QList<qint64> idsOf(const QString &verb) const
    {
        QList<qint64> ids;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() >= 2 && words.first() == verb.toLatin1())
                ids.append(words.at(1).toLongLong());
        }
        return ids;
    }
    void readOut() { out += process->readAllStandardOutput(); }
};

// One report as the store holds it, read past ParDesk on the test's own connection.
struct StoredReport {
    QString status;
    int values = 0;
    QHash<QString, int> auditActions; // action → rows
    QSet<QString> auditUsers;
};

} // namespace

class TestServerConcurrency : public QObject {
    Q_OBJECT
private slots:
    void twentyClientsLoseNothing();
    void killedClientsLoseNothingCommitted();
    void oneReportCreatedOnTwoPcsAtOnce();

private:
    // A store with the bundled dataset and `writers` agencies' logins plus one of the province.
    // Leaves the URL, the form and the agencies (id → login) in the members.
    void makeStore(const QString &stem, int writers);
    ClientRun start(const QString &login, const QStringList &arguments);
    QHash<qint64, StoredReport> storedReports(const QString &sqlFilter);

    test::PgTestLogins m_logins;
    QTemporaryDir m_dir;
    QString m_url;
    qint64 m_formId = 0;
    int m_countedItems = 0;
    QList<std::pair<qint64, QString>> m_agencies; // agency id, its login
    QString m_provinceLogin;
};

void TestServerConcurrency::makeStore(const QString &stem, int writers)
{
    PARDESK_PG_DATABASE(m_url, stem);
    auto opened = Store::open(m_url);
    QVERIFY2(opened, qPrintable(opened.error()));
    Store &owner = *opened.value();
    const auto forms = owner.forms().list();
    QVERIFY2(forms, qPrintable(forms.error()));
    const auto form = std::find_if(forms->begin(), forms->end(), [](const Form &f) { return f.key == u"TQ-PL08-CQDT"; });
    QVERIFY(form != forms->end());
    m_formId = form->id;
    const auto definition = owner.forms().definition(m_formId);
    QVERIFY2(definition, qPrintable(definition.error()));
    m_countedItems = int(std::count_if(definition->items().begin(), definition->items().end(),
                                       [](const FormItem &i) { return i.kind == ItemKind::Count && !i.formula; }));
    QVERIFY(m_countedItems > 5);
    const auto agencies = owner.references().agencies(QStringLiteral("TQ"));
    QVERIFY2(agencies && agencies->size() >= writers, qPrintable(agencies.error()));
    m_agencies.clear();
    for (int i = 0; i < writers; ++i) {
        const QString login = m_logins.add(owner, QStringLiteral("%1_a%2").arg(stem).arg(i), QStringLiteral("agency"), agencies->at(i).key);
        QVERIFY(!login.isEmpty());
        m_agencies.append({agencies->at(i).id, login});
    }
    m_provinceLogin = m_logins.add(owner, stem + QStringLiteral("_p"), QStringLiteral("province"));
    QVERIFY(!m_provinceLogin.isEmpty());
}

ClientRun TestServerConcurrency::start(const QString &login, const QStringList &arguments)
{
    ClientRun run;
    run.login = login;
    run.process = std::make_unique<QProcess>();
    run.process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList all = arguments;
    all.insert(1, test::PgTestLogins::as(m_url, login));
    run.process->start(QStringLiteral(PARDESK_STRESS_CLIENT_PATH), all);
    if (!run.process->waitForStarted(30000))
        qWarning("the client did not start: %s", qPrintable(run.process->errorString()));
    return run;
}

QHash<qint64, StoredReport> TestServerConcurrency::storedReports(const QString &sqlFilter)
{
    QHash<qint64, StoredReport> reports;
    QString error;
    const auto rows = test::pgRows(m_url,
                                   QStringLiteral("SELECT s.id, s.status, (SELECT count(*) FROM submission_values v WHERE v.submission_id = s.id) "
                                                  "FROM submissions s WHERE %1")
                                       .arg(sqlFilter),
                                   &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    for (const QVariantList &row : rows)
        reports[row.at(0).toLongLong()] = StoredReport{row.at(1).toString(), row.at(2).toInt(), {}, {}};
    const auto audit = test::pgRows(m_url,
                                    QStringLiteral("SELECT a.entity_id, a.action, a.\"user\" FROM audit_log a JOIN submissions s "
                                                   "ON a.entity = 'submission' AND a.entity_id = s.id WHERE %1")
                                        .arg(sqlFilter),
                                    &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    for (const QVariantList &row : audit) {
        StoredReport &report = reports[row.at(0).toLongLong()];
        report.auditActions[row.at(1).toString()] += 1;
        report.auditUsers.insert(row.at(2).toString());
    }
    return reports;
}

void TestServerConcurrency::twentyClientsLoseNothing()
{
    makeStore(QStringLiteral("conc"), 16);
    if (QTest::currentTestFailed() || m_url.isEmpty())
        return;
    const int rounds = 6;
    const QString stopFile = m_dir.filePath(QStringLiteral("stop-approving"));
    std::vector<ClientRun> writers, approvers;
    for (int w = 0; w < m_agencies.size(); ++w) {
        const auto &[agency, login] = m_agencies.at(w);
        writers.push_back(start(login, {QStringLiteral("writer"), QString::number(m_formId), QString::number(agency),
                                        QString::number(2041 + 2 * w), QString::number(rounds)}));
    }
    for (int a = 0; a < 4; ++a)
        approvers.push_back(start(m_provinceLogin, {QStringLiteral("approver"), stopFile, QStringLiteral("2041")}));

    for (ClientRun &w : writers) {
        QVERIFY2(w.process->waitForFinished(240000), "a writer did not finish in 4 minutes");
        w.readOut();
        QVERIFY2(w.process->exitStatus() == QProcess::NormalExit && w.process->exitCode() == 0,
                 qPrintable(QString::fromUtf8(w.out + w.process->readAllStandardError())));
    }
    QFile stop(stopFile);
    QVERIFY(stop.open(QIODevice::WriteOnly));
    stop.close();
    QList<qint64> approved;
    for (ClientRun &a : approvers) {
        QVERIFY2(a.process->waitForFinished(120000), "an approver did not stop in 2 minutes");
        a.readOut();
        QVERIFY2(a.process->exitCode() == 0, qPrintable(QString::fromUtf8(a.out + a.process->readAllStandardError())));
        approved += a.idsOf(QStringLiteral("approved"));
    }

    int retries = 0;
    for (const std::vector<ClientRun> *group : {&writers, &approvers})
        for (const ClientRun &c : *group)
            retries += c.count("retry");
    qInfo("%d writes were tried again after the server refused them as conflicting (SQLSTATE 40001)", retries);

    // Every report each writer was told is committed, whole, approved once, audited by its login.
    QSet<qint64> created;
    QHash<qint64, QString> writerOf;
    for (const ClientRun &w : writers) {
        const QList<qint64> ids = w.idsOf(QStringLiteral("created"));
        QCOMPARE(ids.size(), rounds);
        QCOMPARE(w.idsOf(QStringLiteral("submitted")), ids);
        for (qint64 id : ids)
            writerOf[id] = w.login;
        created += QSet<qint64>(ids.begin(), ids.end());
    }
    QCOMPARE(created.size(), 16 * rounds);
    QCOMPARE(approved.size(), created.size()); // none twice: a second approval is refused
    QCOMPARE(QSet<qint64>(approved.begin(), approved.end()), created);

    const QHash<qint64, StoredReport> stored = storedReports(QStringLiteral("s.period >= '2041'"));
    QCOMPARE(QSet<qint64>(stored.keyBegin(), stored.keyEnd()), created);
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const StoredReport &r = it.value();
        QCOMPARE(r.status, QStringLiteral("approved"));
        QCOMPARE(r.values, m_countedItems);
        QCOMPARE(r.auditActions.value(QStringLiteral("create")), 1);
        QCOMPARE(r.auditActions.value(QStringLiteral("set_value")), m_countedItems);
        QCOMPARE(r.auditActions.value(QStringLiteral("submit")), 1);
        QCOMPARE(r.auditActions.value(QStringLiteral("approve")), 1);
        QCOMPARE(r.auditUsers, (QSet<QString>{writerOf.value(it.key()), m_provinceLogin}));
    }
}

void TestServerConcurrency::killedClientsLoseNothingCommitted()
{
    makeStore(QStringLiteral("kill"), 10);
    if (QTest::currentTestFailed() || m_url.isEmpty())
        return;
    const QString stopFile = m_dir.filePath(QStringLiteral("never"));
    std::vector<ClientRun> clients;
    for (int w = 0; w < m_agencies.size(); ++w) {
        const auto &[agency, login] = m_agencies.at(w);
        clients.push_back(start(login, {QStringLiteral("writer"), QString::number(m_formId), QString::number(agency),
                                        QString::number(2041 + 20 * w), QStringLiteral("80")}));
    }
    for (int a = 0; a < 2; ++a)
        clients.push_back(start(m_provinceLogin, {QStringLiteral("approver"), stopFile, QStringLiteral("2041")}));

    // Kill every client once each writer has submitted two reports: each is in the middle of
    // something, a create, a write of its values or a status change.
    const auto ready = [&] {
        return std::all_of(clients.begin(), clients.end(), [](ClientRun &c) {
            c.readOut();
            return c.process->arguments().first() != u"writer" || c.idsOf(QStringLiteral("submitted")).size() >= 2;
        });
    };
    const auto anyEnded = [&] {
        return std::any_of(clients.begin(), clients.end(), [](ClientRun &c) { return c.process->state() == QProcess::NotRunning; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready() || anyEnded(), 180000);
    for (ClientRun &c : clients)
        QVERIFY2(c.process->state() == QProcess::Running,
                 qPrintable(QStringLiteral("%1 ended (exit %2): %3")
                                .arg(c.process->arguments().join(u' '), QString::number(c.process->exitCode()),
                                     QString::fromUtf8(c.out + c.process->readAllStandardError()))));
    for (ClientRun &c : clients)
        c.process->kill(); // SIGKILL
    QSet<qint64> created, wrote, submitted, approved;
    for (ClientRun &c : clients) {
        QVERIFY(c.process->waitForFinished(30000));
        QCOMPARE(c.process->exitStatus(), QProcess::CrashExit);
        c.readOut();
        QVERIFY2(!c.out.contains("failed"), c.out.constData());
        for (const auto &[set, verb] : {std::pair{&created, "created"}, {&wrote, "wrote"}, {&submitted, "submitted"}, {&approved, "approved"}}) {
            const QList<qint64> ids = c.idsOf(QString::fromLatin1(verb));
            *set += QSet<qint64>(ids.begin(), ids.end());
        }
    }

    const QHash<qint64, StoredReport> stored = storedReports(QStringLiteral("s.period >= '2041'"));
    // Nothing a client was told is committed is missing.
    for (qint64 id : std::as_const(created))
        QVERIFY2(stored.contains(id), qPrintable(QString::number(id)));
    for (qint64 id : std::as_const(wrote))
        QCOMPARE(stored.value(id).values, m_countedItems);
    for (qint64 id : std::as_const(submitted))
        QVERIFY(stored.value(id).status == u"submitted" || stored.value(id).status == u"approved");
    for (qint64 id : std::as_const(approved))
        QCOMPARE(stored.value(id).status, QStringLiteral("approved"));
    // Nothing half-done: a report's values are all there or none, never a part; each write audited.
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const StoredReport &r = it.value();
        QVERIFY2(r.values == 0 || r.values == m_countedItems, qPrintable(QStringLiteral("report %1: %2 values").arg(it.key()).arg(r.values)));
        QVERIFY(r.status == u"draft" || r.values == m_countedItems);
        QCOMPARE(r.auditActions.value(QStringLiteral("create")), 1);
        QCOMPARE(r.auditActions.value(QStringLiteral("set_value")), r.values);
    }

    // The killed clients' connections hold nothing: the same agencies write again at once.
    const auto &[agency, login] = m_agencies.first();
    ClientRun again = start(login, {QStringLiteral("writer"), QString::number(m_formId), QString::number(agency),
                                    QStringLiteral("2035"), QStringLiteral("1")});
    QVERIFY(again.process->waitForFinished(60000));
    again.readOut();
    QVERIFY2(again.process->exitCode() == 0, qPrintable(QString::fromUtf8(again.out + again.process->readAllStandardError())));
    QCOMPARE(again.idsOf(QStringLiteral("submitted")).size(), 1);
}

// Another PC creates the same report (form, agency, period) while this one's create is under way:
// the second waits for the first and is told the report exists, in ParDesk's words.
void TestServerConcurrency::oneReportCreatedOnTwoPcsAtOnce()
{
    makeStore(QStringLiteral("twice"), 1);
    if (QTest::currentTestFailed() || m_url.isEmpty())
        return;
    const auto &[agency, login] = m_agencies.first();
    QString error;
    const auto firstPc = QStringLiteral("first-pc");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), firstPc);
        db.setHostName(qEnvironmentVariable("PARDESK_TEST_PG_DIR"));
        db.setUserName(QStringLiteral("pardesk"));
        db.setDatabaseName(m_url.section(u'/', -1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at) "
                                       "VALUES (%1, %2, '2050Q1', 'draft', 'now', 'now')")
                            .arg(m_formId)
                            .arg(agency)),
                 qPrintable(q.lastError().text()));
        ClientRun second = start(login, {QStringLiteral("writer"), QString::number(m_formId), QString::number(agency),
                                         QStringLiteral("2050"), QStringLiteral("1")});
        QVERIFY(!second.process->waitForFinished(1500)); // waits for the first PC's transaction
        QVERIFY(db.commit());
        QVERIFY(second.process->waitForFinished(60000));
        second.readOut();
        QCOMPARE(second.process->exitCode(), 3);
        QVERIFY2(second.out.startsWith("failed create 2050Q1") && second.out.contains("exists already"), second.out.constData());
    }
    QSqlDatabase::removeDatabase(firstPc);
    const QList<QVariantList> rows = test::pgRows(m_url, QStringLiteral("SELECT count(*) FROM submissions WHERE period = '2050Q1'"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.value(0).value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
