// What the self-assessment grid shows: each cell's text, tooltip, colours and the headers.
#include "assessment/AssessmentModel.h"

#include "assessment/AssessmentText.h"
#include "assessment/ScoreRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pardesk {
namespace {

bool isNumberColumn(int column)
{
    return column == AssessmentModel::MaxColumn || column == AssessmentModel::PointsColumn ||
           column == AssessmentModel::EvidenceColumn || column == AssessmentModel::AppraisedColumn;
}

} // namespace

// ---- what is shown --------------------------------------------------------------------------

QVariant AssessmentModel::display(int node, int column) const
{
    const CriteriaNode &n = m_set.nodes[node];
    const AssessmentScore s = m_scores.value(n.code);
    switch (column) {
    case CodeColumn:
        return n.code;
    case LabelColumn:
        return n.unnamed() ? tr("(not named in the source)") : n.label;
    case MaxColumn:
        return AssessmentText::points(n.maxPoints);
    case PointsColumn:
        if (!n.scored())
            return m_selfTotals[node].scored > 0 ? AssessmentText::points(m_selfTotals[node].achieved) : QString();
        if (s.points)
            return AssessmentText::points(s.points);
        if (n.kind == ScoringKind::Survey)
            return tr("survey");
        // A ratio sub-criterion not scored yet offers the points its figures give, marked as such.
        if (const auto r = m_ratios.constFind(n.code); r != m_ratios.cend() && r->points)
            return tr("≈ %1").arg(AssessmentText::points(r->points));
        return QString();
    case ExplanationColumn:
        return s.explanation;
    case EvidenceColumn: {
        if (!n.scored())
            return QString();
        const int count = m_evidenceCount.value(n.code);
        return n.evidenceRequired ? tr("%1 (required)").arg(count) : (count > 0 ? QString::number(count) : QString());
    }
    case AppraisedColumn: {
        if (!n.scored())
            return m_appraisedTotals[node].scored > 0 ? AssessmentText::points(m_appraisedTotals[node].achieved) : QString();
        const auto pending = m_pending.constFind(n.code);
        if (pending != m_pending.constEnd())
            return AssessmentText::points(pending->points);
        return s.appraised ? AssessmentText::points(s.appraised) : QString();
    }
    case CommentColumn: {
        const auto pending = m_pending.constFind(n.code);
        return pending != m_pending.constEnd() ? pending->comment : s.comment;
    }
    default:
        return {};
    }
}

