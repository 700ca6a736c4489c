#pragma once
// Signing a package from the command line (export-package, assessment export): the PKCS#12 file
// that --sign-p12 names, its password from PARDESK_P12_PASSWORD, typed on the terminal (not
// echoed) or piped on stdin; never an argument, which every user of the machine sees (ps).

#include "signing/Pkcs12Signer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <memory>

namespace pardesk::cli {

QCommandLineOption signOption();
// The signer --sign-p12 names; null when the option is not given.
Result<std::unique_ptr<Pkcs12Signer>> signerOf(const QCommandLineParser &p);
// What the printed JSON says of the signer: its subject and fingerprint.
QJsonObject signedBy(const PackageSigner &signer);

} // namespace pardesk::cli
