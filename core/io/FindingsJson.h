#pragma once
// The JSON shape of validation findings, as the command line prints them.

#include "validation/Finding.h"

#include <QJsonArray>
#include <QList>

namespace pardesk::json {

// [{"code", "rule", "severity", "message", "stated", "computed"}]; figures are JSON numbers or null.
QJsonArray findingsToJson(const QList<Finding> &findings);

} // namespace pardesk::json
