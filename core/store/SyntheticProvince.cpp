#include "store/SyntheticProvince.h"

#include "store/StoreBuilder.h"
#include "forms/Formula.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/StoreInfo.h"
#include "store/Transaction.h"

#include <QList>
#include <cmath>
#include <numbers>
#include <random>

namespace pardesk::generate {
namespace {

// Draws from the few distributions the data needs, built on the engine's raw output only: the
// standard library's distributions differ between implementations, the engine does not.
class Draw {
public:
    explicit Draw(quint64 seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double normal()
    {
        const double u = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    bool chance(double p) { return uniform() < p; }

    double poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return std::max(0.0, std::round(mean + std::sqrt(mean) * normal()));
        const double limit = std::exp(-mean);
        double product = uniform();
        int k = 0;
        while (product > limit) {
            ++k;
            product *= uniform();
        }
        return k;
    }
    double binomial(double n, double p)
    {
        if (n < 30) {
            int k = 0;
            for (int i = 0; i < int(n); ++i)
                k += chance(p) ? 1 : 0;
            return k;
        }
        return std::clamp(std::round(n * p + std::sqrt(n * p * (1 - p)) * normal()), 0.0, n);
    }

private:
    std::mt19937_64 m_engine;
};

// A block of five items: a ratio (percentage of two children) or a total (sum of three parts),
// then two plain counts. Every seventh block, from the third on, is cumulative ("lũy kế").
struct Block {
    bool ratio = true;
    bool cumulative = false;
    double rate = 1;        // the block's volume, skewed across blocks
    QList<qint64> itemIds;  // head, then four children
};

constexpr int kChildren = 4;

QList<Block> writeForm(StoreBuilder &store, qint64 formId, const SyntheticProvince::Options &o, Draw &draw)
{
    QList<Block> blocks;
    for (int b = 1; b <= o.blocks; ++b) {
        Block block;
        block.ratio = b % 5 != 0;
        block.cumulative = b % 7 == 3;
        block.rate = draw.logNormal(4, 1.0);
        const QString code = QString::number(b);
        auto child = [&](int i) { return code + u'.' + QString::number(i); };
        const QString hint = block.cumulative ? QStringLiteral("Lũy kế đến thời điểm báo cáo") : QString();
        if (block.ratio) {
            block.itemIds << store.addItem(formId, code, QStringLiteral("Tỷ lệ hồ sơ nhóm %1 giải quyết đúng hạn").arg(code), hint,
                                           QStringLiteral("%"), QStringLiteral("percent"),
                                           Formula::ratio(child(2), child(1)).toJson())
                          << store.addItem(formId, child(1), QStringLiteral("Tổng số hồ sơ nhóm %1 đã giải quyết").arg(code), {},
                                           QStringLiteral("Hồ sơ"), QStringLiteral("count"))
                          << store.addItem(formId, child(2), QStringLiteral("Số hồ sơ nhóm %1 giải quyết đúng hạn").arg(code), {},
                                           QStringLiteral("Hồ sơ"), QStringLiteral("count"))
                          << store.addItem(formId, child(3), QStringLiteral("Số phản ánh, kiến nghị nhóm %1").arg(code), {},
                                           QStringLiteral("PAKN"), QStringLiteral("count"));
        } else {
            block.itemIds << store.addItem(formId, code, QStringLiteral("Tổng số TTHC nhóm %1").arg(code), hint,
                                           QStringLiteral("Thủ tục"), QStringLiteral("count"),
                                           Formula::sum({child(1), child(2), child(3)}).toJson());
            const QStringList levels = {QStringLiteral("cấp tỉnh"), QStringLiteral("cấp huyện"), QStringLiteral("cấp xã")};
            for (int i = 1; i <= 3; ++i)
                block.itemIds << store.addItem(formId, child(i), QStringLiteral("Số TTHC nhóm %1 %2").arg(code, levels[i - 1]), {},
                                               QStringLiteral("Thủ tục"), QStringLiteral("count"));
        }
        block.itemIds << store.addItem(formId, child(4), QStringLiteral("Số văn bản nhóm %1 ban hành").arg(code), {},
                                       QStringLiteral("Văn bản"), QStringLiteral("count"));
        blocks.append(block);
    }
    return blocks;
}

struct Agency {
    qint64 id = 0;
    double size = 1;          // how much passes through it, skewed
    QList<double> successes;  // per block: its usual share of on-time dossiers
};

QList<Agency> writeAgencies(StoreBuilder &store, const SyntheticProvince::Options &o, Draw &draw)
{
    QList<Agency> agencies;
    const QString &p = o.province;
    auto add = [&](const QString &key, const QString &name, const QString &level, qint64 parent, double medianSize) {
        Agency a;
        a.id = store.addAgency(p + u'.' + key, name, p, level, parent);
        a.size = draw.logNormal(medianSize, 0.7);
        for (int b = 0; b < o.blocks; ++b)
            a.successes.append(0.5 + 0.5 * std::pow(draw.uniform(), 0.3));
        agencies.append(a);
        return a.id;
    };
    const qint64 committee = add(QStringLiteral("UBND"), QStringLiteral("UBND Tỉnh mẫu (dữ liệu tổng hợp)"),
                                 QStringLiteral("province"), 0, 40);
    for (int d = 1; d <= o.departments; ++d)
        add(QStringLiteral("S%1").arg(d, 2, 10, QLatin1Char('0')), QStringLiteral("Sở mẫu %1 (dữ liệu tổng hợp)").arg(d, 2, 10, QLatin1Char('0')),
            QStringLiteral("department"), committee, 25);
    for (int h = 1; h <= o.districts; ++h) {
        const QString district = QStringLiteral("H%1").arg(h, 2, 10, QLatin1Char('0'));
        const qint64 districtId = add(district, QStringLiteral("Huyện mẫu %1 (dữ liệu tổng hợp)").arg(district.mid(1)),
                                      QStringLiteral("district"), committee, 20);
        const int communes = o.communesPerDistrict + (h <= o.extraCommunes ? 1 : 0);
        for (int x = 1; x <= communes; ++x)
            add(QStringLiteral("%1.X%2").arg(district).arg(x, 2, 10, QLatin1Char('0')),
                QStringLiteral("Xã mẫu %1-%2 (dữ liệu tổng hợp)").arg(district.mid(1)).arg(x, 2, 10, QLatin1Char('0')),
                QStringLiteral("commune"), districtId, 2);
    }
    return agencies;
}

} // namespace

SyntheticProvince::Options SyntheticProvince::Options::sized(int agencies, int years)
{
    Options o;
    o.years = std::max(1, years);
    const int below = std::max(0, agencies - 1); // the people's committee is always there
    // The default province's shape: 19 departments, 10 districts, 220 communes among 249.
    o.departments = std::min(below, (below * 19 + 124) / 249);
    const int local = below - o.departments;
    o.districts = local == 0 ? 0 : std::max(1, (local * 10 + 115) / 230);
    const int communes = local - o.districts;
    o.communesPerDistrict = o.districts > 0 ? communes / o.districts : 0;
    o.extraCommunes = o.districts > 0 ? communes % o.districts : 0;
    return o;
}

Result<SyntheticProvince::Summary> SyntheticProvince::write(const Store &store, const Options &options)
{
    return write(store.database().connection(), options);
}

Result<SyntheticProvince::Summary> SyntheticProvince::write(QSqlDatabase db, const Options &o)
{
    Transaction transaction(db);
    if (Status s = transaction.began(); !s)
        return s.failure();
    StoreBuilder store(db);
    Draw draw(o.seed);
    Summary summary;
    summary.province = o.province;
    summary.formKey = o.province + QStringLiteral("-MAU-150");

    store.addProvince(o.province, provinceName(), true);
    if (Status s = StoreInfo::markSynthetic(db, QStringLiteral("SyntheticProvince: %1 agencies, %2 years from %3, seed %4")
                                                    .arg(1 + o.departments + o.districts * (1 + o.communesPerDistrict) + o.extraCommunes)
                                                    .arg(o.years).arg(o.firstYear).arg(o.seed));
        !s)
        return s.failure();
    const QList<Agency> agencies = writeAgencies(store, o, draw);
    const qint64 formId = store.addForm(summary.formKey,
                                        QStringLiteral("Biểu mẫu thống kê mẫu (dữ liệu tổng hợp, dùng để đo hiệu năng)"),
                                        o.province);
    const QList<Block> blocks = writeForm(store, formId, o, draw);
    summary.agencies = int(agencies.size());
    summary.items = int(blocks.size()) * (kChildren + 1);

    // Cumulative blocks carry their running totals through the quarters of a year, also across
    // a quarter that the agency did not report.
    QList<double> running(agencies.size() * blocks.size() * kChildren, 0.0);
    QList<double> flows(kChildren);
    QList<double> cells(kChildren + 1);
    for (int year = o.firstYear; year < o.firstYear + o.years; ++year) {
        const double growth = 1.0 + 0.06 * (year - o.firstYear);
        for (int quarter = 1; quarter <= 4; ++quarter) {
            const QString period = QStringLiteral("%1Q%2").arg(year).arg(quarter);
            summary.periods.append(period);
            for (int a = 0; a < agencies.size(); ++a) {
                const Agency &agency = agencies[a];
                const bool reported = !draw.chance(o.missingSubmission);
                const qint64 submissionId = reported ? store.addSubmission(formId, agency.id, period) : 0;
                summary.submissions += reported ? 1 : 0;
                for (int b = 0; b < blocks.size(); ++b) {
                    const Block &block = blocks[b];
                    const double mean = agency.size * block.rate * growth;
                    if (block.ratio) {
                        flows[0] = draw.poisson(mean);
                        flows[1] = draw.binomial(flows[0], agency.successes[b]);
                        flows[2] = draw.chance(0.6) ? 0 : draw.poisson(mean * 0.05); // mostly no feedback at all
                    } else {
                        for (int i = 0; i < 3; ++i)
                            flows[i] = draw.poisson(mean * 0.2 * (3 - i));
                    }
                    flows[3] = draw.poisson(std::max(0.5, mean * 0.1));
                    double *state = &running[(a * blocks.size() + b) * kChildren];
                    for (int i = 0; i < kChildren; ++i) {
                        state[i] = (block.cumulative && quarter > 1 ? state[i] : 0) + flows[i];
                        cells[i + 1] = state[i];
                    }
                    // The head as an agency writes it: its own arithmetic, now and then slipping.
                    std::optional<double> head = block.ratio
                        ? (cells[1] > 0 ? std::optional<double>(std::round(cells[2] / cells[1] * 10000) / 100) : std::nullopt)
                        : std::optional<double>(cells[1] + cells[2] + cells[3]);
                    if (head && draw.chance(0.005))
                        *head += block.ratio ? -std::min(*head, 5.0) : 1;
                    if (!reported)
                        continue;
                    for (int i = 0; i <= kChildren; ++i) {
                        std::optional<double> value = i == 0 ? head : std::optional<double>(cells[i]);
                        if (draw.chance(o.missingValue)) {
                            if (draw.chance(0.7))
                                continue; // left empty: no row at all
                            value.reset();
                        } else if (value && i > 0 && draw.chance(o.typo)) {
                            *value *= 10;
                        }
                        store.setValue(submissionId, block.itemIds[i], value);
                        summary.values += value ? 1 : 0;
                    }
                }
            }
        }
    }
    if (!store.status())
        return store.status().failure();
    if (Status s = transaction.commit(); !s)
        return s.failure();
    // Into the database file: the reads that follow then find the pages where a store in daily use
    // keeps them, not in a write-ahead log of a hundred megabytes. On a server: the planner's
    // statistics, which a store in daily use has from autovacuum, and a million fresh rows lack.
    // A failure is told, not ignored: moving the log into the file can find the disk full (a
    // checkpoint that other readers hold up is no failure: SQLite says so in its row, left unread).
    if (Status s = Statement::run(db, engineOf(db) == Engine::Postgres ? QStringLiteral("ANALYZE agencies, submissions, submission_values")
                                                                        : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        !s)
        return s.failure();
    return summary;
}

} // namespace pardesk::generate
