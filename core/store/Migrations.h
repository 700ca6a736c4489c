#pragma once
// The ordered schema migrations: migration N brings a store from user_version N-1 to N.

#include <QList>
#include <QString>
#include <QStringList>

namespace pardesk {

struct Migration {
    int version;
    QString description;
    QStringList statements; // for both engines, written for SQLite (SqlDialect translates them)
    // Run on a PostgreSQL server only, after `statements`, as written: who may read and write what
    // (roles, grants, row-level security; docs/server.md). A table added by a later migration is
    // read and written only by the store's owner on a server until its serverStatements grant it.
    QStringList serverStatements = {};
};

// The first schema with the server's roles and row-level security (ServerLogins).
constexpr int kServerRolesVersion = 10;

const QList<Migration> &migrations();

// The schema version this build writes; a store with a higher PRAGMA user_version is refused.
int latestSchemaVersion();

// Written to PRAGMA application_id so that a SQLite file of another program is recognised.
constexpr int kApplicationId = 0x50415244; // "PARD"

} // namespace pardesk
