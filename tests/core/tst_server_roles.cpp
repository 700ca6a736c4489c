// Who may do what on a server store (issue 14), enforced by the server: the provincial office, an
// agency's login and a reader each connect with their own login (passwords in a pgpass file the test
// writes) to a store on the throw-away cluster of the fixture pg_cluster. An agency writes only its
// own drafts; a refused write names the login and what it may do, and leaves the rows as they were.
// Also: a plan's delete and its undo on a server (rows found again by primary key, not rowid).
#include "CriteriaNodes.h"
#include "PgTestServer.h"
#include "store/CriteriaSets.h"
#include "store/Migrations.h"
#include "store/PlanEditor.h"
#include "store/SelfAssessments.h"
#include "store/ServerLogins.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

qlonglong count(const Store &store, const QString &sql)
{
    const auto value = Statement(store.database().connection(), sql).scalar();
    return value ? value->toLongLong() : -1;
}

// The rows a refused write must leave as they were.
QList<qlonglong> rowsOf(const Store &owner)
{
    return {count(owner, QStringLiteral("SELECT count(*) FROM submissions")),
            count(owner, QStringLiteral("SELECT count(*) FROM submission_values")),
            count(owner, QStringLiteral("SELECT count(*) FROM audit_log")),
            count(owner, QStringLiteral("SELECT count(*) FROM documents")),
            count(owner, QStringLiteral("SELECT count(*) FROM submissions WHERE status = 'approved'"))};
}

} // namespace

class TestServerRoles : public QObject {
    Q_OBJECT
private slots:
    void eachRoleMayDoWhatItIsFor();
    void anAgencyAssessesOnlyItselfWhileDraft();
    void addingLoginsRefusesWhatCannotBe();
    void anOwnerThatMayNotCreateRolesIsToldWhatToDo();
    void aPlanIsDeletedAndRestoredOnTheServer();

private:
    static QString as(const QString &url, const QString &login) { return test::PgTestLogins::as(url, login); }
    QString addLogin(Store &owner, const QString &stem, const QString &role, const QString &agencyKey = {})
    {
        return m_logins.add(owner, stem, role, agencyKey);
    }

    test::PgTestLogins m_logins;
};

