#include "ExchangeTestSupport.h"
#include "PgTestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QtEndian>
#include <algorithm>
#include <zlib.h>

namespace pardesk::test {

std::unique_ptr<Store> openStore(const QString &path)
{
    auto db = Store::open(storeLocation(path));
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return std::move(db).value();
}

QByteArray storeDigest(const QSqlDatabase &db)
{
    const bool server = db.driverName() == u"QPSQL";
    QSqlQuery tables(db);
    if (!tables.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                             "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        qFatal("storeDigest: %s", qPrintable(tables.lastError().text()));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : names) {
        hash.addData(table.toUtf8());
        // Rows sorted by their text: a server returns rows in no fixed order.
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            qFatal("storeDigest %s: %s", qPrintable(table), qPrintable(rows.lastError().text()));
        QList<QByteArray> texts;
        while (rows.next()) {
            QByteArray row;
            for (int c = 0; c < rows.record().count(); ++c)
                row += rows.value(c).toString().toUtf8() + (rows.value(c).isNull() ? "\x01" : "\x02");
            texts.append(row);
        }
        std::sort(texts.begin(), texts.end());
        for (const QByteArray &row : std::as_const(texts))
            hash.addData(row);
    }
    return hash.result().toHex();
}

namespace {

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xFFFF));
    put16(b, quint16(v >> 16));
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))), '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

} // namespace

QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray out, directory;
    for (const ZipEntry &e : entries) {
        const QByteArray packed = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc = crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size()));
        const quint32 offset = quint32(out.size());
        const quint16 method = e.deflate ? 8 : 0;
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, method), put16(out, 0), put16(out, 0);
        put32(out, crc), put32(out, quint32(packed.size())), put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size())), put16(out, 0);
        out.append(e.name).append(packed);
        put32(directory, 0x02014b50);
        put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, method);
        put16(directory, 0), put16(directory, 0);
        put32(directory, crc), put32(directory, quint32(packed.size())), put32(directory, quint32(e.data.size()));
        put16(directory, quint16(e.name.size())), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0), put32(directory, 0), put32(directory, offset);
        directory.append(e.name);
    }
    const quint32 dirOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint16(entries.size())), put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size())), put32(out, dirOffset), put16(out, 0);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace pardesk::test
