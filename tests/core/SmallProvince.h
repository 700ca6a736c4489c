#pragma once
// A small store for the aggregation tests, with every value chosen so that the arithmetic can be
// written out beside each expectation.
//
// Agencies of the test province "TS":
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
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QHash<QString, qint64> agency;
    QHash<QString, qint64> item;
    QHash<QString, qint64> submission; // "D1 2024Q1"

    static std::unique_ptr<SmallProvince> build();
    Aggregator load(); // the aggregator of TS-F
};

} // namespace pardesk::test
