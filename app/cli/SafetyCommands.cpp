#include "CliCommands.h"
#include "Command.h"

#include "store/SyntheticPlan.h"
#include "store/SyntheticProvince.h"
#include "store/Backup.h"
#include "store/ConsistencyCheck.h"
#include "store/Store.h"
#include "store/Restore.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

int backup(Store *store, const QCommandLineParser &args, const QStringList &, const QString &)
{
    const QString out = args.value(QStringLiteral("out"));
    if (QFileInfo::exists(out) && !args.isSet(QStringLiteral("force"))) {
        printError(CliCommands::tr("%1 exists already; give --force to replace it (a ParDesk store there is kept beside "
                                   "it).")
                       .arg(absolute(out)));
        return BadInput;
    }
    QString kept;
    if (Status s = Backup::copy(*store, out, &kept); !s) {
        printError(s.error());
        return BadInput;
    }
    printJson(QJsonObject{{"backup", absolute(out)},
                          {"of", absolute(store->path())},
                          {"replaced_store_kept_as", kept.isEmpty() ? QJsonValue() : QJsonValue(absolute(kept))}});
    return Success;
}

int restore(Store *, const QCommandLineParser &args, const QStringList &, const QString &dbPath)
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

int check(Store *store, const QCommandLineParser &, const QStringList &, const QString &)
{
    const auto report = ConsistencyCheck::run(*store);
    if (!report) {
        printError(report.error());
        return BadInput;
    }
    QJsonObject out = report->toJson();
    out.insert(QStringLiteral("path"), absolute(store->path()));
    printJson(out);
    return report->ok() ? Success : ProblemsFound;
}

int generate(Store *, const QCommandLineParser &args, const QStringList &, const QString &)
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
    if (auto db = Store::open(out); !db) {
        summary = db.failure();
    } else {
        summary = generate::SyntheticProvince::write(*db.value(),
                                                     generate::SyntheticProvince::Options::sized(*agencies, *years));
        if (summary)
            if (Status s = generate::SyntheticPlan::write(*db.value(), summary.value()); !s)
                summary = s.failure();
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
    std::optional<FormDefinition> form;
    qint64 submission = 0;
    QList<QPair<qint64, QString>> items;
};

Result<TortureTarget> tortureTarget(Store &db, const QString &period)
{
    // The first form (by id) with an agency of its province, and that province's first agency.
    const auto forms = db.forms().list();
    if (!forms)
        return forms.failure();
    std::optional<std::pair<qint64, qint64>> chosen;
    for (const Form &f : forms.value()) {
        if (f.province.isEmpty())
            continue;
        const auto agencies = db.references().agencies(f.province);
        if (!agencies)
            return agencies.failure();
        for (const AgencyRef &a : agencies.value()) {
            if (!chosen || chosen->first != f.id || a.id < chosen->second)
                chosen = std::pair(f.id, a.id);
        }
        if (chosen)
            break;
    }
    if (!chosen)
        return Error{CliCommands::tr("the store has no form with an agency to write to.")};
    const auto [formId, agency] = *chosen;
    const auto form = db.forms().definition(formId);
    if (!form)
        return form.failure();
    // Every read is finished before a write begins (the repositories finish theirs): an open read
    // keeps its snapshot, and a write from an old snapshot is refused (SQLITE_BUSY_SNAPSHOT) once
    // another writer has committed.
    TortureTarget target;
    const auto found = db.submissions().find(formId, agency, period);
    if (!found)
        return found.failure();
    if (found.value()) {
        target.submission = *found.value();
    } else {
        auto created = db.submissions().create(formId, agency, period);
        for (int retry = 0; !created && created.isRetryable() && retry < 3000; ++retry) {
            QThread::msleep(20);
            created = db.submissions().create(formId, agency, period);
        }
        if (!created)
            return created.failure();
        target.submission = created.value();
    }
    for (const FormItem &item : form->items()) {
        if (!item.formula && (item.kind == ItemKind::Count || item.kind == ItemKind::Number))
            target.items.append({item.id, item.code});
    }
    target.form = form.value();
    return target;
}

// Step k sets every item to k. A step reported "committed k" is durable; after a kill the store
// holds the last reported step or the one after it, never a mixture. A busy store is waited for.
int torture(Store *store, const QCommandLineParser &args, const QStringList &, const QString &)
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
    // The step after the highest value stored.
    const auto stored = store->submissions().cells(*target->form, target->submission);
    if (!stored) {
        printError(stored.error());
        return BadInput;
    }
    int first = 1;
    for (const StoredCell &c : stored.value()) {
        if (c.value)
            first = std::max(first, int(*c.value) + 1);
    }
    std::printf("submission %lld items %lld\n", target->submission, qlonglong(target->items.size()));
    std::fflush(stdout);
    int busyRetries = 0;
    for (int k = first; k < first + *edits; ++k) {
        QList<CellWrite> writes;
        for (const auto &[id, code] : target->items)
            writes.append({id, code, CellWrite::Field::Value, QString::number(k), double(k)});
        Status s = store->submissions().write(target->submission, writes);
        // Waits as the entry grid does, but not for ever: a minute of retries, then the error.
        for (int retry = 0; !s && s.isRetryable() && retry < 3000; ++retry) {
            ++busyRetries;
            QThread::msleep(20);
            s = store->submissions().write(target->submission, writes);
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
             std::function<int(Store *, const QCommandLineParser &, const QStringList &, const QString &)> run,
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
