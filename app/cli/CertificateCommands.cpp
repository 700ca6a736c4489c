#include "CliCommands.h"
#include "Command.h"

#include "store/CertificateRegister.h"
#include "store/Store.h"
#include "store/PackagePolicy.h"

#include <QJsonArray>
#include <QJsonObject>

// The receiving office's register of certificates and its rule for unsigned packages
// (docs/signed-packages.md): `certificates list | add | add-ca | remove | unsigned`.
namespace pardesk::cli {
namespace {

QJsonObject certificateJson(const RegisteredCertificate &r)
{
    const Certificate &c = r.certificate;
    QJsonObject o{{"id", r.id},
                  {"kind", r.kind == RegisteredCertificate::Kind::Agency ? QStringLiteral("agency") : QStringLiteral("authority")},
                  {"fingerprint", c.fingerprint},
                  {"subject", c.subject},
                  {"issuer", c.issuer},
                  {"serial", c.serial},
                  {"valid_from", c.notBefore.toString(Qt::ISODate)},
                  {"valid_to", c.notAfter.toString(Qt::ISODate)},
                  {"how", r.how},
                  {"added_at", r.addedAt},
                  {"added_by", r.addedBy}};
    if (r.kind == RegisteredCertificate::Kind::Agency) {
        o.insert(QStringLiteral("agency"), r.agencyKey);
        o.insert(QStringLiteral("agency_name"), r.agencyName);
    } else {
        o.insert(QStringLiteral("province"), r.province.isEmpty() ? QJsonValue() : QJsonValue(r.province));
    }
    return o;
}

int list(Store &db)
{
    const auto all = db.certificates().all();
    if (!all) {
        printError(all.error());
        return BadInput;
    }
    QJsonArray certificates;
    for (const RegisteredCertificate &r : all.value())
        certificates.append(certificateJson(r));
    printJson(QJsonObject{{"unsigned_packages", PackagePolicy::name(db.unsignedPackages())},
                          {"certificates", certificates}});
    return Success;
}

int add(Store &db, const QCommandLineParser &p, const QString &action, const QString &file)
{
    const auto certificate = Certificate::fromFile(file);
    if (!certificate) {
        printError(certificate.error());
        return BadInput;
    }
    CertificateRegister register_ = db.certificates();
    const auto id = action == u"add-ca" ? register_.addAuthority(certificate.value(), p.value(QStringLiteral("province")))
                                        : register_.addForAgency(certificate.value(), p.value(QStringLiteral("agency")));
    if (!id) {
        printError(file + QStringLiteral(": ") + id.error());
        return BadInput;
    }
    const auto added = register_.find(certificate->fingerprint);
    if (!added || !added.value()) {
        printError(added ? CertificateRegister::tr("The certificate could not be registered.") : added.error());
        return BadInput;
    }
    printJson(certificateJson(*added.value()));
    return Success;
}

int run(Store &db, const QCommandLineParser &p, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == u"list")
        return list(db);
    if (action == u"add" || action == u"add-ca")
        return add(db, p, action, args.value(1));
    if (action == u"remove") {
        const auto removed = db.certificates().remove(args.value(1));
        if (!removed) {
            printError(removed.error());
            return BadInput;
        }
        printJson(QJsonObject{{"removed", certificateJson(removed.value())}});
        return Success;
    }
    // action == "unsigned", checked by usage()
    if (Status s = db.setUnsignedPackages(*PackagePolicy::fromName(args.value(1))); !s) {
        printError(s.error());
        return BadInput;
    }
    return list(db);
}

QString usage(const QCommandLineParser &p, const QStringList &args)
{
    const QString action = args.value(0);
    const QString all = CliCommands::tr("certificates needs list, add --agency A FILE, add-ca FILE [--province P], remove "
                                        "FINGERPRINT or unsigned warn|refuse.");
    if (action == u"list")
        return args.size() == 1 ? QString() : all;
    if (action == u"add")
        return args.size() == 2 && p.isSet(QStringLiteral("agency")) ? QString() : all;
    if (action == u"add-ca" || action == u"remove")
        return args.size() == 2 && !p.isSet(QStringLiteral("agency")) ? QString() : all;
    if (action == u"unsigned")
        return args.size() == 2 && PackagePolicy::fromName(args[1]) ? QString() : all;
    return all;
}

} // namespace

CommandGroup certificateCommands()
{
    Command command;
    command.name = QStringLiteral("certificates");
    command.options = {
        QCommandLineOption(QStringLiteral("agency"), CliCommands::tr("The agency's key, e.g. TQ.STTTT."), CliCommands::tr("key")),
        QCommandLineOption(QStringLiteral("province"), CliCommands::tr("Only this province: TQ, BG or TV."), CliCommands::tr("code")),
    };
    command.minFiles = 1;
    command.maxFiles = 2;
    command.checkUsage = usage;
    command.run = [](Store *store, const QCommandLineParser &p, const QStringList &args, const QString &) {
        return run(*store, p, args);
    };
    const QString help = CliCommands::tr(
        "  certificates list | add --agency A FILE | add-ca FILE [--province P] | remove FINGERPRINT\n"
        "                             the register of agencies' certificates and authorities that packages\n"
        "                             are checked against (FILE: .pem, .crt or .der)\n"
        "  certificates unsigned warn|refuse\n"
        "                             whether an unsigned package is imported with a warning or refused");
    return {help, {command}};
}

} // namespace pardesk::cli
