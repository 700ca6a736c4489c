#include "CliCommands.h"
#include "Command.h"

#include "store/SyntheticPlan.h"
#include "store/SyntheticProvince.h"
#include "store/Backup.h"
#include "store/ConsistencyCheck.h"
#include "store/Database.h"
#include "store/Restore.h"
#include "store/SubmissionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

// The commands that keep the store safe (backup, restore, check), write a synthetic province for
// benchmarks and demonstrations (generate), and the hidden one the crash tests kill (torture).
namespace pardesk::cli {
namespace {

QCommandLineOption option(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

QCommandLineOption hidden(const char *name, const QString &valueName)
{
    QCommandLineOption o(QString::fromLatin1(name), QString(), valueName);
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

QString absolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A positive whole number given with --name, or an error printed.
std::optional<int> positive(const QCommandLineParser &args, const QString &name, int maximum)
{
    bool ok = false;
    const int n = args.value(name).toInt(&ok);
    if (!ok || n < 1 || n > maximum) {
        printError(CliCommands::tr("--%1 needs a whole number from 1 to %2, not \"%3\".").arg(name).arg(maximum).arg(args.value(name)));
        return std::nullopt;
    }
    return n;
}

int backup(Database *store, const QCommandLineParser &args, const QStringList &, const QString &)
{
    const QString out = args.value(QStringLiteral("out"));
    if (QFileInfo::exists(out) && !args.isSet(QStringLiteral("force"))) {
        printError(CliCommands::tr("%1 exists already; give --force to replace it (a ParDesk store there is kept beside "
                                   "it).")
                       .arg(absolute(out)));
        return BadInput;
    }
    QString kept;
    if (Status s = Backup::copy(store->connection(), out, &kept); !s) {
        printError(s.error());
        return BadInput;
    }
    printJson(QJsonObject{{"backup", absolute(out)},
                          {"of", absolute(store->path())},
                          {"replaced_store_kept_as", kept.isEmpty() ? QJsonValue() : QJsonValue(absolute(kept))}});
    return Success;
}

int restore(Database *, const QCommandLineParser &args, const QStringList &, const QString &dbPath)
{
    const auto kept = Restore::replace(dbPath, args.value(QStringLiteral("from")));
    if (!kept) {
        printError(kept.error());
        return BadInput;
    }
    printJson(QJsonObject{{"restored", absolute(dbPath)},
                          {"from", absolute(args.value(QStringLiteral("from")))},
                          {"previous_store_kept_as", kept->isEmpty() ? QJsonValue() : QJsonValue(absolute(kept.value()))}});
    return Success;
}

int check(Database *store, const QCommandLineParser &, const QStringList &, const QString &)
{
    const auto report = ConsistencyCheck::run(store->connection());
    if (!report) {
        printError(report.error());
        return BadInput;
    }
    QJsonObject out = report->toJson();
    out.insert(QStringLiteral("path"), absolute(store->path()));
    printJson(out);
    return report->ok() ? Success : ProblemsFound;
}

int generate(Database *, const QCommandLineParser &args, const QStringList &, const QString &)
{
    const auto agencies = positive(args, QStringLiteral("agencies"), 5000);
    const auto years = positive(args, QStringLiteral("years"), 50);
    if (!agencies || !years)
        return BadInput;
    const QString out = args.value(QStringLiteral("out"));
    if (QFileInfo::exists(out)) {
        printError(CliCommands::tr("%1 exists already; generate writes a new file only.").arg(absolute(out)));
        return BadInput;
    }
    // The bundled dataset first (its themes name the synthetic plan's targets), then the province.
    Result<generate::SyntheticProvince::Summary> summary = Error{};
    if (auto db = Database::open(out); !db) {
        summary = Error{db.error()};
    } else {
        summary = generate::SyntheticProvince::write(db.value()->connection(),
                                                     generate::SyntheticProvince::Options::sized(*agencies, *years));
        if (summary)
            if (Status s = generate::SyntheticPlan::write(db.value()->connection(), summary.value()); !s)
                summary = Error{s.error()};
    }
    if (!summary) {
        // Nothing half-made is left behind (a full disk, a file size limit).
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(out + suffix);
        printError(summary.error());
        return BadInput;
    }
    printJson(QJsonObject{{"path", absolute(out)},
                          {"synthetic", true},
                          {"province", generate::SyntheticProvince::provinceName()},
                          {"form", summary->formKey},
                          {"agencies", summary->agencies},
                          {"items", summary->items},
                          {"submissions", summary->submissions},
                          {"values", double(summary->values)},
                          {"periods", QJsonArray::fromStringList(summary->periods)}});
    return Success;
}

// The numeric items of the store's first form that an official types (no formula): what each
// step of `torture` writes, all in one transaction.
struct TortureTarget {
    qint64 submission = 0;
    QList<QPair<qint64, QString>> items;
};

Result<TortureTarget> tortureTarget(Database &db, const QString &period)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT f.id, a.id FROM forms f JOIN agencies a ON a.province = f.province ORDER BY f.id, a.id LIMIT 1"));
    if (!q.next())
        return Error{CliCommands::tr("the store has no form with an agency to write to.")};
    const qint64 form = q.value(0).toLongLong(), agency = q.value(1).toLongLong();
    // Every read is finished before a write begins: an open read keeps its snapshot, and a write
    // from an old snapshot is refused (SQLITE_BUSY_SNAPSHOT) once another writer has committed.
    q.finish();
    TortureTarget target;
    q.prepare(QStringLiteral("SELECT id FROM submissions WHERE form_id = ? AND agency_id = ? AND period = ?"));
    q.addBindValue(form);
    q.addBindValue(agency);
    q.addBindValue(period);
    if (q.exec() && q.next()) {
        target.submission = q.value(0).toLongLong();
        q.finish();
    } else {
        q.finish();
        auto created = SubmissionStore(db.connection()).create(form, agency, period);
        for (int retry = 0; !created && created.isRetryable() && retry < 3000; ++retry) {
            QThread::msleep(20);
            created = SubmissionStore(db.connection()).create(form, agency, period);
        }
        if (!created)
            return Error{created.error()};
        target.submission = created.value();
    }
    q.prepare(QStringLiteral("SELECT id, code FROM form_items WHERE form_id = ? AND formula IS NULL "
                             "AND kind IN ('count', 'number') ORDER BY position"));
    q.addBindValue(form);
    q.exec();
    while (q.next())
        target.items.append({q.value(0).toLongLong(), q.value(1).toString()});
    return target;
}

// Step k sets every item to k. A step reported "committed k" is durable; after a kill the store
// holds the last reported step or the one after it, never a mixture. A busy store is waited for.
int torture(Database *store, const QCommandLineParser &args, const QStringList &, const QString &)
{
    const auto edits = positive(args, QStringLiteral("edits"), 10000000);
    if (!edits)
        return BadInput;
    const QString period = args.value(QStringLiteral("period")).isEmpty() ? QStringLiteral("2000Q1") : args.value(QStringLiteral("period"));
    const auto target = tortureTarget(*store, period);
    if (!target) {
        printError(target.error());
        return BadInput;
    }
    QSqlQuery q(store->connection());
    q.prepare(QStringLiteral("SELECT max(value) FROM submission_values WHERE submission_id = ?"));
    q.addBindValue(target->submission);
    const int first = q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
    // An unfinished read keeps its snapshot: after another writer's commit, this connection could
    // never write again (SQLITE_BUSY_SNAPSHOT) however long it waited.
    q.finish();
    std::printf("submission %lld items %lld\n", target->submission, qlonglong(target->items.size()));
    std::fflush(stdout);
    SubmissionStore writer(store->connection());
    int busyRetries = 0;
    for (int k = first; k < first + *edits; ++k) {
        QList<CellWrite> writes;
        for (const auto &[id, code] : target->items)
            writes.append({id, code, CellWrite::Field::Value, QString::number(k), double(k)});
        Status s = writer.write(target->submission, writes);
        // Waits as the entry grid does, but not for ever: a minute of retries, then the error.
        for (int retry = 0; !s && s.isRetryable() && retry < 3000; ++retry) {
            ++busyRetries;
            QThread::msleep(20);
            s = writer.write(target->submission, writes);
        }
        if (!s) {
            printError(s.error());
            return BadInput;
        }
        std::printf("committed %d\n", k);
        std::fflush(stdout);
    }
    std::printf("busy retries %d\n", busyRetries);
    return Success;
}

Command make(const char *name, QList<QCommandLineOption> options, bool opensStore,
             std::function<int(Database *, const QCommandLineParser &, const QStringList &, const QString &)> run,
             QStringList required)
{
    Command command;
    command.name = QString::fromLatin1(name);
    command.options = std::move(options);
    command.opensStore = opensStore;
    command.run = std::move(run);
    command.checkUsage = [name = command.name, required](const QCommandLineParser &args, const QStringList &) {
        for (const QString &option : required)
            if (!args.isSet(option))
                return CliCommands::tr("%1 needs --%2.").arg(name, option);
        return QString();
    };
    return command;
}

} // namespace

CommandGroup safetyCommands()
{
    const QCommandLineOption out = option("out", CliCommands::tr("The file to write."), CliCommands::tr("file"));
    QList<Command> all = {
        make("backup", {out, QCommandLineOption(QStringLiteral("force"), CliCommands::tr("Replace an existing file."))}, true,
             backup, {QStringLiteral("out")}),
        make("restore", {option("from", CliCommands::tr("The backup to restore."), CliCommands::tr("file"))}, false, restore,
             {QStringLiteral("from")}),
        make("check", {}, true, check, {}),
        make("generate",
             {option("agencies", CliCommands::tr("How many agencies the synthetic province has."), CliCommands::tr("n")),
              option("years", CliCommands::tr("How many years of quarterly reports."), CliCommands::tr("n")), out},
             false, generate, {QStringLiteral("agencies"), QStringLiteral("years"), QStringLiteral("out")}),
        // For the crash tests (tests/crash), not in --help.
        make("torture",
             {hidden("edits", QStringLiteral("n")), hidden("period", QStringLiteral("key"))},
             true, torture, {QStringLiteral("edits")}),
    };
    for (Command &command : all)
        command.readsOnly = command.name == u"backup" || command.name == u"check";
    const QString help =
        CliCommands::tr("  backup --out FILE [--force] a consistent copy of the store (also while ParDesk is open);\n"
                        "                             an existing FILE only with --force\n"
                        "  restore --from FILE        replace the store with a checked backup; the old store is kept\n"
                        "  check                      integrity, foreign keys and the app's own rules; exit 1 on problems\n"
                        "  generate --agencies N --years Y --out FILE\n"
                        "                             a new store with a SYNTHETIC province, for benchmarks and demonstrations");
    return {help, all};
}

} // namespace pardesk::cli
