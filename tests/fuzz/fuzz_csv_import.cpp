// Any bytes given as a submission CSV, against a small form with every kind of item: refused or
// read, never a crash.
#include "io/SubmissionCsv.h"

#include <cstddef>
#include <cstdint>

namespace {

const pardesk::FormDefinition &form()
{
    using namespace pardesk;
    static const FormDefinition built = FormDefinition::build(
        QStringLiteral("FUZZ"), QStringLiteral("Fuzz form"),
        {
            {0, QStringLiteral("1"), QStringLiteral("Heading"), {}, ItemKind::Group, {}, {}, false},
            {0, QStringLiteral("1.1"), QStringLiteral("Count"), QStringLiteral("Hồ sơ"), ItemKind::Count, {}, {}, true},
            {0, QStringLiteral("1.2"), QStringLiteral("Done"), QStringLiteral("Hồ sơ"), ItemKind::Count, {}, {}, false},
            {0, QStringLiteral("1.3"), QStringLiteral("Share"), QStringLiteral("%"), ItemKind::Percent,
             Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1")), {}, false},
            {0, QStringLiteral("2"), QStringLiteral("Yes/no"), {}, ItemKind::YesNo, {}, {0, 1}, false},
            {0, QStringLiteral("3"), QStringLiteral("Points"), QStringLiteral("điểm"), ItemKind::Number, {}, {}, false},
            {0, QStringLiteral("4"), QStringLiteral("Text"), {}, ItemKind::Text, {}, {}, false},
        }).value();
    return built;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)pardesk::SubmissionCsv::parse(bytes, QStringLiteral("fuzz.csv"), form());
    return 0;
}
