#include "io/FindingsJson.h"
#include "util/JsonOrNull.h"

#include <QJsonObject>

namespace pardesk::json {
QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(QJsonObject{{"code", f.code},
                               {"rule", f.rule},
                               {"severity", severityName(f.severity)},
                               {"message", f.message},
                               {"stated", json::numberOrNull(f.stated)},
                               {"computed", json::numberOrNull(f.computed)}});
    return out;
}

} // namespace pardesk::json
