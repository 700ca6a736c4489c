// The parts of DatasetLoader that read seed 002 and 004: forms, submissions, the dossier table and
// index scores.
#include "store/DatasetLoader.h"

#include "dataset/JsonRecord.h"
#include "forms/Formula.h"
#include "text/NumberFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pardesk {

void DatasetLoader::loadForms(const QJsonObject &root, const QString &file)
{
    const QStringList formKeys = {QStringLiteral("key"),         QStringLiteral("name"),    QStringLiteral("province"),
                                  QStringLiteral("period_kinds"), QStringLiteral("version"), QStringLiteral("src"),
                                  QStringLiteral("items")};
    const QStringList itemKeys = {QStringLiteral("code"),    QStringLiteral("code_written"), QStringLiteral("label"),
                                  QStringLiteral("hint"),    QStringLiteral("unit"),         QStringLiteral("kind"),
                                  QStringLiteral("options"), QStringLiteral("formula"),      QStringLiteral("bold"),
                                  QStringLiteral("required"), QStringLiteral("src")};
    const QStringList kinds = {QStringLiteral("group"),  QStringLiteral("count"),  QStringLiteral("percent"),
                               QStringLiteral("yesno"),  QStringLiteral("choice"), QStringLiteral("number"),
                               QStringLiteral("text")};
    for (const QJsonValue &v : root.value(QStringLiteral("forms")).toArray()) {
        JsonRecord form(v.toObject(), QStringLiteral("%1 form %2").arg(file, v[QStringLiteral("key")].toString()), formKeys, &m_errors);
        const QString key = form.text(QStringLiteral("key"));
        const QVariant version = form.optionalInt(QStringLiteral("version"));
        const qint64 formId = exec(form,
                                   QStringLiteral("INSERT INTO forms(key, name, province, period_kinds, version, src) "
                                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                                   {key, form.text(QStringLiteral("name")), form.optionalText(QStringLiteral("province")),
                                    form.textList(QStringLiteral("period_kinds")).join(u','),
                                    version.isValid() ? version : 1, form.optionalText(QStringLiteral("src"))});
        if (formId < 0)
            continue;
        FormInfo info{formId, {}};
        QList<std::pair<QString, QJsonObject>> formulas;
        int position = 0;
        for (const QJsonValue &iv : form.array(QStringLiteral("items"))) {
            JsonRecord item(iv.toObject(), QStringLiteral("%1 item %2").arg(form.where(), iv[QStringLiteral("code")].toString()),
                            itemKeys, &m_errors);
            const QString code = item.text(QStringLiteral("code"));
            const QString unit = item.optionalText(QStringLiteral("unit")).toString();
            const QString kind = item.oneOf(QStringLiteral("kind"), kinds);
            const QJsonObject formula = item.object(QStringLiteral("formula"));
            const qint64 itemId = exec(
                item,
                QStringLiteral("INSERT INTO form_items(form_id, position, code, code_written, label, hint, unit, kind, "
                               "formula, bold, required, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {formId, ++position, code, item.optionalText(QStringLiteral("code_written")),
                 item.text(QStringLiteral("label")), item.optionalText(QStringLiteral("hint")), unit, kind,
                 formula.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(formula).toJson(QJsonDocument::Compact))),
                 item.flag(QStringLiteral("bold")) ? 1 : 0, item.flag(QStringLiteral("required")) ? 1 : 0,
                 item.optionalText(QStringLiteral("src"))});
            if (itemId < 0)
                continue;
            info.items.insert(code, {itemId, unit, kind});
            if (!formula.isEmpty())
                formulas.append({item.where(), formula});
            for (const QJsonValue &ov : item.array(QStringLiteral("options"))) {
                JsonRecord option(ov.toObject(), item.where() + QStringLiteral(" option"),
                                  {QStringLiteral("value"), QStringLiteral("label")}, &m_errors);
                exec(option, QStringLiteral("INSERT INTO form_item_options(item_id, value, label) VALUES (?, ?, ?)"),
                     {itemId, option.optionalInt(QStringLiteral("value")), option.text(QStringLiteral("label"))});
            }
            if ((kind == u"yesno" || kind == u"choice") && item.array(QStringLiteral("options")).isEmpty())
                item.fail(QStringLiteral("a coded item needs its options"));
        }
        // A formula may only name items of its own form.
        for (const auto &[where, json] : formulas) {
            JsonRecord f(json, where + QStringLiteral(" formula"),
                         {QStringLiteral("op"), QStringLiteral("num"), QStringLiteral("den"), QStringLiteral("of")}, &m_errors);
            const auto formula = Formula::fromJson(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            if (!formula) {
                f.fail(formula.error());
                continue;
            }
            for (const QString &code : formula->inputs())
                if (!info.items.contains(code))
                    f.fail(QStringLiteral("names the unknown item \"%1\"").arg(code));
        }
        m_forms.insert(key, info);
    }
}

