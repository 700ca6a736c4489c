#pragma once
// An import preview of a self-assessment as `pardesk-cli assessment import` prints it: whose it is,
// new or replacing, status before and after, the changes of points and explanations, the evidence
// added, the findings of the result and the errors that stop it.

#include "exchange/AssessmentImportPreview.h"

#include <QJsonObject>

namespace pardesk::json {

QJsonObject toJson(const AssessmentImportPreview &preview);

} // namespace pardesk::json
