#pragma once
// The JSON of a target set against its figures, as `pardesk-cli evaluate` prints it.

#include "targets/TargetReport.h"

#include <QJsonObject>

namespace pardesk::json {

QJsonObject toJson(const TargetReportRow &row);

} // namespace pardesk::json
