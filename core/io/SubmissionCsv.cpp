#include "io/SubmissionCsv.h"

#include "forms/FieldLimits.h"
#include "io/FileRead.h"
#include "text/NumberFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

using Record = SubmissionCsv::Row; // row 1 is the header, as a spreadsheet numbers it

// RFC 4180 fields: a quoted field may hold the delimiter, doubled quotes and line breaks.
// Returns false on a quote left open.
bool splitRecords(const QString &text, QChar delimiter, QList<Record> *records)
{
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    auto endRecord = [&] {
        if (fieldStarted || !current.fields.isEmpty() || !field.isEmpty()) {
            current.fields.append(field);
            // A spreadsheet's empty rows come out as ",,".
            const bool blank = std::all_of(current.fields.cbegin(), current.fields.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!blank)
                records->append(current);
        }
        current = Record{current.row + 1, {}};
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            current.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n') {
            endRecord();
        } else if (c == u'\r') {
            // Old Mac files end their lines with a carriage return alone; "\r\n" is one line end.
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    endRecord();
    return true;
}

// UTF-16 without a byte order mark: a NUL in every other byte of the first line.
bool looksLikeUtf16(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(64);
    if (start.size() < 4)
        return false;
    int evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < start.size(); ++i)
        (i % 2 ? oddNuls : evenNuls) += start[i] == '\0';
    const qsizetype half = start.size() / 2;
    return evenNuls >= half * 3 / 4 || oddNuls >= half * 3 / 4;
}

bool isWhole(const ParsedNumber &n)
{
    return n.isNumber() && n.value == std::floor(n.value);
}

// Vietnamese first, as officials write; the C convention when the Vietnamese one cannot read the
// text ("1,234.5"), or when the item counts things and only the C reading is whole ("65,454").
ParsedNumber readNumber(const QString &text, UnitScale scale)
{
    const ParsedNumber vietnamese = parseNumber(text, scale, NumberConvention::Vietnamese);
    const bool tryC = vietnamese.kind == ParsedNumber::Kind::Invalid || (scale == UnitScale::Count && !isWhole(vietnamese));
    if (!tryC)
        return vietnamese;
    const ParsedNumber c = parseNumber(text, scale, NumberConvention::C);
    const bool useC = vietnamese.kind == ParsedNumber::Kind::Invalid ? c.kind != ParsedNumber::Kind::Invalid : isWhole(c);
    return useC ? c : vietnamese;
}

} // namespace

Result<SubmissionCsv> SubmissionCsv::read(const QString &path, const FormDefinition &form)
{
    const auto bytes = FileRead::read(path, kMaxBytes, tr("a submission's CSV file"));
    if (!bytes)
        return bytes.failure();
    return parse(bytes.value(), path, form);
}

Result<SubmissionCsv> SubmissionCsv::parse(const QByteArray &bytes, const QString &fileName, const FormDefinition &form)
{
    // A workbook (a zip) or another binary file given where a CSV is expected.
    if (bytes.startsWith("PK\x03\x04"))
        return Error{tr("%1: the file is a workbook (XLSX or another zip), not CSV text; import the workbook itself, "
                        "or save it as \"CSV UTF-8\".")
                         .arg(fileName)};
    // UTF-16 (what Excel's "Unicode text" writes) is valid UTF-8 byte by byte but full of NULs.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || looksLikeUtf16(bytes))
        return Error{tr("%1, row 1: the file is UTF-16 text, not UTF-8; save it as \"CSV UTF-8\".").arg(fileName)};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error{tr("%1, row %2: the file holds a NUL byte, which no text file has; it is not a CSV file.")
                         .arg(fileName)
                         .arg(bytes.left(nul).count('\n') + 1)};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (decoder.hasError()) {
        // Name the first line that is not UTF-8 (a Windows-1258 or TCVN3 "đ" or "ư").
        int row = 1;
        for (const QByteArray &line : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder(line);
            Q_UNUSED(decoded)
            if (lineDecoder.hasError())
                break;
            ++row;
        }
        return Error{tr("%1, row %2: the file is not UTF-8 text (Windows-1258 or another code page?); save it as "
                        "\"CSV UTF-8\".")
                         .arg(fileName)
                         .arg(row)};
    }

    // A spreadsheet set to decimal commas writes ';' between columns.
    const QString firstLine = text.section(u'\n', 0, 0);
    const QChar delimiter = !firstLine.contains(u',') && firstLine.contains(u';') ? u';' : u',';
    QList<Record> records;
    if (!splitRecords(text, delimiter, &records))
        return Error{tr("%1: a quoted field is not closed.").arg(fileName)};
    return fromRows(records, fileName, form);
}