void TestServerRoles::eachRoleMayDoWhatItIsFor()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("roles"));
    auto ownerStore = Store::open(url);
    QVERIFY2(ownerStore, qPrintable(ownerStore.error()));
    Store &owner = *ownerStore.value();
    const auto forms = owner.forms().list();
    QVERIFY2(forms && !forms->isEmpty(), qPrintable(forms.error()));
    const Form form = forms->first();
    const auto agencies = owner.references().agencies(form.province);
    QVERIFY2(agencies && agencies->size() >= 2, qPrintable(agencies.error()));
    const AgencyRef a = agencies->at(0), b = agencies->at(1);
    const auto definition = owner.forms().definition(form.id);
    QVERIFY2(definition, qPrintable(definition.error()));
    std::optional<FormItem> item;
    for (const FormItem &i : definition->items())
        if (!item && !i.formula && i.kind == ItemKind::Count)
            item = i;
    QVERIFY(item);
    const auto cell = [&](const QString &typed) {
        return CellWrite{item->id, item->code, CellWrite::Field::Value, typed, typed.toDouble()};
    };

    // The owner writes anything: B's draft, and a report of A already submitted.
    const auto draftOfB = owner.submissions().create(form.id, b.id, QStringLiteral("2031Q1"));
    QVERIFY2(draftOfB, qPrintable(draftOfB.error()));
    const auto submittedOfA = owner.submissions().create(form.id, a.id, QStringLiteral("2031Q1"));
    QVERIFY2(submittedOfA, qPrintable(submittedOfA.error()));
    QVERIFY(owner.submissions().write(submittedOfA.value(), {cell(QStringLiteral("4"))}));
    QVERIFY(owner.submissions().submit(submittedOfA.value(), QString()));

    const QString provinceLogin = addLogin(owner, QStringLiteral("province"), QStringLiteral("province"));
    const QString agencyLogin = addLogin(owner, QStringLiteral("agency_a"), QStringLiteral("agency"), a.key);
    const QString readerLogin = addLogin(owner, QStringLiteral("reader"), QStringLiteral("reader"));
    QVERIFY(!provinceLogin.isEmpty() && !agencyLogin.isEmpty() && !readerLogin.isEmpty());
    const auto listed = owner.serverLogins().list();
    QVERIFY2(listed, qPrintable(listed.error()));
    QCOMPARE(listed->size(), 3);
    const qlonglong allReports = count(owner, QStringLiteral("SELECT count(*) FROM submissions"));

    // An agency: its own reports only, drafts only.
    {
        auto opened = Store::open(as(url, agencyLogin));
        QVERIFY2(opened, qPrintable(opened.error()));
        Store &agency = *opened.value();
        const auto seen = agency.submissions().list();
        QVERIFY2(seen, qPrintable(seen.error()));
        QVERIFY(std::all_of(seen->begin(), seen->end(), [&](const Submission &s) { return s.agencyKey == a.key; }));
        QVERIFY(std::any_of(seen->begin(), seen->end(), [&](const Submission &s) { return s.id == submittedOfA.value(); }));
        QVERIFY(agency.plans().documents()); // it reads the plans

        const auto own = agency.submissions().create(form.id, a.id, QStringLiteral("2031Q2"));
        QVERIFY2(own, qPrintable(own.error()));
        const Status written = agency.submissions().write(own.value(), {cell(QStringLiteral("12"))});
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(agency.submissions().values(own.value())->first().raw, QStringLiteral("12"));
        QVERIFY(agency.submissions().submit(own.value(), QString()));

        const QList<qlonglong> before = rowsOf(owner);
        // Another agency's report: refused by the server, with the login named.
        const auto ofB = agency.submissions().create(form.id, b.id, QStringLiteral("2031Q2"));
        QVERIFY(!ofB);
        QVERIFY(ofB.failure().refused);
        QVERIFY2(ofB.error().contains(agencyLogin) && ofB.error().contains(a.name) && ofB.error().contains(b.name)
                     && ofB.error().contains(QStringLiteral("Nothing was written")),
                 qPrintable(ofB.error()));
        const Status intoB = agency.submissions().write(draftOfB.value(), {cell(QStringLiteral("99"))});
        QVERIFY(!intoB);
        QVERIFY2(intoB.error().contains(QStringLiteral("may read")), qPrintable(intoB.error()));
        // Behind the repository's back, straight SQL: the server itself refuses.
        const Status raw = Statement(agency.database().connection(), QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw) "
                                                                          "VALUES (?, ?, '99')"))
                               .bind({draftOfB.value(), item->id})
                               .exec();
        QVERIFY(!raw);
        QVERIFY2(raw.isRefused() && raw.error().contains(agencyLogin), qPrintable(raw.error()));
        // Its own report, once submitted, neither changes nor is approved or reopened by it.
        QVERIFY(!agency.submissions().write(submittedOfA.value(), {cell(QStringLiteral("5"))}));
        for (const Status &status : {agency.submissions().approve(own.value()), agency.submissions().reopen(own.value())}) {
            QVERIFY(!status);
            QVERIFY2(status.isRefused() && status.error().contains(agencyLogin), qPrintable(status.error()));
        }
        QVERIFY(Statement(agency.database().connection(), QStringLiteral("UPDATE submission_values SET raw = '5' WHERE submission_id = ?"))
                    .bind(submittedOfA.value())
                    .execChanged()
                    .isRefused());
        // Its writes are audited under its login, and it cannot sign a row for another.
        QCOMPARE(count(owner, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'submission' AND entity_id = %1 "
                                             "AND \"user\" <> '%2'").arg(own.value()).arg(agencyLogin)),
                 0);
        QVERIFY(count(owner, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'submission' AND entity_id = %1")
                                 .arg(own.value())) >= 3); // created, written, submitted
        const Status forged = Statement(agency.database().connection(), QStringLiteral("INSERT INTO audit_log(at, \"user\", entity, entity_id, action) "
                                                                             "VALUES ('t', 'snv_admin', 'submission', ?, 'approve')"))
                                  .bind(own.value())
                                  .exec();
        QVERIFY2(!forged && forged.isRefused(), qPrintable(forged.error()));
        // Nor a plan.
        const Status plan = Statement::run(agency.database().connection(), QStringLiteral("DELETE FROM tasks"));
        QVERIFY2(!plan && plan.isRefused(), qPrintable(plan.error()));
        QCOMPARE(rowsOf(owner), before);
        QCOMPARE(owner.submissions().values(submittedOfA.value())->first().raw, QStringLiteral("4"));
        QVERIFY(owner.submissions().values(draftOfB.value())->isEmpty());
    }

    // A reader: reads all, writes nothing.
    {
        auto opened = Store::open(as(url, readerLogin));
        QVERIFY2(opened, qPrintable(opened.error()));
        Store &reader = *opened.value();
        QCOMPARE(reader.submissions().list()->size(), allReports + 1);
        QVERIFY(!reader.submissions().values(submittedOfA.value())->isEmpty());
        const QList<qlonglong> before = rowsOf(owner);
        const auto created = reader.submissions().create(form.id, a.id, QStringLiteral("2031Q3"));
        QVERIFY(!created);
        QVERIFY2(created.failure().refused && created.error().contains(readerLogin)
                     && created.error().contains(QStringLiteral("only read")),
                 qPrintable(created.error()));
        QVERIFY(!reader.submissions().write(draftOfB.value(), {cell(QStringLiteral("1"))}));
        QVERIFY(!reader.submissions().approve(submittedOfA.value()));
        QVERIFY(Statement::run(reader.database().connection(), QStringLiteral("DELETE FROM tasks")).isRefused());
        QCOMPARE(rowsOf(owner), before);
    }

    // The provincial office: reads all and approves.
    {
        auto opened = Store::open(as(url, provinceLogin));
        QVERIFY2(opened, qPrintable(opened.error()));
        Store &province = *opened.value();
        QCOMPARE(province.submissions().list()->size(), allReports + 1);
        const Status approved = province.submissions().approve(submittedOfA.value());
        QVERIFY2(approved, qPrintable(approved.error()));
        QCOMPARE(owner.submissions().header(submittedOfA.value())->status, QStringLiteral("approved"));
        QVERIFY(province.submissions().write(draftOfB.value(), {cell(QStringLiteral("7"))}));
        // The audit trail is appended to, never rewritten, and the logins are the owner's.
        QVERIFY(Statement::run(province.database().connection(), QStringLiteral("DELETE FROM audit_log")).isRefused());
        const Status addUser = province.serverLogins().add(QStringLiteral("someone"), QStringLiteral("reader"), {}, std::nullopt);
        QVERIFY(!addUser);
        QVERIFY2(addUser.isRefused(), qPrintable(addUser.error()));
    }

    // Taking a role away: the login then reads nothing of the reports.
    QVERIFY(owner.serverLogins().remove(readerLogin));
    QCOMPARE(owner.serverLogins().list()->size(), 2);
    auto removed = Store::open(as(url, readerLogin));
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(readerLogin), qPrintable(removed.error()));
}

