#include "SmallProvince.h"

#include "StoreBuilder.h"
#include "forms/Formula.h"

#include <cmath>

namespace pardesk::test {

std::unique_ptr<SmallProvince> SmallProvince::build()
{
    auto s = std::make_unique<SmallProvince>();
    Database::Options options;
    options.loadBundledDataset = false;
    auto db = Database::open(s->dir.filePath(QStringLiteral("small.sqlite")), options);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    s->db = std::move(db).value();
    bench::StoreBuilder b(s->db->connection());
    b.addProvince(QStringLiteral("TS"), QStringLiteral("Tỉnh thử (dữ liệu kiểm thử)"), true);
    auto agency = [&](const QString &key, const QString &level, const QString &parent, const QString &validTo = {}) {
        s->agency[key] = b.addAgency(QStringLiteral("TS.") + key, key, QStringLiteral("TS"), level, s->agency.value(parent), {}, validTo);
    };
    agency(QStringLiteral("P"), QStringLiteral("province"), {});
    agency(QStringLiteral("D1"), QStringLiteral("department"), QStringLiteral("P"));
    agency(QStringLiteral("D2"), QStringLiteral("department"), QStringLiteral("P"));
    agency(QStringLiteral("H1"), QStringLiteral("district"), QStringLiteral("P"));
    agency(QStringLiteral("X1"), QStringLiteral("commune"), QStringLiteral("H1"));
    agency(QStringLiteral("X2"), QStringLiteral("commune"), QStringLiteral("H1"));
    agency(QStringLiteral("H0"), QStringLiteral("district"), QStringLiteral("P"), QStringLiteral("2024-03-31"));
    const qint64 form = b.addForm(QStringLiteral("TS-F"), QStringLiteral("Biểu thử"), QStringLiteral("TS"));
    auto item = [&](const QString &code, const QString &kind, const QString &hint = {}, const QString &formula = {}) {
        s->item[code] = b.addItem(form, code, QStringLiteral("Chỉ tiêu ") + code, hint, {}, kind, formula);
    };
    item(QStringLiteral("1"), QStringLiteral("percent"), {}, Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1")).toJson());
    item(QStringLiteral("1.1"), QStringLiteral("count"));
    item(QStringLiteral("1.2"), QStringLiteral("count"));
    item(QStringLiteral("2"), QStringLiteral("count"));
    item(QStringLiteral("3"), QStringLiteral("count"), QStringLiteral("(Lũy kế đến thời điểm báo cáo)"));
    item(QStringLiteral("4"), QStringLiteral("count"), {}, Formula::sum({QStringLiteral("4.1"), QStringLiteral("4.2")}).toJson());
    item(QStringLiteral("4.1"), QStringLiteral("count"));
    item(QStringLiteral("4.2"), QStringLiteral("count"));
    item(QStringLiteral("5"), QStringLiteral("percent"));
    item(QStringLiteral("6"), QStringLiteral("yesno"));
    // code → value; a code absent from the list has no row; NAN writes the row with "-" and no value.
    auto report = [&](const QString &who, const QString &period, const QList<std::pair<QString, double>> &values) {
        const qint64 id = b.addSubmission(form, s->agency.value(who), period);
        s->submission[who + u' ' + period] = id;
        for (const auto &[code, v] : values)
            b.setValue(id, s->item.value(code), std::isnan(v) ? std::nullopt : std::optional<double>(v));
    };
    const QString q1 = QStringLiteral("2024Q1"), q2 = QStringLiteral("2024Q2");
    report(QStringLiteral("D1"), q1, {{"1.1", 4}, {"1.2", 3}, {"2", 10}, {"3", 5}, {"4.1", 2}, {"4.2", 3}, {"5", 80}, {"6", 1}});
    report(QStringLiteral("D2"), q1, {{"1.1", 6}, {"1.2", 5}, {"3", 7}, {"4", 9}, {"4.1", 1}});
    report(QStringLiteral("H1"), q1, {{"1.1", 10}, {"1.2", 10}, {"2", 4}, {"3", 2}});
    report(QStringLiteral("X1"), q1, {{"1.1", 0}, {"1.2", 0}, {"2", 1}});
    report(QStringLiteral("H0"), q1, {{"2", 7}});
    report(QStringLiteral("D1"), q2, {{"1.1", 5}, {"1.2", 5}, {"2", 12}, {"3", 9}, {"6", 0}});
    report(QStringLiteral("D2"), q2, {{"1.1", 5}, {"1.2", 1}, {"2", 3}, {"3", 7}});
    report(QStringLiteral("H1"), q2, {{"1.1", 8}, {"1.2", NAN}, {"2", 6}});
    report(QStringLiteral("X2"), q2, {{"2", 2}});
    // Two broken forms: derived items computed from each other, and from an item the form lacks.
    const qint64 cycle = b.addForm(QStringLiteral("TS-CYCLE"), QStringLiteral("Biểu vòng"), QStringLiteral("TS"));
    b.addItem(cycle, QStringLiteral("1"), QStringLiteral("Tổng A"), {}, {}, QStringLiteral("count"), Formula::sum({QStringLiteral("2")}).toJson());
    b.addItem(cycle, QStringLiteral("2"), QStringLiteral("Tổng B"), {}, {}, QStringLiteral("count"), Formula::sum({QStringLiteral("1")}).toJson());
    const qint64 lacking = b.addForm(QStringLiteral("TS-LACKING"), QStringLiteral("Biểu thiếu"), QStringLiteral("TS"));
    b.addItem(lacking, QStringLiteral("1"), QStringLiteral("Tỷ lệ"), {}, {}, QStringLiteral("percent"),
              Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1")).toJson());
    b.addItem(lacking, QStringLiteral("1.1"), QStringLiteral("Tổng số"), {}, {}, QStringLiteral("count"));
    if (!b.status())
        qFatal("%s", qPrintable(b.status().error()));
    return s;
}

Aggregator SmallProvince::load()
{
    auto aggregator = Aggregator::load(db->connection(), QStringLiteral("TS-F"));
    if (!aggregator)
        qFatal("%s", qPrintable(aggregator.error()));
    return std::move(aggregator).value();
}

} // namespace pardesk::test
