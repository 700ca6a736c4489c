#include "CliCommands.h"
#include "CliSigning.h"
#include "Command.h"

#include "exchange/ConsolidationExport.h"
#include "exchange/FolderImport.h"
#include "exchange/SubmissionPackage.h"
#include "exchange/XlsxTemplate.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// The commands that carry submissions between offices: templates to fill in, imports of filled
// files and packages, packages to send, and the consolidating office's view.
namespace pardesk::cli {
namespace {

QCommandLineOption option(const char *name, const QString &description, const QString &valueName = {})
{
    return valueName.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), description)
                               : QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

QCommandLineOption formOption() { return option("form", CliCommands::tr("The form's key, e.g. TQ-PL02-CCHC."), CliCommands::tr("key")); }
QCommandLineOption agencyOption() { return option("agency", CliCommands::tr("The agency's key, e.g. TQ.STTTT."), CliCommands::tr("key")); }
QCommandLineOption periodOption()
{
    return option("period", CliCommands::tr("A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024."), CliCommands::tr("key"));
}
QCommandLineOption outOption() { return option("out", CliCommands::tr("The file to write."), CliCommands::tr("file")); }

ExchangeIdentity identityOf(const QCommandLineParser &p)
{
    return {p.value(QStringLiteral("form")), 0, p.value(QStringLiteral("agency")), p.value(QStringLiteral("period"))};
}

QString needs(const QCommandLineParser &p, const QStringList &names, const QString &usage)
{
    for (const QString &name : names)
        if (!p.isSet(name))
            return usage;
    return {};
}

int writeTemplate(Store &db, const QCommandLineParser &p)
{
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv") {
        printError(CliCommands::tr("%1: a template is written as .xlsx or .csv.").arg(out));
        return BadInput;
    }
    const Status written = suffix == u"xlsx" ? XlsxTemplate::write(db, identityOf(p), out)
                                             : CsvTemplate::write(db, identityOf(p), out);
    if (!written) {
        printError(written.error());
        return BadInput;
    }
    printJson(QJsonObject{{"file", out}, {"form", p.value(QStringLiteral("form"))},
                          {"agency", p.value(QStringLiteral("agency"))}, {"period", p.value(QStringLiteral("period"))}});
    return Success;
}

QJsonObject entryJson(const FolderImportEntry &e)
{
    QJsonObject o{{"file", e.file},
                  {"outcome", FolderImport::outcomeName(e.outcome)},
                  {"recognised", e.recognised},
                  {"ignored", e.ignored},
                  {"changed", e.changed},
                  {"errors", e.errors}};
    if (e.submissionId)
        o.insert(QStringLiteral("submission"), e.submissionId);
    if (!e.message.isEmpty())
        o.insert(QStringLiteral("message"), e.message);
    // What the office judges timeliness by, and what the package claimed, side by side.
    if (!e.receivedAt.isEmpty())
        o.insert(QStringLiteral("received_at"), e.receivedAt);
    if (e.claimedSubmittedAt)
        o.insert(QStringLiteral("claimed_submitted_at"), e.claimedSubmittedAt->toUTC().toString(Qt::ISODate));
    if (e.signature)
        o.insert(QStringLiteral("signature"), e.signature->toJson());
    QJsonArray ignored;
    for (const IgnoredRow &row : e.ignoredRows)
        ignored.append(QJsonObject{{"where", row.where}, {"code", row.code}, {"reason", row.reason}});
    o.insert(QStringLiteral("ignored_rows"), ignored);
    return o;
}

int importFiles(Store &db, const QCommandLineParser &p, const QStringList &files)
{
    const auto existing = p.isSet(QStringLiteral("replace")) ? SubmissionImport::Existing::Replace : SubmissionImport::Existing::Refuse;
    const auto trust = p.isSet(QStringLiteral("trust-new")) ? SubmissionImport::Trust::TrustNew : SubmissionImport::Trust::KnownOnly;
    const QString explanation = p.value(QStringLiteral("explanation"));
    std::optional<ExchangeIdentity> identity;
    if (p.isSet(QStringLiteral("form")) || p.isSet(QStringLiteral("agency")) || p.isSet(QStringLiteral("period")))
        identity = identityOf(p);
    QList<FolderImportEntry> entries;
    for (const QString &file : files) {
        if (QFileInfo(file).isDir()) {
            const QList<FolderImportEntry> inFolder = FolderImport::importFolder(db, file, existing, trust, explanation);
            if (inFolder.isEmpty())
                entries.append({file, FolderImportEntry::Outcome::Refused, CliCommands::tr("%1: the folder holds no .pardesk package.").arg(file)});
            entries.append(inFolder);
        } else {
            entries.append(FolderImport::importFile(db, file, existing, identity, trust, explanation));
        }
    }
    QJsonArray out;
    bool refused = false;
    for (const FolderImportEntry &e : entries) {
        out.append(entryJson(e));
        if (e.outcome == FolderImportEntry::Outcome::Refused) {
            printError(e.message);
            refused = true;
        }
        // An item's row with content that was not imported (a figure typed into a computed row).
        for (const IgnoredRow &row : e.ignoredRows)
            if (!row.code.isEmpty())
                printError(CliCommands::tr("%1, code %2: not imported: %3.").arg(row.where, row.code, row.reason));
    }
    printJson(QJsonObject{{"summary", FolderImport::summary(entries)}, {"files", out}});
    return refused ? BadInput : Success;
}