QVariant AssessmentModel::toolTip(int node, int column) const
{
    const CriteriaNode &n = m_set.nodes[node];
    if (column == CodeColumn || column == LabelColumn) {
        QStringList lines;
        if (!n.unnamed())
            lines << n.label;
        else
            lines << tr("The source counts this place but does not name it; an office imports the full set it receives.");
        if (!n.note.isEmpty())
            lines << n.note;
        if (!n.responsible.isEmpty())
            lines << tr("Responsible: %1").arg(n.responsible);
        if (n.kind == ScoringKind::Levels) {
            QStringList levels;
            for (const ScoreLevel &l : n.levels)
                levels << QStringLiteral("%1 = %2").arg(l.label, AssessmentText::points(l.points));
            lines << tr("Levels: %1").arg(levels.join(QStringLiteral("; ")));
        }
        if (n.kind == ScoringKind::Ratio)
            lines << tr("Points: %1").arg(ScoreRules::ratioRule(n));
        if (!n.source.isEmpty())
            lines << tr("Source: %1").arg(n.source);
        return lines.join(u'\n');
    }
    if (column == MaxColumn && !n.maxPoints)
        return tr("The source does not state this maximum.");
    if (column == PointsColumn && !n.scored()) {
        const NodeTotal &t = m_selfTotals[node];
        return tr("%1 points self-scored over %2 sub-criteria, %3 not scored yet; %4 points lost where scored.")
            .arg(AssessmentText::points(t.achieved))
            .arg(t.scored)
            .arg(t.unscored)
            .arg(AssessmentText::points(t.lostScored));
    }
    if (column == PointsColumn && n.scored() && n.maxPoints) {
        QStringList lines;
        if (n.kind == ScoringKind::Survey)
            lines << tr("Survey points (entered by the office that organises the survey).");
        const auto points = m_scores.value(n.code).points;
        if (points && *points < *n.maxPoints - kPointsTolerance)
            lines << tr("%1 points lost of %2.").arg(AssessmentText::points(*n.maxPoints - *points), AssessmentText::points(n.maxPoints));
        if (const auto r = m_ratios.constFind(n.code); r != m_ratios.cend()) {
            lines << RatioFigures::describe(*r, AssessmentText::convention());
            if (r->points)
                lines << tr("Ctrl+Shift+R (or the context menu) takes these points as the self-score; what is typed stays the "
                            "official self-score.");
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    if (column == EvidenceColumn && n.evidenceRequired)
        return tr("Evidence is required: a file or a document number and date.");
    return {};
}

QVariant AssessmentModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeOfIndex(index);
    if (node < 0 || node >= m_set.nodes.size())
        return {};
    const CriteriaNode &n = m_set.nodes[node];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case Qt::EditRole: {
        // The stored number in the user's convention, not the rounded text, to edit.
        const AssessmentScore s = m_scores.value(n.code);
        if (column == PointsColumn && n.scored()) // never the survey's placeholder or the figures' offer
            return s.points ? formatNumber(*s.points, 4, AssessmentText::convention()) : QString();
        if (column == AppraisedColumn) {
            const auto pending = m_pending.constFind(n.code);
            const std::optional<double> v = pending != m_pending.constEnd() ? std::optional<double>(pending->points) : s.appraised;
            return v ? formatNumber(*v, 4, AssessmentText::convention()) : QString();
        }
        return display(node, column);
    }
    case Qt::ToolTipRole:
        return toolTip(node, column);
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (n.scored() && !(n.unnamed() && column == LabelColumn))
            return {};
        QFont font;
        font.setBold(!n.scored());
        font.setItalic(n.unnamed() && column == LabelColumn);
        return font;
    }
    case Qt::ForegroundRole:
        if ((n.unnamed() && column == LabelColumn) || (column == PointsColumn && n.scored() && !m_scores.value(n.code).points &&
                                                        (n.kind == ScoringKind::Survey || m_ratios.contains(n.code))))
            return QBrush(QColor(0x70, 0x70, 0x70)); // a placeholder or an offer, not points given
        if (column == EvidenceColumn && n.evidenceRequired && m_evidenceCount.value(n.code) == 0)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::BackgroundRole:
        if (column == PointsColumn && data(index, LostRole).toBool())
            return QBrush(QColor(0xfd, 0xe4, 0xcf));
        if (m_pending.contains(n.code) && (column == AppraisedColumn || column == CommentColumn))
            return QBrush(QColor(0xff, 0xf4, 0xc2)); // typed, not saved yet
        if (flags(index) & Qt::ItemIsEditable)
            return QBrush(QColor(0xf3, 0xf8, 0xff));
        return {};
    case CodeRole:
        return n.code;
    case LostRole: {
        const auto points = m_scores.value(n.code).points;
        return n.scored() && n.maxPoints && n.kind != ScoringKind::Deduction && points && *points < *n.maxPoints - kPointsTolerance;
    }
    default:
        return {};
    }
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PointsColumn:
            return tr("Points the agency gives itself (tự chấm); totals on areas and criteria.");
        case AppraisedColumn:
            return tr("Points the appraisal council gives (thẩm định), typed once the self-assessment is submitted.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case LabelColumn:
        return tr("Criterion");
    case MaxColumn:
        return tr("Max");
    case PointsColumn:
        return tr("Self-scored");
    case ExplanationColumn:
        return tr("Explanation");
    case EvidenceColumn:
        return tr("Evidence");
    case AppraisedColumn:
        return tr("Appraised");
    case CommentColumn:
        return tr("Council's comment");
    default:
        return {};
    }
}

void AssessmentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (Status s = refresh(); !s)
        emit problem(s.error());
}

} // namespace pardesk
