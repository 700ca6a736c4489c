#include "exchange/PackageEnvelope.h"

#include "signing/PackageSignature.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace pardesk {

QString PackageEnvelope::formatName(Kind kind)
{
    return kind == Kind::Submission ? QStringLiteral("pardesk-submission") : QStringLiteral("pardesk-self-assessment");
}

QString PackageEnvelope::noun(Kind kind)
{
    return kind == Kind::Submission ? tr("a ParDesk submission package") : tr("a ParDesk self-assessment package");
}

QString PackageEnvelope::whereImported(Kind kind)
{
    return kind == Kind::Submission ? tr("import it with pardesk-cli import or File › Import…")
                                    : tr("import it with pardesk-cli assessment import or Import… in the Self-assessment area");
}

QString PackageEnvelope::digestOf(const QJsonObject &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(PackageSignature::signedBytes(content), QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> PackageEnvelope::seal(Kind kind, int formatVersion, const QJsonObject &content, const PackageSigner *signer)
{
    QJsonObject package{{QStringLiteral("format"), formatName(kind)},
                        {QStringLiteral("format_version"), formatVersion},
                        {QStringLiteral("content"), content},
                        {QStringLiteral("sha256"), digestOf(content)}};
    if (signer) {
        const auto signature = PackageSignature::make(*signer, content);
        if (!signature)
            return signature.failure();
        package.insert(QStringLiteral("signature"), signature.value());
    }
    return QJsonDocument(package).toJson(QJsonDocument::Indented);
}

Result<PackageEnvelope::Opened> PackageEnvelope::open(const QByteArray &bytes, const QString &fileName, Kind kind,
                                                      int formatVersion)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && !document.isObject())
        return Error{tr("%1: the file is JSON but not %2.").arg(fileName, noun(kind))};
    if (error.error != QJsonParseError::NoError)
        return Error{tr("%1: the package is damaged or truncated (not complete JSON at byte %2: %3). Ask the agency to "
                        "export it again.")
                         .arg(fileName)
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonObject package = document.object();
    const QString format = package.value(QStringLiteral("format")).toString();
    for (const Kind other : {Kind::Submission, Kind::SelfAssessment})
        if (other != kind && format == formatName(other))
            return Error{tr("%1: the file is %2, not %3; %4.").arg(fileName, noun(other), noun(kind), whereImported(other))};
    if (format != formatName(kind))
        return Error{tr("%1: the file is not %2.").arg(fileName, noun(kind))};
    const int version = package.value(QStringLiteral("format_version")).toInt();
    if (version > formatVersion || version < 1)
        return Error{tr("%1: the package has format version %2; this ParDesk reads version %3. Update ParDesk.")
                         .arg(fileName)
                         .arg(version)
                         .arg(formatVersion)};
    Opened opened;
    opened.content = package.value(QStringLiteral("content")).toObject();
    opened.digest = digestOf(opened.content);
    if (package.value(QStringLiteral("sha256")).toString() != opened.digest)
        return Error{tr("%1: the package was altered after it was exported (its SHA-256 digest does not match its "
                        "content). It was not imported.")
                         .arg(fileName)};
    auto signature = PackageSignature::read(package, opened.content, fileName);
    if (!signature)
        return signature.failure();
    opened.signature = std::move(signature).value();
    return opened;
}

} // namespace pardesk
