#pragma once
// The .pardesk file that carries one self-assessment (tự chấm điểm) between offices: the criteria
// set, the agency, the period and the status; the self-scored points and explanations (not the
// council's appraisal, nor a survey's points); the evidence, files with their bytes and SHA-256,
// documents with their number and date; who exported it and when. Sealed and optionally signed as
// a submission package is (PackageEnvelope). docs/exchange.md.

#include "exchange/AssessmentSource.h"
#include "io/FileRead.h"
#include "signing/PackageSigner.h"

#include <QByteArray>

namespace pardesk {

class Store;

class AssessmentPackage {
    Q_DECLARE_TR_FUNCTIONS(AssessmentPackage)
public:
    static constexpr int kFormatVersion = 1;
    // A few evidence files of up to 10 MiB each, in base64: what any file ParDesk reads may be.
    static constexpr qint64 kMaxBytes = FileRead::kMaxBytes;

    static Result<QByteArray> build(const Store &store, qint64 assessmentId, const PackageSigner *signer = nullptr);
    static Status write(const Store &store, qint64 assessmentId, const QString &path, const PackageSigner *signer = nullptr);

    // Refused with a message naming the file (and the entry and code where there is one): not
    // complete JSON, a submission package instead, a newer format, altered content, a bad
    // signature, a set, agency or code this store does not have, a code given twice, points the
    // sub-criterion does not allow, points on a survey sub-criterion, an evidence file whose bytes
    // are not its SHA-256 or over the evidence limit, a package over kMaxBytes.
    static Result<AssessmentSource> read(const Store &store, const QString &path);
    static Result<AssessmentSource> parse(const Store &store, const QByteArray &bytes, const QString &fileName);
};

} // namespace pardesk
