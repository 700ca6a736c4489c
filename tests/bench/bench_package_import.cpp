// Importing 100 submission packages (synthetic agencies and values: SyntheticProvince) through
// FolderImport (read, digest check, identity resolved, preview with validation, one audited
// transaction each), against raw SQLite inserting the same submissions and values, one
// transaction each, into an identical store in the same run.
// `bench_package_import OFFICE_URL REFERENCE_URL`: the same on a PostgreSQL server (issue 14), into
// two empty databases on it, against raw inserts run by that server.
#include "SyntheticProvince.h"
#include "BenchReport.h"
#include "exchange/FolderImport.h"
#include "exchange/SubmissionPackage.h"
#include "store/SqlDialect.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace pardesk;
using bench::fail;
using bench::SyntheticProvince;

namespace {

constexpr int kPackages = 100;

std::unique_ptr<Store> syntheticStore(const QString &path, int years)
{
    Database::Options opening;
    opening.loadBundledDataset = false;
    auto db = Store::open(path, opening);
    if (!db)
        fail(db.error());
    SyntheticProvince::Options options;
    options.years = years;
    if (const auto written = SyntheticProvince::write(db.value()->database().connection(), options); !written)
        fail(written.error());
    return std::move(db).value();
}

// The raw reference: what the packages hold, inserted with prepared statements.
double rawInsert(Database &db, const QStringList &packages)
{
    QList<QJsonObject> contents;
    for (const QString &path : packages) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            fail(path);
        contents.append(QJsonDocument::fromJson(f.readAll()).object().value("content").toObject());
    }
    QSqlDatabase c = db.connection();
    const bool server = engineOf(c) == Engine::Postgres;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery agency(c), item(c), submission(c), value(c);
    agency.prepare("SELECT id FROM agencies WHERE key = ?");
    item.prepare("SELECT i.id FROM form_items i JOIN forms f ON f.id = i.form_id WHERE f.key = ? AND i.code = ?");
    submission.prepare(QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at, submitted_at) "
                                      "VALUES ((SELECT id FROM forms WHERE key = ?), ?, ?, 'submitted', 'x', 'x', 'x')")
                       + (server ? QStringLiteral(" RETURNING id") : QString()));
    value.prepare("INSERT INTO submission_values(submission_id, item_id, raw, value, note) VALUES (?, ?, ?, ?, ?)");
    for (const QJsonObject &content : contents) {
        QSqlQuery(c).exec(server ? "BEGIN" : "BEGIN IMMEDIATE");
        const QString form = content.value("form").toObject().value("key").toString();
        agency.addBindValue(content.value("agency").toObject().value("key").toString());
        agency.exec();
        agency.next();
        submission.addBindValue(form);
        submission.addBindValue(agency.value(0));
        submission.addBindValue(content.value("period").toString());
        if (!submission.exec())
            fail(QStringLiteral("raw insert failed"));
        const QVariant id = server ? (submission.next() ? submission.value(0) : QVariant()) : submission.lastInsertId();
        for (const QJsonValue &v : content.value("values").toArray()) {
            const QJsonObject o = v.toObject();
            item.addBindValue(form);
            item.addBindValue(o.value("code").toString());
            item.exec();
            item.next();
            value.addBindValue(id);
            value.addBindValue(item.value(0));
            value.addBindValue(o.value("raw").toString());
            value.addBindValue(o.value("value").toVariant());
            value.addBindValue(o.value("note").toVariant());
            value.exec();
        }
        QSqlQuery(c).exec("COMMIT");
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The agencies' side: two years; the office's: the first year only, so that the second year's
    // first quarter arrives as new packages.
    auto source = syntheticStore(dir.filePath("source.sqlite"), 2);
    QSqlQuery q(source->database().connection());
    q.exec(QStringLiteral("SELECT id FROM submissions WHERE period = '2018Q1' ORDER BY id LIMIT %1").arg(kPackages));
    QStringList packages;
    while (q.next()) {
        const QString path = dir.filePath(QStringLiteral("packages/%1.pardesk").arg(q.value(0).toLongLong()));
        QDir().mkpath(dir.filePath("packages"));
        if (Status s = SubmissionPackage::write(*source, q.value(0).toLongLong(), path); !s)
            fail(s.error());
        packages.append(path);
    }
    if (packages.size() != kPackages)
        fail(QStringLiteral("only %1 packages").arg(packages.size()));

    const bool server = argc == 3;
    auto office = syntheticStore(server ? QString::fromLocal8Bit(argv[1]) : dir.filePath("office.sqlite"), 1);
    auto reference = syntheticStore(server ? QString::fromLocal8Bit(argv[2]) : dir.filePath("reference.sqlite"), 1);
    QElapsedTimer timer;
    timer.start();
    const QList<FolderImportEntry> entries = FolderImport::importFolder(*office, dir.filePath("packages"),
                                                                        SubmissionImport::Existing::Refuse, SubmissionImport::Trust::KnownOnly,
                                                                        QStringLiteral("Số liệu tổng hợp để đo hiệu năng"));
    const double ours = double(timer.nsecsElapsed()) / 1e6;
    for (const FolderImportEntry &e : entries)
        if (e.outcome != FolderImportEntry::Outcome::Imported)
            fail(e.message);
    const double raw = rawInsert(reference->database(), packages);
    std::printf("%s (%d packages of %d values each on average)\n", qPrintable(FolderImport::summary(entries)), kPackages,
                int(entries.isEmpty() ? 0 : entries.first().recognised));
    if (server)
        bench::reportResult("import 100 submission packages (checked, previewed, validated, audited) - PostgreSQL server", ours,
                            "raw inserts of the same values on that server, one transaction each", raw);
    else
        bench::reportResult("import 100 submission packages (checked, previewed, validated, audited)", ours,
                            "raw SQLite inserts of the same values, one transaction each", raw);
    return 0;
}
