#include "store/SyntheticPlan.h"

#include "store/Store.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pardesk::generate {

QList<SyntheticPlan::Planned> SyntheticPlan::plan()
{
    return {{QStringLiteral("on_time_processing"), QStringLiteral("1")}, {QStringLiteral("online_dossier_share"), QStringLiteral("2")},
            {QStringLiteral("digitisation"), QStringLiteral("3")},       {QStringLiteral("data_reuse"), QStringLiteral("4")},
            {QStringLiteral("e_documents"), QStringLiteral("6")},        {QStringLiteral("feedback_handling"), QStringLiteral("7")}};
}

Status SyntheticPlan::write(const Store &store, const SyntheticProvince::Summary &summary)
{
    return write(store.database().connection(), summary);
}

Status SyntheticPlan::write(QSqlDatabase db, const SyntheticProvince::Summary &summary)
{
    Transaction transaction(db);
    QSqlQuery q(db);
    const auto run = [&](const QVariantList &values) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    const int lastYear = summary.periods.constLast().left(4).toInt();
    q.prepare(QStringLiteral("INSERT INTO documents(key, number, type, province, year, title, src) VALUES (?, ?, 'plan', ?, ?, ?, 'synthetic')"));
    if (!run({summary.province + QStringLiteral("-PLAN"), QStringLiteral("1/KH-ZZ"), summary.province, lastYear,
              QStringLiteral("Kế hoạch mẫu (dữ liệu tổng hợp)")}))
        return Error{q.lastError().text()};
    const qint64 document = q.lastInsertId().toLongLong();
    const QList<Planned> planned = plan();
    for (int i = 0; i < planned.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO targets(document_id, stt, text, theme, kind, comparator, value, unit, direction, level, "
                                 "deadline, src) VALUES (?, ?, ?, ?, 'level', '>=', 90, '%', 'higher', 'province', ?, 'synthetic')"));
        if (!run({document, QString::number(i + 1), QStringLiteral("Tỷ lệ nhóm %1 đạt tối thiểu 90%").arg(planned[i].item),
                  planned[i].theme, QStringLiteral("%1-12-31").arg(lastYear)}))
            return Error{q.lastError().text()};
        q.prepare(QStringLiteral("INSERT INTO indicators(theme, form_id, item_code, level, scope, why) "
                                 "SELECT ?, id, ?, 'province', 'agency', 'synthetic' FROM forms WHERE key = ?"));
        if (!run({planned[i].theme, planned[i].item, summary.formKey}) || q.numRowsAffected() != 1)
            return Error{q.lastError().text()};
    }
    return transaction.commit();
}

} // namespace pardesk::generate
