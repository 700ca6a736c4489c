#pragma once
// Where a server store lives: `postgresql://USER@HOST[:PORT]/DBNAME`, accepted wherever a store's
// file path is (--db, Store::open). The password is never part of it: libpq reads ~/.pgpass (or the
// file PGPASSFILE names) itself, so it stays out of the command line and the process list.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pardesk {

struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString user;     // empty: libpq's default (the login name)
    QString host;     // a name, an address, or a unix socket folder ("%2Frun%2Fpostgresql" in the URL)
    int port = -1;    // -1: libpq's default (5432)
    QString database;

    // Whether `text` names a server store rather than a file: it starts with postgresql:// or postgres://.
    static bool isServerUrl(const QString &text);
    // The parts of the URL, or what is wrong with it and where.
    static Result<ServerAddress> parse(const QString &text);
    // The URL again, as messages name the store (never with a password: it has none).
    QString url() const;
};

} // namespace pardesk
