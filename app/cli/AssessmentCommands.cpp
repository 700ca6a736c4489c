#include "AssessmentExchange.h"
#include "CliCommands.h"
#include "CliSigning.h"
#include "Command.h"

#include "assessment/AssessmentFindings.h"
#include "assessment/CriteriaSetCheck.h"
#include "assessment/ProvincePictureLoader.h"
#include "assessment/RatioFiguresLoader.h"
#include "exchange/CriteriaSetXlsx.h"
#include "io/AssessmentJson.h"
#include "io/FileRead.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

// `pardesk-cli assessment …`: the PAR index self-assessment (issue 15). One command whose first
// argument names the action, so that its help reads as one family.
namespace pardesk::cli {
namespace {

QCommandLineOption option(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

const QStringList kActions = {QStringLiteral("sets"),     QStringLiteral("set"),      QStringLiteral("import-set"),
                              QStringLiteral("export-set"), QStringLiteral("scores"), QStringLiteral("estimate"),
                              QStringLiteral("lost-points"), QStringLiteral("create"), QStringLiteral("score"),
                              QStringLiteral("attach"),   QStringLiteral("survey"),   QStringLiteral("ratios"),
                              QStringLiteral("export"),   QStringLiteral("template"), QStringLiteral("import")};

int fail(const QString &message)
{
    printError(message);
    return int(BadInput);
}

std::optional<qint64> idOption(const QCommandLineParser &p, const char *name)
{
    bool ok = false;
    const qint64 id = p.value(QString::fromLatin1(name)).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

Result<CriteriaSet> setOf(Store &store, const QCommandLineParser &p)
{
    const auto id = idOption(p, "id");
    if (!id)
        return Error{CliCommands::tr("\"%1\" is not a criteria set id: see pardesk-cli assessment sets.").arg(p.value(QStringLiteral("id")))};
    return store.criteriaSets().get(*id);
}

Result<ProvincePicture> pictureOf(Store &store, const QCommandLineParser &p)
{
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return Error{CliCommands::tr("\"%1\" is not a year: write four digits, as in 2024.").arg(p.value(QStringLiteral("year")))};
    return ProvincePictureLoader::load(store, p.value(QStringLiteral("province")).toUpper(), year);
}

int importSet(Store &store, const QString &path)
{
    const auto set = CriteriaSetXlsx::read(path);
    if (!set)
        return fail(CliCommands::tr("%1: the criteria set was not imported; nothing was changed: %2").arg(path, set.error()));
    const auto id = store.criteriaSets().import(set.value());
    if (!id)
        return fail(CliCommands::tr("%1: %2").arg(path, id.error()));
    const auto stored = store.criteriaSets().get(id.value());
    if (!stored)
        return fail(stored.error());
    printJson(json::toJson(stored.value(), CriteriaSetCheck::check(stored.value())));
    return int(Success);
}

int scores(Store &store, const QCommandLineParser &p)
{
    std::optional<qint64> agencyId;
    if (p.isSet(QStringLiteral("agency"))) {
        const auto agency = store.references().agency(p.value(QStringLiteral("agency")));
        if (!agency)
            return fail(agency.error());
        if (!agency.value())
            return fail(CliCommands::tr("unknown agency \"%1\".").arg(p.value(QStringLiteral("agency"))));
        agencyId = agency.value()->id;
    }
    const SelfAssessments repo = store.selfAssessments();
    const auto headers = repo.list(agencyId, p.value(QStringLiteral("period")));
    if (!headers)
        return fail(headers.error());
    QJsonArray out;
    for (const AssessmentHeader &h : headers.value()) {
        const auto set = store.criteriaSets().get(h.setId);
        const auto s = repo.scores(h.id);
        const auto e = repo.evidence(h.id);
        if (!set || !s || !e)
            return fail(!set ? set.error() : !s ? s.error() : e.error());
        QHash<QString, ScoredPoints> points;
        QSet<QString> withEvidence;
        for (const AssessmentScore &x : s.value())
            points.insert(x.code, {x.points, x.explanation});
        for (const Evidence &x : e.value())
            withEvidence.insert(x.code);
        double total = 0;
        for (const double value : ProvincePictureBuilder::pointsOf(s.value()))
            total += value;
        out.append(json::toJson(h, s.value(), e.value(), AssessmentFindings::of(set.value(), points, withEvidence), total));
    }
    printJson(out);
    return int(Success);
}

int create(Store &store, const QCommandLineParser &p)
{
    const auto setId = idOption(p, "id");
    const auto agency = store.references().agency(p.value(QStringLiteral("agency")));
    if (!setId)
        return fail(CliCommands::tr("\"%1\" is not a criteria set id: see pardesk-cli assessment sets.").arg(p.value(QStringLiteral("id"))));
    if (!agency || !agency.value())
        return fail(CliCommands::tr("unknown agency \"%1\".").arg(p.value(QStringLiteral("agency"))));
    const auto id = store.selfAssessments().create(*setId, agency.value()->id, p.value(QStringLiteral("period")));
    if (!id)
        return fail(id.error());
    printJson(QJsonObject{{QStringLiteral("id"), id.value()}});
    return int(Success);
}

// `score` (self-scored, with its explanation) and `survey` (the survey office's points): the same
// options, the same checks of them.
int score(Store &store, const QCommandLineParser &p, bool survey)
{
    const auto id = idOption(p, "assessment");
    const ParsedNumber points = parseNumber(p.value(QStringLiteral("points")), UnitScale::Points);
    if (!id)
        return fail(CliCommands::tr("\"%1\" is not a self-assessment id: see pardesk-cli assessment scores.").arg(p.value(QStringLiteral("assessment"))));
    if (!points.isNumber())
        return fail(CliCommands::tr("\"%1\" is not a number of points.").arg(p.value(QStringLiteral("points"))));
    const QString code = p.value(QStringLiteral("code"));
    const SelfAssessments repo = store.selfAssessments();
    if (Status s = survey ? repo.setSurveyPoints(*id, code, points.value)
                          : repo.setScore(*id, code, points.value, p.value(QStringLiteral("explanation")));
        !s)
        return fail(s.error());
    return int(Success);
}

// The ratio sub-criteria of a self-assessment computed from its agency's reported figures.
int ratios(Store &store, const QCommandLineParser &p)
{
    const auto id = idOption(p, "assessment");
    if (!id)
        return fail(CliCommands::tr("\"%1\" is not a self-assessment id: see pardesk-cli assessment scores.").arg(p.value(QStringLiteral("assessment"))));
    const auto h = store.selfAssessments().header(*id);
    if (!h)
        return fail(h.error());
    const auto set = store.criteriaSets().get(h->setId);
    const auto period = AssessmentPeriod::parse(h->period);
    if (!set || !period)
        return fail(!set ? set.error() : period.error());
    const auto readings = RatioFiguresLoader::load(store, set.value(), h->agencyId, period.value());
    if (!readings)
        return fail(readings.error());
    QJsonArray out;
    for (const CriteriaNode &n : set->nodes)
        if (const auto it = readings->constFind(n.code); it != readings->cend())
            out.append(json::toJson(*it));
    printJson(out);
    return int(Success);
}

int attach(Store &store, const QCommandLineParser &p, const QString &path)
{
    const auto id = idOption(p, "assessment");
    if (!id)
        return fail(CliCommands::tr("\"%1\" is not a self-assessment id: see pardesk-cli assessment scores.").arg(p.value(QStringLiteral("assessment"))));
    const auto bytes = FileRead::read(path, SelfAssessments::kMaxEvidenceBytes, CliCommands::tr("an evidence file"));
    if (!bytes)
        return fail(CliCommands::tr("%1 Nothing was attached.").arg(bytes.error()));
    if (Status s = store.selfAssessments().addFile(*id, p.value(QStringLiteral("code")), QFileInfo(path).fileName(), bytes.value());
        !s)
        return fail(s.error());
    return int(Success);
}

int run(Store &store, const QCommandLineParser &p, const QStringList &files)
{
    const QString action = files.first();
    if (action == u"sets") {
        const auto sets = store.criteriaSets().list();
        if (!sets)
            return fail(sets.error());
        QJsonArray out;
        for (const CriteriaSetSummary &s : sets.value())
            out.append(json::toJson(s));
        printJson(out);
        return int(Success);
    }
    if (action == u"set") {
        const auto set = setOf(store, p);
        if (!set)
            return fail(set.error());
        printJson(json::toJson(set.value(), CriteriaSetCheck::check(set.value())));
        return int(Success);
    }
    if (action == u"import-set")
        return importSet(store, files.value(1));
    if (action == u"export-set") {
        const auto set = setOf(store, p);
        if (!set)
            return fail(set.error());
        if (Status s = CriteriaSetXlsx::write(set.value(), files.value(1)); !s)
            return fail(s.error());
        return int(Success);
    }
    if (action == u"scores")
        return scores(store, p);
    if (action == u"estimate" || action == u"lost-points") {
        const auto picture = pictureOf(store, p);
        if (!picture)
            return fail(picture.error());
        printJson(action == u"estimate" ? json::estimateJson(picture.value()) : json::lostPointsJson(picture.value()));
        return int(Success);
    }
    if (action == u"create")
        return create(store, p);
    if (action == u"score" || action == u"survey")
        return score(store, p, action == u"survey");
    if (action == u"ratios")
        return ratios(store, p);
    if (action == u"export")
        return assessment::exportPackage(store, p, files.value(1));
    if (action == u"template")
        return assessment::writeTemplate(store, p, files.value(1));
    if (action == u"import")
        return assessment::importFile(store, p, files.value(1));
    return attach(store, p, files.value(1));
}

// The options each action needs and whether it takes a file; the message when they are missing.
QString usage(const QCommandLineParser &p, const QStringList &files)
{
    const QString action = files.value(0);
    if (!kActions.contains(action))
        return CliCommands::tr("assessment needs one of: %1.").arg(kActions.join(QStringLiteral(", ")));
    const bool takesFile = action == u"import-set" || action == u"export-set" || action == u"attach" || action == u"export"
                           || action == u"template" || action == u"import";
    if (takesFile != (files.size() == 2))
        return takesFile ? CliCommands::tr("assessment %1 needs a file.").arg(action)
                         : CliCommands::tr("assessment %1 takes no file.").arg(action);
    QStringList needed;
    if (action == u"set" || action == u"export-set")
        needed = {QStringLiteral("id")};
    else if (action == u"estimate" || action == u"lost-points")
        needed = {QStringLiteral("province"), QStringLiteral("year")};
    else if (action == u"create")
        needed = {QStringLiteral("id"), QStringLiteral("agency"), QStringLiteral("period")};
    else if (action == u"score" || action == u"survey")
        needed = {QStringLiteral("assessment"), QStringLiteral("code"), QStringLiteral("points")};
    else if (action == u"attach")
        needed = {QStringLiteral("assessment"), QStringLiteral("code")};
    else if (action == u"ratios" || action == u"export")
        needed = {QStringLiteral("assessment")};
    else if (action == u"template")
        return assessment::templateUsage(p);
    for (const QString &name : needed)
        if (!p.isSet(name))
            return CliCommands::tr("assessment %1 needs --%2.").arg(action, name);
    return {};
}

} // namespace

CommandGroup assessmentCommands()
{
    Command c;
    c.name = QStringLiteral("assessment");
    c.options = {option("id", CliCommands::tr("A criteria set's id (see assessment sets)."), CliCommands::tr("id")),
                 option("assessment", CliCommands::tr("A self-assessment's id (see assessment scores)."), CliCommands::tr("id")),
                 option("code", CliCommands::tr("A sub-criterion's code."), CliCommands::tr("code")),
                 option("points", CliCommands::tr("Points, written 0,5 or 0.5."), CliCommands::tr("points")),
                 option("explanation", CliCommands::tr("The explanation (giải trình) of the points."), CliCommands::tr("text")),
                 option("agency", CliCommands::tr("The agency's key, e.g. TQ.STTTT."), CliCommands::tr("key")),
                 option("period", CliCommands::tr("A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024."), CliCommands::tr("key")),
                 option("province", CliCommands::tr("Only this province: TQ, BG or TV."), CliCommands::tr("code")),
                 option("year", CliCommands::tr("The year whose periods to list (default: this year)."), CliCommands::tr("year")),
                 signOption(),
                 QCommandLineOption(QStringLiteral("dry-run"), CliCommands::tr("Show what the import would do, and write nothing.")),
                 QCommandLineOption(QStringLiteral("trust-new"),
                                    CliCommands::tr("Trust a package's certificate that no register vouches for (check its "
                                                    "fingerprint with the agency first); it is registered for the package's "
                                                    "agency."))};
    c.minFiles = 1;
    c.maxFiles = 2;
    c.checkUsage = usage;
    c.run = [](Store *store, const QCommandLineParser &p, const QStringList &files, const QString &) {
        return run(*store, p, files);
    };
    const QString help = CliCommands::tr(
        "  assessment sets              the criteria sets of the PAR index self-assessment\n"
        "  assessment set --id ID       one set's tree (lĩnh vực, tiêu chí, tiêu chí thành phần) and its checks\n"
        "  assessment import-set FILE.xlsx | export-set --id ID FILE.xlsx\n"
        "                               a criteria set as a workbook (docs/criteria-sets.md)\n"
        "  assessment scores [--agency A] [--period P]\n"
        "                               the self-assessments: points, evidence, findings (P: 202403, 2024Q1, 2024)\n"
        "  assessment create --id SET --agency A --period P | score --assessment ID --code C --points X\n"
        "                               [--explanation TEXT] | attach --assessment ID --code C FILE\n"
        "  assessment survey --assessment ID --code C --points X\n"
        "                               a survey sub-criterion's points, entered by the office that organises the survey\n"
        "  assessment ratios --assessment ID\n"
        "                               the ratio sub-criteria's points computed from the agency's reported figures\n"
        "  assessment estimate --province P --year Y\n"
        "                               each agency's status and total, the estimate per area against the last official result,\n"
        "                               the ratio sub-criteria projected to the year's end\n"
        "  assessment lost-points --province P --year Y\n"
        "                               the points lost, largest first, with the targets, latest figures and open tasks that move them\n"
        "  assessment export --assessment ID FILE.pardesk [--sign-p12 FILE.p12]\n"
        "                               one self-assessment as a sealed (and signed) package, evidence files included\n"
        "  assessment template --assessment ID FILE.xlsx | --id SET --agency A --period P FILE.xlsx\n"
        "                               a workbook to fill in: points, explanations, evidence documents\n"
        "  assessment import FILE.pardesk|FILE.xlsx [--dry-run] [--trust-new]\n"
        "                               what the import would do (JSON), then written unless --dry-run");
    return {help, {c}};
}

} // namespace pardesk::cli
