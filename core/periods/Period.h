#pragma once
// A reporting period (quarter, half, nine months, year) with its DHIS2-style key, its label and
// its data window (Nghị định 09/2019/NĐ-CP cut-off: the 15th to the 14th). docs/periods.md.

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <compare>

namespace pardesk {

class Period {
    Q_DECLARE_TR_FUNCTIONS(Period)
public:
    enum class Kind {
        Quarter,    // 2024Q1 … 2024Q4
        Half,       // 2024S1 (first half), 2024S2 (second half)
        NineMonths, // 2024N9: DHIS2 has no nine-month period; the key is ours (docs/periods.md)
        Year,       // 2024
    };

    static Period quarter(int year, int quarter); // quarter 1..4
    static Period half(int year, int half);       // half 1..2
    static Period nineMonths(int year);
    static Period wholeYear(int year);

    // Reads a key as officials or DHIS2 write it; surrounding spaces and lower case are accepted
    // ("2024q1"). Anything else is an error that quotes the input.
    static Result<Period> parse(const QString &key);

    // The periods of one kind in a year, in order; allOf() gives every kind, ordered as operator<=>.
    static QList<Period> periodsOf(Kind kind, int year);
    static QList<Period> allOf(int year);

    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    int index() const { return m_index; } // the quarter or half number; 1 for nine months and year
    QString key() const;                  // "2024Q1", "2024S1", "2024N9", "2024"
    QString label() const;                // "First quarter of 2024" (vi: "Quý I năm 2024")
    QString shortLabel() const;           // for a chart axis: "Q1 2024" (vi: "Quý I/2024")
    // The label of a stored key; a key that does not parse is shown as it was stored.
    static QString labelOf(const QString &key);
    static QString kindName(Kind kind);   // "quarter", "half", "nine_months", "year" (docs/dataset.md)

    // The data window: the figures of the period run from start to end, both days included.
    QDate windowStart() const;
    QDate windowEnd() const;
    // The calendar months the period names (2024Q2: 1/4 to 30/6), which its data window straddles:
    // what an agency's existence is measured against to know whether its report was expected.
    QDate firstDay() const;
    QDate lastDay() const;
    // The quarter (1..4) at whose end the period ends: Q3 and N9 → 3, S1 → 2, S2 and the year → 4.
    int lastQuarter() const;
    // Whether the period runs from the start of the year (Q1, S1, N9, the year): its figures are
    // then the cumulative ("lũy kế") figures of the year so far.
    bool startsTheYear() const;

    // Chronological: by the end of the data window, then the shorter period first (2024Q2 before
    // 2024S1, both ending on 14/6), so that a list reads as reports come in.
    std::strong_ordering operator<=>(const Period &other) const;
    bool operator==(const Period &other) const = default;

private:
    Period(Kind kind, int year, int index) : m_kind(kind), m_year(year), m_index(index) {}
    int quarterCount() const; // how many quarters the period spans
    Kind m_kind;
    int m_year;
    int m_index;
};

} // namespace pardesk
