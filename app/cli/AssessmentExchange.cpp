#include "AssessmentExchange.h"

#include "CliCommands.h"
#include "CliOutput.h"
#include "CliSigning.h"

#include "exchange/AssessmentImportPreview.h"
#include "exchange/AssessmentPackage.h"
#include "exchange/AssessmentTemplate.h"
#include "io/AssessmentImportJson.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonObject>

namespace pardesk::cli::assessment {
namespace {

int fail(const QString &message)
{
    printError(message);
    return int(BadInput);
}

std::optional<qint64> idOption(const QCommandLineParser &p, const QString &name)
{
    bool ok = false;
    const qint64 id = p.value(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QString notAnAssessment(const QCommandLineParser &p)
{
    return CliCommands::tr("\"%1\" is not a self-assessment id: see pardesk-cli assessment scores.")
        .arg(p.value(QStringLiteral("assessment")));
}

// Whose template: the self-assessment's (--assessment), or the set, agency and period given.
Result<AssessmentIdentity> identityOf(Store &store, const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("assessment"))) {
        const auto id = idOption(p, QStringLiteral("assessment"));
        if (!id)
            return Error{notAnAssessment(p)};
        const auto h = store.selfAssessments().header(*id);
        if (!h)
            return h.failure();
        return AssessmentIdentity{h->setKey, h->agencyKey, h->period};
    }
    const auto setId = idOption(p, QStringLiteral("id"));
    if (!setId)
        return Error{CliCommands::tr("\"%1\" is not a criteria set id: see pardesk-cli assessment sets.").arg(p.value(QStringLiteral("id")))};
    const auto set = store.criteriaSets().get(*setId);
    if (!set)
        return set.failure();
    return AssessmentIdentity{set->key, p.value(QStringLiteral("agency")), p.value(QStringLiteral("period"))};
}

Result<AssessmentSource> readSource(Store &store, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pardesk")
        return AssessmentPackage::read(store, path);
    if (suffix == u"xlsx")
        return AssessmentTemplate::read(store, path);
    return Error{CliCommands::tr("%1: a self-assessment is imported from a .pardesk package or an .xlsx template.").arg(path)};
}

} // namespace

QString templateUsage(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("assessment")))
        return {};
    for (const char *name : {"id", "agency", "period"})
        if (!p.isSet(QString::fromLatin1(name)))
            return CliCommands::tr("assessment template needs --assessment ID, or --id SET --agency A --period P.");
    return {};
}

int exportPackage(Store &store, const QCommandLineParser &p, const QString &path)
{
    const auto id = idOption(p, QStringLiteral("assessment"));
    if (!id)
        return fail(notAnAssessment(p));
    if (QFileInfo(path).suffix().toLower() != u"pardesk")
        return fail(CliCommands::tr("%1: a package is written as .pardesk.").arg(path));
    auto opened = signerOf(p);
    if (!opened)
        return fail(opened.error());
    const std::unique_ptr<Pkcs12Signer> signer = std::move(opened).value();
    if (Status s = AssessmentPackage::write(store, *id, path, signer.get()); !s)
        return fail(s.error());
    QJsonObject printed{{QStringLiteral("file"), path}, {QStringLiteral("assessment"), *id}};
    if (signer)
        printed.insert(QStringLiteral("signed_by"), signedBy(*signer));
    printJson(printed);
    return int(Success);
}

int writeTemplate(Store &store, const QCommandLineParser &p, const QString &path)
{
    if (QFileInfo(path).suffix().toLower() != u"xlsx")
        return fail(CliCommands::tr("%1: a self-assessment template is written as .xlsx.").arg(path));
    const auto identity = identityOf(store, p);
    if (!identity)
        return fail(identity.error());
    if (Status s = AssessmentTemplate::write(store, identity.value(), path); !s)
        return fail(s.error());
    printJson(QJsonObject{{QStringLiteral("file"), path},
                          {QStringLiteral("set"), identity->setKey},
                          {QStringLiteral("agency"), identity->agencyKey},
                          {QStringLiteral("period"), identity->period}});
    return int(Success);
}

int importFile(Store &store, const QCommandLineParser &p, const QString &path)
{
    auto source = readSource(store, path);
    if (!source)
        return fail(source.error());
    const auto preview = AssessmentImportPreview::build(store, std::move(source).value());
    if (!preview)
        return fail(preview.error());
    QJsonObject printed = json::toJson(preview.value());
    if (p.isSet(QStringLiteral("dry-run")) || !preview->errors().isEmpty()) {
        printed.insert(QStringLiteral("imported"), false);
        printJson(printed);
        for (const QString &error : preview->errors())
            printError(error);
        return preview->errors().isEmpty() ? int(Success) : int(BadInput);
    }
    const auto trust = p.isSet(QStringLiteral("trust-new")) ? AssessmentImport::Trust::TrustNew : AssessmentImport::Trust::KnownOnly;
    const auto outcome = AssessmentImport::apply(store, preview.value(), trust);
    printed.insert(QStringLiteral("imported"), outcome.ok());
    if (outcome) {
        printed.insert(QStringLiteral("assessment"), outcome->assessmentId);
        if (outcome->signature)
            printed.insert(QStringLiteral("signature"), outcome->signature->toJson());
    }
    printJson(printed);
    if (!outcome)
        return fail(outcome.error());
    return int(Success);
}

} // namespace pardesk::cli::assessment
