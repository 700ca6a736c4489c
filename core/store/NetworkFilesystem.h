#pragma once
// SQLite's locking is not reliable on network filesystems (SQLite's own documentation warns against
// them): an office that keeps its store on a shared drive loses data when two PCs write. ParDesk still
// opens such a store, with a warning that names the risk and suggests a server (docs/server.md).

#include <QCoreApplication>
#include <QString>

namespace pardesk {

class NetworkFilesystem {
    Q_DECLARE_TR_FUNCTIONS(NetworkFilesystem)
public:
    // The name of the network filesystem that statfs(2) reports as `type` (f_type), or empty for a
    // local one: CIFS/SMB, NFS, AFS, Ceph, 9P, Coda.
    static QString nameOfType(qint64 type);
    // The network filesystem the folder holding `path` lies on, or empty (local, unknown, or not Linux).
    static QString of(const QString &path);
    // The warning for a store at `path`, or empty when it is on a local disk.
    static QString warningFor(const QString &path);
};

} // namespace pardesk
