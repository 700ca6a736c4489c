#pragma once
// A read-only zip archive held in memory, read with zlib alone, with limits that a hostile file
// cannot get past: entry names that climb out of the folder, too many entries, and entries that
// would unpack to far more than they weigh (checked on the bytes actually inflated, not only on
// what the directory claims).
//
// Why not QuaZip: libxlsxwriter writes through the system minizip, and QuaZip exports minizip's
// symbols too (zipOpen3, unzOpen2_64 …); with both in one process minizip's calls land in QuaZip's
// copies and writing a workbook crashes. So ParDesk reads zips here and does not link QuaZip.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pardesk {

class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    struct Limits {
        qint64 maxTotalBytes = 64 * 1024 * 1024; // everything unpacked
        int maxEntries = 500;
        qint64 maxRatio = 200; // unpacked / packed, for entries over 1 MiB
    };
    struct Entry {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint32 packedSize = 0;
        quint32 size = 0;
        quint32 localHeader = 0;
        quint32 crc = 0;
    };

    // `fileName` names the file in messages.
    static Result<ZipArchive> open(QByteArray bytes, const QString &fileName, Limits limits);
    static Result<ZipArchive> open(QByteArray bytes, const QString &fileName) { return open(std::move(bytes), fileName, Limits{}); }

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const;
    // Inflates one entry; refuses it when what it unpacks to breaks the limits or its CRC.
    Result<QByteArray> read(const QString &name);

    static bool climbsOut(const QString &name);

private:
    ZipArchive() = default;
    Error bomb(const QString &name) const;

    QByteArray m_bytes;
    QString m_fileName;
    Limits m_limits;
    QList<Entry> m_entries;
    qint64 m_unpacked = 0;
};

} // namespace pardesk
