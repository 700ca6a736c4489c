#include "io/FindingsJson.h"

#include <QJsonObject>

namespace pardesk::json {
namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(QJsonObject{{"code", f.code},
                               {"rule", f.rule},
                               {"severity", severityName(f.severity)},
                               {"message", f.message},
                               {"stated", number(f.stated)},
                               {"computed", number(f.computed)}});
    return out;
}

} // namespace pardesk::json