int exportPackage(Store &db, const QCommandLineParser &p)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("submission")).toLongLong(&ok);
    if (!ok) {
        printError(CliCommands::tr("no submission with id \"%1\": see pardesk-cli submissions.").arg(p.value(QStringLiteral("submission"))));
        return BadInput;
    }
    const QString out = p.value(QStringLiteral("out"));
    auto opened = signerOf(p);
    if (!opened) {
        printError(opened.error());
        return BadInput;
    }
    const std::unique_ptr<Pkcs12Signer> signer = std::move(opened).value();
    if (Status s = SubmissionPackage::write(db, id, out, signer.get()); !s) {
        printError(s.error());
        return BadInput;
    }
    QJsonObject printed{{"file", out}, {"submission", id}};
    if (signer)
        printed.insert(QStringLiteral("signed_by"), signedBy(*signer));
    printJson(printed);
    return Success;
}

int consolidate(Store &db, const QCommandLineParser &p)
{
    QDate today = QDate::currentDate();
    if (p.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            printError(CliCommands::tr("\"%1\" is not a date: write it as 2024-07-20.").arg(p.value(QStringLiteral("today"))));
            return BadInput;
        }
    }
    const auto c = Consolidation::build(db, p.value(QStringLiteral("form")), p.value(QStringLiteral("period")), today);
    if (!c) {
        printError(c.error());
        return BadInput;
    }
    const bool synthetic = db.isSynthetic();
    if (p.isSet(QStringLiteral("out"))) {
        if (Status s = ConsolidationExport::writeTotalsCsv(c.value(), synthetic, p.value(QStringLiteral("out"))); !s) {
            printError(s.error());
            return BadInput;
        }
    }
    printJson(ConsolidationExport::toJson(c.value(), synthetic));
    return Success;
}

Command make(const QString &name, QList<QCommandLineOption> options, QStringList required, const QString &usage,
             std::function<int(Store &, const QCommandLineParser &, const QStringList &)> run)
{
    Command command;
    command.name = name;
    command.options = std::move(options);
    command.checkUsage = [required, usage](const QCommandLineParser &p, const QStringList &) { return needs(p, required, usage); };
    command.run = [run](Store *store, const QCommandLineParser &p, const QStringList &files, const QString &) {
        return run(*store, p, files);
    };
    return command;
}

} // namespace

CommandGroup exchangeCommands()
{
    QList<Command> all = {
        make(QStringLiteral("template"), {formOption(), agencyOption(), periodOption(), outOption()},
             {QStringLiteral("form"), QStringLiteral("agency"), QStringLiteral("period"), QStringLiteral("out")},
             CliCommands::tr("template needs --form F --agency A --period P --out FILE.xlsx|FILE.csv."),
             [](Store &db, const QCommandLineParser &p, const QStringList &) { return writeTemplate(db, p); }),
        make(QStringLiteral("import"),
             {option("replace", CliCommands::tr("Replace a submission that exists already (audited).")), formOption(), agencyOption(),
              periodOption(),
              option("trust-new", CliCommands::tr("Trust a package's certificate that no register vouches for (check its fingerprint "
                                                  "with the agency first); it is registered for the package's agency.")),
              option("explanation", CliCommands::tr("Why a file with errors is sent as it is, for the files that carry no "
                                                    "explanation of their own; without one such a file is refused, as in "
                                                    "the entry grid."),
                     CliCommands::tr("text"))},
             {}, {}, importFiles),
        make(QStringLiteral("export-package"),
             {option("submission", CliCommands::tr("The submission's id."), CliCommands::tr("id")), outOption(),
              signOption()},
             {QStringLiteral("submission"), QStringLiteral("out")},
             CliCommands::tr("export-package needs --submission ID --out FILE.pardesk."),
             [](Store &db, const QCommandLineParser &p, const QStringList &) { return exportPackage(db, p); }),
        make(QStringLiteral("consolidate"),
             {formOption(), periodOption(), outOption(),
              option("today", CliCommands::tr("The day to judge overdue reports by (default: today)."), CliCommands::tr("date"))},
             {QStringLiteral("form"), QStringLiteral("period")},
             CliCommands::tr("consolidate needs --form F --period P."),
             [](Store &db, const QCommandLineParser &p, const QStringList &) { return consolidate(db, p); }),
    };
    for (Command &command : all)
        command.readsOnly = command.name != u"import";
    all[1].minFiles = 1;
    all[1].maxFiles = -1;
    const QString help = CliCommands::tr(
        "  template --form F --agency A --period P --out FILE.xlsx|FILE.csv\n"
        "                             a template to fill in (XLSX: protected, with drop-down lists)\n"
        "  import FILE... [--replace] [--trust-new] [--explanation TEXT] [--form F --agency A --period P]\n"
        "                             import filled templates (.xlsx, .csv with --form/--agency/--period),\n"
        "                             packages (.pardesk) or every package of a folder\n"
        "  export-package --submission ID --out FILE.pardesk [--sign-p12 FILE.p12]\n"
        "                             one submission as a sealed (and signed) file for the consolidating office\n"
        "  consolidate --form F --period P [--today DATE] [--out FILE.csv]\n"
        "                             who has reported, completeness, timeliness and the totals");
    return {help, all};
}

} // namespace pardesk::cli
