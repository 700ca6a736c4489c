#include "report/AssessmentAppendix.h"

#include "assessment/AssessmentPeriod.h"
#include "assessment/AssessmentTotals.h"
#include "report/AppendixText.h"

#include <QHash>

namespace pardesk {
namespace {

QString evidenceText(const Evidence &e)
{
    if (e.kind == u"document")
        return QStringLiteral("%1 (%2)").arg(e.documentNumber, appendixDate(e.documentDate));
    return e.fileName;
}

// A signed table names its period ("Tháng 3/2024"), never the store's key ("202403").
QString periodName(const QString &key)
{
    const auto period = AssessmentPeriod::parse(key);
    return period ? period->label() : key;
}

QString periodInSentence(const QString &key)
{
    QString label = periodName(key);
    if (!label.isEmpty())
        label[0] = label[0].toLower();
    return label;
}

} // namespace

AppendixTable AssessmentAppendix::build(const CriteriaSet &set, const AssessmentHeader &header,
                                        const QList<AssessmentScore> &scores, const QList<Evidence> &evidence,
                                        const QString &issuingBody, bool appraisal)
{
    AppendixTable table;
    table.identity.issuingBody = issuingBody;
    table.identity.label = AppendixText::appendixLabel();
    table.identity.title = appendixUpper(appraisal ? tr("Appraisal of the self-assessment: %1").arg(set.name)
                                                   : tr("Self-assessment: %1").arg(set.name));
    table.identity.attachedTo = tr("%1, period %2").arg(header.agencyName, periodInSentence(header.period));
    table.columns = {{AppendixText::numberHeader(), 0.6, ColumnAlign::Center},
                     {tr("Criterion"), 4},
                     {tr("Maximum points"), 0.9, ColumnAlign::Right, ColumnKind::Number},
                     {tr("Self-assessed points"), 0.9, ColumnAlign::Right, ColumnKind::Number}};
    if (appraisal)
        table.columns.append({tr("Appraised points"), 0.9, ColumnAlign::Right, ColumnKind::Number});
    table.columns.append({tr("Explanation"), 2});
    table.columns.append({tr("Evidence"), 1.8});
    if (appraisal)
        table.columns.append({tr("Council's comment"), 1.8});
    table.wide = true;

    QHash<QString, AssessmentScore> byCode;
    QHash<QString, double> self, appraised;
    for (const AssessmentScore &s : scores) {
        byCode.insert(s.code, s);
        if (s.points)
            self.insert(s.code, *s.points);
        if (s.appraised)
            appraised.insert(s.code, *s.appraised);
    }
    QHash<QString, QStringList> evidenceOf;
    for (const Evidence &e : evidence)
        evidenceOf[e.code] << evidenceText(e);
    const QList<NodeTotal> selfTotals = AssessmentTotals::compute(set, self);
    const QList<NodeTotal> appraisedTotals = AssessmentTotals::compute(set, appraised);
    const auto appraisedSum = [&appraised](double sum) { return appraised.isEmpty() ? std::nullopt : std::optional<double>(sum); };

    for (int i = 0; i < set.nodes.size(); ++i) {
        const CriteriaNode &n = set.nodes[i];
        const QString label = n.unnamed() ? tr("(not named in the source)") : n.label;
        AppendixRow row;
        row.kind = n.level == CriteriaLevel::Area ? RowKind::Group : RowKind::Item;
        row.bold = !n.scored();
        const AssessmentScore s = byCode.value(n.code);
        // A sum row shows its children's total; a sub-criterion its own points, blank when not scored.
        const std::optional<double> selfPoints = n.scored() ? s.points : std::optional<double>(selfTotals[i].achieved);
        // Sent and not yet appraised, the council's column is a worksheet to fill: its sums stay blank, not 0.
        const std::optional<double> appraisedPoints =
            n.scored() ? s.appraised : appraisedSum(appraisedTotals[i].achieved);
        row.cells = {AppendixTable::textCell(n.code), AppendixTable::textCell(label),
                     AppendixTable::numberCell(n.maxPoints, 4), AppendixTable::numberCell(selfPoints, 4)};
        if (appraisal)
            row.cells.append(AppendixTable::numberCell(appraisedPoints, 4));
        row.cells.append(AppendixTable::textCell(s.explanation));
        row.cells.append(AppendixTable::textCell(evidenceOf.value(n.code).join(QStringLiteral("; "))));
        if (appraisal)
            row.cells.append(AppendixTable::textCell(s.comment));
        table.rows.append(row);
    }
    double max = 0, selfTotal = 0, appraisedTotal = 0;
    bool maxKnown = true;
    for (int i = 0; i < set.nodes.size(); ++i)
        if (set.nodes[i].level == CriteriaLevel::Area) {
            maxKnown = maxKnown && set.nodes[i].maxPoints.has_value();
            max += set.nodes[i].maxPoints.value_or(0);
            selfTotal += selfTotals[i].achieved;
            appraisedTotal += appraisedTotals[i].achieved;
        }
    AppendixRow total;
    total.bold = true;
    total.cells = {AppendixTable::textCell({}), AppendixTable::textCell(tr("Total")),
                   AppendixTable::numberCell(maxKnown ? std::optional<double>(max) : std::nullopt, 4),
                   AppendixTable::numberCell(selfTotal, 4)};
    if (appraisal)
        total.cells.append(AppendixTable::numberCell(appraisedSum(appraisedTotal), 4));
    while (total.cells.size() < table.columns.size())
        total.cells.append(AppendixTable::textCell({}));
    table.rows.append(total);
    return table;
}

AppendixTable AssessmentAppendix::ranking(const ProvincePicture &picture, const QString &setName, const QString &issuingBody)
{
    AppendixTable table;
    table.identity.issuingBody = issuingBody;
    table.identity.label = AppendixText::appendixLabel();
    table.identity.title = appendixUpper(tr("Ranking of the self-assessments, %1").arg(picture.year));
    table.identity.attachedTo = tr("Criteria set %1").arg(setName);
    table.columns = {{tr("Rank"), 0.6, ColumnAlign::Center},
                     {tr("Agency"), 3},
                     {tr("Period"), 0.9, ColumnAlign::Center},
                     {tr("Status"), 1},
                     {tr("Points"), 0.9, ColumnAlign::Right, ColumnKind::Number}};
    for (const AgencyStanding &a : picture.agencies) {
        const QString status = a.status == u"appraised"   ? tr("appraised")
                               : a.status == u"submitted" ? tr("submitted")
                               : a.status == u"draft"     ? tr("draft")
                                                          : tr("not started");
        AppendixRow row;
        row.cells = {AppendixTable::textCell(a.rank ? QString::number(*a.rank) : QString()),
                     AppendixTable::textCell(a.agencyName), AppendixTable::textCell(periodName(a.period)),
                     AppendixTable::textCell(status),
                     AppendixTable::numberCell(a.status == u"not_started" ? std::nullopt : std::optional<double>(a.total), 4)};
        table.rows.append(row);
    }
    return table;
}

} // namespace pardesk
