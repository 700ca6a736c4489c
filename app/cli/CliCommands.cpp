#include "CliCommands.h"

#include "aggregate/OutlierFindings.h"
#include "forms/SubmissionReader.h"
#include "io/FindingsJson.h"
#include "io/JsonViews.h"
#include "io/TargetReportJson.h"
#include "io/SubmissionCsv.h"
#include "periods/PeriodJson.h"
#include "periods/ReportingCalendar.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "validation/Validator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cstdio>
#include <functional>

namespace pardesk::cli {
namespace {

void printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

void printError(const QString &message)
{
    const QByteArray text = (QStringLiteral("pardesk-cli: ") + message + u'\n').toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

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

int countOf(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : 0;
}

// A --plan that names no document is bad input, not an empty answer.
bool planIsKnown(const Catalog &catalog, const QString &plan)
{
    if (plan.isEmpty() || catalog.hasDocument(plan))
        return true;
    printError(CliCommands::tr("no plan numbered \"%1\": see pardesk-cli plans.").arg(plan));
    return false;
}

// Prints the findings, then those found elsewhere (`more`); errors (not warnings) make the exit code 1.
int printFindings(const FormDefinition &form, QList<EnteredValue> entered, const QList<Finding> &more = {})
{
    Validator validator(form);
    validator.setAll(std::move(entered));
    printJson(json::findingsToJson(validator.findings() + more));
    return validator.hasErrors() ? ProblemsFound : Success;
}

int validateSubmission(Database &db, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        printError(CliCommands::tr("no submission with id \"%1\": see pardesk-cli submissions.").arg(idText));
        return BadInput;
    }
    const SubmissionReader reader(db.connection());
    const auto formId = reader.formId(id);
    if (!formId) {
        printError(formId.error() + u' ' + CliCommands::tr("See pardesk-cli submissions."));
        return BadInput;
    }
    const auto form = FormDefinition::load(db.connection(), formId.value());
    if (!form) {
        printError(form.error());
        return BadInput;
    }
    auto entered = reader.entered(form.value(), id);
    if (!entered) {
        printError(entered.error());
        return BadInput;
    }
    // A stored submission has a history to be compared with; a file does not.
    const auto outliers = OutlierFindings::ofSubmission(db.connection(), id);
    if (!outliers) {
        printError(outliers.error());
        return BadInput;
    }
    return printFindings(form.value(), std::move(entered).value(), outliers.value());
}

int validateFile(Database &db, const QString &formKey, const QString &path)
{
    const auto form = FormDefinition::load(db.connection(), formKey);
    if (!form) {
        printError(form.error() + u' ' + CliCommands::tr("See pardesk-cli forms."));
        return BadInput;
    }
    auto csv = SubmissionCsv::read(path, form.value());
    if (!csv) {
        printError(csv.error());
        return BadInput;
    }
    return printFindings(form.value(), csv.value().entered());
}

const QStringList kProvinceCodes = {QStringLiteral("TQ"), QStringLiteral("BG"), QStringLiteral("TV")};

struct Command {
    QString name;
    QStringList options; // the options it takes besides --db
    std::function<int(Database &, const QCommandLineParser &)> run;
};

QList<Command> commands()
{
    return {
        {QStringLiteral("init"), {}, [](Database &db, const QCommandLineParser &) {
             QJsonObject out{{"path", db.path()},
                             {"schema_version", db.schemaVersion()},
                             {"dataset_loaded_now", db.loadedDatasetNow()}};
             for (const QString &table : {QStringLiteral("documents"), QStringLiteral("targets"), QStringLiteral("tasks"),
                                         QStringLiteral("forms"), QStringLiteral("submissions"), QStringLiteral("scores"),
                                         QStringLiteral("agencies")})
                 out.insert(table, countOf(db, table));
             printJson(out);
             return int(Success);
         }},
        {QStringLiteral("plans"), {}, [](Database &db, const QCommandLineParser &) {
             return printList(Catalog(db.connection()).documents());
         }},
        {QStringLiteral("targets"), {QStringLiteral("province"), QStringLiteral("theme"), QStringLiteral("plan")},
         [](Database &db, const QCommandLineParser &p) {
             const Catalog catalog(db.connection());
             TargetFilter filter{p.value(QStringLiteral("province")).toUpper(), p.value(QStringLiteral("theme")),
                                 p.value(QStringLiteral("plan"))};
             if (!filter.province.isEmpty() && !kProvinceCodes.contains(filter.province)) {
                 printError(CliCommands::tr("unknown province \"%1\": use TQ, BG or TV.").arg(filter.province));
                 return int(BadInput);
             }
             if (!filter.theme.isEmpty()) {
                 const auto themes = catalog.themes();
                 const bool known = themes && std::any_of(themes->begin(), themes->end(),
                                                          [&](const Theme &t) { return t.key == filter.theme; });
                 if (!known) {
                     printError(CliCommands::tr("unknown theme \"%1\": see pardesk-cli themes.").arg(filter.theme));
                     return int(BadInput);
                 }
             }
             if (!planIsKnown(catalog, filter.plan))
                 return int(BadInput);
             return printList(catalog.targets(filter));
         }},
        {QStringLiteral("tasks"), {QStringLiteral("plan")}, [](Database &db, const QCommandLineParser &p) {
             const Catalog catalog(db.connection());
             const QString plan = p.value(QStringLiteral("plan"));
             if (!planIsKnown(catalog, plan))
                 return int(BadInput);
             return printList(catalog.tasks(plan));
         }},
        {QStringLiteral("forms"), {}, [](Database &db, const QCommandLineParser &) {
             return printList(Catalog(db.connection()).forms());
         }},
        {QStringLiteral("submissions"), {}, [](Database &db, const QCommandLineParser &) {
             return printList(Catalog(db.connection()).submissions());
         }},
        {QStringLiteral("values"), {QStringLiteral("submission")}, [](Database &db, const QCommandLineParser &p) {
             bool ok = false;
             const qint64 id = p.value(QStringLiteral("submission")).toLongLong(&ok);
             const Catalog catalog(db.connection());
             const auto all = catalog.submissions();
             const bool exists = ok && all && std::any_of(all->begin(), all->end(), [&](const Submission &s) { return s.id == id; });
             if (!exists) {
                 printError(CliCommands::tr("no submission with id \"%1\": see pardesk-cli submissions.")
                                .arg(p.value(QStringLiteral("submission"))));
                 return int(BadInput);
             }
             return printList(catalog.values(id));
         }},
        {QStringLiteral("validate"), {QStringLiteral("submission"), QStringLiteral("form")},
         [](Database &db, const QCommandLineParser &p) {
             const QStringList files = p.positionalArguments().mid(1);
             if (p.isSet(QStringLiteral("submission")))
                 return validateSubmission(db, p.value(QStringLiteral("submission")));
             return validateFile(db, p.value(QStringLiteral("form")), files.first());
         }},
        {QStringLiteral("scores"), {}, [](Database &db, const QCommandLineParser &) {
             return printList(Catalog(db.connection()).scores());
         }},
        {QStringLiteral("themes"), {}, [](Database &db, const QCommandLineParser &) {
             return printList(Catalog(db.connection()).themes());
         }},
        {QStringLiteral("evaluate"), {QStringLiteral("province"), QStringLiteral("period")},
         [](Database &db, const QCommandLineParser &p) {
             TargetReportOptions options;
             options.province = p.value(QStringLiteral("province")).toUpper();
             if (!options.province.isEmpty() && !kProvinceCodes.contains(options.province)) {
                 printError(CliCommands::tr("unknown province \"%1\": use TQ, BG or TV.").arg(options.province));
                 return int(BadInput);
             }
             options.period = p.value(QStringLiteral("period"));
             const auto rows = TargetReport::build(db.connection(), options);
             if (!rows) {
                 printError(rows.error());
                 return int(BadInput);
             }
             QJsonArray out;
             for (const TargetReportRow &row : rows.value())
                 out.append(json::toJson(row));
             printJson(out);
             return int(Success);
         }},
        {QStringLiteral("periods"), {QStringLiteral("year"), QStringLiteral("period"), QStringLiteral("province")},
         [](Database &, const QCommandLineParser &p) {
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
         }},
    };
}

} // namespace

int CliCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ParDesk on the command line: prints the store's plans, targets, tasks, forms, submissions and scores as JSON.\n\n"
           "Commands:\n"
           "  init                       create or upgrade the store\n"
           "  plans                      the documents\n"
           "  targets [--province P] [--theme KEY] [--plan NUMBER]\n"
           "  tasks [--plan NUMBER]\n"
           "  forms                      the report forms\n"
           "  submissions                the agencies' submissions\n"
           "  values --submission ID     the values of one submission\n"
           "  scores                     PAR Index, SIPAS and PAPI scores\n"
           "  themes                     the themes that group targets across provinces") +
        u'\n' +
        tr("  validate --submission ID   check a stored submission; exit 1 when there are errors\n"
           "  validate --form FORM FILE.csv\n"
           "                             check a submission file (UTF-8 CSV with the columns code, value, note)") +
        u'\n' +
        tr("  evaluate [--province P] [--period KEY]\n"
           "                             each target against the reported figures: met, gap, progress, projection") +
        u'\n' +
        tr("  periods [--year Y | --period KEY] [--province P]\n"
           "                             reporting periods: keys, data windows, due dates"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file (default: %1).").arg(QStringLiteral("AppData/pardesk.sqlite")), tr("path")},
        {QStringLiteral("province"), tr("Only this province: TQ, BG or TV."), tr("code")},
        {QStringLiteral("theme"), tr("Only targets of this theme."), tr("key")},
        {QStringLiteral("plan"), tr("Only this plan (its number, e.g. 268/KH-UBND, or its key)."), tr("number")},
        {QStringLiteral("submission"), tr("The submission's id."), tr("id")},
        {QStringLiteral("form"), tr("The form's key, e.g. TQ-PL02-CCHC."), tr("key")},
        {QStringLiteral("year"), tr("The year whose periods to list (default: this year)."), tr("year")},
        {QStringLiteral("period"), tr("A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024."), tr("key")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("validate --form: the CSV file to check."), QStringLiteral("[file]"));

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("pardesk-cli %s\n", PARDESK_VERSION);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(tr("give one command; see pardesk-cli --help."));
        return BadInput;
    }
    const auto all = commands();
    const auto command = std::find_if(all.begin(), all.end(), [&](const Command &c) { return c.name == positional.first(); });
    if (command == all.end()) {
        printError(tr("unknown command \"%1\"; see pardesk-cli --help.").arg(positional.first()));
        return BadInput;
    }
    for (const QString &option : parser.optionNames()) {
        if (option != u"db" && !command->options.contains(option)) {
            printError(tr("the command %1 does not take --%2.").arg(command->name, option));
            return BadInput;
        }
    }
    if (command->name == u"values" && !parser.isSet(QStringLiteral("submission"))) {
        printError(tr("values needs --submission ID."));
        return BadInput;
    }
    if (command->name == u"validate") {
        const bool submission = parser.isSet(QStringLiteral("submission"));
        const bool form = parser.isSet(QStringLiteral("form"));
        const bool bySubmission = submission && !form && positional.size() == 1;
        const bool byFile = form && !submission && positional.size() == 2;
        if (!bySubmission && !byFile) {
            printError(tr("validate needs either --submission ID or --form FORM FILE.csv."));
            return BadInput;
        }
    } else if (positional.size() != 1) {
        printError(tr("give one command; see pardesk-cli --help."));
        return BadInput;
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        printError(database.error());
        return BadInput;
    }
    return command->run(*database.value(), parser);
}

} // namespace pardesk::cli