// The self-assessment tables follow the same rule as the reports: an agency scores its own while
// they are drafts and submits them; the council (the province) appraises.
void TestServerRoles::anAgencyAssessesOnlyItselfWhileDraft()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("assess"));
    auto ownerStore = Store::open(url);
    QVERIFY2(ownerStore, qPrintable(ownerStore.error()));
    Store &owner = *ownerStore.value();
    CriteriaSet set;
    set.key = QStringLiteral("TEST.roles");
    set.name = QStringLiteral("Bộ tiêu chí thử (dữ liệu sinh cho kiểm thử)");
    set.yearFrom = 2024;
    set.agencyGroup = QStringLiteral("department");
    set.nodes = {test::criteriaNode(1, "1", {}, CriteriaLevel::Area, 3),
                 test::criteriaNode(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
                 test::criteriaNode(3, "1.2", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
                 test::criteriaNode(4, "1.3", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Survey)};
    const auto setId = owner.criteriaSets().import(set);
    QVERIFY2(setId, qPrintable(setId.error()));
    const auto mine = owner.references().agency(QStringLiteral("TV.STTTT"));
    const auto other = owner.references().agency(QStringLiteral("TV.SNV"));
    QVERIFY(mine && mine.value() && other && other.value());
    const auto othersDraft = SelfAssessments(owner.database().connection()).create(setId.value(), other.value()->id, QStringLiteral("2024"));
    QVERIFY2(othersDraft, qPrintable(othersDraft.error()));

    const QString agencyLogin = addLogin(owner, QStringLiteral("assessor"), QStringLiteral("agency"), mine.value()->key);
    const QString provinceLogin = addLogin(owner, QStringLiteral("council"), QStringLiteral("province"));
    QVERIFY(!agencyLogin.isEmpty() && !provinceLogin.isEmpty());
    qint64 own = 0;
    {
        auto opened = Store::open(as(url, agencyLogin));
        QVERIFY2(opened, qPrintable(opened.error()));
        const SelfAssessments agency(opened.value()->database().connection());
        const auto listed = agency.list();
        QVERIFY2(listed && listed->isEmpty(), "an agency sees another agency's self-assessment");
        const auto created = agency.create(setId.value(), mine.value()->id, QStringLiteral("2024"));
        QVERIFY2(created, qPrintable(created.error()));
        own = created.value();
        const Status scored = agency.setScore(own, QStringLiteral("1.1"), 1, QStringLiteral("Đã làm"));
        QVERIFY2(scored, qPrintable(scored.error()));
        // The survey's points are the province's to enter, even in the agency's own draft.
        const Status survey = agency.setSurveyPoints(own, QStringLiteral("1.3"), 1);
        QVERIFY2(!survey && survey.error().contains(agencyLogin), qPrintable(survey.error()));
        QVERIFY(agency.submit(own));
        const QList<qlonglong> before = rowsOf(owner);
        const qlonglong assessments = count(owner, QStringLiteral("SELECT count(*) FROM self_assessments"));
        const qlonglong scores = count(owner, QStringLiteral("SELECT count(*) FROM assessment_scores"));
        const auto forOther = agency.create(setId.value(), other.value()->id, QStringLiteral("2023"));
        QVERIFY2(!forOther && forOther.failure().refused, qPrintable(forOther.error()));
        QVERIFY(!agency.setScore(othersDraft.value(), QStringLiteral("1.1"), 1, {}));
        QVERIFY(!agency.setScore(own, QStringLiteral("1.2"), 1, {})); // submitted: frozen
        const Status appraised = agency.appraise(own, {{QStringLiteral("1.1"), 1, QString()}});
        QVERIFY2(!appraised && appraised.isRefused(), qPrintable(appraised.error()));
        QCOMPARE(count(owner, QStringLiteral("SELECT count(*) FROM self_assessments")), assessments);
        QCOMPARE(count(owner, QStringLiteral("SELECT count(*) FROM assessment_scores")), scores);
        QCOMPARE(rowsOf(owner), before);

        // Sent, it may be withdrawn by its own agency to correct it (a draft again), and sent again;
        // another agency's sent one may not, nor may a sent one be changed while it stays sent.
        QVERIFY(SelfAssessments(owner.database().connection()).submit(othersDraft.value()));
        const Status othersWithdrawn = agency.withdraw(othersDraft.value());
        QVERIFY2(!othersWithdrawn, "an agency withdrew another agency's self-assessment");
        const Status restamped = Statement(opened.value()->database().connection(),
                                           QStringLiteral("UPDATE self_assessments SET updated_at = 'x' WHERE id = ?"))
                                     .bind({own})
                                     .exec();
        QVERIFY2(!restamped && restamped.error().contains(QStringLiteral("self-assessments")), qPrintable(restamped.error()));
        const Status withdrawn = agency.withdraw(own);
        QVERIFY2(withdrawn, qPrintable(withdrawn.error()));
        QCOMPARE(agency.header(own)->status, QStringLiteral("draft"));
        QVERIFY2(agency.setScore(own, QStringLiteral("1.2"), 0, QStringLiteral("Chưa làm")), "the withdrawn draft takes points");
        QVERIFY(agency.submit(own));
        QCOMPARE(SelfAssessments(owner.database().connection()).header(othersDraft.value())->status, QStringLiteral("submitted"));
    }
    auto opened = Store::open(as(url, provinceLogin));
    QVERIFY2(opened, qPrintable(opened.error()));
    const SelfAssessments council(opened.value()->database().connection());
    QCOMPARE(council.list()->size(), 2);
    const Status survey = council.setSurveyPoints(own, QStringLiteral("1.3"), 0.5);
    QVERIFY2(survey, qPrintable(survey.error()));
    QCOMPARE(council.scores(own)->size(), 3); // 1.1 and 1.2 by the agency, 1.3 by the survey
    const Status appraised = council.appraise(own, {{QStringLiteral("1.1"), 1, QStringLiteral("Đạt")}});
    QVERIFY2(appraised, qPrintable(appraised.error()));
    QCOMPARE(SelfAssessments(owner.database().connection()).header(own)->status, QStringLiteral("appraised"));
    // Appraised, it is no longer the agency's to withdraw.
    auto agencyAgain = Store::open(as(url, agencyLogin));
    QVERIFY2(agencyAgain, qPrintable(agencyAgain.error()));
    QVERIFY(!SelfAssessments(agencyAgain.value()->database().connection()).withdraw(own));
    QCOMPARE(SelfAssessments(owner.database().connection()).header(own)->status, QStringLiteral("appraised"));
}

void TestServerRoles::addingLoginsRefusesWhatCannotBe()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("logins"));
    auto opened = Store::open(url);
    QVERIFY2(opened, qPrintable(opened.error()));
    const ServerLogins logins = opened.value()->serverLogins();
    const QString name = QStringLiteral("refused_%1").arg(QCoreApplication::applicationPid());
    const QList<std::tuple<QString, QString, QString, QString>> cases = {
        {name, QStringLiteral("admin"), QString(), QStringLiteral("Unknown role")},
        {name, QStringLiteral("agency"), QString(), QStringLiteral("--agency")},
        {name, QStringLiteral("agency"), QStringLiteral("XX.NONE"), QStringLiteral("no agency with the key")},
        {name, QStringLiteral("reader"), QStringLiteral("TQ.STTTT"), QStringLiteral("takes no --agency")},
        {QStringLiteral("Bad-Name"), QStringLiteral("reader"), QString(), QStringLiteral("cannot be a login")},
        {QStringLiteral("pardesk"), QStringLiteral("reader"), QString(), QStringLiteral("owner")},
    };
    for (const auto &[login, role, agency, expected] : cases) {
        const Status s = logins.add(login, role, agency, std::nullopt);
        QVERIFY2(!s && s.error().contains(expected), qPrintable(login + u' ' + role + QStringLiteral(": ") + s.error()));
    }
    QVERIFY(logins.list()->isEmpty());
    QVERIFY(logins.add(name, QStringLiteral("reader"), {}, std::nullopt));
    const Status twice = logins.add(name, QStringLiteral("province"), {}, std::nullopt);
    QVERIFY2(!twice && twice.error().contains(QStringLiteral("already")), qPrintable(twice.error()));
    QVERIFY(!logins.remove(QStringLiteral("nobody")));

    // A file has no logins.
    QTemporaryDir dir;
    auto file = Store::open(dir.filePath(QStringLiteral("file.sqlite")));
    QVERIFY2(file, qPrintable(file.error()));
    const Status onFile = file.value()->serverLogins().add(name, QStringLiteral("reader"), {}, std::nullopt);
    QVERIFY2(!onFile && onFile.error().contains(QStringLiteral("PostgreSQL")), qPrintable(onFile.error()));
}

