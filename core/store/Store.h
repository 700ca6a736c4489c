#pragma once
// The opened store and its repositories: what views, commands, prints, exports and the core's
// builders receive instead of a connection. Repositories are cheap objects over the store's
// connection, made on each call. The connection itself stays inside core/store: store-level
// operations (Backup, BackupRotation, ConsistencyCheck, Transaction, the synthetic generator) take
// the Store and reach it through database() there.

#include "store/AuditLog.h"
#include "store/CertificateRegister.h"
#include "store/CriteriaSets.h"
#include "store/Database.h"
#include "store/FormValueRepository.h"
#include "store/Forms.h"
#include "store/PackagePolicy.h"
#include "store/PlanEditor.h"
#include "store/Plans.h"
#include "store/References.h"
#include "store/Scores.h"
#include "store/SelfAssessments.h"
#include "store/ServerLogins.h"
#include "store/StoreEvents.h"
#include "store/StoreRights.h"
#include "store/Submissions.h"
#include "util/Result.h"

#include <memory>
#include <utility>

namespace pardesk {

class Store {
public:
    // As Database::open: the same checks, the same messages.
    static Result<std::unique_ptr<Store>> open(const QString &path, const Database::Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Database::Options{}); }

    explicit Store(std::unique_ptr<Database> database) : m_database(std::move(database)) {}
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_database->path(); }
    Result<int> schemaVersion() const { return m_database->schemaVersion(); }
    bool loadedDatasetNow() const { return m_database->loadedDatasetNow(); }
    Database &database() const { return *m_database; }
    // On a PostgreSQL server rather than in a SQLite file (docs/server.md).
    bool isServer() const { return m_database->isServer(); }
    // The deferred full check (Database::Options::deferIntegrityCheck): see Database.
    bool integrityPending() const { return m_database->integrityPending(); }
    Status acceptIntegrityCheck(const Status &checked) { return m_database->acceptIntegrityCheck(checked); }
    // What this login may do (a file and a server store's owner: everything), read once at open.
    const StoreRights &rights() const { return m_rights; }
    // How many documents, targets, tasks, forms, submissions, scores and agencies the store holds.
    Result<QList<std::pair<QString, int>>> rowCounts() const;

    References references() const { return References(connection()); }
    Forms forms() const { return Forms(connection()); }
    Submissions submissions() const { return Submissions(connection()); }
    Plans plans() const { return Plans(connection()); }
    PlanEditor planEditor() const { return PlanEditor(connection()); }
    Scores scores() const { return Scores(connection()); }
    CriteriaSets criteriaSets() const { return CriteriaSets(connection()); }
    SelfAssessments selfAssessments() const { return SelfAssessments(connection()); }
    AuditLog audit() const { return AuditLog(connection()); }
    // On a server: its logins and their roles.
    ServerLogins serverLogins() const { return ServerLogins(connection()); }
    FormValueRepository formValues() const { return FormValueRepository(connection()); }
    CertificateRegister certificates() const { return CertificateRegister(connection()); }

    // Made by `pardesk-cli generate`: every screen, chart and printout says so (StoreInfo). A store
    // whose store_info cannot be read is taken for not synthetic (Store.cpp says why that is safe).
    bool isSynthetic() const;
    // Whether unsigned packages are refused or imported with a warning (PackagePolicy).
    PackagePolicy::Unsigned unsignedPackages() const { return PackagePolicy::unsignedPackages(connection()); }
    Status setUnsignedPackages(PackagePolicy::Unsigned policy) const
    {
        return PackagePolicy::setUnsignedPackages(connection(), policy);
    }
    // Every committed write to this store is announced here (StoreEvents).
    StoreEvents &events() const { return StoreEvents::of(connection()); }

private:
    QSqlDatabase connection() const { return m_database->connection(); }

    std::unique_ptr<Database> m_database;
    StoreRights m_rights;
};

} // namespace pardesk
