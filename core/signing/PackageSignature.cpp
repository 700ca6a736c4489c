#include "signing/PackageSignature.h"

#include <QJsonDocument>

namespace pardesk {
namespace {

const QString kType = QStringLiteral("cms-detached");

} // namespace

QByteArray PackageSignature::signedBytes(const QJsonObject &content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> PackageSignature::make(const PackageSigner &signer, const QJsonObject &content)
{
    const auto cms = signer.sign(signedBytes(content));
    if (!cms)
        return cms.failure();
    return QJsonObject{{QStringLiteral("type"), kType}, {QStringLiteral("cms"), QString::fromLatin1(cms->toBase64())}};
}

Result<std::optional<CmsCheck>> PackageSignature::read(const QJsonObject &package, const QJsonObject &content,
                                                       const QString &fileName)
{
    if (!package.contains(QStringLiteral("signature")))
        return std::optional<CmsCheck>();
    const QJsonObject signature = package.value(QStringLiteral("signature")).toObject();
    if (signature.value(QStringLiteral("type")).toString() != kType)
        return Error{tr("%1: the package's signature is damaged or of an unknown kind (\"type\" must be \"%2\"). It "
                        "was not imported.")
                         .arg(fileName, kType)};
    const QString base64 = signature.value(QStringLiteral("cms")).toString();
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || base64.size() > CmsSignature::kMaxBytes * 2)
        return Error{tr("%1: the package's signature is damaged (not base64). It was not imported.").arg(fileName)};
    auto check = CmsSignature::verify(*decoded, signedBytes(content), fileName);
    if (!check)
        return check.failure().withMessage(check.error() + u' ' + tr("It was not imported."));
    return std::optional<CmsCheck>(std::move(check).value());
}

} // namespace pardesk
