#include "store/DatasetLoader.h"

#include "dataset/JsonRecord.h"
#include "text/NumberFormat.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pardesk {
namespace {

const QStringList kSeedKeys = {QStringLiteral("seed"),     QStringLiteral("province"),       QStringLiteral("themes"),
                               QStringLiteral("agencies"), QStringLiteral("documents"),      QStringLiteral("targets"),
                               QStringLiteral("tasks"),    QStringLiteral("forms"),          QStringLiteral("submissions"),
                               QStringLiteral("dossier_counts"), QStringLiteral("scores"),
                               QStringLiteral("criteria_sets")};
const QStringList kProvinces = {QStringLiteral("TQ"), QStringLiteral("BG"), QStringLiteral("TV")};
const QStringList kComparators = {QStringLiteral(">="), QStringLiteral(">"), QStringLiteral("="),
                                  QStringLiteral("<="), QStringLiteral("<"), QStringLiteral("~")};
const QStringList kLevels = {QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("commune")};

// DOMAIN.md, "Administrative units change": from 1 July 2025 the district level was removed and
// Bắc Giang and Trà Vinh were merged into other provinces, so their agencies end on 30 June 2025.
QVariant validToOf(const QString &province, const QString &level)
{
    if (level == u"district" || province == u"BG" || province == u"TV")
        return QStringLiteral("2025-06-30");
    return {};
}

// A recurring duty's due dates ("Tháng 3, 6, 9, 12/2024"), stored space-separated in ISO order.
QVariant dueDates(const JsonRecord &r)
{
    const QStringList dates = r.textList(QStringLiteral("due_dates"));
    if (dates.isEmpty())
        return {};
    for (const QString &date : dates)
        if (!QDate::fromString(date, Qt::ISODate).isValid())
            r.fail(QStringLiteral("\"due_dates\" holds \"%1\", not a date").arg(date));
    QStringList sorted = dates;
    sorted.sort();
    return sorted.join(u' ');
}

QString joinedErrors(const QStringList &errors)
{
    constexpr int shown = 25;
    QString text = errors.mid(0, shown).join(u'\n');
    if (errors.size() > shown)
        text += QStringLiteral("\n… (%1 more)").arg(errors.size() - shown);
    return text;
}

} // namespace

DatasetLoader::DatasetLoader(QSqlDatabase db) : m_db(std::move(db)) {}

Status DatasetLoader::loadBundled()
{
    return loadFolder(QStringLiteral(":/dataset"));
}

Status DatasetLoader::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    QList<std::pair<QString, QJsonObject>> seeds;
    auto read = [&](const QString &name) -> QJsonObject {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(QStringLiteral("%1: cannot be read").arg(name));
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            m_errors.append(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                                .arg(name, parseError.errorString())
                                .arg(parseError.offset));
        return doc.object();
    };

    loadProvinces(read(QStringLiteral("provinces.json")), QStringLiteral("provinces.json"));
    loadThemes(read(QStringLiteral("themes.json")), QStringLiteral("themes.json"));
    const QStringList seedFiles = dir.entryList({QStringLiteral("0*.json")}, QDir::Files, QDir::Name);
    if (seedFiles.isEmpty())
        m_errors.append(QStringLiteral("%1: no seed files (0*.json)").arg(folder));
    for (const QString &name : seedFiles) {
        const QJsonObject root = read(name);
        JsonRecord top(root, name, kSeedKeys, &m_errors);
        m_provinceOfFile.insert(name, top.oneOf(QStringLiteral("province"), kProvinces));
        seeds.append({name, root});
    }
    if (!m_errors.isEmpty())
        return Error{joinedErrors(m_errors)};

    // Agencies and themes first: any file may refer to those another file declares.
    for (const auto &[name, root] : seeds) {
        loadThemes(root, name);
        loadAgencies(root, name);
    }
    linkAgencyParents();
    for (const auto &[name, root] : seeds)
        loadDocuments(root, name);
    for (const auto &[name, root] : seeds) {
        loadTargets(root, name);
        loadTasks(root, name);
        loadForms(root, name);
        loadSubmissions(root, name);
        loadDossierCounts(root, name);
        loadScores(root, name);
        loadCriteriaSets(root, name);
    }
    loadIndicators(read(QStringLiteral("indicators.json")), QStringLiteral("indicators.json"));

    Statement meta(m_db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('dataset', ?)"));
    if (!meta.bind(QStringLiteral("bundled: %1").arg(seedFiles.join(QStringLiteral(", ")))).exec())
        m_errors.append(meta.errorText());

    if (!m_errors.isEmpty())
        return Error{joinedErrors(m_errors)};
    return {};
}