Result<SubmissionCsv> SubmissionCsv::fromRows(const QList<Row> &records, const QString &fileName, const FormDefinition &form)
{
    if (records.isEmpty())
        return Error{tr("%1: the file is empty; it needs a header row with the columns code and value.").arg(fileName)};

    QHash<QString, int> columns;
    const QStringList header = records.first().fields;
    for (int c = 0; c < header.size(); ++c)
        columns.insert(header[c].trimmed().toLower(), c);
    for (const QString &needed : {QStringLiteral("code"), QStringLiteral("value")})
        if (!columns.contains(needed))
            return Error{records.first().row == 1
                             ? tr("%1, row 1: there is no column \"%2\"; the header must name the columns code and value.")
                                   .arg(fileName, needed)
                             : tr("%1, row %2: there is no column \"%3\"; the header must name the columns code and value.")
                                   .arg(fileName, QString::number(records.first().row), needed)};
    const int codeColumn = columns.value(QStringLiteral("code"));
    const int valueColumn = columns.value(QStringLiteral("value"));
    const int noteColumn = columns.value(QStringLiteral("note"), -1);

    SubmissionCsv csv;
    const qsizetype n = form.items().size();
    csv.m_entered.resize(n);
    csv.m_texts.resize(n);
    csv.m_notes.resize(n);
    csv.m_rows.resize(n);
    QHash<int, int> rowOfItem;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        const auto cell = [&](int column) { return column >= 0 && column < record.fields.size() ? record.fields[column] : QString(); };
        const QString code = cell(codeColumn).trimmed();
        const QString where = tr("%1, row %2").arg(fileName, QString::number(record.row));
        if (code.isEmpty())
            return Error{tr("%1: the code is empty.").arg(where)};
        // The seeds write some codes with a trailing dot ("2.1.2."); the form keeps them without.
        int index = form.indexOf(code);
        if (index < 0 && code.endsWith(u'.'))
            index = form.indexOf(code.chopped(1));
        if (index < 0)
            return Error{tr("%1, code %2: the form %3 has no such item.").arg(where, code, form.key())};
        if (rowOfItem.contains(index))
            return Error{tr("%1, code %2: the code is given twice (first in row %3).")
                             .arg(where, code, QString::number(rowOfItem[index]))};
        rowOfItem.insert(index, record.row);
        csv.m_rows[index] = record.row;

        const FormItem &item = form.item(index);
        const QString written = cell(valueColumn);
        if (written.size() > FieldLimits::kMaxValueChars)
            return Error{tr("%1, code %2: the value is %3 characters long; at most %4 are accepted.")
                             .arg(where, code)
                             .arg(written.size())
                             .arg(FieldLimits::kMaxValueChars)};
        if (cell(noteColumn).size() > FieldLimits::kMaxNoteChars)
            return Error{tr("%1, code %2: the note is %3 characters long; at most %4 are accepted.")
                             .arg(where, code)
                             .arg(cell(noteColumn).size())
                             .arg(FieldLimits::kMaxNoteChars)};
        csv.m_texts[index] = written;
        csv.m_notes[index] = cell(noteColumn).trimmed();
        if (item.kind == ItemKind::Text)
            continue;
        const ParsedNumber parsed = readNumber(written, unitScaleOf(item.unit));
        if (parsed.kind == ParsedNumber::Kind::Invalid)
            return Error{tr("%1, code %2: %3.").arg(where, code, parsed.error)};
        csv.m_entered[index] =
            EnteredValue::fromText(written, parsed.isNumber() ? std::optional<double>(parsed.value) : std::nullopt);
    }
    return csv;
}

} // namespace pardesk
