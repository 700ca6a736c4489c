#include "plans/PlanFormat.h"

#include "settings/AppSettings.h"
#include "text/NumberFormat.h"

#include <QDate>
#include <QHash>

namespace pardesk {

QString PlanFormat::number(double value, int maxDecimals)
{
    const bool c = AppSettings::instance().value(AppSettings::Key::NumberConvention).toString() == u"c";
    return formatNumber(value, maxDecimals, c ? NumberConvention::C : NumberConvention::Vietnamese);
}

QString PlanFormat::date(const QString &iso)
{
    const QStringList parts = iso.split(u'-');
    QStringList reversed(parts.rbegin(), parts.rend());
    return reversed.join(u'/');
}

QString PlanFormat::comparison(const Target &t)
{
    if (t.comparator == Comparator::None || !t.value)
        return QStringLiteral("—");
    const QString unit = t.unit == u"%" ? t.unit : (t.unit.isEmpty() ? QString() : u' ' + t.unit);
    const QString comparison = QStringLiteral("%1 %2%3").arg(comparatorSymbol(t.comparator), number(*t.value, 4), unit);
    if (t.kind != TargetKind::Reduction)
        return comparison;
    return t.baselineYear ? tr("reduce %1 vs %2").arg(comparison).arg(*t.baselineYear) : tr("reduce %1").arg(comparison);
}

QString PlanFormat::levelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return tr("Province");
    case AdminLevel::District:
        return tr("District");
    case AdminLevel::Commune:
        return tr("Commune");
    case AdminLevel::Department:
    case AdminLevel::None:
        break;
    }
    return {};
}

QString PlanFormat::kindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Level:
        return tr("A level to reach");
    case TargetKind::Reduction:
        return tr("A reduction");
    case TargetKind::Qualitative:
        return tr("Nothing to measure");
    }
    return {};
}

QString PlanFormat::directionName(Direction direction)
{
    return direction == Direction::Lower ? tr("Lower is better") : tr("Higher is better");
}

QString PlanFormat::taskStatusName(const QString &status)
{
    if (status == u"open")
        return tr("Open");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"done")
        return tr("Done");
    return status;
}

QString PlanFormat::documentTypeName(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},           {QStringLiteral("report"), QT_TR_NOOP("Report")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},   {QStringLiteral("dispatch"), QT_TR_NOOP("Official letter")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")}, {QStringLiteral("directive"), QT_TR_NOOP("Directive")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")}};
    const auto it = names.constFind(type);
    return it == names.cend() ? type : tr(it.value());
}

QString PlanFormat::value(double value, const QString &unit)
{
    const QString n = number(value, 2);
    return unit.isEmpty() ? n : unit == u"%" ? n + unit : n + u' ' + unit;
}

QString PlanFormat::evaluation(EvaluationStatus status, const QString &label)
{
    const char *symbol = "";
    switch (status) {
    case EvaluationStatus::Met:
        symbol = "✔";
        break;
    case EvaluationStatus::NotMet:
        symbol = "✘";
        break;
    case EvaluationStatus::NoData:
        symbol = "?";
        break;
    case EvaluationStatus::NotMeasurable:
    case EvaluationStatus::NotMeasuredByForms:
        symbol = "—";
        break;
    case EvaluationStatus::NoFiguresForItsYear:
        symbol = "…";
        break;
    }
    return QString::fromUtf8(symbol) + u' ' + label;
}

QColor PlanFormat::evaluationColor(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Met:
        return QColor(0x1b, 0x7f, 0x3b); // green that stays readable on white and for most colour-blind readers
    case EvaluationStatus::NotMet:
        return QColor(0xb7, 0x1c, 0x1c);
    case EvaluationStatus::NoData:
    case EvaluationStatus::NotMeasurable:
    case EvaluationStatus::NotMeasuredByForms:
    case EvaluationStatus::NoFiguresForItsYear:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

QString PlanFormat::gap(double gap, const QString &unit)
{
    const QString sign = gap > 0 ? QStringLiteral("+") : gap < 0 ? QStringLiteral("−") : QString();
    const QString magnitude = sign + number(std::abs(gap), 2);
    if (unit == u"%")
        return tr("%1 pp").arg(magnitude); // percentage points
    return unit.isEmpty() ? magnitude : magnitude + u' ' + unit;
}

} // namespace pardesk