qint64 DatasetLoader::exec(const JsonRecord &record, const QString &sql, const QVariantList &values)
{
    Statement q(m_db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec()) {
        record.fail(q.errorText());
        return -1;
    }
    return q.lastInsertId();
}

QVariant DatasetLoader::agencyId(const JsonRecord &record, const QString &key)
{
    if (key.isEmpty())
        return {};
    const auto it = m_agencies.constFind(key);
    if (it == m_agencies.constEnd()) {
        record.fail(QStringLiteral("unknown agency \"%1\"").arg(key));
        return {};
    }
    return *it;
}

QVariant DatasetLoader::documentId(const JsonRecord &record, const QString &key)
{
    const auto it = m_documents.constFind(key);
    if (it == m_documents.constEnd()) {
        record.fail(QStringLiteral("unknown document \"%1\"").arg(key));
        return {};
    }
    return *it;
}

void DatasetLoader::linkAgencies(const JsonRecord &record, const QString &table, const QString &column, qint64 ownerId)
{
    const QString sql = QStringLiteral("INSERT INTO %1(%2, agency_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING").arg(table, column);
    for (const QString &role : {QStringLiteral("lead"), QStringLiteral("coordinating")}) {
        for (const QString &key : record.textList(role + QStringLiteral("_keys"))) {
            const QVariant id = agencyId(record, key);
            if (id.isValid())
                exec(record, sql, {ownerId, id, role});
        }
    }
}

void DatasetLoader::loadProvinces(const QJsonObject &root, const QString &file)
{
    for (const QJsonValue &v : root.value(QStringLiteral("provinces")).toArray()) {
        JsonRecord r(v.toObject(), file, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("src")}, &m_errors);
        exec(r, QStringLiteral("INSERT INTO provinces(code, name) VALUES (?, ?)"),
             {r.text(QStringLiteral("code")), r.text(QStringLiteral("name"))});
    }
}

void DatasetLoader::loadThemes(const QJsonObject &root, const QString &file)
{
    for (const QJsonValue &v : root.value(QStringLiteral("themes")).toArray()) {
        JsonRecord r(v.toObject(), file + QStringLiteral(" theme"),
                     {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("name_en")}, &m_errors);
        exec(r, QStringLiteral("INSERT INTO themes(key, name, name_en) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING"),
             {r.text(QStringLiteral("key")), r.text(QStringLiteral("name")), r.text(QStringLiteral("name_en"))});
    }
}

