#include "Command.h"

#include "print/AppendixExport.h"
#include "report/AssessmentTables.h"
#include "report/ComparisonAppendix.h"
#include "report/FormAppendix.h"
#include "report/PlanAppendix.h"
#include "report/ProgressAppendix.h"
#include "report/TaskAppendix.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonObject>

// pardesk-cli print: an appendix table in the official layout, to PDF, ODT, XLSX or CSV.
namespace pardesk::cli {
namespace {

class PrintCommands {
    Q_DECLARE_TR_FUNCTIONS(PrintCommands)
public:
    static QString checkUsage(const QCommandLineParser &args);
    static int run(Store &db, const QCommandLineParser &args);
    static CommandGroup group();
};

const QStringList kChoices = {QStringLiteral("plan"),       QStringLiteral("tasks"),      QStringLiteral("submission"),
                              QStringLiteral("progress"),   QStringLiteral("comparison"), QStringLiteral("assessment"),
                              QStringLiteral("ranking")};

std::optional<int> yearOf(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    return ok && year >= 2000 && year <= 2100 ? std::optional<int>(year) : std::nullopt;
}

QString PrintCommands::checkUsage(const QCommandLineParser &args)
{
    QStringList chosen;
    for (const QString &choice : kChoices) {
        if (args.isSet(choice))
            chosen.append(choice);
    }
    if (chosen.size() != 1)
        return tr("print needs exactly one of --plan NUMBER, --tasks NUMBER, --submission ID, --progress, --comparison, "
                  "--assessment ID, --ranking.");
    const QString &choice = chosen.first();
    if (args.isSet(QStringLiteral("empty")) && choice != u"submission")
        return tr("--empty goes with --submission only.");
    if (args.isSet(QStringLiteral("findings")) && choice != u"submission")
        return tr("--findings goes with --submission only.");
    if (args.isSet(QStringLiteral("appraisal")) && choice != u"assessment")
        return tr("--appraisal goes with --assessment only.");
    if (choice == u"progress" && (!args.isSet(QStringLiteral("province")) || !args.isSet(QStringLiteral("period"))))
        return tr("--progress needs --province P and --period KEY.");
    if (choice == u"ranking" && (!args.isSet(QStringLiteral("province")) || !args.isSet(QStringLiteral("year"))))
        return tr("--ranking needs --province P and --year Y.");
    if (args.isSet(QStringLiteral("province")) && choice != u"progress" && choice != u"ranking")
        return tr("--province goes with --progress or --ranking only.");
    if (args.isSet(QStringLiteral("period")) && choice != u"progress")
        return tr("--period goes with --progress only.");
    if (args.isSet(QStringLiteral("year")) && choice != u"ranking")
        return tr("--year goes with --ranking only.");
    if (choice == u"ranking" && !yearOf(args.value(QStringLiteral("year"))))
        return tr("\"%1\" is not a year: write four digits, as in 2024.").arg(args.value(QStringLiteral("year")));
    if (args.isSet(QStringLiteral("date"))
        && !QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate).isValid())
        return tr("--date needs a date written YYYY-MM-DD, not \"%1\".").arg(args.value(QStringLiteral("date")));
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return tr("print needs --out FILE (.pdf, .odt, .xlsx or .csv).");
    if (!AppendixExport::isSupported(out))
        return tr("cannot write \"%1\": give a file ending in .pdf, .odt, .xlsx or .csv.").arg(out);
    return {};
}

int PrintCommands::run(Store &db, const QCommandLineParser &args)
{
    const auto value = [&](const char *name) { return args.value(QString::fromLatin1(name)); };
    Result<AppendixTable> table = Error{};
    QString kind;
    if (args.isSet(QStringLiteral("plan"))) {
        kind = QStringLiteral("plan");
        table = PlanAppendix::build(db, value("plan"));
    } else if (args.isSet(QStringLiteral("tasks"))) {
        kind = QStringLiteral("tasks");
        table = TaskAppendix::build(db, value("tasks"));
    } else if (args.isSet(QStringLiteral("submission"))) {
        kind = QStringLiteral("submission");
        bool ok = false;
        const qint64 id = value("submission").toLongLong(&ok);
        const FormAppendixOptions options{args.isSet(QStringLiteral("empty")), args.isSet(QStringLiteral("findings"))};
        table = ok ? FormAppendix::build(db, id, options)
                   : Result<AppendixTable>(Error{tr("no submission with id \"%1\": see pardesk-cli submissions.").arg(value("submission"))});
    } else if (args.isSet(QStringLiteral("assessment"))) {
        kind = QStringLiteral("assessment");
        bool ok = false;
        const qint64 id = value("assessment").toLongLong(&ok);
        table = ok ? AssessmentTables::assessment(db, id, args.isSet(QStringLiteral("appraisal")))
                   : Result<AppendixTable>(Error{tr("no self-assessment with id \"%1\": see pardesk-cli assessment scores.")
                                                     .arg(value("assessment"))});
    } else if (args.isSet(QStringLiteral("ranking"))) {
        kind = QStringLiteral("ranking");
        table = AssessmentTables::ranking(db, value("province").toUpper(), *yearOf(value("year")));
    } else if (args.isSet(QStringLiteral("progress"))) {
        kind = QStringLiteral("progress");
        table = ProgressAppendix::build(db, value("province").toUpper(), value("period"));
    } else {
        kind = QStringLiteral("comparison");
        table = ComparisonAppendix::build(db);
    }
    if (!table) {
        printError(table.error());
        return BadInput;
    }
    // The number and date of the document being signed, when the data has none (dots otherwise).
    if (args.isSet(QStringLiteral("number")))
        table->identity.number = value("number");
    if (args.isSet(QStringLiteral("date")))
        table->identity.date = value("date");
    const QString out = value("out");
    AppendixPagination pagination;
    if (const Status written = AppendixExport::write(table.value(), out, &pagination); !written) {
        printError(written.error());
        return BadInput;
    }
    QJsonObject result{{"table", kind},
                       {"out", QFileInfo(out).absoluteFilePath()},
                       {"format", QFileInfo(out).suffix().toLower()},
                       {"rows", int(table->rows.size())},
                       {"title", table->identity.title}};
    if (QFileInfo(out).suffix().toLower() == u"pdf")
        result.insert("pages", pagination.pageCount());
    printJson(result);
    return Success;
}

CommandGroup PrintCommands::group()
{
    const auto option = [](const char *name, const QString &description, const QString &valueName = {}) {
        return QCommandLineOption(QString::fromLatin1(name), description, valueName);
    };
    Command print;
    print.name = QStringLiteral("print");
    print.needsWidgets = true;
    print.readsOnly = true;
    print.options = {
        option("plan", tr("The plan appendix of this document (its number or key)."), tr("number")),
        option("tasks", tr("The task appendix of this document (its number or key)."), tr("number")),
        option("submission", tr("The statistics form of this submission, with its figures."), tr("id")),
        option("empty", tr("With --submission: the form without figures, to fill by hand.")),
        option("findings", tr("With --submission: a last column with the validation findings.")),
        option("progress", tr("The progress table of a province and period.")),
        option("assessment", tr("The self-assessment table of this assessment (see pardesk-cli assessment scores)."), tr("id")),
        option("appraisal", tr("With --assessment: the appraisal table, the council's points and comments beside the agency's.")),
        option("ranking", tr("The ranking of a province's agencies by their self-assessments of a year.")),
        option("year", tr("With --ranking: the year, e.g. 2024."), tr("year")),
        option("province", tr("Only this province: TQ, BG or TV."), tr("code")),
        option("period", tr("A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024."), tr("key")),
        option("comparison", tr("The provinces' targets side by side, theme by theme.")),
        option("number", tr("The number of the \"No.:\" line of the header, e.g. 12/BC-STTTT."), tr("number")),
        option("date", tr("The date of the header's place-and-date line (YYYY-MM-DD)."), tr("date")),
        option("out", tr("The file to write: .pdf, .odt, .xlsx or .csv."), tr("file")),
    };
    print.checkUsage = [](const QCommandLineParser &args, const QStringList &) { return checkUsage(args); };
    print.run = [](Store *store, const QCommandLineParser &args, const QStringList &, const QString &) {
        return run(*store, args);
    };
    const QString help =
        tr("  print (--plan NUMBER | --tasks NUMBER | --submission ID [--empty] [--findings]\n"
           "         | --progress --province P --period KEY | --comparison | --assessment ID [--appraisal]\n"
           "         | --ranking --province P --year Y) [--number TEXT] [--date DATE]\n"
           "         --out FILE\n"
           "                             an appendix table in the official layout (.pdf, .odt, .xlsx, .csv)");
    return {help, {print}};
}

} // namespace

CommandGroup printCommands()
{
    return PrintCommands::group();
}

} // namespace pardesk::cli
