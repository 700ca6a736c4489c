#include "store/Database.h"
#include "store/StoreEvents.h"

#include "store/DatasetLoader.h"
#include "store/Migrations.h"
#include "store/NetworkFilesystem.h"
#include "store/ServerAddress.h"
#include "store/ServerRefusal.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <atomic>

namespace pardesk {

QString Database::nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pardesk-%1").arg(counter.fetch_add(1));
}

namespace {

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    return Statement(db, sql).scalar();
}

// A file that SQLite itself would accept: empty (a new store) or starting with its magic header.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

} // namespace

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_engine(engine)
{
    m_db = QSqlDatabase::addDatabase(engine == Engine::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                     m_connectionName);
    if (engine == Engine::Sqlite)
        m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    StoreEvents::release(m_connectionName);
    ServerRefusal::forget(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("pardesk.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (ServerAddress::isServerUrl(path))
        return openServer(path, options);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    auto refuse = [&](const QString &why) {
        return Error{tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(absolute), why)};
    };

    if (path.trimmed().isEmpty())
        return Error{tr("No database file was given.")};
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return refuse(tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));

    if (info.isSymLink() && !info.exists())
        return refuse(tr("it is a link to %1, which does not exist.").arg(QDir::toNativeSeparators(info.symLinkTarget())));
    if (info.exists()) {
        if (info.isDir())
            return refuse(tr("it is a folder, not a file."));
        if (!info.isFile())
            return refuse(tr("it is not a regular file (a device, a pipe or a socket)."));
        if (!info.isReadable())
            return refuse(tr("the file cannot be read (no permission)."));
        // The owner's write bit, not access(2): as root every file looks writable.
        if (!options.readOnly && (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable()))
            return refuse(tr("the file is read-only; ParDesk needs to write to it."));
        if (!hasSqliteHeader(absolute))
            return refuse(tr("the file is not a SQLite database."));
    } else if (options.readOnly || !options.createIfMissing) {
        return refuse(tr("the file does not exist."));
    } else if (!QFileInfo(folder.filePath()).isWritable()) {
        return refuse(tr("the folder %1 is read-only.").arg(QDir::toNativeSeparators(folder.filePath())));
    }

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName(), Engine::Sqlite));
    db->m_locationWarning = NetworkFilesystem::warningFor(absolute);
    // The busy timeout from the first statement on: the check below waits for another writer too.
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (options.readOnly) {
        // On read-only media SQLite cannot make the write-ahead log's index beside the store; a
        // store nobody can write there cannot change either, so it is opened as immutable.
        const bool writableHere = QFileInfo(info.absolutePath()).isWritable() && info.isWritable();
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        db->m_db.setDatabaseName(QStringLiteral("file:%1?mode=ro%2")
                                     .arg(QString::fromUtf8(QUrl::toPercentEncoding(absolute, "/")),
                                          writableHere ? QString() : QStringLiteral("&immutable=1")));
    }
    db->m_db.setConnectOptions(connectOptions);
    if (!db->m_db.open())
        return refuse(db->explainOpenFailure(db->m_db.lastError().text()));
    const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();
    // Deferred only for a store this open will not write to: one to be upgraded or filled is
    // checked in full first.
    const bool defer = options.deferIntegrityCheck && info.exists() && info.size() > 0;
    if (Status s = db->inspect(!defer); !s)
        return refuse(db->explainOpenFailure(s.error()));
    const auto atTarget = [&]() -> Result<bool> {
        const auto version = db->schemaVersion();
        if (!version)
            return version.failure();
        if (version.value() < target || !options.loadBundledDataset)
            return version.value() >= target;
        const auto needed = db->needsDataset();
        if (!needed)
            return needed.failure();
        return !needed.value();
    };
    const auto nothingToWrite = defer && !options.readOnly ? atTarget() : Result<bool>(false);
    if (!nothingToWrite)
        return refuse(db->explainOpenFailure(nothingToWrite.error()));
    if (defer && (options.readOnly || nothingToWrite.value())) {
        db->m_integrityPending = true;
    } else if (defer) {
        if (Status s = db->inspect(true); !s)
            return refuse(db->explainOpenFailure(s.error()));
    }
    if (options.readOnly) {
        const auto version = db->schemaVersion();
        if (!version)
            return refuse(db->explainOpenFailure(version.error()));
        if (version.value() < latestSchemaVersion())
            return refuse(tr("it was written by an older ParDesk and must be upgraded first, which needs it writable "
                             "(schema %1; this version uses %2).")
                              .arg(version.value())
                              .arg(latestSchemaVersion()));
        if (Status s = Statement::run(db->m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
            return refuse(db->explainOpenFailure(s.error()));
        return db;
    }
    if (Status s = db->configure(); !s)
        return refuse(db->explainOpenFailure(s.error()));
    if (db->m_integrityPending) {
        if (Status s = Statement::run(db->m_db, QStringLiteral("PRAGMA query_only = ON")); !s)
            return refuse(db->explainOpenFailure(s.error()));
        return db; // at the latest schema; a store that needs the dataset was never pending (see above)
    }
    if (Status s = db->migrate(target); !s)
        return refuse(s.error());
    if (options.loadBundledDataset && target == latestSchemaVersion()) {
        if (Status s = db->loadDatasetIfNeeded(); !s)
            return refuse(s.error());
    }
    return db;
}

// What SQLite's own words ("disk I/O error", "database is locked") mean for the user: a full disk
// and a busy store are not a damaged file.
QString Database::explainOpenFailure(const QString &sqliteMessage) const
{
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    if (disk.isValid() && !disk.isReadOnly() && disk.bytesAvailable() < 1024 * 1024)
        return tr("the disk holding it is full (%1 bytes free); free some space and try again. The file was left as "
                  "it was.")
            .arg(disk.bytesAvailable());
    if (sqliteMessage.contains(QLatin1String("database is locked")) || sqliteMessage.contains(QLatin1String("database is busy")))
        return tr("another program is writing to it and did not finish within 5 seconds; try again in a moment.");
    return sqliteMessage;
}

// Reads only: nothing is written until the file is known to be a healthy ParDesk store. Without the
// full check, reading the schema still proves the first pages sound.
Status Database::inspect(bool fullCheck) const
{
    const QString sql = fullCheck ? QStringLiteral("PRAGMA quick_check")
                                  : QStringLiteral("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_master");
    Statement quickCheck(m_db, sql);
    const auto check = quickCheck.scalar();
    if (!check) {
        // SQLite's own words: explainOpenFailure recognises them.
        const QString error = quickCheck.errorText();
        if (check.isRetryable() || error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy")))
            return Error{error, true};
        const QString explained = explainOpenFailure(error);
        if (explained != error)
            return Error{explained};
        return Error{tr("the file is damaged or not a database (%1).").arg(error)};
    }
    if (check->toString() != u"ok")
        return Error{tr("the database is damaged (%1).").arg(check->toString())};

    const auto schema = schemaVersion();
    const auto application = scalar(m_db, QStringLiteral("PRAGMA application_id"));
    const auto tableCount = scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    for (const QString &error : {schema.error(), application.error(), tableCount.error()}) {
        if (!error.isEmpty())
            return Error{tr("the file is damaged or not a database (%1).").arg(error)};
    }
    const int version = schema.value();
    const int applicationId = application->toInt();
    const int tables = tableCount->toInt();
    if (version > latestSchemaVersion())
        return Error{tr("it was written by a newer version of ParDesk (schema %1; this version reads up to %2). "
                        "Please update ParDesk.")
                         .arg(version)
                         .arg(latestSchemaVersion())};
    if (applicationId != kApplicationId && (tables > 0 || version > 0))
        return Error{tr("it is a SQLite database of another program, not a ParDesk store.")};
    return {};
}

Status Database::configure()
{
    Statement foreignKeys(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (Status s = foreignKeys.exec(); !s)
        return s.failure().withMessage(foreignKeys.errorText());
    // Another ParDesk on the same file waits for the lock instead of failing at once.
    if (Status s = Statement::run(m_db, QStringLiteral("PRAGMA busy_timeout = 5000")); !s)
        return s;
    Statement wal(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (const auto mode = wal.scalar(); !mode)
        return mode.failure().withMessage(tr("the write-ahead journal could not be enabled (%1).").arg(wal.errorText()));
    // FULL: a committed edit survives a power cut, not only a crash of the program.
    return Statement::run(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
}

Status Database::checkIntegrity(const QString &path)
{
    if (ServerAddress::isServerUrl(path))
        return {};
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error{tr("the file is damaged or not a database (%1).").arg(db.lastError().text())};
        } else {
            Statement quickCheck(db, QStringLiteral("PRAGMA quick_check"));
            const auto check = quickCheck.scalar();
            if (!check)
                result = check.failure().withMessage(
                    tr("the file is damaged or not a database (%1).").arg(quickCheck.errorText()));
            else if (check->toString() != u"ok")
                result = Error{tr("the database is damaged (%1).").arg(check->toString())};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Database::acceptIntegrityCheck(const Status &checked)
{
    if (!m_integrityPending)
        return {};
    if (!checked)
        return Error{tr("The database %1 is damaged; ParDesk shows what it can read and will not write to it: %2")
                         .arg(QDir::toNativeSeparators(m_path), checked.error())};
    if (Status s = Statement::run(m_db, QStringLiteral("PRAGMA query_only = OFF")); !s)
        return s;
    m_integrityPending = false;
    return {};
}

Result<int> Database::schemaVersion() const
{
    if (isServer()) {
        // No user_version on PostgreSQL: a table holds it, made by the first migration (0 before).
        const auto exists = scalar(m_db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
        if (!exists)
            return exists.failure();
        if (!exists->toBool())
            return 0;
        const auto stored = scalar(m_db, QStringLiteral("SELECT version FROM schema_version"));
        if (!stored)
            return stored.failure();
        return stored->toInt();
    }
    auto version = scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.failure();
    return version->toInt();
}

Status Database::migrate(int target)
{
    for (const Migration &m : migrations()) {
        const auto before = schemaVersion();
        if (!before)
            return before.failure();
        if (m.version <= before.value() || m.version > target)
            continue;
        Transaction tx(m_db);
        if (!tx.isActive())
            return Error{tr("the database is busy or locked (%1).").arg(tx.beginError())};
        if (Status s = lockForSetup(); !s)
            return s;
        // Another process creating the same store may have run this step while we waited for the
        // lock: the version read under the lock decides.
        const auto underLock = schemaVersion();
        if (!underLock)
            return underLock.failure();
        if (m.version <= underLock.value())
            continue;
        QStringList statements;
        for (const QString &sql : m.statements)
            statements << schemaStatement(m_engine, sql);
        if (isServer())
            statements << m.serverStatements; // PostgreSQL's own SQL, as written
        if (isServer()) {
            // The server's user_version and application_id: one row naming the program and the version.
            if (underLock.value() == 0)
                statements << QStringLiteral("CREATE TABLE schema_version (application TEXT NOT NULL, version INTEGER NOT NULL)")
                           << QStringLiteral("INSERT INTO schema_version(application, version) VALUES ('pardesk', 0)");
            statements << QStringLiteral("UPDATE schema_version SET version = %1").arg(m.version);
        } else {
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
                       << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        }
        for (const QString &sql : std::as_const(statements)) {
            Statement step(m_db, sql);
            if (Status s = step.exec(); !s)
                return s.failure().withMessage(tr("upgrading to schema %1 failed: %2").arg(m.version).arg(step.errorText()));
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

// The bundled dataset goes into a store that has never held it and holds no documents,
// so a user's own store is never filled with it behind their back.
Result<bool> Database::needsDataset() const
{
    const auto loadedBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'dataset'"));
    const auto documents = scalar(m_db, QStringLiteral("SELECT count(*) FROM documents"));
    if (!loadedBefore)
        return loadedBefore.failure();
    if (!documents)
        return documents.failure();
    return loadedBefore->toInt() == 0 && documents->toInt() == 0;
}

Status Database::loadDatasetIfNeeded()
{
    const auto needed = needsDataset();
    if (!needed)
        return needed.failure();
    if (!needed.value())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("the database is busy or locked (%1).").arg(tx.beginError())};
    if (Status s = lockForSetup(); !s)
        return s;
    // Asked again under the lock: five processes creating one store load the dataset once.
    const auto stillNeeded = needsDataset();
    if (!stillNeeded)
        return stillNeeded.failure();
    if (!stillNeeded.value())
        return {};
    if (Status s = DatasetLoader(m_db).loadBundled(); !s)
        return s.failure().withMessage(tr("the bundled dataset could not be loaded: %1").arg(s.error()));
    if (Status s = tx.commit(); !s)
        return s;
    m_loadedDataset = true;
    return {};
}

} // namespace pardesk