void DatasetLoader::loadSubmissions(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("form"),   QStringLiteral("agency"), QStringLiteral("period"),
                              QStringLiteral("status"), QStringLiteral("doc"),    QStringLiteral("src"),
                              QStringLiteral("values"), QStringLiteral("submitted_by")};
    const QStringList valueKeys = {QStringLiteral("code"), QStringLiteral("raw"), QStringLiteral("note"), QStringLiteral("src")};
    for (const QJsonValue &v : root.value(QStringLiteral("submissions")).toArray()) {
        JsonRecord s(v.toObject(), QStringLiteral("%1 submission %2/%3").arg(file, v[QStringLiteral("form")].toString(),
                                                                             v[QStringLiteral("agency")].toString()),
                     keys, &m_errors);
        const QString formKey = s.text(QStringLiteral("form"));
        if (!m_forms.contains(formKey)) {
            s.fail(QStringLiteral("unknown form \"%1\"").arg(formKey));
            continue;
        }
        const FormInfo &form = m_forms[formKey];
        // The seeded submissions were made before ParDesk existed: their time is the source's.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QVariant doc = s.has(QStringLiteral("doc")) ? documentId(s, s.text(QStringLiteral("doc"))) : QVariant();
        // Filed by another agency on behalf of the one reported on (Sở TT&TT for the province's Phụ lục 08).
        const QVariant submittedBy =
            s.has(QStringLiteral("submitted_by")) ? agencyId(s, s.text(QStringLiteral("submitted_by"))) : QVariant();
        const qint64 id = exec(s,
                               QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, "
                                              "updated_at, document_id, submitted_by_id, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {form.id, agencyId(s, s.text(QStringLiteral("agency"))), s.text(QStringLiteral("period")),
                                s.oneOf(QStringLiteral("status"), {QStringLiteral("draft"), QStringLiteral("submitted"),
                                                                  QStringLiteral("approved")}),
                                stamp, stamp, doc, submittedBy, s.optionalText(QStringLiteral("src"))});
        if (id < 0)
            continue;
        for (const QJsonValue &vv : s.array(QStringLiteral("values"))) {
            JsonRecord value(vv.toObject(), QStringLiteral("%1 value %2").arg(s.where(), vv[QStringLiteral("code")].toString()),
                             valueKeys, &m_errors);
            const QString code = value.text(QStringLiteral("code"));
            const auto item = form.items.constFind(code);
            if (item == form.items.constEnd()) {
                value.fail(QStringLiteral("the form has no item \"%1\"").arg(code));
                continue;
            }
            const QVariant raw = value.optionalText(QStringLiteral("raw"));
            // Stored as written; the number is what our parser reads from it, or nothing.
            const ParsedNumber parsed = parseNumber(raw.toString(), unitScaleOf(item->unit));
            exec(value,
                 QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value, note, src) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, item->id, raw, parsed.isNumber() ? QVariant(parsed.value) : QVariant(),
                  value.optionalText(QStringLiteral("note")), value.optionalText(QStringLiteral("src"))});
        }
    }
}

void DatasetLoader::loadDossierCounts(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("doc"),      QStringLiteral("field"),    QStringLiteral("stt"),
                              QStringLiteral("procedure"), QStringLiteral("received"), QStringLiteral("resolved"),
                              QStringLiteral("early"),    QStringLiteral("on_time"),  QStringLiteral("note"),
                              QStringLiteral("src")};
    int position = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("dossier_counts")).toArray()) {
        JsonRecord r(v.toObject(), QStringLiteral("%1 dossier row %2").arg(file).arg(position + 1), keys, &m_errors);
        exec(r,
             QStringLiteral("INSERT INTO dossier_counts(document_id, position, stt, field, procedure, received, resolved, "
                            "early, on_time, note, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {documentId(r, r.text(QStringLiteral("doc"))), ++position, r.optionalText(QStringLiteral("stt")),
              r.optionalText(QStringLiteral("field")), r.optionalText(QStringLiteral("procedure")),
              r.optionalInt(QStringLiteral("received")), r.optionalInt(QStringLiteral("resolved")),
              r.optionalInt(QStringLiteral("early")), r.optionalInt(QStringLiteral("on_time")),
              r.optionalText(QStringLiteral("note")), r.text(QStringLiteral("src"))});
    }
}

void DatasetLoader::loadScores(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("index"),  QStringLiteral("province"),    QStringLiteral("year"),
                              QStringLiteral("code"),   QStringLiteral("name"),        QStringLiteral("parent_code"),
                              QStringLiteral("achieved"), QStringLiteral("max"),       QStringLiteral("unit"),
                              QStringLiteral("rank"),   QStringLiteral("rank_of"),     QStringLiteral("scope"),
                              QStringLiteral("note"),   QStringLiteral("src")};
    for (const QJsonValue &v : root.value(QStringLiteral("scores")).toArray()) {
        JsonRecord r(v.toObject(), QStringLiteral("%1 score %2 %3").arg(file, v[QStringLiteral("index")].toString(),
                                                                        v[QStringLiteral("code")].toString()),
                     keys, &m_errors);
        exec(r,
             QStringLiteral("INSERT INTO scores(index_kind, province, year, code, parent_code, name, achieved, max, unit, "
                            "rank, rank_of, scope, note, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {r.oneOf(QStringLiteral("index"), {QStringLiteral("PAR"), QStringLiteral("SIPAS"), QStringLiteral("PAPI")}),
              r.text(QStringLiteral("province")), r.optionalInt(QStringLiteral("year")), r.optionalText(QStringLiteral("code")),
              r.optionalText(QStringLiteral("parent_code")), r.text(QStringLiteral("name")),
              r.optionalNumber(QStringLiteral("achieved")), r.optionalNumber(QStringLiteral("max")),
              r.optionalText(QStringLiteral("unit")), r.optionalInt(QStringLiteral("rank")),
              r.optionalInt(QStringLiteral("rank_of")),
              r.oneOf(QStringLiteral("scope"), {QStringLiteral("province"), QStringLiteral("agency"), QStringLiteral("country")}),
              r.optionalText(QStringLiteral("note")), r.text(QStringLiteral("src"))});
    }
}

} // namespace pardesk