// A store made on a server before its roles (schema 9) by an owner without CREATEROLE: the upgrade
// is refused with what the administrator must run, and the store is left at 9.
void TestServerRoles::anOwnerThatMayNotCreateRolesIsToldWhatToDo()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("norole"));
    const QString login = QStringLiteral("plain_owner_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("plain-password");
    const QString database = url.section(u'/', -1);
    for (const QString &sql : {QStringLiteral("CREATE ROLE %1 LOGIN NOCREATEROLE PASSWORD '%2'").arg(login, password),
                               QStringLiteral("GRANT %1 TO pardesk").arg(login),
                               QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, login)})
        QCOMPARE(pardesk::test::pgExec(url, sql), QString());
    QVERIFY(m_logins.rememberPassword(login, password));
    Database::Options old;
    old.schemaVersion = kServerRolesVersion - 1;
    old.loadBundledDataset = false;
    {
        auto before = Database::open(as(url, login), old);
        QVERIFY2(before, qPrintable(before.error()));
    }
    auto upgraded = Database::open(as(url, login));
    QVERIFY(!upgraded);
    QVERIFY2(upgraded.error().contains(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(login)), qPrintable(upgraded.error()));
    auto again = Database::open(as(url, login), old);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value()->schemaVersion().value(), kServerRolesVersion - 1);
}

