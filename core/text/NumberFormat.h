#pragma once
// Reads and writes numbers the way Vietnamese officials write them ("1.044", "10,1352", "0,45%"),
// or the C way on request.

#include <QString>
#include <optional>

namespace pardesk {

enum class NumberConvention {
    Vietnamese, // '.' groups thousands, ',' marks decimals
    C,          // ',' groups thousands, '.' marks decimals
};

// What a field holds decides how an ambiguous "1.500" is read (see parseNumber).
enum class UnitScale {
    Count,   // whole things: dossiers, documents; large numbers are common
    Percent, // 0-100
    Points,  // index points (10,1352 of 13,5); never in the thousands
    Other,
};

struct ParsedNumber {
    enum class Kind { Number, NoData, Invalid };
    Kind kind = Kind::NoData;
    double value = 0;
    bool percentSign = false; // the text ended in '%'
    bool decimalSlip = false; // a separator was read against the convention (e.g. "2.57" read as 2,57)
    QString error;            // for Invalid: a message that quotes the input

    bool isNumber() const { return kind == Kind::Number; }
};

// Parses what an official types into a cell. Spaces (also no-break and thin spaces) are ignored,
// a trailing '%' is accepted, empty text or a lone '-' means "no data" (not zero).
//
// Ambiguity: in the Vietnamese convention "1.500" is one thousand five hundred. When the field
// holds points or a percentage, which never reach the thousands, a single '.' is taken as a
// decimal point instead ("1.500" points = 1,5) and flagged as a slip. A '.' that is not followed
// by exactly three digits cannot group thousands, so it is read as a decimal point and flagged.
ParsedNumber parseNumber(const QString &text, UnitScale scale = UnitScale::Other,
                         NumberConvention convention = NumberConvention::Vietnamese);

// Formats with at most `maxDecimals` decimals, trailing zeros dropped, thousands grouped.
QString formatNumber(double value, int maxDecimals = 2,
                     NumberConvention convention = NumberConvention::Vietnamese);

// A count of bytes (a file's size) written as numbers are: "48 byte", "1,2 KB", "3,4 MB" in the
// Vietnamese convention, "1.2 KB" in the C one; the word "byte(s)" is in the user's language
// ("48 bytes" in English). Kilo is 1,024, as Windows' Explorer counts (10 MiB is "10 MB"), with at
// most one decimal. Qt's formattedDataSize writes English units whatever the language.
QString formatByteSize(qint64 bytes, NumberConvention convention = NumberConvention::Vietnamese);

// The scale that a unit cell of a form ("%", "Hồ sơ", "điểm") implies.
UnitScale unitScaleOf(const QString &unit);

// Whether `value` is a number the text can be read as, under either convention and any scale the
// entry screen uses: how a stored or sent number is checked against the text it came from.
bool textReadsAs(const QString &text, double value);

} // namespace pardesk
