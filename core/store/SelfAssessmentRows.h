#pragma once
// What SelfAssessments' two source files share (SelfAssessments.cpp: scoring, evidence, status;
// SelfAssessmentsReceive.cpp: an import received): the status words, the audit entity, and how a
// score and an evidence are recorded in the audit row. Not for use outside core/store.

#include "store/SelfAssessments.h"
#include "util/JsonOrNull.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace pardesk::assessmentrows {

inline const QString kDraft = QStringLiteral("draft");
inline const QString kSubmitted = QStringLiteral("submitted");
inline const QString kAppraised = QStringLiteral("appraised");
inline const QString kEntity = QStringLiteral("self_assessment");

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// An evidence as the audit row records it.
inline QJsonObject evidenceJson(const Evidence &e, const QByteArray &content)
{
    if (e.kind == u"file")
        return QJsonObject{{QStringLiteral("code"), e.code},
                           {QStringLiteral("file"), e.fileName},
                           {QStringLiteral("sha256"), sha256Of(content)},
                           {QStringLiteral("size"), qint64(content.size())}};
    return QJsonObject{{QStringLiteral("code"), e.code},
                       {QStringLiteral("document"), e.documentNumber.trimmed()},
                       {QStringLiteral("date"), e.documentDate}};
}

} // namespace pardesk::assessmentrows
