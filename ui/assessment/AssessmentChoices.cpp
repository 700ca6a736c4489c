#include "assessment/AssessmentChoices.h"

#include "assessment/AssessmentPeriod.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <algorithm>

namespace pardesk::AssessmentChoices {

QList<AgencyRef> scoredAgencies(const Store &store, const CriteriaSetSummary &set)
{
    QStringList provinces;
    if (!set.province.isEmpty()) {
        provinces << set.province;
    } else if (const auto all = store.references().provinces()) {
        for (const ProvinceName &p : all.value())
            provinces << p.code;
    }
    QList<AgencyRef> out;
    for (const QString &province : std::as_const(provinces))
        if (const auto agencies = store.criteriaSets().scoredAgencies(set.agencyGroup, province))
            out += agencies.value();
    return out;
}

void fillPeriods(QComboBox *box, int year)
{
    const QString chosen = box->currentData().toString().mid(4); // the same month or quarter, another year
    box->clear();
    using Kind = AssessmentPeriod::Kind;
    QList<AssessmentPeriod> periods;
    for (int month = 1; month <= 12; ++month)
        periods.append({Kind::Month, year, month});
    for (int quarter = 1; quarter <= 4; ++quarter)
        periods.append({Kind::Quarter, year, quarter});
    periods.append({Kind::Year, year, 1});
    for (const AssessmentPeriod &p : periods)
        box->addItem(p.label(), p.key());
    int row = -1;
    for (int i = 0; i < box->count() && !chosen.isEmpty(); ++i)
        if (box->itemData(i).toString().mid(4) == chosen)
            row = i;
    if (row < 0)
        row = box->findData(AssessmentPeriod{Kind::Month, year, QDate::currentDate().month()}.key());
    box->setCurrentIndex(std::max(0, row));
}

} // namespace pardesk::AssessmentChoices
