#include "plans/TargetTableModel.h"

#include "plans/PlanFormat.h"
#include "targets/TargetVerdict.h"

namespace pardesk {
namespace {

// Long cells (tasks, legal basis) are cut in the table; the tooltip has them whole.
constexpr int kCellChars = 220;

QString shortened(const QString &text)
{
    return text.size() <= kCellChars ? text : text.left(kCellChars).trimmed() + QStringLiteral(" …");
}

} // namespace

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetTableModel::setTargets(QList<Target> targets)
{
    setTargets(std::move(targets), {}, {});
}

void TargetTableModel::setTargets(QList<Target> targets, QHash<qint64, TargetReportRow> reports,
                                  QHash<QString, QStringList> tasksByStt)
{
    beginResetModel();
    m_targets = std::move(targets);
    m_reports = std::move(reports);
    m_tasksByStt = std::move(tasksByStt);
    endResetModel();
}

void TargetTableModel::setThemeNames(QHash<QString, QString> names)
{
    m_themeNames = std::move(names);
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, Theme), index(rowCount() - 1, Theme), {Qt::DisplayRole});
}

const Target *TargetTableModel::targetAt(int row) const
{
    return row >= 0 && row < m_targets.size() ? &m_targets[row] : nullptr;
}

int TargetTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_targets.size(); ++row)
        if (m_targets[row].id == id)
            return row;
    return -1;
}

EvaluationStatus TargetTableModel::statusAt(int row) const
{
    const Target &t = m_targets[row];
    const auto report = m_reports.constFind(t.id);
    if (report != m_reports.cend())
        return report->evaluation.status;
    return t.kind == TargetKind::Qualitative ? EvaluationStatus::NotMeasurable : EvaluationStatus::NoData;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::actualText(int row) const
{
    const auto report = m_reports.constFind(m_targets[row].id);
    if (report == m_reports.cend() || !report->actual)
        return tr("No figures reported for this target yet.");
    const ActualValue &a = *report->actual;
    QString text = tr("Actual %1 in %2 (form %3, item %4)")
                       .arg(PlanFormat::number(a.value), TargetVerdict::period(*report), a.form, a.item);
    if (a.expected > 0)
        text += u'\n' + tr("%1 of %2 agencies reported").arg(a.covered).arg(a.expected);
    if (!a.inTargetYear)
        text += u'\n' + tr("Figures of an earlier year, shown as context: the target is not judged on them.");
    return text;
}

QString TargetTableModel::display(int row, int column) const
{
    const Target &t = m_targets[row];
    const auto report = m_reports.constFind(t.id);
    const bool reported = report != m_reports.cend();
    switch (column) {
    case Stt:
        return t.part > 1 ? QStringLiteral("%1 (%2)").arg(t.stt).arg(t.part) : t.stt;
    case Text:
        return t.fragment.isEmpty() ? t.text : t.fragment;
    case Comparison:
        return PlanFormat::comparison(t) + (t.aspirational ? tr(" (strive)") : QString());
    case Level:
        return PlanFormat::levelName(t.level);
    case Theme:
        return m_themeNames.value(t.theme, t.theme);
    case Evaluation:
        return reported ? PlanFormat::evaluation(statusAt(row), TargetVerdict::label(*report))
                        : PlanFormat::evaluation(statusAt(row), TargetEvaluation::statusLabel(statusAt(row)));
    case Actual:
        return reported && report->actual ? PlanFormat::value(report->actual->value, t.unit) : QString();
    case Period:
        return reported ? TargetVerdict::period(*report) : QString();
    case Coverage:
        return reported ? TargetVerdict::coverage(*report) : QString();
    case Gap:
        return reported && report->evaluation.gap ? PlanFormat::gap(*report->evaluation.gap, t.unit) : QString();
    case Tasks:
        return t.tasksText.isEmpty() ? m_tasksByStt.value(t.stt).join(u'\n') : t.tasksText;
    case Lead:
        return t.lead;
    case Coordinating:
        return t.coordinating;
    case LegalBasis:
        return t.legalBasis;
    case Timeframe:
        return t.timeframe;
    case Source:
        return t.sourceName;
    default:
        return {};
    }
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = display(row, column);
        return column == Tasks || column == LegalBasis || column == Coordinating ? shortened(text) : text;
    }
    case Qt::ToolTipRole:
        if (column == Evaluation || column == Gap || column == Period || column == Actual || column == Coverage)
            return actualText(row);
        if (column == Source)
            return QStringLiteral("%1\n(%2)").arg(m_targets[row].sourceName, m_targets[row].source);
        if (column == Text)
            return m_targets[row].text;
        return display(row, column);
    case Qt::ForegroundRole:
        // The verdict, and a figure that is only context, greyed like the verdict's colour says.
        return column == Evaluation || column == Actual || column == Period || column == Coverage
                   ? QVariant(PlanFormat::evaluationColor(statusAt(row)))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return column == Gap || column == Actual ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                                 : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case IdRole:
        return m_targets[row].id;
    case StatusRole:
        return int(statusAt(row));
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Stt:
        return tr("No.");
    case Text:
        return tr("Target");
    case Comparison:
        return tr("Comparison");
    case Level:
        return tr("Level");
    case Theme:
        return tr("Theme");
    case Evaluation:
        return tr("Evaluation");
    case Actual:
        return tr("Actual");
    case Period:
        return tr("Period");
    case Coverage:
        return tr("Coverage");
    case Gap:
        return tr("Gap");
    case Tasks:
        return tr("Tasks and solutions");
    case Lead:
        return tr("Lead agency");
    case Coordinating:
        return tr("Coordinating agencies");
    case LegalBasis:
        return tr("Legal basis");
    case Timeframe:
        return tr("Timeframe");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void TargetTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace pardesk
