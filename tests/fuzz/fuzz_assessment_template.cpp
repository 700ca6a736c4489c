// Any bytes given as a filled self-assessment template, read against a real store built from the
// bundled dataset once, then, if it reads, the preview of its import (AssessmentImportPreview):
// refused or previewed, never a crash. Nothing is written. The bytes are given three ways:
//  - as the .xlsx file: XlsxReader::parse and AssessmentTemplate::readSheets, what
//    AssessmentTemplate::read does after reading the file (corpus: the *.xlsx seeds);
//  - as the data sheet (xl/worksheets/sheet1.xml) and as the hidden sheet naming the set, agency
//    and period (sheet2.xml) of a real filled template of the bundled set written at start, the
//    other parts kept: a mutated .xlsx almost never keeps its zip CRCs (60 s from the .xlsx seeds
//    alone got no further than the zip), so the rows, cells and facts that the template reader
//    checks are reached this way (corpus: the *.xml seeds).
// See corpus/fuzz_assessment_template/README for the seeds.
#include "exchange/AssessmentImportPreview.h"
#include "exchange/AssessmentTemplate.h"
#include "exchange/XlsxReader.h"
#include "exchange/ZipArchive.h"
#include "store/CriteriaSets.h"
#include "store/References.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <zlib.h>

namespace {

// Never destroyed: libFuzzer ends with exit(), after Qt SQL's own statics are gone.
pardesk::Store *store = nullptr;
// The parts of the template written at start, in the order of its zip.
QList<std::pair<QByteArray, QByteArray>> *parts = nullptr;

const QByteArray kDataSheet = QByteArrayLiteral("xl/worksheets/sheet1.xml");
const QByteArray kIdentitySheet = QByteArrayLiteral("xl/worksheets/sheet2.xml");

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

// A zip of stored (not deflated) entries with their CRCs, as ZipArchive reads it.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, directory;
    for (const auto &[name, data] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
        put32(out, crc), put32(out, quint32(data.size())), put32(out, quint32(data.size()));
        put16(out, quint16(name.size())), put16(out, 0);
        out.append(name).append(data);
        put32(directory, 0x02014b50);
        put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0);
        put32(directory, crc), put32(directory, quint32(data.size())), put32(directory, quint32(data.size()));
        put16(directory, quint16(name.size())), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0), put32(directory, 0), put32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryAt = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint16(entries.size())), put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size())), put32(out, directoryAt), put16(out, 0);
    return out;
}

void readAndPreview(const QByteArray &xlsx)
{
    const auto sheets = pardesk::XlsxReader::parse(xlsx, QStringLiteral("fuzz.xlsx"));
    if (!sheets)
        return;
    auto source = pardesk::AssessmentTemplate::readSheets(*store, sheets.value(), QStringLiteral("fuzz.xlsx"),
                                                          QStringLiteral("fuzz"));
    if (source)
        (void)pardesk::AssessmentImportPreview::build(*store, std::move(source).value());
}

void withPart(const QByteArray &name, const QByteArray &bytes)
{
    QList<std::pair<QByteArray, QByteArray>> entries = *parts;
    for (auto &entry : entries)
        if (entry.first == name)
            entry.second = bytes;
    readAndPreview(storedZip(entries));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    const QString path = QDir::temp().filePath(QStringLiteral("pardesk-fuzz-assessment-template.sqlite"));
    auto opened = pardesk::Store::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    store = std::move(opened).value().release();

    // The template whose sheets the input stands in for: the bundled set, the people's committee of
    // Trà Vinh, the fourth quarter of 2022 (as the seeds), in English, filled in (points, an
    // explanation, a document) so that a hidden sheet that reads goes on to the rows. It is written
    // from a scratch store, so that the store fuzzed holds no self-assessment.
    static QTemporaryDir scratchDir;
    const QString workbook = scratchDir.filePath(QStringLiteral("template.xlsx"));
    {
        auto scratch = pardesk::Store::open(scratchDir.filePath(QStringLiteral("scratch.sqlite")));
        if (!scratch)
            qFatal("%s", qPrintable(scratch.error()));
        const pardesk::Store &s = *scratch.value();
        const auto setId = s.criteriaSets().idOfKey(QStringLiteral("PAR.7.seed004"));
        const auto agency = s.references().agency(QStringLiteral("TV.UBND"));
        if (!setId || !setId.value() || !agency || !agency.value())
            qFatal("the bundled dataset has no set PAR.7.seed004 or agency TV.UBND");
        const auto id = s.selfAssessments().create(*setId.value(), agency.value()->id, QStringLiteral("2022Q4"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        for (const pardesk::Status &written :
             {s.selfAssessments().setScore(id.value(), QStringLiteral("7.I.2"), 1, QStringLiteral("Generated for fuzzing")),
              s.selfAssessments().setScore(id.value(), QStringLiteral("7.II.3"), 0.75, QString()),
              s.selfAssessments().addDocument(id.value(), QStringLiteral("7.I.2"), QStringLiteral("12/KH-UBND"),
                                              QStringLiteral("2022-12-05")),
              pardesk::AssessmentTemplate::write(s, {QStringLiteral("PAR.7.seed004"), QStringLiteral("TV.UBND"),
                                                     QStringLiteral("2022Q4")},
                                                 workbook)})
            if (!written)
                qFatal("%s", qPrintable(written.error()));
    }
    QFile file(workbook);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s", qPrintable(file.errorString()));
    auto zip = pardesk::ZipArchive::open(file.readAll(), workbook);
    if (!zip)
        qFatal("%s", qPrintable(zip.error()));
    parts = new QList<std::pair<QByteArray, QByteArray>>;
    for (const pardesk::ZipArchive::Entry &e : zip->entries()) {
        auto bytes = zip->read(e.name);
        if (!bytes)
            qFatal("%s", qPrintable(bytes.error()));
        parts->append({e.name.toUtf8(), bytes.value()});
    }
    bool data = false, facts = false;
    for (const auto &part : std::as_const(*parts)) {
        data = data || part.first == kDataSheet;
        facts = facts || part.first == kIdentitySheet;
    }
    if (!data || !facts)
        qFatal("the template written has no %s or %s", kDataSheet.constData(), kIdentitySheet.constData());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    readAndPreview(bytes);
    withPart(kDataSheet, bytes);
    withPart(kIdentitySheet, bytes);
    return 0;
}