void TestServerRoles::aPlanIsDeletedAndRestoredOnTheServer()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("plandelete"));
    auto opened = Store::open(url);
    QVERIFY2(opened, qPrintable(opened.error()));
    Store &store = *opened.value();
    const auto documents = store.plans().documents();
    QVERIFY2(documents, qPrintable(documents.error()));
    const auto plan = std::find_if(documents->begin(), documents->end(),
                                   [](const Document &d) { return d.citedBy.isEmpty() && d.targetCount > 0 && d.taskCount > 0; });
    QVERIFY(plan != documents->end());
    const qlonglong targets = count(store, QStringLiteral("SELECT count(*) FROM targets"));
    const qlonglong linkedTasks = count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE target_id IS NOT NULL"));
    PlanEditor editor = store.planEditor();
    const auto removed = editor.remove(PlanEntity::Document, {plan->id});
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!editor.document(plan->id));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets")), targets - plan->targetCount);
    const Status restored = editor.restore(removed.value());
    QVERIFY2(restored, qPrintable(restored.error()));
    QVERIFY(editor.document(plan->id));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets")), targets);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE target_id IS NOT NULL")), linkedTasks);

    // A target whose tasks keep a link to it: the links come back by the tasks' primary key.
    const auto target = Statement(store.database().connection(), QStringLiteral("SELECT target_id FROM tasks WHERE target_id IS NOT NULL LIMIT 1")).scalar();
    QVERIFY2(target, qPrintable(target.error()));
    const auto removedTarget = editor.remove(PlanEntity::Target, {target->toLongLong()});
    QVERIFY2(removedTarget, qPrintable(removedTarget.error()));
    QVERIFY(editor.restore(removedTarget.value()));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE target_id IS NOT NULL")), linkedTasks);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
