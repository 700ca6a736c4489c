#include "exchange/ZipArchive.h"

#include <algorithm>
#include <zlib.h>

namespace pardesk {
namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(uchar(b[at])) | quint16(uchar(b[at + 1])) << 8;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

// Zip names are UTF-8 when flag bit 11 says so, otherwise CP437; names of an XLSX are ASCII.
QString nameOf(const QByteArray &raw)
{
    return QString::fromUtf8(raw);
}

} // namespace

bool ZipArchive::climbsOut(const QString &name)
{
    const QString slashed = QString(name).replace(u'\\', u'/');
    if (slashed.startsWith(u'/') || (slashed.size() > 1 && slashed[1] == u':'))
        return true;
    const QStringList parts = slashed.split(u'/');
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p == u".."; });
}

Error ZipArchive::bomb(const QString &name) const
{
    const QString what = name.isEmpty() ? m_fileName : m_fileName + QStringLiteral(", ") + name;
    return Error{tr("%1: the archive would unpack to far more than a workbook holds (a decompression bomb?). It was "
                    "not read.")
                     .arg(what)};
}

Result<ZipArchive> ZipArchive::open(QByteArray bytes, const QString &fileName, Limits limits)
{
    const auto notZip = [&] { return Error{tr("%1: the file is not an XLSX workbook (not a zip archive).").arg(fileName)}; };
    if (!bytes.startsWith("PK") || bytes.size() < 22)
        return notZip();
    // The end-of-central-directory record: within the last 64 KiB (its comment) + 22 bytes.
    qsizetype end = -1;
    for (qsizetype at = bytes.size() - 22; at >= 0 && at >= bytes.size() - 22 - 65535; --at) {
        if (u32(bytes, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return Error{tr("%1: the zip archive is truncated (its directory is missing).").arg(fileName)};
    const int count = u16(bytes, end + 10);
    const quint32 dirSize = u32(bytes, end + 12);
    const quint32 dirOffset = u32(bytes, end + 16);
    if (count == 0xFFFF || dirOffset == 0xFFFFFFFF)
        return Error{tr("%1: the archive is a ZIP64 archive, which no workbook of a form needs.").arg(fileName)};
    if (count > limits.maxEntries)
        return Error{tr("%1: the archive holds %2 entries; a workbook has far fewer. It was not read.").arg(fileName).arg(count)};
    if (qint64(dirOffset) + dirSize > end)
        return Error{tr("%1: the zip archive is damaged (its directory points outside the file).").arg(fileName)};

    ZipArchive zip;
    zip.m_fileName = fileName;
    zip.m_limits = limits;
    qint64 total = 0;
    qsizetype at = dirOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(bytes, at) != 0x02014b50)
            return Error{tr("%1: the zip archive is damaged (entry %2 of its directory).").arg(fileName).arg(i + 1)};
        Entry e;
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        e.packedSize = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const int nameLength = u16(bytes, at + 28);
        const int extraLength = u16(bytes, at + 30);
        const int commentLength = u16(bytes, at + 32);
        e.localHeader = u32(bytes, at + 42);
        if (at + 46 + nameLength > end)
            return Error{tr("%1: the zip archive is damaged (entry %2 of its directory).").arg(fileName).arg(i + 1)};
        e.name = nameOf(bytes.mid(at + 46, nameLength));
        if (climbsOut(e.name))
            return Error{tr("%1: the archive entry \"%2\" points outside the workbook. It was not read.").arg(fileName, e.name)};
        // Two entries of one name: programs differ in which one they read (ParDesk the first,
        // LibreOffice the last), so the file does not say one thing.
        if (zip.contains(e.name))
            return Error{tr("%1: the archive holds the entry \"%2\" twice; programs would read different contents. It "
                            "was not read.")
                             .arg(fileName, e.name)};
        total += e.size;
        if (e.size > 1024 * 1024 && qint64(e.size) > limits.maxRatio * std::max<qint64>(e.packedSize, 1))
            return Error{zip.bomb(e.name)};
        if (total > limits.maxTotalBytes)
            return Error{zip.bomb({})};
        zip.m_entries.append(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    zip.m_bytes = std::move(bytes);
    return zip;
}

bool ZipArchive::contains(const QString &name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.name == name; });
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.name == name; });
    if (found == m_entries.cend())
        return Error{tr("%1: the workbook has no part \"%2\".").arg(m_fileName, name)};
    const Entry &e = *found;
    const auto damaged = [&] { return Error{tr("%1: the part \"%2\" is damaged.").arg(m_fileName, name)}; };
    const qsizetype header = e.localHeader;
    if (header + 30 > m_bytes.size() || u32(m_bytes, header) != 0x04034b50)
        return damaged();
    const qsizetype data = header + 30 + u16(m_bytes, header + 26) + u16(m_bytes, header + 28);
    if (data + qsizetype(e.packedSize) > m_bytes.size())
        return Error{tr("%1: the part \"%2\" is cut short: the file is truncated.").arg(m_fileName, name)};
    const QByteArray packed = QByteArray::fromRawData(m_bytes.constData() + data, e.packedSize);

    QByteArray out;
    if (e.method == 0) {
        out = QByteArray(packed.constData(), packed.size());
    } else if (e.method == 8) {
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return damaged();
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
        stream.avail_in = uInt(packed.size());
        char chunk[65536];
        int status = Z_OK;
        while (status != Z_STREAM_END) {
            stream.next_out = reinterpret_cast<Bytef *>(chunk);
            stream.avail_out = sizeof chunk;
            status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END) {
                inflateEnd(&stream);
                return damaged();
            }
            const qsizetype produced = qsizetype(sizeof chunk - stream.avail_out);
            // The directory may lie about sizes: the limit holds on what is really inflated.
            m_unpacked += produced;
            if (m_unpacked > m_limits.maxTotalBytes || out.size() + produced > qsizetype(e.size)) {
                inflateEnd(&stream);
                return out.size() + produced > qsizetype(e.size) && m_unpacked <= m_limits.maxTotalBytes ? damaged() : bomb(name);
            }
            out.append(chunk, produced);
            if (status == Z_OK && stream.avail_in == 0 && produced == 0) {
                inflateEnd(&stream);
                return Error{tr("%1: the part \"%2\" is cut short: the file is truncated.").arg(m_fileName, name)};
            }
        }
        inflateEnd(&stream);
    } else {
        return Error{tr("%1: the part \"%2\" is packed with method %3, which a workbook does not use.")
                         .arg(m_fileName, name)
                         .arg(e.method)};
    }
    if (out.size() != qsizetype(e.size))
        return damaged();
    const quint32 crc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()));
    if (crc != e.crc)
        return damaged();
    return out;
}

} // namespace pardesk
