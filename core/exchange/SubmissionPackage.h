#pragma once
// The .pardesk file an agency sends to the office that consolidates: one submission as a JSON
// document (its agency, form and version, period, values, notes, findings, who exported it and
// when) sealed with the SHA-256 digest of its content. docs/exchange.md.

#include "exchange/ImportSource.h"
#include "signing/PackageSigner.h"

#include <QByteArray>
#include <QJsonObject>

namespace pardesk {

class Store;

class SubmissionPackage {
    Q_DECLARE_TR_FUNCTIONS(SubmissionPackage)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    // With a signer, the package carries its CMS signature over the content (PackageSignature.h).
    static Result<QByteArray> build(const Store &store, qint64 submissionId, const PackageSigner *signer = nullptr);
    static Status write(const Store &store, qint64 submissionId, const QString &path, const PackageSigner *signer = nullptr);

    // A package that was altered or truncated, from a newer ParDesk, for an agency or a form this
    // store does not have, or a newer version of the form, is refused with a message naming the
    // file and what is wrong. So is a bad signature, a certificate that is not the agency's, and an
    // unsigned package when the store refuses them (SignatureTrust.h). What it may write is only the
    // submission it names.
    static Result<ImportSource> read(const Store &store, const QString &path);
    static Result<ImportSource> parse(const Store &store, const QByteArray &bytes, const QString &fileName);

    // The hex SHA-256 of the content as it is sealed (compact JSON, keys sorted).
    static QString digestOf(const QJsonObject &content);
};

} // namespace pardesk
