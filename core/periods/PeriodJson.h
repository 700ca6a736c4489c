#pragma once
// The JSON shape of a period, as `pardesk-cli periods` prints it: key, label, kind, data window
// and, for a province, its deadlines (docs/periods.md).

#include "periods/Period.h"

#include <QJsonObject>

namespace pardesk::json {

// Without a province, the period alone; with one, also "due_date" (the agencies' last day on
// time) and "deadlines", one per reporting stage the seeds give a date for.
QJsonObject toJson(const Period &period, const QString &province = {});

} // namespace pardesk::json
