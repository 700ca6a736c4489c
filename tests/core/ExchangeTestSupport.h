#pragma once
// What the exchange tests share: a fresh store from the bundled dataset, a digest of everything a
// store holds (to prove that a refused import changed nothing), and hand-made zip archives for
// the hostile files.

#include "store/Store.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace pardesk::test {

// On the engine the suite runs on (storeLocation): the file `path`, or a database on the test cluster.
std::unique_ptr<Store> openStore(const QString &path);

// SHA-256 over every row of every table (rows sorted, so that a server's order does not matter).
QByteArray storeDigest(const QSqlDatabase &db);

struct ZipEntry {
    QByteArray name;
    QByteArray data;
    bool deflate = true;
};
QByteArray makeZip(const QList<ZipEntry> &entries);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace pardesk::test
