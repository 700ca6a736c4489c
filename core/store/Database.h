#pragma once
// The ParDesk store: one SQLite file, or a database on a PostgreSQL server (docs/server.md), opened
// safely, upgraded by migrations, and filled with the bundled dataset when it is new.

#include "store/SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace pardesk {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options {
        bool createIfMissing = true;
        bool loadBundledDataset = true; // into a store that has never held it
        int schemaVersion = 0;          // 0: the latest; tests build older stores with it
        // Nothing is written, so a store on a CD or a locked share can still be read (and backed
        // up). A store that would need an upgrade first is refused.
        bool readOnly = false;
        // For the application's start: the full check of the file (PRAGMA quick_check, which reads
        // every page) is left to checkIntegrity(), after the first paint; until it has passed the
        // connection refuses every write (PRAGMA query_only). The cheap checks (header, schema,
        // version) still run at open, and a store to be upgraded or filled is checked fully first.
        bool deferIntegrityCheck = false;
        // A server store's password, typed by the user in the GUI when ~/.pgpass has none. Held
        // only for this connection: never written to the settings, the recent list or a message.
        QString password;
    };

    // `path` is a file, or a server's postgresql://USER@HOST[:PORT]/DBNAME (ServerAddress): the same
    // checks, migrations and dataset there, and a refusal of whatever cannot be used.
    // Checks the file before touching it: a missing folder, a file that is not SQLite, a corrupt or
    // read-only store, or one written by a newer ParDesk is refused with a message naming the path,
    // and the file is left as it was.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // QStandardPaths::AppDataLocation/pardesk.sqlite; the folder is created when missing.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    // The file's absolute path, or the server's URL.
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    // A warning for the user about where the store lives (a SQLite file on a network filesystem),
    // or empty. The store is open and usable either way.
    const QString &locationWarning() const { return m_locationWarning; }
    // An error, not 0, when the store cannot be read.
    Result<int> schemaVersion() const;
    bool loadedDatasetNow() const { return m_loadedDataset; }

    // Whether the deferred full check is still to pass (Options::deferIntegrityCheck): until then
    // nothing can be written.
    bool integrityPending() const { return m_integrityPending; }
    // The full check of the file at `path` on a connection of its own: safe on a worker thread.
    // A server checks its own pages: nothing to do for a server URL.
    static Status checkIntegrity(const QString &path);
    // Takes the outcome of checkIntegrity(): writes are allowed once it passed; a damaged store
    // stays read-only and the message says so.
    Status acceptIntegrityCheck(const Status &checked);

private:
    Database(QString path, QString connectionName, Engine engine);
    static QString nextConnectionName(); // each Database its own Qt SQL connection
    static Result<std::unique_ptr<Database>> openServer(const QString &url, const Options &options);
    Status inspectServer() const;
    QString explainServerFailure(const QString &serverMessage, bool passwordTyped) const;
    static bool isPasswordFailure(const QString &serverMessage);
    Status mayCreateRoles() const;
    void rememberLogin() const;
    // Makes the writers that must run alone (migrations, the dataset) wait for each other: SQLite's
    // BEGIN IMMEDIATE already does; on a server an advisory lock held until the transaction ends.
    Status lockForSetup() const;
    Status inspect(bool fullCheck) const;
    QString explainOpenFailure(const QString &sqliteMessage) const;
    Status configure();
    Status migrate(int target);
    Result<bool> needsDataset() const;
    Status loadDatasetIfNeeded();

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
    QSqlDatabase m_db;
    QString m_locationWarning;
    bool m_loadedDataset = false;
    bool m_integrityPending = false;
};

} // namespace pardesk
