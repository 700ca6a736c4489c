#pragma once
// What every .pardesk file shares, whatever it carries (a submission, a self-assessment): a JSON
// object naming its format and format version, the content, the SHA-256 digest of the content as
// it is sealed (compact JSON, keys sorted) and, optionally, the agency's CMS signature over the
// same bytes (PackageSignature.h). docs/exchange.md.

#include "signing/CmsSignature.h"
#include "signing/PackageSigner.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace pardesk {

class PackageEnvelope {
    Q_DECLARE_TR_FUNCTIONS(PackageEnvelope)
public:
    // The kinds of package ParDesk writes: a reader told to read one kind and given the other says
    // so, and where that one is imported.
    enum class Kind { Submission, SelfAssessment };

    struct Opened {
        QJsonObject content;
        QString digest; // the hex SHA-256 the package was sealed with (checked)
        std::optional<CmsCheck> signature;
    };

    // The package's bytes (indented JSON), signed when a signer is given.
    static Result<QByteArray> seal(Kind kind, int formatVersion, const QJsonObject &content,
                                   const PackageSigner *signer = nullptr);
    // The content of a package of `kind` whose format version is at most `formatVersion`, its
    // digest and its signature checked. Refused with a message naming the file: not complete JSON,
    // not a package of this kind (the other kind said as such), a newer format, altered content,
    // a damaged signature or one that does not match.
    static Result<Opened> open(const QByteArray &bytes, const QString &fileName, Kind kind, int formatVersion);

    // The hex SHA-256 of the content as it is sealed.
    static QString digestOf(const QJsonObject &content);
    static QString formatName(Kind kind); // "pardesk-submission", "pardesk-self-assessment"

private:
    static QString noun(Kind kind);
    static QString whereImported(Kind kind);
};

} // namespace pardesk
