#pragma once
// The opened store and its repositories: what views, commands, prints and exports receive instead
// of a connection. Repositories are cheap objects over the store's connection, made on each call.

#include "store/AuditLog.h"
#include "store/CriteriaSets.h"
#include "store/Database.h"
#include "store/FormValueRepository.h"
#include "store/Forms.h"
#include "store/PlanEditor.h"
#include "store/Plans.h"
#include "store/References.h"
#include "store/Scores.h"
#include "store/SelfAssessments.h"
#include "store/ServerLogins.h"
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

    // For the readers not moved into repositories yet (core/aggregate, core/targets, core/dataset,
    // core/generate, core/store's own safety classes). Nothing new should use it.
    QSqlDatabase connection() const { return m_database->connection(); }

private:
    std::unique_ptr<Database> m_database;
    StoreRights m_rights;
};

} // namespace pardesk
