#pragma once
// The ordered schema migrations: migration N brings a store from user_version N-1 to N.

#include <QList>
#include <QString>
#include <QStringList>

namespace pardesk {

struct Migration {
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &migrations();

// The schema version this build writes; a store with a higher PRAGMA user_version is refused.
int latestSchemaVersion();

// Written to PRAGMA application_id so that a SQLite file of another program is recognised.
constexpr int kApplicationId = 0x50415244; // "PARD"

} // namespace pardesk
