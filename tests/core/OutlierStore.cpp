#include "OutlierStore.h"

#include "PgTestServer.h"
#include "StoreBuilder.h"
#include "forms/Formula.h"
#include "store/Submissions.h"

namespace pardesk::test {

std::unique_ptr<OutlierStore> OutlierStore::build()
{
    auto s = std::make_unique<OutlierStore>();
    Database::Options options;
    options.loadBundledDataset = false;
    auto db = Store::open(storeLocation(s->dir.filePath(QStringLiteral("outliers.sqlite"))), options);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    s->db = std::move(db).value();
    {
        bench::StoreBuilder b(s->db->database().connection());
        b.addProvince(QStringLiteral("TS"), QStringLiteral("Tỉnh thử (dữ liệu kiểm thử)"), true);
        const qint64 agency = b.addAgency(QStringLiteral("TS.D1"), QStringLiteral("Sở thử"), QStringLiteral("TS"),
                                          QStringLiteral("department"));
        s->form = b.addForm(QStringLiteral("TS-F"), QStringLiteral("Biểu thử"), QStringLiteral("TS"));
        const auto item = [&](const QString &code, const QString &label, const QString &kind, const QString &formula = {}) {
            s->item[code] = b.addItem(s->form, code, label, {}, {}, kind, formula);
        };
        item(QStringLiteral("1"), QStringLiteral("Hồ sơ tiếp nhận"), QStringLiteral("count"));
        item(QStringLiteral("1.1"), QStringLiteral("Hồ sơ giải quyết đúng hạn"), QStringLiteral("count"));
        item(QStringLiteral("2"), QStringLiteral("Cán bộ"), QStringLiteral("count"));
        item(QStringLiteral("3"), QStringLiteral("Tỷ lệ đúng hạn"), QStringLiteral("percent"),
             Formula::ratio(QStringLiteral("1.1"), QStringLiteral("1")).toJson());
        const QStringList quarters = {"2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2"};
        const QList<double> dossiers = {100, 104, 96, 101, 99, 102};
        const QList<double> settled = {90, 92, 88, 91, 89, 90};
        for (int i = 0; i < quarters.size(); ++i) {
            const qint64 id = b.addSubmission(s->form, agency, quarters[i]);
            b.setValue(id, s->item["1"], dossiers[i]);
            b.setValue(id, s->item["1.1"], settled[i]);
            b.setValue(id, s->item["2"], 12);
            s->usual = id;
        }
        s->late = b.addSubmission(s->form, agency, QStringLiteral("2024Q3"));
        b.setValue(s->late, s->item["1"], 1000);
        b.setValue(s->late, s->item["1.1"], 90);
        b.setValue(s->late, s->item["2"], 12);
        if (!b.status())
            qFatal("%s", qPrintable(b.status().error()));
    }
    if (Status reopened = s->db->submissions().reopen(s->late); !reopened)
        qFatal("%s", qPrintable(reopened.error()));
    return s;
}

} // namespace pardesk::test