void DatasetLoader::loadAgencies(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("key"),    QStringLiteral("name"),    QStringLiteral("province"),
                              QStringLiteral("level"),  QStringLiteral("parent"),  QStringLiteral("aliases"),
                              QStringLiteral("src")};
    for (const QJsonValue &v : root.value(QStringLiteral("agencies")).toArray()) {
        JsonRecord r(v.toObject(), QStringLiteral("%1 agency %2").arg(file, v[QStringLiteral("key")].toString()), keys, &m_errors);
        const QString key = r.text(QStringLiteral("key"));
        const QString name = r.text(QStringLiteral("name"));
        QStringList aliases = r.textList(QStringLiteral("aliases"));
        if (m_agencies.contains(key)) {
            // Declared again by another seed: its wording becomes an alias of the first declaration.
            aliases.append(name);
        } else {
            const QString province = r.oneOf(QStringLiteral("province"), kProvinces);
            const QString level = r.oneOf(QStringLiteral("level"), {QStringLiteral("province"), QStringLiteral("department"),
                                                                   QStringLiteral("district"), QStringLiteral("commune")});
            const qint64 id = exec(r,
                                   QStringLiteral("INSERT INTO agencies(key, name, province, level, valid_to, src) "
                                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                                   {key, name, province, level, validToOf(province, level), r.optionalText(QStringLiteral("src"))});
            if (id < 0)
                continue;
            m_agencies.insert(key, id);
            if (const QVariant parent = r.optionalText(QStringLiteral("parent")); parent.isValid())
                m_agencyParents.insert(key, parent.toString());
        }
        for (const QString &alias : aliases)
            if (alias != name || m_agencies.contains(key))
                exec(r, QStringLiteral("INSERT INTO agency_aliases(agency_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                     {m_agencies.value(key), alias});
    }
}

void DatasetLoader::linkAgencyParents()
{
    for (auto it = m_agencyParents.cbegin(); it != m_agencyParents.cend(); ++it) {
        JsonRecord r(QJsonObject(), QStringLiteral("agency %1").arg(it.key()), {}, &m_errors);
        const QVariant parent = agencyId(r, it.value());
        if (parent.isValid())
            exec(r, QStringLiteral("UPDATE agencies SET parent_id = ? WHERE id = ?"), {parent, m_agencies.value(it.key())});
    }
}

void DatasetLoader::loadDocuments(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("key"),    QStringLiteral("number"),      QStringLiteral("type"),
                              QStringLiteral("type_label"), QStringLiteral("issued"),  QStringLiteral("issuer_key"),
                              QStringLiteral("issuer"), QStringLiteral("province"),    QStringLiteral("year"),
                              QStringLiteral("title"),  QStringLiteral("legal_basis"), QStringLiteral("cited_by"),
                              QStringLiteral("note"),   QStringLiteral("src")};
    const QStringList types = {QStringLiteral("plan"),     QStringLiteral("report"),     QStringLiteral("decision"),
                               QStringLiteral("dispatch"), QStringLiteral("resolution"), QStringLiteral("directive"),
                               QStringLiteral("other")};
    QList<std::pair<QString, QString>> citations;
    for (const QJsonValue &v : root.value(QStringLiteral("documents")).toArray()) {
        JsonRecord r(v.toObject(), QStringLiteral("%1 document %2").arg(file, v[QStringLiteral("key")].toString()), keys, &m_errors);
        const QString key = r.text(QStringLiteral("key"));
        if (m_documents.contains(key)) {
            r.fail(QStringLiteral("document key declared twice"));
            continue;
        }
        const qint64 id = exec(
            r,
            QStringLiteral("INSERT INTO documents(key, number, type, type_label, issued, issuer_id, issuer, province, year, "
                           "title, note, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {key, r.text(QStringLiteral("number")), r.oneOf(QStringLiteral("type"), types),
             r.optionalText(QStringLiteral("type_label")), r.optionalText(QStringLiteral("issued")),
             agencyId(r, r.optionalText(QStringLiteral("issuer_key")).toString()), r.optionalText(QStringLiteral("issuer")),
             r.oneOf(QStringLiteral("province"), kProvinces), r.optionalInt(QStringLiteral("year")),
             r.text(QStringLiteral("title")), r.optionalText(QStringLiteral("note")), r.optionalText(QStringLiteral("src"))});
        if (id < 0)
            continue;
        m_documents.insert(key, id);
        int position = 0;
        for (const QString &citation : r.textList(QStringLiteral("legal_basis")))
            exec(r, QStringLiteral("INSERT INTO document_legal_basis(document_id, position, citation) VALUES (?, ?, ?)"),
                 {id, ++position, citation});
        if (const QVariant citedBy = r.optionalText(QStringLiteral("cited_by")); citedBy.isValid())
            citations.append({key, citedBy.toString()});
    }
    for (const auto &[key, citedBy] : citations) {
        JsonRecord r(QJsonObject(), QStringLiteral("%1 document %2").arg(file, key), {}, &m_errors);
        const QVariant citing = documentId(r, citedBy);
        if (citing.isValid())
            exec(r, QStringLiteral("UPDATE documents SET cited_by_id = ? WHERE id = ?"), {citing, m_documents.value(key)});
    }
}

void DatasetLoader::loadTargets(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {
        QStringLiteral("doc"),          QStringLiteral("stt"),           QStringLiteral("part"),
        QStringLiteral("area"),         QStringLiteral("text"),          QStringLiteral("fragment"),
        QStringLiteral("indicator"),    QStringLiteral("theme"),         QStringLiteral("kind"),
        QStringLiteral("comparator"),   QStringLiteral("value"),         QStringLiteral("unit"),
        QStringLiteral("direction"),    QStringLiteral("level"),         QStringLiteral("baseline_year"),
        QStringLiteral("baseline_value"), QStringLiteral("aspirational"), QStringLiteral("timeframe"),
        QStringLiteral("deadline"),     QStringLiteral("lead"),          QStringLiteral("lead_keys"),
        QStringLiteral("coordinating"), QStringLiteral("coordinating_keys"), QStringLiteral("legal_basis"),
        QStringLiteral("tasks_text"),   QStringLiteral("each_unit"),     QStringLiteral("src")};
    for (const QJsonValue &v : root.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject o = v.toObject();
        JsonRecord r(o, QStringLiteral("%1 target %2 part %3 (%4)")
                            .arg(file, o[QStringLiteral("stt")].toString())
                            .arg(o[QStringLiteral("part")].toInt())
                            .arg(o[QStringLiteral("src")].toString()),
                     keys, &m_errors);
        const QString kind = r.oneOf(QStringLiteral("kind"), {QStringLiteral("level"), QStringLiteral("reduction"),
                                                             QStringLiteral("qualitative")});
        const bool measurable = kind != u"qualitative";
        const QString comparator = r.oneOf(QStringLiteral("comparator"), kComparators, !measurable);
        const QVariant value = r.optionalNumber(QStringLiteral("value"));
        if (measurable && !value.isValid())
            r.fail(QStringLiteral("a measurable target needs a value"));
        if (!measurable && (value.isValid() || r.has(QStringLiteral("comparator"))))
            r.fail(QStringLiteral("a qualitative target has no comparator or value"));
        const QString text = r.text(QStringLiteral("text"));
        const QVariant fragment = r.optionalText(QStringLiteral("fragment"));
        if (fragment.isValid() && !text.contains(fragment.toString()))
            r.fail(QStringLiteral("\"fragment\" is not part of \"text\""));
        const QVariant part = r.optionalInt(QStringLiteral("part"));
        const qint64 id = exec(
            r,
            QStringLiteral("INSERT INTO targets(document_id, stt, part, area, text, fragment, indicator, theme, kind, "
                           "comparator, value, unit, direction, level, baseline_year, baseline_value, aspirational, "
                           "timeframe, deadline, lead, coordinating, legal_basis, tasks_text, each_unit, src) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {documentId(r, r.text(QStringLiteral("doc"))), r.text(QStringLiteral("stt")), part.isValid() ? part : 1,
             r.optionalText(QStringLiteral("area")), text, fragment, r.optionalText(QStringLiteral("indicator")),
             r.text(QStringLiteral("theme")), kind, measurable ? QVariant(comparator) : QVariant(), value,
             r.optionalText(QStringLiteral("unit")),
             r.oneOf(QStringLiteral("direction"), {QStringLiteral("higher"), QStringLiteral("lower")}),
             r.has(QStringLiteral("level")) ? QVariant(r.oneOf(QStringLiteral("level"), kLevels)) : QVariant(),
             r.optionalInt(QStringLiteral("baseline_year")), r.optionalNumber(QStringLiteral("baseline_value")),
             r.flag(QStringLiteral("aspirational")) ? 1 : 0, r.optionalText(QStringLiteral("timeframe")),
             r.optionalText(QStringLiteral("deadline")), r.optionalText(QStringLiteral("lead")),
             r.optionalText(QStringLiteral("coordinating")), r.optionalText(QStringLiteral("legal_basis")),
             r.optionalText(QStringLiteral("tasks_text")), r.flag(QStringLiteral("each_unit")) ? 1 : 0,
             r.text(QStringLiteral("src"))});
        if (id >= 0)
            linkAgencies(r, QStringLiteral("target_agencies"), QStringLiteral("target_id"), id);
    }
}

void DatasetLoader::loadIndicators(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("theme"), QStringLiteral("form"),  QStringLiteral("item"),
                              QStringLiteral("level"), QStringLiteral("scope"), QStringLiteral("why")};
    for (const QJsonValue &v : root.value(QStringLiteral("indicators")).toArray()) {
        JsonRecord r(v.toObject(), QStringLiteral("%1 %2 %3").arg(file, v[QStringLiteral("form")].toString(),
                                                                 v[QStringLiteral("item")].toString()),
                     keys, &m_errors);
        const auto form = m_forms.constFind(r.text(QStringLiteral("form")));
        const QString item = r.text(QStringLiteral("item"));
        if (form == m_forms.constEnd() || !form->items.contains(item)) {
            r.fail(QStringLiteral("names no item of a known form"));
            continue;
        }
        exec(r,
             QStringLiteral("INSERT INTO indicators(theme, form_id, item_code, level, scope, why) VALUES (?, ?, ?, ?, ?, ?)"),
             {r.text(QStringLiteral("theme")), form->id, item,
              r.has(QStringLiteral("level")) ? QVariant(r.oneOf(QStringLiteral("level"), kLevels)) : QVariant(),
              r.oneOf(QStringLiteral("scope"), {QStringLiteral("province"), QStringLiteral("agency")}),
              r.text(QStringLiteral("why"))});
    }
}

