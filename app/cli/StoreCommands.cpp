#include "CliCommands.h"
#include "Command.h"

#include "store/Store.h"
#include "io/FindingsJson.h"
#include "io/JsonViews.h"
#include "io/TargetReportJson.h"
#include "io/SubmissionCsv.h"
#include "periods/PeriodJson.h"
#include "periods/ReportingCalendar.h"
#include "validation/SubmissionFindings.h"

#include <QJsonArray>
#include <QJsonObject>

// The commands that print what the store holds, and check and evaluate it.
namespace pardesk::cli {
namespace {

template <typename T>
int printList(const Result<QList<T>> &records)
{
    if (!records) {
        printError(records.error());
        return BadInput;
    }
    printJson(json::toJsonArray(records.value()));
    return Success;
}

// A --plan that names no document is bad input, not an empty answer.
bool planIsKnown(const Plans &plans, const QString &plan)
{
    if (plan.isEmpty())
        return true;
    const auto known = plans.hasDocument(plan);
    if (!known) {
        printError(known.error());
        return false;
    }
    if (known.value())
        return true;
    printError(CliCommands::tr("no plan numbered \"%1\": see pardesk-cli plans.").arg(plan));
    return false;
}

// Prints the findings; errors (not warnings) make the exit code 1.
int printFindings(const SubmissionFindings &findings)
{
    printJson(json::findingsToJson(findings.all()));
    return findings.hasErrors() ? ProblemsFound : Success;
}

int validateSubmission(Store &db, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        printError(CliCommands::tr("no submission with id \"%1\": see pardesk-cli submissions.").arg(idText));
        return BadInput;
    }
    const auto header = db.submissions().header(id);
    if (!header) {
        printError(header.error() + u' ' + CliCommands::tr("See pardesk-cli submissions."));
        return BadInput;
    }
    const auto form = db.forms().definition(header->formId);
    if (!form) {
        printError(form.error());
        return BadInput;
    }
    // A stored submission has a history to be compared with; a file does not.
    const auto findings = SubmissionFindings::ofStored(db, form.value(), id);
    if (!findings) {
        printError(findings.error());
        return BadInput;
    }
    return printFindings(findings.value());
}

int validateFile(Store &db, const QString &formKey, const QString &path)
{
    const auto form = db.forms().definition(formKey);
    if (!form) {
        printError(form.error() + u' ' + CliCommands::tr("See pardesk-cli forms."));
        return BadInput;
    }
    auto csv = SubmissionCsv::read(path, form.value());
    if (!csv) {
        printError(csv.error());
        return BadInput;
    }
    return printFindings(SubmissionFindings(form.value(), csv.value().entered()));
}

// A province the store holds (the three of the dataset, and a generated one where there is one);
// otherwise prints which codes it holds.
bool knownProvince(const Store &db, const QString &code)
{
    const auto provinces = db.references().provinces();
    if (!provinces) {
        printError(provinces.error());
        return false;
    }
    QStringList codes;
    for (const ProvinceName &p : provinces.value())
        codes.append(p.code);
    if (codes.contains(code))
        return true;
    printError(CliCommands::tr("unknown province \"%1\": the store holds %2.").arg(code, codes.join(QStringLiteral(", "))));
    return false;
}

QCommandLineOption option(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

// A command that reads or writes the opened store and takes no file.
Command make(const QString &name, QList<QCommandLineOption> options,
             std::function<int(Store &, const QCommandLineParser &)> run)
{
    Command command;
    command.name = name;
    command.options = std::move(options);
    command.run = [run](Store *store, const QCommandLineParser &args, const QStringList &, const QString &) {
        return run(*store, args);
    };
    return command;
}

QList<Command> commands()
{
    return {
        make(QStringLiteral("init"), {}, [](Store &db, const QCommandLineParser &) {
             const auto version = db.schemaVersion();
             const auto counts = db.rowCounts();
             if (!version || !counts) {
                 printError(!version ? version.error() : counts.error());
                 return int(BadInput);
             }
             QJsonObject out{{"path", db.path()},
                             {"schema_version", version.value()},
                             {"dataset_loaded_now", db.loadedDatasetNow()}};
             for (const auto &[table, count] : counts.value())
                 out.insert(table, count);
             printJson(out);
             return int(Success);
         }),
        make(QStringLiteral("plans"), {}, [](Store &db, const QCommandLineParser &) {
             return printList(db.plans().documents());
         }),
        make(QStringLiteral("targets"), {option("province", CliCommands::tr("Only this province: TQ, BG or TV."), CliCommands::tr("code")), option("theme", CliCommands::tr("Only targets of this theme."), CliCommands::tr("key")), option("plan", CliCommands::tr("Only this plan (its number, e.g. 268/KH-UBND, or its key)."), CliCommands::tr("number"))},
         [](Store &db, const QCommandLineParser &p) {
             TargetFilter filter{p.value(QStringLiteral("province")).toUpper(), p.value(QStringLiteral("theme")),
                                 p.value(QStringLiteral("plan"))};
             if (!filter.province.isEmpty() && !knownProvince(db, filter.province))
                 return int(BadInput);
             if (!filter.theme.isEmpty()) {
                 const auto themes = db.plans().themes();
                 const bool known = themes && std::any_of(themes->begin(), themes->end(),
                                                          [&](const Theme &t) { return t.key == filter.theme; });
                 if (!known) {
                     printError(CliCommands::tr("unknown theme \"%1\": see pardesk-cli themes.").arg(filter.theme));
                     return int(BadInput);
                 }
             }
             if (!planIsKnown(db.plans(), filter.plan))
                 return int(BadInput);
             return printList(db.plans().targets(filter));
         }),
        make(QStringLiteral("tasks"), {option("plan", CliCommands::tr("Only this plan (its number, e.g. 268/KH-UBND, or its key)."), CliCommands::tr("number"))}, [](Store &db, const QCommandLineParser &p) {
             const QString plan = p.value(QStringLiteral("plan"));
             if (!planIsKnown(db.plans(), plan))
                 return int(BadInput);
             return printList(db.plans().tasks(plan));
         }),
        make(QStringLiteral("forms"), {}, [](Store &db, const QCommandLineParser &) {
             return printList(db.forms().list());
         }),
        make(QStringLiteral("submissions"), {}, [](Store &db, const QCommandLineParser &) {
             return printList(db.submissions().list());
         }),
        make(QStringLiteral("values"), {option("submission", CliCommands::tr("The submission's id."), CliCommands::tr("id"))}, [](Store &db, const QCommandLineParser &p) {
             bool ok = false;
             const qint64 id = p.value(QStringLiteral("submission")).toLongLong(&ok);
             const auto all = db.submissions().list();
             const bool exists = ok && all && std::any_of(all->begin(), all->end(), [&](const Submission &s) { return s.id == id; });
             if (!exists) {
                 printError(CliCommands::tr("no submission with id \"%1\": see pardesk-cli submissions.")
                                .arg(p.value(QStringLiteral("submission"))));
                 return int(BadInput);
             }
             return printList(db.submissions().values(id));
         }),
        make(QStringLiteral("validate"), {option("submission", CliCommands::tr("The submission's id."), CliCommands::tr("id")), option("form", CliCommands::tr("The form's key, e.g. TQ-PL02-CCHC."), CliCommands::tr("key"))},
         [](Store &db, const QCommandLineParser &p) {
             const QStringList files = p.positionalArguments().mid(1); // the CSV file, when --form is given
             if (p.isSet(QStringLiteral("submission")))
                 return validateSubmission(db, p.value(QStringLiteral("submission")));
             return validateFile(db, p.value(QStringLiteral("form")), files.first());
         }),
        make(QStringLiteral("scores"), {}, [](Store &db, const QCommandLineParser &) {
             return printList(db.scores().list());
         }),
        make(QStringLiteral("themes"), {}, [](Store &db, const QCommandLineParser &) {
             return printList(db.plans().themes());
         }),
        make(QStringLiteral("evaluate"), {option("province", CliCommands::tr("Only this province: TQ, BG or TV."), CliCommands::tr("code")), option("period", CliCommands::tr("A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024."), CliCommands::tr("key"))},
         [](Store &db, const QCommandLineParser &p) {
             TargetReportOptions options;
             options.province = p.value(QStringLiteral("province")).toUpper();
             if (!options.province.isEmpty() && !knownProvince(db, options.province))
                 return int(BadInput);
             options.period = p.value(QStringLiteral("period"));
             const auto rows = TargetReport::build(db, options);
             if (!rows) {
                 printError(rows.error());
                 return int(BadInput);
             }
             QJsonArray out;
             for (const TargetReportRow &row : rows.value())
                 out.append(json::toJson(row));
             printJson(out);
             return int(Success);
         }),
        make(QStringLiteral("periods"), {option("year", CliCommands::tr("The year whose periods to list (default: this year)."), CliCommands::tr("year")), option("period", CliCommands::tr("A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024."), CliCommands::tr("key")), option("province", CliCommands::tr("Only this province: TQ, BG or TV."), CliCommands::tr("code"))},
         [](Store &, const QCommandLineParser &p) {
             QList<Period> periods = Period::allOf(QDate::currentDate().year());
             if (p.isSet(QStringLiteral("year")) && p.isSet(QStringLiteral("period"))) {
                 printError(CliCommands::tr("give --year or --period, not both."));
                 return int(BadInput);
             }
             if (p.isSet(QStringLiteral("year"))) {
                 const auto year = Period::parse(p.value(QStringLiteral("year")));
                 if (!year || year->kind() != Period::Kind::Year) {
                     printError(CliCommands::tr("\"%1\" is not a year: write four digits, as in 2024.")
                                    .arg(p.value(QStringLiteral("year"))));
                     return int(BadInput);
                 }
                 periods = Period::allOf(year->year());
             }
             if (p.isSet(QStringLiteral("period"))) {
                 const auto period = Period::parse(p.value(QStringLiteral("period")));
                 if (!period) {
                     printError(period.error());
                     return int(BadInput);
                 }
                 periods = {period.value()};
             }
             const QString province = p.value(QStringLiteral("province"));
             // Every province has a rule for the agencies' reports, so a failure names an unknown province.
             if (!province.isEmpty()) {
                 if (const auto known = ReportingCalendar::deadline(province, periods.first()); !known) {
                     printError(known.error());
                     return int(BadInput);
                 }
             }
             QJsonArray out;
             for (const Period &period : periods)
                 out.append(json::toJson(period, province));
             printJson(out);
             return int(Success);
         }),
    };
}


} // namespace

CommandGroup storeCommands()
{
    QList<Command> all = commands();
    for (Command &command : all) {
        command.readsOnly = command.name != u"init";
        if (command.name == u"values") {
            command.checkUsage = [](const QCommandLineParser &args, const QStringList &) {
                return args.isSet(QStringLiteral("submission")) ? QString() : CliCommands::tr("values needs --submission ID.");
            };
        } else if (command.name == u"validate") {
            command.maxFiles = 1;
            command.checkUsage = [](const QCommandLineParser &args, const QStringList &files) {
                const bool submission = args.isSet(QStringLiteral("submission"));
                const bool form = args.isSet(QStringLiteral("form"));
                const bool bySubmission = submission && !form && files.isEmpty();
                const bool byFile = form && !submission && files.size() == 1;
                return bySubmission || byFile ? QString()
                                              : CliCommands::tr("validate needs either --submission ID or --form FORM FILE.csv.");
            };
        }
    }
    const QString help =
        CliCommands::tr("  init                       create or upgrade the store\n"
           "  plans                      the documents\n"
           "  targets [--province P] [--theme KEY] [--plan NUMBER]\n"
           "  tasks [--plan NUMBER]\n"
           "  forms                      the report forms\n"
           "  submissions                the agencies' submissions\n"
           "  values --submission ID     the values of one submission\n"
           "  scores                     PAR Index, SIPAS and PAPI scores\n"
           "  themes                     the themes that group targets across provinces") +
        u'\n' +
        CliCommands::tr("  validate --submission ID   check a stored submission; exit 1 when there are errors\n"
           "  validate --form FORM FILE.csv\n"
           "                             check a submission file (UTF-8 CSV with the columns code, value, note)") +
        u'\n' +
        CliCommands::tr("  evaluate [--province P] [--period KEY]\n"
           "                             each target against the reported figures: met, gap, progress, projection") +
        u'\n' +
        CliCommands::tr("  periods [--year Y | --period KEY] [--province P]\n"
           "                             reporting periods: keys, data windows, due dates");
    return {help, all};
}

} // namespace pardesk::cli
