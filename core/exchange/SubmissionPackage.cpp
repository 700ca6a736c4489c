#include "exchange/SubmissionPackage.h"

#include "exchange/PackageEnvelope.h"
#include "store/Store.h"
#include "io/FileRead.h"
#include "io/FindingsJson.h"
#include "signing/SignatureTrust.h"
#include "io/StagedFile.h"
#include "io/SubmissionCsv.h"
#include "store/AuditLog.h"
#include "text/NumberFormat.h"
#include "validation/SubmissionFindings.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace pardesk {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString SubmissionPackage::digestOf(const QJsonObject &content)
{
    return PackageEnvelope::digestOf(content);
}

Result<QByteArray> SubmissionPackage::build(const Store &store, qint64 submissionId, const PackageSigner *signer)
{
    const auto header = store.submissions().header(submissionId);
    if (!header)
        return header.failure();
    const auto form = store.forms().definition(header->formId);
    if (!form)
        return form.failure();
    const auto cells = store.submissions().cells(form.value(), submissionId);
    if (!cells)
        return cells.failure();

    const auto findings = SubmissionFindings::ofStored(store, form.value(), submissionId);
    if (!findings)
        return findings.failure();
    QJsonArray values;
    for (int i = 0; i < form->items().size(); ++i) {
        const StoredCell &c = cells.value()[i];
        if (!c.stored)
            continue;
        values.append(QJsonObject{{QStringLiteral("code"), form->item(i).code},
                                  {QStringLiteral("raw"), textOrNull(c.raw)},
                                  {QStringLiteral("value"), c.value ? QJsonValue(*c.value) : QJsonValue()},
                                  {QStringLiteral("note"), textOrNull(c.note)}});
    }

    const QJsonObject content{
        {QStringLiteral("form"), QJsonObject{{QStringLiteral("key"), header->formKey},
                                             {QStringLiteral("version"), header->formVersion},
                                             {QStringLiteral("name"), header->formName}}},
        {QStringLiteral("agency"), QJsonObject{{QStringLiteral("key"), header->agencyKey},
                                               {QStringLiteral("name"), header->agencyName},
                                               {QStringLiteral("province"), header->agencyProvince},
                                               {QStringLiteral("level"), header->agencyLevel}}},
        {QStringLiteral("period"), header->period},
        {QStringLiteral("submission"), QJsonObject{{QStringLiteral("status"), header->status},
                                                   {QStringLiteral("created_at"), header->createdAt},
                                                   {QStringLiteral("submitted_at"), textOrNull(header->submittedAt)},
                                                   {QStringLiteral("explanation"), textOrNull(header->explanation)}}},
        {QStringLiteral("values"), values},
        {QStringLiteral("findings"), json::findingsToJson(findings->all())},
        {QStringLiteral("exported_by"), AuditLog::currentUser()},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    return PackageEnvelope::seal(PackageEnvelope::Kind::Submission, kFormatVersion, content, signer);
}

Status SubmissionPackage::write(const Store &store, qint64 submissionId, const QString &path, const PackageSigner *signer)
{
    const auto bytes = build(store, submissionId, signer);
    if (!bytes)
        return bytes.failure();
    return StagedFile::writeAll(path, bytes.value());
}

Result<ImportSource> SubmissionPackage::read(const Store &store, const QString &path)
{
    const auto bytes = FileRead::read(path, kMaxBytes, tr("a submission package"));
    if (!bytes)
        return bytes.failure();
    return parse(store, bytes.value(), path);
}

Result<ImportSource> SubmissionPackage::parse(const Store &store, const QByteArray &bytes, const QString &fileName)
{
    const auto opened = PackageEnvelope::open(bytes, fileName, PackageEnvelope::Kind::Submission, kFormatVersion);
    if (!opened)
        return opened.failure();
    const QJsonObject &content = opened->content;

    const QJsonObject formJson = content.value(QStringLiteral("form")).toObject();
    const QJsonObject agencyJson = content.value(QStringLiteral("agency")).toObject();
    const ExchangeIdentity identity{formJson.value(QStringLiteral("key")).toString(),
                                    std::max(1, formJson.value(QStringLiteral("version")).toInt()),
                                    agencyJson.value(QStringLiteral("key")).toString(),
                                    content.value(QStringLiteral("period")).toString()};
    auto target = ImportTarget::resolve(store, identity, fileName);
    if (!target)
        return target.failure();
    const FormDefinition &form = *target->form;
    auto trust = SignatureTrust::judge(store, target->agencyId, opened->signature, fileName);
    if (!trust)
        return trust.failure();

    ImportSource source;
    source.signature = std::move(trust).value();
    source.fileName = fileName;
    source.exactCopy = true;
    source.cells.resize(form.items().size());
    const QJsonValue valuesJson = content.value(QStringLiteral("values"));
    if (!valuesJson.isArray())
        return Error{tr("%1: the package holds no list of values; it was not imported.").arg(fileName)};
    const QJsonArray values = valuesJson.toArray();
    // The texts go through the rules of a CSV or a workbook (codes, numbers, lengths): the number
    // imported is always the one its text reads, whatever number the package sends beside it.
    QList<SubmissionCsv::Row> rows{{1, {QStringLiteral("code"), QStringLiteral("value"), QStringLiteral("note")}}};
    for (qsizetype n = 0; n < values.size(); ++n) {
        if (!values[n].isObject())
            return Error{tr("%1, value %2: it is not a value of the form (an object with a code and a text); the "
                            "package was not imported.")
                             .arg(fileName)
                             .arg(n + 1)};
        const QJsonObject v = values[n].toObject();
        const QString code = v.value(QStringLiteral("code")).toString();
        const QString where = tr("%1, value %2").arg(fileName).arg(n + 1);
        const int index = form.indexOf(code);
        if (index < 0)
            return Error{tr("%1, code %2: the form %3 has no such item.").arg(where, code, form.key())};
        ImportCell &cell = source.cells[index];
        if (cell.present)
            return Error{tr("%1, code %2: the code is given twice.").arg(where, code)};
        const QJsonValue number = v.value(QStringLiteral("value"));
        if (!number.isNull() && !number.isUndefined() && (!number.isDouble() || !std::isfinite(number.toDouble())))
            return Error{tr("%1, code %2: the value is not a number.").arg(where, code)};
        cell = {true, v.value(QStringLiteral("raw")).toString(),
                number.isDouble() ? std::optional<double>(number.toDouble()) : std::nullopt,
                v.value(QStringLiteral("note")).toString(), tr("%1, code %2").arg(fileName, code)};
        rows.append({int(n) + 2, {code, cell.raw, cell.note}});
    }
    const auto read = SubmissionCsv::fromRows(rows, fileName, form);
    if (!read)
        return read.failure();
    for (int index = 0; index < form.items().size(); ++index) {
        ImportCell &cell = source.cells[index];
        if (!cell.present)
            continue;
        const std::optional<double> derived = read->entered()[index].value;
        const bool agrees = form.item(index).kind == ItemKind::Text
                                ? !cell.value
                                : (derived.has_value() == cell.value.has_value() && (!derived || textReadsAs(cell.raw, *cell.value)));
        if (!agrees)
            return Error{tr("%1: the number sent with the text \"%2\" (%3) is not what the text reads; the package "
                            "was altered or is damaged. It was not imported.")
                             .arg(cell.where, cell.raw, cell.value ? QString::number(*cell.value) : tr("none"))};
        cell.value = derived;
    }
    const QJsonObject submission = content.value(QStringLiteral("submission")).toObject();
    QDateTime submitted = QDateTime::fromString(submission.value(QStringLiteral("submitted_at")).toString(), Qt::ISODateWithMs);
    if (!submitted.isValid())
        submitted = QDateTime::fromString(content.value(QStringLiteral("exported_at")).toString(), Qt::ISODate);
    if (submitted.isValid())
        source.submittedAt = submitted;
    source.explanation = submission.value(QStringLiteral("explanation")).toString();
    source.target = std::move(target).value();
    return source;
}

} // namespace pardesk
