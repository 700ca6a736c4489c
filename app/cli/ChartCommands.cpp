#include "CliCommands.h"
#include "Command.h"

#include "charts/ChartExport.h"
#include "charts/ChartFactory.h"
#include "store/Store.h"

#include <QJsonObject>
#include <memory>

// `pardesk-cli chart compare|trend|scores … --out FILE`: a chart drawn off screen to PNG, SVG or PDF.
namespace pardesk::cli {
namespace {

QCommandLineOption option(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

// The chart the options describe, or the message that says what is wrong.
Result<ChartSpec> specOf(const QString &kind, const QCommandLineParser &p)
{
    ChartSpec spec;
    const QString province = p.value(QStringLiteral("province")).toUpper();
    if (kind == u"compare") {
        spec.kind = ChartSpec::Kind::Compare;
        spec.theme = p.value(QStringLiteral("theme"));
        if (spec.theme.isEmpty())
            return Error{CliCommands::tr("chart compare needs --theme KEY (see pardesk-cli themes).")};
    } else if (kind == u"overview") {
        spec.kind = ChartSpec::Kind::Overview;
    } else if (kind == u"scores") {
        spec.kind = ChartSpec::Kind::Scores;
        spec.province = province;
        if (province.isEmpty())
            return Error{CliCommands::tr("chart scores needs --province P (TQ, BG or TV).")};
    } else if (kind == u"trend") {
        spec.kind = ChartSpec::Kind::Trend;
        spec.trend.indicator = p.value(QStringLiteral("item"));
        spec.trend.from = p.value(QStringLiteral("from"));
        spec.trend.to = p.value(QStringLiteral("to"));
        const bool agency = p.isSet(QStringLiteral("agency"));
        if (spec.trend.indicator.isEmpty() || spec.trend.from.isEmpty() || spec.trend.to.isEmpty() ||
            agency == !province.isEmpty())
            return Error{CliCommands::tr("chart trend needs --item CODE, either --agency ID or --province P, "
                                         "--from KEY and --to KEY.")};
        if (agency) {
            bool ok = false;
            const qint64 id = p.value(QStringLiteral("agency")).toLongLong(&ok);
            if (!ok)
                return Error{CliCommands::tr("\"%1\" is not an agency id: see pardesk-cli submissions.")
                                 .arg(p.value(QStringLiteral("agency")))};
            spec.trend.scope = AgencyScope::subtree(id);
        } else {
            spec.trend.scope = AgencyScope::wholeProvince(province);
        }
    } else {
        return Error{CliCommands::tr("unknown chart \"%1\": use compare, overview, trend or scores.").arg(kind)};
    }
    return spec;
}

Result<int> pixels(const QCommandLineParser &p, const QString &name, int fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok || value <= 0)
        return Error{CliCommands::tr("--%1 must be a number of pixels, not \"%2\".").arg(name, p.value(name))};
    return value;
}

Result<QSize> sizeOf(const QCommandLineParser &p)
{
    const auto width = pixels(p, QStringLiteral("width"), ChartExport::kDefaultSize.width());
    const auto height = pixels(p, QStringLiteral("height"), ChartExport::kDefaultSize.height());
    if (!width || !height)
        return (!width ? width.failure() : height.failure());
    return QSize(width.value(), height.value());
}

int drawChart(Store &db, const QCommandLineParser &p, const QString &kind)
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() || !ChartExport::supported(out)) {
        printError(CliCommands::tr("chart needs --out FILE ending in .png, .svg or .pdf."));
        return BadInput;
    }
    const auto spec = specOf(kind, p);
    const auto size = sizeOf(p);
    if (!spec || !size) {
        printError(!spec ? spec.error() : size.error());
        return BadInput;
    }
    auto figure = ChartFactory::build(db, spec.value());
    if (!figure) {
        printError(figure.error());
        return BadInput;
    }
    const std::unique_ptr<ChartFigure> owned(figure.value());
    if (const Status saved = ChartExport::save(owned.get(), out, size.value()); !saved) {
        printError(saved.error());
        return BadInput;
    }
    printJson(QJsonObject{{"chart", kind},
                          {"file", out},
                          {"width", size->width()},
                          {"height", size->height()},
                          {"footnote", owned->footnote()}});
    return Success;
}

} // namespace

CommandGroup chartCommands()
{
    Command chart;
    chart.name = QStringLiteral("chart");
    chart.minFiles = 1;
    chart.maxFiles = 1;
    chart.needsWidgets = true;
    chart.readsOnly = true;
    chart.options = {
        option("theme", CliCommands::tr("Only targets of this theme."), CliCommands::tr("key")),
        option("item", CliCommands::tr("A form item (7.6.4 or FORM:7.6.4) or a theme with reported figures."), CliCommands::tr("code")),
        option("agency", CliCommands::tr("An agency's id: it and the agencies under it."), CliCommands::tr("id")),
        option("province", CliCommands::tr("Only this province: TQ, BG or TV."), CliCommands::tr("code")),
        option("from", CliCommands::tr("The first period of a range, e.g. 2022Q1."), CliCommands::tr("key")),
        option("to", CliCommands::tr("The last period of a range, e.g. 2024Q4."), CliCommands::tr("key")),
        option("out", CliCommands::tr("The file to write: .png, .svg or .pdf."), CliCommands::tr("file")),
        option("width", CliCommands::tr("PNG width in pixels (default 1600)."), CliCommands::tr("pixels")),
        option("height", CliCommands::tr("PNG height in pixels (default 1000)."), CliCommands::tr("pixels")),
    };
    chart.run = [](Store *store, const QCommandLineParser &p, const QStringList &files, const QString &) {
        return drawChart(*store, p, files.first());
    };
    const QString help =
        CliCommands::tr("  chart compare --theme KEY --out FILE\n"
                        "                             the three provinces' targets of a theme side by side\n"
                        "  chart overview --out FILE  every theme × province on one page\n"
                        "  chart trend --item CODE [--agency ID | --province P] --from KEY --to KEY --out FILE\n"
                        "                             an item's actual values against its targets, with the projection\n"
                        "  chart scores --province P --out FILE\n"
                        "                             PAR Index, PAPI and SIPAS charts\n"
                        "                             FILE ends in .png (--width, --height), .svg or .pdf; no display needed");
    return {help, {chart}};
}

} // namespace pardesk::cli
