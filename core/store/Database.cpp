#include "store/Database.h"

#include "store/DatasetLoader.h"
#include "store/Migrations.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <atomic>

namespace pardesk {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pardesk-%1").arg(counter.fetch_add(1));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return q.value(0);
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

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

Database::~Database()
{
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

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
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
    if (defer && (options.readOnly || (db->schemaVersion() >= target && !(options.loadBundledDataset && db->needsDataset())))) {
        db->m_integrityPending = true;
    } else if (defer) {
        if (Status s = db->inspect(true); !s)
            return refuse(db->explainOpenFailure(s.error()));
    }
    if (options.readOnly) {
        if (db->schemaVersion() < latestSchemaVersion())
            return refuse(tr("it was written by an older ParDesk and must be upgraded first, which needs it writable "
                             "(schema %1; this version uses %2).")
                              .arg(db->schemaVersion())
                              .arg(latestSchemaVersion()));
        QSqlQuery(db->m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return db;
    }
    if (Status s = db->configure(); !s)
        return refuse(db->explainOpenFailure(s.error()));
    if (db->m_integrityPending) {
        QSqlQuery q(db->m_db);
        if (!q.exec(QStringLiteral("PRAGMA query_only = ON")))
            return refuse(db->explainOpenFailure(q.lastError().text()));
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
    QString error;
    const QVariant check = fullCheck ? scalar(m_db, QStringLiteral("PRAGMA quick_check"), &error)
                                     : scalar(m_db, QStringLiteral("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_master"), &error);
    if (!check.isValid() && (error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy"))))
        return Error{error};
    if (!check.isValid()) {
        const QString explained = explainOpenFailure(error);
        if (explained != error)
            return Error{explained};
        return Error{tr("the file is damaged or not a database (%1).").arg(error)};
    }
    if (check.toString() != u"ok")
        return Error{tr("the database is damaged (%1).").arg(check.toString())};

    const int version = schemaVersion();
    const int applicationId = scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt();
    const int tables = scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).toInt();
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
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Error{q.lastError().text()};
    // Another ParDesk on the same file waits for the lock instead of failing at once.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return Error{tr("the write-ahead journal could not be enabled (%1).").arg(q.lastError().text())};
    // FULL: a committed edit survives a power cut, not only a crash of the program.
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return {};
}

Status Database::checkIntegrity(const QString &path)
{
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        QString error;
        const QVariant check = db.open() ? scalar(db, QStringLiteral("PRAGMA quick_check"), &error) : QVariant();
        if (!check.isValid())
            result = Error{tr("the file is damaged or not a database (%1).").arg(error.isEmpty() ? db.lastError().text() : error)};
        else if (check.toString() != u"ok")
            result = Error{tr("the database is damaged (%1).").arg(check.toString())};
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
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA query_only = OFF")))
        return Error{q.lastError().text()};
    m_integrityPending = false;
    return {};
}

int Database::schemaVersion() const
{
    return scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::migrate(int target)
{
    for (const Migration &m : migrations()) {
        if (m.version <= schemaVersion() || m.version > target)
            continue;
        Transaction tx(m_db);
        if (!tx.isActive())
            return Error{tr("the database is busy or locked (%1).").arg(tx.beginError())};
        // Another process creating the same store may have run this step while we waited for the
        // lock: the version read under the lock decides.
        if (m.version <= schemaVersion())
            continue;
        QSqlQuery q(m_db);
        for (const QString &sql : m.statements) {
            if (!q.exec(sql))
                return Error{tr("upgrading to schema %1 failed: %2").arg(m.version).arg(q.lastError().text())};
        }
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

// The bundled dataset goes into a store that has never held it and holds no documents,
// so a user's own store is never filled with it behind their back.
bool Database::needsDataset() const
{
    const bool loadedBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'dataset'")).toInt() > 0;
    const bool hasDocuments = scalar(m_db, QStringLiteral("SELECT count(*) FROM documents")).toInt() > 0;
    return !loadedBefore && !hasDocuments;
}

Status Database::loadDatasetIfNeeded()
{
    if (!needsDataset())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("the database is busy or locked (%1).").arg(tx.beginError())};
    // Asked again under the lock: five processes creating one store load the dataset once.
    if (!needsDataset())
        return {};
    if (Status s = DatasetLoader(m_db).loadBundled(); !s)
        return Error{tr("the bundled dataset could not be loaded: %1").arg(s.error())};
    if (Status s = tx.commit(); !s)
        return s;
    m_loadedDataset = true;
    return {};
}

} // namespace pardesk
