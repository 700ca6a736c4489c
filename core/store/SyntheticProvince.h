#pragma once
// Writes a province-sized synthetic dataset into a store, for benchmarks and demonstrations
// (`pardesk-cli generate`, tests/bench): one province marked synthetic, its agencies, one statistics
// form and every agency's quarterly submissions over years. The store itself is marked synthetic
// (StoreInfo), so that every screen and printout of it says so.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace pardesk {
class Store;
}

namespace pardesk::generate {

class SyntheticProvince {
public:
    struct Options {
        QString province = QStringLiteral("ZZ");
        int departments = 19;           // with the provincial people's committee,
        int districts = 10;             // the districts and
        int communesPerDistrict = 22;   // their communes: 250 agencies
        int blocks = 30;                // of 5 items each: 150 items
        int firstYear = 2017;
        int years = 8;                  // 4 quarters each
        quint64 seed = 20240615;        // fixed: every run writes the same values
        double missingSubmission = 0.02; // an agency that did not report a quarter
        double missingValue = 0.01;      // a cell left empty in a report that was sent
        double typo = 0.001;             // a value typed with an extra zero
        int extraCommunes = 0;           // the first districts get one commune more each

        // `agencies` agencies in the default proportions (1 committee, departments, districts,
        // communes), over `years` years from firstYear.
        static Options sized(int agencies, int years);
    };

    struct Summary {
        QString province;
        QString formKey;
        int agencies = 0;
        int items = 0;
        int submissions = 0;
        qint64 values = 0;
        QStringList periods; // chronological
    };

    static QString provinceName() { return QStringLiteral("Tỉnh mẫu (dữ liệu tổng hợp)"); }

    // All in one transaction; the store must not hold the province yet.
    static Result<Summary> write(QSqlDatabase db, const Options &options);
    static Result<Summary> write(QSqlDatabase db) { return write(std::move(db), Options{}); }
    static Result<Summary> write(const Store &store, const Options &options);
};

} // namespace pardesk::generate
