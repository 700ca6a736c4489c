// Any bytes given as an .xlsx: the reader must refuse or read them, never crash, hang or
// allocate without bound (zip directory, inflate, XML, cell references, shared strings).
#include "exchange/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto sheets = pardesk::XlsxReader::parse(bytes, QStringLiteral("fuzz.xlsx"));
    if (sheets)
        for (const pardesk::XlsxSheet &sheet : sheets.value())
            (void)sheet.cell(1, 1);
    return 0;
}
