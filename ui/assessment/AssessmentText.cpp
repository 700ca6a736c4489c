#include "assessment/AssessmentText.h"

#include "assessment/AssessmentPeriod.h"
#include "settings/AppSettings.h"

namespace pardesk {

QString AssessmentText::status(const QString &word)
{
    if (word == u"draft")
        return tr("draft");
    if (word == u"submitted")
        return tr("submitted");
    if (word == u"appraised")
        return tr("appraised");
    if (word == u"not_started")
        return tr("not started");
    return word;
}

QString AssessmentText::period(const QString &key)
{
    const auto p = AssessmentPeriod::parse(key);
    return p ? p->label() : key;
}

QString AssessmentText::points(std::optional<double> value)
{
    return value ? formatNumber(*value, 4, convention()) : QStringLiteral("—");
}

QString AssessmentText::findingKind(AssessmentFinding::Kind kind)
{
    switch (kind) {
    case AssessmentFinding::Kind::EvidenceMissing:
        return tr("Evidence missing");
    case AssessmentFinding::Kind::NotScored:
        return tr("Not scored");
    case AssessmentFinding::Kind::FromFigures:
        return tr("From the figures");
    case AssessmentFinding::Kind::LostWithoutExplanation:
        break;
    }
    return tr("Points lost, no explanation");
}

NumberConvention AssessmentText::convention()
{
    const bool c = AppSettings::instance().value(AppSettings::Key::NumberConvention).toString() == u"c";
    return c ? NumberConvention::C : NumberConvention::Vietnamese;
}

} // namespace pardesk
