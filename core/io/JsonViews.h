#pragma once
// The JSON shape of each record, as the command line prints it (numbers as JSON numbers).

#include "domain/Records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pardesk::json {

QJsonObject toJson(const Document &d);
QJsonObject toJson(const Target &t);
QJsonObject toJson(const Task &t);
QJsonObject toJson(const Form &f);
QJsonObject toJson(const Submission &s);
QJsonObject toJson(const SubmissionValue &v);
QJsonObject toJson(const Score &s);
QJsonObject toJson(const Theme &t);

template <typename T>
QJsonArray toJsonArray(const QList<T> &records)
{
    QJsonArray out;
    for (const T &r : records)
        out.append(toJson(r));
    return out;
}

} // namespace pardesk::json
