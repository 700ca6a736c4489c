#include "store/PlanEditor.h"

#include "io/JsonViews.h"
#include "store/AuditLog.h"
#include "store/Plans.h"
#include "store/Statement.h"
#include "store/PlanSql.h"
#include "store/PlanUpdate.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QSet>

namespace pardesk {

using namespace plansql;

PlanEditor::PlanEditor(QSqlDatabase db) : m_db(std::move(db)) {}

QString PlanEditor::entityName(PlanEntity entity)
{
    switch (entity) {
    case PlanEntity::Document:
        return QStringLiteral("document");
    case PlanEntity::Target:
        return QStringLiteral("target");
    case PlanEntity::Task:
        return QStringLiteral("task");
    }
    return {};
}

Status PlanEditor::refuse(const QList<FieldIssue> &issues) const
{
    QStringList messages;
    for (const FieldIssue &i : issues)
        messages << i.message;
    return Error{messages.join(u'\n')};
}

QJsonObject PlanEditor::recordJson(PlanEntity entity, qint64 id) const
{
    switch (entity) {
    case PlanEntity::Document:
        if (const auto d = document(id)) {
            QJsonObject o = json::toJson(d.value());
            o.insert(QStringLiteral("id"), double(id));
            return o;
        }
        break;
    case PlanEntity::Target:
        if (const auto t = target(id)) {
            QJsonObject o = json::toJson(t.value());
            o.insert(QStringLiteral("tasks_text"), t->tasksText.isEmpty() ? QJsonValue() : QJsonValue(t->tasksText));
            return o;
        }
        break;
    case PlanEntity::Task:
        if (const auto t = task(id))
            return json::toJson(t.value());
        break;
    }
    return {};
}

Result<qint64> PlanEditor::documentId(const QString &key) const
{
    const auto id = Statement(m_db, QStringLiteral("SELECT id FROM documents WHERE key = ?")).bind(key).first();
    if (!id)
        return id.failure();
    if (id.value())
        return id.value()->toLongLong();
    return Error{tr("There is no document %1.").arg(key)};
}

Result<QVariant> PlanEditor::targetId(qint64 documentId, const QString &stt) const
{
    if (stt.trimmed().isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    const auto id = Statement(m_db, QStringLiteral("SELECT id FROM targets WHERE document_id = ? AND stt = ? ORDER BY part LIMIT 1"))
                        .bind({documentId, stt.trimmed()})
                        .first();
    if (!id)
        return id.failure();
    if (id.value())
        return *id.value();
    return Error{tr("The document has no target numbered %1.").arg(stt.trimmed())};
}

QList<FieldIssue> PlanEditor::check(const Document &d) const
{
    QList<FieldIssue> issues = PlanChecks::check(d);
    if (!d.key.isEmpty()) {
        const auto taken =
            Statement(m_db, QStringLiteral("SELECT 1 FROM documents WHERE key = ? AND id <> ?")).bind({d.key, d.id}).first();
        if (!taken)
            issues.append({QStringLiteral("number"), taken.error()});
        else if (taken.value())
            issues.append({QStringLiteral("number"), tr("Another document already has the key %1.").arg(d.key)});
    }
    return issues;
}

QList<FieldIssue> PlanEditor::check(const Target &t) const
{
    QList<FieldIssue> issues = PlanChecks::check(t);
    if (t.documentKey.isEmpty())
        return issues;
    const auto doc = documentId(t.documentKey);
    if (!doc) {
        issues.append({QStringLiteral("document"), doc.error()});
        return issues;
    }
    const auto taken =
        Statement(m_db, QStringLiteral("SELECT 1 FROM targets WHERE document_id = ? AND stt = ? AND part = ? AND id <> ?"))
            .bind({doc.value(), t.stt.trimmed(), t.part, t.id})
            .first();
    if (!taken)
        issues.append({QStringLiteral("stt"), taken.error()});
    else if (taken.value())
        issues.append({QStringLiteral("stt"),
                       tr("The document already has a target %1, part %2: change the number or the part.")
                           .arg(t.stt.trimmed())
                           .arg(t.part)});
    return issues;
}

QList<FieldIssue> PlanEditor::check(const Task &t) const
{
    QList<FieldIssue> issues = PlanChecks::check(t);
    if (t.documentKey.isEmpty())
        return issues;
    const auto doc = documentId(t.documentKey);
    if (!doc)
        issues.append({QStringLiteral("document"), doc.error()});
    else if (const auto target = targetId(doc.value(), t.targetStt); !target)
        issues.append({QStringLiteral("target"), target.error()});
    return issues;
}

Result<QString> PlanEditor::freeDocumentKey(const Document &d, const QSet<QString> &alsoTaken) const
{
    static const QRegularExpression notKey(QStringLiteral("[^A-Za-z0-9]+"));
    QString number = d.number;
    number.replace(QChar(u'Đ'), u'D').replace(QChar(u'đ'), u'd');
    number = number.normalized(QString::NormalizationForm_KD);
    number.replace(notKey, QStringLiteral("-"));
    QStringList parts = {d.province, number};
    if (d.year)
        parts << QString::number(*d.year);
    QString base = parts.join(u'-');
    base.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-|-$")));
    QString key = base;
    Statement stored(m_db, QStringLiteral("SELECT 1 FROM documents WHERE key = ?"));
    for (int n = 2;; ++n) {
        // A key that could not be looked up is not taken for free: the document would get a key
        // another one has, or, busy, fail later with a less telling message.
        const auto found = stored.bind(key).first();
        if (!found)
            return found.failure();
        if (!found.value() && !alsoTaken.contains(key))
            return key;
        key = QStringLiteral("%1-%2").arg(base).arg(n);
    }
}

Status PlanEditor::writeLegalBasis(qint64 documentId, const QStringList &citations)
{
    if (const auto done = run(m_db, QStringLiteral("DELETE FROM document_legal_basis WHERE document_id = ?"), {documentId}); !done)
        return done.failure();
    int position = 0;
    for (const QString &c : citations) {
        if (c.trimmed().isEmpty())
            continue;
        const auto done = run(m_db, QStringLiteral("INSERT INTO document_legal_basis(document_id, position, citation) VALUES (?, ?, ?)"),
                              {documentId, ++position, c.trimmed()});
        if (!done)
            return done.failure();
    }
    return {};
}

template <typename Record, typename Insert>
Result<QList<qint64>> PlanEditor::createAll(const QList<Record> &records, PlanEntity entity, Insert insert)
{
    Transaction transaction(m_db);
    if (const Status s = transaction.began(); !s)
        return s.failure();
    QList<qint64> ids;
    for (const Record &record : records) {
        if (const auto issues = check(record); !issues.isEmpty())
            return refuse(issues).failure();
        const Result<qint64> id = insert(record);
        if (!id)
            return id.failure();
        if (const Status s = AuditLog(m_db).record(entityName(entity), id.value(), QStringLiteral("create"), {},
                                              recordJson(entity, id.value()));
            !s)
            return s.failure();
        ids << id.value();
    }
    transaction.touched(planTable(entity), ids);
    if (const Status s = transaction.commit(); !s)
        return s.failure();
    return ids;
}

Result<QList<qint64>> PlanEditor::create(const QList<Document> &documents)
{
    // A document without a key gets a free one before it is checked, distinct from the batch's others.
    QList<Document> keyed = documents;
    QSet<QString> taken;
    for (Document &d : keyed) {
        if (d.key.isEmpty()) {
            Result<QString> key = freeDocumentKey(d, taken);
            if (!key)
                return key.failure();
            d.key = std::move(key).value();
        }
        taken.insert(d.key);
    }
    return createAll(keyed, PlanEntity::Document, [this](const Document &d) -> Result<qint64> {
        const auto id = run(m_db, QStringLiteral("INSERT INTO documents(key, number, type, type_label, issued, issuer, province, "
                                                 "year, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {d.key, d.number.trimmed(), d.type, text(d.typeLabel), text(d.issued), text(d.issuer), d.province,
                             optional(d.year), d.title.trimmed()});
        if (!id)
            return id.failure();
        if (const Status s = writeLegalBasis(id.value(), d.legalBasis); !s)
            return s.failure();
        return id.value();
    });
}

Result<QList<qint64>> PlanEditor::create(const QList<Target> &targets)
{
    return createAll(targets, PlanEntity::Target, [this](const Target &t) -> Result<qint64> {
        const qint64 document = documentId(t.documentKey).value();
        const auto id = run(m_db, QStringLiteral("INSERT INTO targets(document_id, %1) VALUES (?, %2)").arg(kTargetColumns, placeholders(22)),
                            QVariantList{document} + targetValues(t));
        if (!id)
            return id.failure();
        return id.value();
    });
}

Result<QList<qint64>> PlanEditor::create(const QList<Task> &tasks)
{
    return createAll(tasks, PlanEntity::Task, [this](const Task &t) -> Result<qint64> {
        const qint64 document = documentId(t.documentKey).value();
        const auto id = run(m_db, QStringLiteral("INSERT INTO tasks(document_id, %1) VALUES (?, %2)").arg(kTaskColumns, placeholders(10)),
                            QVariantList{document} + taskValues(t, targetId(document, t.targetStt).value()));
        if (!id)
            return id.failure();
        return id.value();
    });
}

} // namespace pardesk
