#pragma once
// One change notification for the whole program: every committed write to a store's connection
// (a repository, an EditSession, an import, a plan edit) announces what it changed, and every open
// view and session listens here to show what the store holds. Writes by another connection,
// program or PC are found with checkOtherWriters() (the main window asks when it is activated) on a
// SQLite file, and announced by the server itself on PostgreSQL: every commit sends a NOTIFY on
// kChannel with what it changed, which every other client's events hear at once (LISTEN).
// Found by the connection (Store::events() asks of() for the store's), because repositories are
// made over a bare connection on every call; the events of a connection go when its Database closes.

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace pardesk {

// What a committed write changed.
struct StoreChange {
    // Each table written ("submissions", "targets", …) with the ids of its rows written, or no ids
    // when the writer did not say which. No tables at all: anything may have changed (another
    // program wrote, or the writer did not say).
    QMap<QString, QList<qint64>> rows;

    bool concerns(const QString &table) const { return rows.isEmpty() || rows.contains(table); }
    // This row of this table may have changed.
    bool concerns(const QString &table, qint64 id) const
    {
        if (rows.isEmpty())
            return true;
        const auto it = rows.constFind(table);
        return it != rows.constEnd() && (it->isEmpty() || it->contains(id));
    }
};

class StoreEvents : public QObject {
    Q_OBJECT
public:
    ~StoreEvents() override;

    // The events of this connection, made when first asked for (a view, a session).
    static StoreEvents &of(const QSqlDatabase &db);
    // Database's destructor: the connection closes, its events go (listeners are disconnected).
    static void release(const QString &connectionName);
    // Transaction::commit calls it after each commit: emits changed() when anyone asked for the
    // connection's events (a command-line run never does).
    static void committed(const QSqlDatabase &db, const StoreChange &change);

    // Whether another connection (another ParDesk, the command line, another PC) committed since the
    // last check (SQLite's PRAGMA data_version); if so, emits changed() with no tables (anything).
    // On a server it is always false: the server's notifications arrive by themselves.
    bool checkOtherWriters();

    // The server's channel and the text a commit sends on it (Transaction::commit): the tables and
    // row ids as JSON, the ids left out past PostgreSQL's 8000-byte limit on a notification.
    static constexpr QLatin1String kChannel{"pardesk_change"};
    static QString encode(const StoreChange &change);
    static StoreChange decode(const QString &payload); // unreadable text: anything may have changed

signals:
    // Delivered at once, right after the commit: a listener reads the store again and must not
    // write from the handler.
    void changed(const pardesk::StoreChange &change);

private:
    explicit StoreEvents(QSqlDatabase db);
    qint64 dataVersion() const;
    void listenToServer();

    QSqlDatabase m_db;
    qint64 m_dataVersion = -1;
};

} // namespace pardesk

Q_DECLARE_METATYPE(pardesk::StoreChange)