void DatasetLoader::loadTasks(const QJsonObject &root, const QString &file)
{
    const QStringList keys = {QStringLiteral("doc"),       QStringLiteral("stt"),          QStringLiteral("group"),
                              QStringLiteral("text"),      QStringLiteral("lead"),         QStringLiteral("lead_keys"),
                              QStringLiteral("coordinating"), QStringLiteral("coordinating_keys"),
                              QStringLiteral("timeframe"), QStringLiteral("deadline"),     QStringLiteral("output"),
                              QStringLiteral("target_stt"), QStringLiteral("due_dates"),    QStringLiteral("src")};
    for (const QJsonValue &v : root.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        JsonRecord r(o, QStringLiteral("%1 task %2 (%3)").arg(file, o[QStringLiteral("stt")].toString(), o[QStringLiteral("src")].toString()),
                     keys, &m_errors);
        const QVariant document = documentId(r, r.text(QStringLiteral("doc")));
        QVariant target;
        if (const QVariant stt = r.optionalText(QStringLiteral("target_stt")); stt.isValid() && document.isValid()) {
            Statement q(m_db, QStringLiteral("SELECT id FROM targets WHERE document_id = ? AND stt = ? ORDER BY part LIMIT 1"));
            // A failed lookup is the store's failure, not a target missing from the seed.
            if (const auto found = q.bind({document, stt}).first(); !found)
                r.fail(q.errorText());
            else if (found.value())
                target = *found.value();
            else
                r.fail(QStringLiteral("no target %1 in this document").arg(stt.toString()));
        }
        const qint64 id = exec(r,
                               QStringLiteral("INSERT INTO tasks(document_id, stt, grp, text, lead, coordinating, timeframe, "
                                              "deadline, due_dates, output, target_id, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {document, r.optionalText(QStringLiteral("stt")), r.optionalText(QStringLiteral("group")),
                                r.text(QStringLiteral("text")), r.optionalText(QStringLiteral("lead")),
                                r.optionalText(QStringLiteral("coordinating")), r.optionalText(QStringLiteral("timeframe")),
                                r.optionalText(QStringLiteral("deadline")), dueDates(r), r.optionalText(QStringLiteral("output")), target,
                                r.text(QStringLiteral("src"))});
        if (id >= 0)
            linkAgencies(r, QStringLiteral("task_agencies"), QStringLiteral("task_id"), id);
    }
}

} // namespace pardesk
