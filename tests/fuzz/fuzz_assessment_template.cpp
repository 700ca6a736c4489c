// Any bytes given as a filled self-assessment template (.xlsx), read against a real store built
// from the bundled dataset once: the workbook's cells (XlsxReader), its hidden sheet naming the set,
// the agency and the period, the data sheet found by its headers, every row's points, explanation,
// document numbers and dates (AssessmentTemplate), then, if it reads, the preview of the import
// (AssessmentImportPreview): refused or previewed, never a crash. Nothing is written. The bytes go
// through XlsxReader::parse and AssessmentTemplate::readSheets, which is what
// AssessmentTemplate::read does after reading the file (corpus: README).
#include "exchange/AssessmentImportPreview.h"
#include "exchange/AssessmentTemplate.h"
#include "exchange/XlsxReader.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// Never destroyed: libFuzzer ends with exit(), after Qt SQL's own statics are gone.
pardesk::Store *store = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    const QString path = QDir::temp().filePath(QStringLiteral("pardesk-fuzz-assessment-template.sqlite"));
    auto opened = pardesk::Store::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    store = std::move(opened).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto sheets = pardesk::XlsxReader::parse(bytes, QStringLiteral("fuzz.xlsx"));
    if (!sheets)
        return 0;
    auto source = pardesk::AssessmentTemplate::readSheets(*store, sheets.value(), QStringLiteral("fuzz.xlsx"),
                                                          QStringLiteral("fuzz"));
    if (source)
        (void)pardesk::AssessmentImportPreview::build(*store, std::move(source).value());
    return 0;
}
