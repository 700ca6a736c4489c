#pragma once
// A small province for the aggregation tests, with every value chosen so that the arithmetic can be
// written out beside each expectation: literal tables (no database), and the same tables written
// into a SQLite store for the tests that read through FormValueRepository.
//
// Agencies of the test province "TS" (ids 1 … 7 in this order):
//   P  (province)      — never reports
//   D1, D2 (department, under P)
//   H1 (district, under P), its communes X1, X2
//   H0 (district, under P), dissolved on 31/3/2024: expected in 2024Q1 only
// Form TS-F: 1 = 1.2 / 1.1 × 100; 2 a count; 3 cumulative (lũy kế); 4 = 4.1 + 4.2; 5 a percentage
// with no numerator or denominator; 6 yes/no. Values: SmallProvince.cpp.
// Forms TS-CYCLE and TS-LACKING are broken: derived items computed from each other, and from an
// item the form lacks.

#include "aggregate/Aggregator.h"
#include "store/Database.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace pardesk::test {

struct SmallProvince {
    // The literal tables.
    static qint64 agencyId(const QString &key); // 1 … 7
    static QList<FormValues::Agency> agencies();
    static FormValues::Form form();       // TS-F
    static FormValues::Form cycleForm();  // TS-CYCLE
    static FormValues::Form lackingForm(); // TS-LACKING
    static QList<FormValues::ValueRow> rows(); // TS-F's; a row without a value was written "-"
    static Aggregator aggregator();        // TS-F, built in memory

    // The tables in a SQLite store.
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QHash<QString, qint64> agency;
    QHash<QString, qint64> item;
    QHash<QString, qint64> submission; // "D1 2024Q1"

    static std::unique_ptr<SmallProvince> build();
    Aggregator load(); // TS-F through FormValueRepository
};

} // namespace pardesk::test
