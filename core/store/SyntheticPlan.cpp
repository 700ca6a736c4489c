#include "store/SyntheticPlan.h"

#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

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
    if (Status s = transaction.began(); !s)
        return s;
    const int lastYear = summary.periods.constLast().left(4).toInt();
    Statement document(db, QStringLiteral("INSERT INTO documents(key, number, type, province, year, title, src) "
                                          "VALUES (?, ?, 'plan', ?, ?, ?, 'synthetic')"));
    if (Status s = document.bind({summary.province + QStringLiteral("-PLAN"), QStringLiteral("1/KH-ZZ"), summary.province, lastYear,
                                  QStringLiteral("Kế hoạch mẫu (dữ liệu tổng hợp)")})
                       .exec();
        !s)
        return s;
    const qint64 documentId = document.lastInsertId();
    Statement target(db, QStringLiteral("INSERT INTO targets(document_id, stt, text, theme, kind, comparator, value, unit, direction, level, "
                                        "deadline, src) VALUES (?, ?, ?, ?, 'level', '>=', 90, '%', 'higher', 'province', ?, 'synthetic')"));
    Statement indicator(db, QStringLiteral("INSERT INTO indicators(theme, form_id, item_code, level, scope, why) "
                                           "SELECT ?, id, ?, 'province', 'agency', 'synthetic' FROM forms WHERE key = ?"));
    const QList<Planned> planned = plan();
    for (int i = 0; i < planned.size(); ++i) {
        if (Status s = target.bind({documentId, QString::number(i + 1), QStringLiteral("Tỷ lệ nhóm %1 đạt tối thiểu 90%").arg(planned[i].item),
                                    planned[i].theme, QStringLiteral("%1-12-31").arg(lastYear)})
                           .exec();
            !s)
            return s;
        if (Status s = indicator.bind({planned[i].theme, planned[i].item, summary.formKey}).exec(); !s)
            return s;
        // No row inserted: the store has no form of that key.
        if (!indicator.insertedARow())
            return Error{tr("The synthetic plan refers to the form %1, which the store does not have.").arg(summary.formKey)};
    }
    return transaction.commit();
}

} // namespace pardesk::generate
