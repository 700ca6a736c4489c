#include "SmallProvince.h"

#include "StoreBuilder.h"
#include "forms/Formula.h"
#include "store/FormValueRepository.h"

namespace pardesk::test {
namespace {

const QStringList kAgencies = {QStringLiteral("P"),  QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("H1"),
                               QStringLiteral("X1"), QStringLiteral("X2"), QStringLiteral("H0")};

FormValues::Item formItem(const QString &code, const QString &kind, const QString &hint = {},
                      std::optional<Formula> formula = std::nullopt, const QString &label = {})
{
    return {0, code, label.isEmpty() ? QStringLiteral("Chỉ tiêu ") + code : label, hint, {}, kind, std::move(formula), {}, false};
}

} // namespace

qint64 SmallProvince::agencyId(const QString &key)
{
    return kAgencies.indexOf(key) + 1;
}

QList<FormValues::Agency> SmallProvince::agencies()
{
    auto agency = [](const QString &key, const QString &level, const QString &parent, const QDate &validTo = {}) {
        return FormValues::Agency{agencyId(key), QStringLiteral("TS.") + key, key, QStringLiteral("TS"), level, -1, {}, validTo,
                                  parent.isEmpty() ? 0 : agencyId(parent)};
    };
    return {agency(QStringLiteral("P"), QStringLiteral("province"), {}),
            agency(QStringLiteral("D1"), QStringLiteral("department"), QStringLiteral("P")),
            agency(QStringLiteral("D2"), QStringLiteral("department"), QStringLiteral("P")),
            agency(QStringLiteral("H1"), QStringLiteral("district"), QStringLiteral("P")),
            agency(QStringLiteral("X1"), QStringLiteral("commune"), QStringLiteral("H1")),
            agency(QStringLiteral("X2"), QStringLiteral("commune"), QStringLiteral("H1")),
            agency(QStringLiteral("H0"), QStringLiteral("district"), QStringLiteral("P"), QDate(2024, 3, 31))};
}

FormValues::Form SmallProvince::form()
{
    return {QStringLiteral("TS-F"),
            QStringLiteral("TS"),
            {formItem(QStringLiteral("1"), QStringLiteral("percent"), {}, Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1"))),
             formItem(QStringLiteral("1.1"), QStringLiteral("count")), formItem(QStringLiteral("1.2"), QStringLiteral("count")),
             formItem(QStringLiteral("2"), QStringLiteral("count")),
             formItem(QStringLiteral("3"), QStringLiteral("count"), QStringLiteral("(Lũy kế đến thời điểm báo cáo)")),
             formItem(QStringLiteral("4"), QStringLiteral("count"), {}, Formula::sum({QStringLiteral("4.1"), QStringLiteral("4.2")})),
             formItem(QStringLiteral("4.1"), QStringLiteral("count")), formItem(QStringLiteral("4.2"), QStringLiteral("count")),
             formItem(QStringLiteral("5"), QStringLiteral("percent")), formItem(QStringLiteral("6"), QStringLiteral("yesno"))}};
}

FormValues::Form SmallProvince::cycleForm()
{
    return {QStringLiteral("TS-CYCLE"),
            QStringLiteral("TS"),
            {formItem(QStringLiteral("1"), QStringLiteral("count"), {}, Formula::sum({QStringLiteral("2")}), QStringLiteral("Tổng A")),
             formItem(QStringLiteral("2"), QStringLiteral("count"), {}, Formula::sum({QStringLiteral("1")}), QStringLiteral("Tổng B"))}};
}

FormValues::Form SmallProvince::lackingForm()
{
    return {QStringLiteral("TS-LACKING"),
            QStringLiteral("TS"),
            {formItem(QStringLiteral("1"), QStringLiteral("percent"), {}, Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1")),
                  QStringLiteral("Tỷ lệ")),
             formItem(QStringLiteral("1.1"), QStringLiteral("count"), {}, std::nullopt, QStringLiteral("Tổng số"))}};
}

QList<FormValues::ValueRow> SmallProvince::rows()
{
    QList<FormValues::ValueRow> rows;
    // code → value; a code absent from the list has no row; NAN: the row was written "-", no value.
    auto report = [&](const char *who, const char *period, const QList<std::pair<const char *, double>> &values) {
        for (const auto &[code, v] : values)
            rows.append({agencyId(QString::fromLatin1(who)), QString::fromLatin1(period), QString::fromLatin1(code),
                         std::isnan(v) ? std::nullopt : std::optional<double>(v)});
    };
    report("D1", "2024Q1", {{"1.1", 4}, {"1.2", 3}, {"2", 10}, {"3", 5}, {"4.1", 2}, {"4.2", 3}, {"5", 80}, {"6", 1}});
    report("D2", "2024Q1", {{"1.1", 6}, {"1.2", 5}, {"3", 7}, {"4", 9}, {"4.1", 1}});
    report("H1", "2024Q1", {{"1.1", 10}, {"1.2", 10}, {"2", 4}, {"3", 2}});
    report("X1", "2024Q1", {{"1.1", 0}, {"1.2", 0}, {"2", 1}});
    report("H0", "2024Q1", {{"2", 7}});
    report("D1", "2024Q2", {{"1.1", 5}, {"1.2", 5}, {"2", 12}, {"3", 9}, {"6", 0}});
    report("D2", "2024Q2", {{"1.1", 5}, {"1.2", 1}, {"2", 3}, {"3", 7}});
    report("H1", "2024Q2", {{"1.1", 8}, {"1.2", NAN}, {"2", 6}});
    report("X2", "2024Q2", {{"2", 2}});
    return rows;
}

Aggregator SmallProvince::aggregator()
{
    auto values = FormValues::build(form(), agencies(), rows());
    if (!values)
        qFatal("%s", qPrintable(values.error()));
    return Aggregator(std::move(values).value());
}

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
    QHash<qint64, QString> keyOfId;
    for (const FormValues::Agency &a : agencies()) {
        const QString parent = kAgencies.value(a.parentId - 1);
        s->agency[a.name] = b.addAgency(a.key, a.name, a.province, a.level, s->agency.value(parent), {},
                                        a.validTo.isValid() ? a.validTo.toString(Qt::ISODate) : QString());
        keyOfId[a.id] = a.name;
    }
    auto writeForm = [&](const FormValues::Form &f, QHash<QString, qint64> *ids) {
        const qint64 form = b.addForm(f.key, QStringLiteral("Biểu thử"), f.province);
        for (const FormValues::Item &i : f.items) {
            const qint64 id = b.addItem(form, i.code, i.label, i.hint, i.unit, i.kind, i.formula ? i.formula->toJson() : QString());
            if (ids)
                ids->insert(i.code, id);
        }
        return form;
    };
    const qint64 form = writeForm(SmallProvince::form(), &s->item);
    for (const FormValues::ValueRow &row : rows()) {
        const QString key = keyOfId.value(row.agencyId) + u' ' + row.period;
        if (!s->submission.contains(key))
            s->submission[key] = b.addSubmission(form, s->agency.value(keyOfId.value(row.agencyId)), row.period);
        b.setValue(s->submission[key], s->item.value(row.item), row.value);
    }
    writeForm(cycleForm(), nullptr);
    writeForm(lackingForm(), nullptr);
    if (!b.status())
        qFatal("%s", qPrintable(b.status().error()));
    return s;
}

Aggregator SmallProvince::load()
{
    auto values = FormValueRepository(db->connection()).load(QStringLiteral("TS-F"));
    if (!values)
        qFatal("%s", qPrintable(values.error()));
    return Aggregator(std::move(values).value());
}

} // namespace pardesk::test
