// Any bytes given as a .pardesk package, read against a real store built from the bundled
// dataset once, as a submission's and as a self-assessment's: refused or previewed, never a crash.
// Nothing is written (no SubmissionImport, no AssessmentImport; corpus: seeded.pardesk, and
// assessment.pardesk, a generated self-assessment of the bundled set with one evidence file, its
// criteria set carried whole).
// The same bytes are also given to the CMS signature parser as a detached signature, so that
// libcrypto's DER parsing and ParDesk's checks after it are fuzzed directly as well as inside a
// signed package (corpus: signed.pardesk, signature.cms.der).
#include "exchange/AssessmentImportPreview.h"
#include "exchange/AssessmentPackage.h"
#include "exchange/ImportPreview.h"
#include "exchange/SubmissionPackage.h"
#include "signing/CmsSignature.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// Never destroyed: libFuzzer ends with exit(), after Qt SQL's own statics are gone.
pardesk::Store *store = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    const QString path = QDir::temp().filePath(QStringLiteral("pardesk-fuzz-package.sqlite"));
    auto opened = pardesk::Store::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    store = std::move(opened).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto source = pardesk::SubmissionPackage::parse(*store, bytes, QStringLiteral("fuzz.pardesk"));
    if (source)
        (void)pardesk::ImportPreview::build(*store, std::move(source).value());
    auto assessment = pardesk::AssessmentPackage::parse(*store, bytes, QStringLiteral("fuzz.pardesk"));
    if (assessment)
        (void)pardesk::AssessmentImportPreview::build(*store, std::move(assessment).value());
    (void)pardesk::CmsSignature::verify(bytes, QByteArrayLiteral("{}"), QStringLiteral("fuzz.cms"));
    return 0;
}
