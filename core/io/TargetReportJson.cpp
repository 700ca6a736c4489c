#include "io/TargetReportJson.h"
#include "util/JsonOrNull.h"

#include "io/JsonViews.h"
#include "targets/TargetVerdict.h"

namespace pardesk::json {
namespace {


QJsonValue actualJson(const std::optional<ActualValue> &a)
{
    if (!a)
        return QJsonValue();
    return QJsonObject{{"value", a->value},          {"period", a->period},
                       {"form", a->form},            {"item", a->item},
                       {"scope", a->scope},          {"numerator", json::numberOrNull(a->numerator)},
                       {"denominator", json::numberOrNull(a->denominator)}, {"agencies_covered", a->covered},
                       {"agencies_expected", a->expected},      {"in_target_year", a->inTargetYear}};
}

QJsonValue projectionJson(const std::optional<YearEndProjection> &p)
{
    if (!p)
        return QJsonValue();
    static const char *const methods[] = {"known", "linear_trend", "none"};
    return QJsonObject{{"year", p->year},
                       {"method", QLatin1String(methods[int(p->method)])},
                       {"value", json::numberOrNull(p->value)},
                       {"meets_target", p->meetsTarget ? QJsonValue(*p->meetsTarget) : QJsonValue()},
                       {"assumption", p->assumption}};
}

} // namespace

QJsonObject toJson(const TargetReportRow &row)
{
    QJsonObject out = toJson(row.target);
    const Evaluation &e = row.evaluation;
    out.insert("actual", actualJson(row.actual));
    out.insert("status", TargetEvaluation::statusKey(e.status));
    out.insert("status_label", TargetVerdict::label(row));
    out.insert("judged", TargetVerdict::isJudged(e.status));
    out.insert("period_label", TargetVerdict::period(row));
    out.insert("coverage", TargetVerdict::coverage(row));
    out.insert("met", e.status == EvaluationStatus::Met      ? QJsonValue(true)
                      : e.status == EvaluationStatus::NotMet ? QJsonValue(false)
                                                             : QJsonValue());
    out.insert("gap", json::numberOrNull(e.gap));
    out.insert("progress", json::numberOrNull(e.progress));
    out.insert("tolerance", json::numberOrNull(e.tolerance));
    out.insert("projection", projectionJson(row.projection));
    return out;
}

} // namespace pardesk::json
