#include "assessment/AssessmentModel.h"

#include "assessment/AssessmentPeriod.h"
#include "assessment/AssessmentText.h"
#include "assessment/RatioFiguresLoader.h"
#include "assessment/ScoreRules.h"
#include "store/CriteriaSets.h"
#include "store/Store.h"
#include "store/StoreEvents.h"

#include <QSet>
#include <cmath>

namespace pardesk {
namespace {

const QString kDraft = QStringLiteral("draft");
const QString kSubmitted = QStringLiteral("submitted");

} // namespace

AssessmentModel::AssessmentModel(const Store &store, QUndoStack *undo, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_undo(undo)
{
    connect(&store.events(), &StoreEvents::changed, this, &AssessmentModel::storeChanged);
}

SelfAssessments AssessmentModel::repo() const
{
    return m_store.selfAssessments();
}

Status AssessmentModel::open(qint64 assessmentId)
{
    const auto header = repo().header(assessmentId);
    if (!header)
        return header.failure();
    const auto set = m_store.criteriaSets().get(header->setId);
    if (!set)
        return set.failure();
    beginResetModel();
    m_header = header.value();
    m_set = set.value();
    m_pending.clear();
    m_parent.clear();
    m_row.clear();
    m_children.clear();
    QHash<QString, int> position;
    for (int i = 0; i < m_set.nodes.size(); ++i)
        position.insert(m_set.nodes[i].code, i);
    for (int i = 0; i < m_set.nodes.size(); ++i) {
        // A parent the set does not hold (CriteriaSetCheck refuses it) would hide the node: top level then.
        const int parent = position.value(m_set.nodes[i].parentCode, -1);
        const int p = parent < i ? parent : -1;
        m_parent.append(p);
        m_row.append(int(m_children[p].size()));
        m_children[p].append(i);
    }
    m_scores.clear();
    m_evidence.clear();
    m_evidenceCount.clear();
    endResetModel();
    return refresh();
}

void AssessmentModel::close()
{
    beginResetModel();
    m_header = {};
    m_set = {};
    m_scores.clear();
    m_evidence.clear();
    m_evidenceCount.clear();
    m_pending.clear();
    m_ratios.clear();
    m_parent.clear();
    m_row.clear();
    m_children.clear();
    m_selfTotals.clear();
    m_appraisedTotals.clear();
    endResetModel();
    emit refreshed();
}

Status AssessmentModel::refresh()
{
    if (!isOpen())
        return {};
    const auto header = repo().header(m_header.id);
    const auto scores = repo().scores(m_header.id);
    const auto evidence = repo().evidence(m_header.id);
    if (!header || !scores || !evidence)
        return !header ? header.failure() : !scores ? scores.failure() : evidence.failure();
    // Typed appraisal points belong to a submitted assessment; once it moved on, they are void.
    if (header->status != kSubmitted)
        m_pending.clear();
    m_header = header.value();
    m_scores.clear();
    for (const AssessmentScore &s : scores.value())
        m_scores.insert(s.code, s);
    m_evidence = evidence.value();
    m_evidenceCount.clear();
    for (const Evidence &e : m_evidence)
        ++m_evidenceCount[e.code];
    // The figures may have been reported since: read with the assessment, as often.
    m_ratios.clear();
    if (const auto period = AssessmentPeriod::parse(m_header.period)) {
        const auto ratios = RatioFiguresLoader::load(m_store, m_set, m_header.agencyId, period.value());
        if (!ratios)
            return ratios.failure();
        m_ratios = ratios.value();
    }
    computeTotals();
    if (!m_set.nodes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // Rows below the top level: dataChanged covers one parent's rows, so each parent is told.
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        if (it.key() >= 0 && !it->isEmpty())
            emit dataChanged(createIndex(0, 0, quintptr(it->first() + 1)),
                             createIndex(int(it->size()) - 1, ColumnCount - 1, quintptr(it->last() + 1)));
    emit refreshed();
    return {};
}

void AssessmentModel::storeChanged(const StoreChange &change)
{
    if (!isOpen() || !(change.concerns(QStringLiteral("self_assessments"), m_header.id)))
        return;
    if (Status s = refresh(); !s)
        emit problem(s.error());
}

void AssessmentModel::computeTotals()
{
    QHash<QString, double> self, appraised;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it->points)
            self.insert(it.key(), *it->points);
        if (it->appraised)
            appraised.insert(it.key(), *it->appraised);
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        appraised.insert(it.key(), it->points);
    m_selfTotals = AssessmentTotals::compute(m_set, self);
    m_appraisedTotals = AssessmentTotals::compute(m_set, appraised);
}

QList<Evidence> AssessmentModel::evidenceOf(const QString &code) const
{
    QList<Evidence> out;
    for (const Evidence &e : m_evidence)
        if (e.code == code)
            out.append(e);
    return out;
}

QList<AssessmentFinding> AssessmentModel::findings() const
{
    if (!isOpen())
        return {};
    QHash<QString, ScoredPoints> scores;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        scores.insert(it.key(), {it->points, it->explanation});
    QSet<QString> withEvidence;
    for (const Evidence &e : m_evidence)
        withEvidence.insert(e.code);
    return AssessmentFindings::of(m_set, scores, withEvidence);
}

QList<AssessmentFinding> AssessmentModel::fromFigures() const
{
    QList<AssessmentFinding> out;
    for (const CriteriaNode &n : m_set.nodes) // in the set's order
        if (const auto it = m_ratios.constFind(n.code); it != m_ratios.cend())
            out.append({AssessmentFinding::Kind::FromFigures, n.code,
                        QStringLiteral("%1: %2").arg(n.code, RatioFigures::describe(*it, AssessmentText::convention()))});
    return out;
}

std::optional<RatioReading> AssessmentModel::ratioOf(const QString &code) const
{
    const auto it = m_ratios.constFind(code);
    return it != m_ratios.cend() ? std::optional<RatioReading>(*it) : std::nullopt;
}

bool AssessmentModel::acceptComputedPoints(const QModelIndex &index)
{
    const CriteriaNode *n = nodeOf(index);
    const auto reading = n ? ratioOf(n->code) : std::nullopt;
    if (!reading || !reading->points) {
        emit problem(reading ? RatioFigures::describe(*reading, AssessmentText::convention())
                             : tr("%1 is not a ratio sub-criterion measured by a form's figures.").arg(n ? n->code : QString()));
        return false;
    }
    const QModelIndex points = index.siblingAtColumn(PointsColumn);
    if (!(flags(points) & Qt::ItemIsEditable)) {
        emit problem(whyNotEditable(points));
        return false;
    }
    // As typed: the four decimals points carry, in the user's convention, through the same checks.
    return setPoints(*n, formatNumber(*reading->points, 4, AssessmentText::convention()));
}

std::optional<NodeTotal> AssessmentModel::totalOf(const QString &code) const
{
    for (const NodeTotal &t : m_selfTotals)
        if (t.code == code)
            return t;
    return std::nullopt;
}

QList<Appraisal> AssessmentModel::pendingAppraisal() const
{
    QList<Appraisal> out;
    for (const CriteriaNode &n : m_set.nodes) // in the set's order, as the audit row lists them
        if (m_pending.contains(n.code))
            out.append(m_pending.value(n.code));
    return out;
}

Status AssessmentModel::saveAppraisal()
{
    const Status s = repo().appraise(m_header.id, pendingAppraisal());
    if (s)
        m_pending.clear(); // the store holds them now; the refresh after the commit shows them
    return s;
}

void AssessmentModel::discardAppraisal()
{
    m_pending.clear();
    computeTotals();
    if (Status s = refresh(); !s)
        emit problem(s.error());
}

// ---- the tree -------------------------------------------------------------------------------

int AssessmentModel::nodeOfIndex(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex AssessmentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> children = m_children.value(nodeOfIndex(parent));
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children[row] + 1));
}

QModelIndex AssessmentModel::parent(const QModelIndex &child) const
{
    const int node = nodeOfIndex(child);
    if (node < 0 || node >= m_parent.size() || m_parent[node] < 0)
        return {};
    const int p = m_parent[node];
    return createIndex(m_row[p], 0, quintptr(p + 1));
}

int AssessmentModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(nodeOfIndex(parent)).size());
}

int AssessmentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex AssessmentModel::indexOf(const QString &code, int column) const
{
    for (int i = 0; i < m_set.nodes.size(); ++i)
        if (m_set.nodes[i].code == code)
            return createIndex(m_row[i], column, quintptr(i + 1));
    return {};
}

QString AssessmentModel::codeOf(const QModelIndex &index) const
{
    const CriteriaNode *n = nodeOf(index);
    return n ? n->code : QString();
}

const CriteriaNode *AssessmentModel::nodeOf(const QModelIndex &index) const
{
    const int node = nodeOfIndex(index);
    return node >= 0 && node < m_set.nodes.size() ? &m_set.nodes[node] : nullptr;
}

// ---- what may be typed ----------------------------------------------------------------------

// A sub-criterion the agency scores: named by its set with a maximum, and not the survey's.
bool AssessmentModel::scorable(const CriteriaNode &n) const
{
    return n.scored() && n.maxPoints && n.kind != ScoringKind::Survey;
}

bool AssessmentModel::surveyEnterable(const CriteriaNode &n) const
{
    return n.scored() && n.maxPoints && n.kind == ScoringKind::Survey && (m_header.status == kDraft || m_header.status == kSubmitted)
           && m_store.rights().mayManage();
}

Qt::ItemFlags AssessmentModel::flags(const QModelIndex &index) const
{
    const CriteriaNode *n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PointsColumn && surveyEnterable(*n))
        return f | Qt::ItemIsEditable;
    if (!scorable(*n))
        return f;
    // The login's rights as the server enforces them (StoreRights): an agency scores its own, the
    // provincial office appraises; a reader types nothing.
    const StoreRights &rights = m_store.rights();
    const int c = index.column();
    if ((c == PointsColumn || c == ExplanationColumn) && m_header.status == kDraft && rights.mayWriteFor(m_header.agencyKey))
        f |= Qt::ItemIsEditable;
    if ((c == AppraisedColumn || c == CommentColumn) && m_header.status == kSubmitted && rights.mayManage())
        f |= Qt::ItemIsEditable;
    return f;
}

QString AssessmentModel::whyNotEditable(const QModelIndex &index) const
{
    const CriteriaNode *n = nodeOf(index);
    if (!n)
        return {};
    const int c = index.column();
    const bool selfColumn = c == PointsColumn || c == ExplanationColumn;
    const bool councilColumn = c == AppraisedColumn || c == CommentColumn;
    if (!selfColumn && !councilColumn)
        return tr("Only the points, the explanation, the appraised points and the comment are typed in.");
    if (!n->scored())
        return tr("%1 is the sum of its sub-criteria; score them.").arg(n->code);
    if (n->kind == ScoringKind::Survey && c == PointsColumn && !m_store.rights().mayManage())
        return m_store.rights().whyNot(); // the survey's points are the provincial office's to enter
    if (n->kind == ScoringKind::Survey)
        return c == PointsColumn ? tr("%1 is scored by the survey; the self-assessment is appraised already.").arg(n->code)
                                 : tr("%1 is scored by the survey (điều tra xã hội học), not by the agency: the office that "
                                      "organises the survey enters its points, without an explanation.")
                                       .arg(n->code);
    if (!n->maxPoints)
        return n->unnamed() ? tr("%1 is a place the criteria set does not name, with no maximum: it cannot be scored.").arg(n->code)
                            : tr("%1 has no stated maximum, so it cannot be scored.").arg(n->code);
    const StoreRights &rights = m_store.rights();
    if ((selfColumn && !rights.mayWriteFor(m_header.agencyKey)) || (councilColumn && !rights.mayManage()))
        return rights.whyNot();
    if (selfColumn && m_header.status != kDraft)
        return tr("The self-assessment is %1: only a draft takes points. Withdraw it to correct it.")
            .arg(AssessmentText::status(m_header.status));
    if (councilColumn && m_header.status != kSubmitted)
        return m_header.status == kDraft ? tr("The council appraises a submitted self-assessment; this one is a draft.")
                                         : tr("The self-assessment is appraised already.");
    return {};
}

std::optional<double> AssessmentModel::readPoints(const CriteriaNode &n, const QString &text)
{
    const ParsedNumber parsed = parseNumber(text, UnitScale::Points, AssessmentText::convention());
    if (parsed.kind == ParsedNumber::Kind::NoData) {
        emit problem(tr("%1: type the points; a score once given is changed, not removed.").arg(n.code));
        return std::nullopt;
    }
    if (!parsed.isNumber()) {
        emit problem(parsed.error);
        return std::nullopt;
    }
    if (Status s = ScoreRules::accept(n, parsed.value); !s) {
        emit problem(s.error());
        return std::nullopt;
    }
    return parsed.value;
}

bool AssessmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const CriteriaNode *n = nodeOf(index);
    if (role != Qt::EditRole || !n)
        return false;
    if (!(flags(index) & Qt::ItemIsEditable)) {
        emit problem(whyNotEditable(index));
        return false;
    }
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case PointsColumn:
        return setPoints(*n, text);
    case ExplanationColumn:
        return setExplanation(*n, text);
    case AppraisedColumn:
        return setAppraised(*n, text);
    case CommentColumn:
        return setComment(*n, text);
    default:
        return false;
    }
}

SelfAssessments::SeenScore AssessmentModel::seenOf(const AssessmentScore &shown)
{
    return {shown.points, shown.explanation};
}

// A refused write may come of someone else's score written meanwhile: the grid reads the store
// again, so that theirs is what it shows beside the message.
void AssessmentModel::refuseWrite(const Status &refused)
{
    emit problem(refused.error());
    if (Status s = refresh(); !s)
        emit problem(s.error());
}

bool AssessmentModel::setPoints(const CriteriaNode &n, const QString &text)
{
    const auto points = readPoints(n, text);
    if (!points)
        return false;
    const AssessmentScore old = m_scores.value(n.code);
    if (old.points && std::abs(*old.points - *points) < kPointsTolerance)
        return true; // nothing changed: no write, no audit row
    // The store reads this assessment again after the commit (storeChanged).
    const bool survey = n.kind == ScoringKind::Survey;
    const Status written = survey ? repo().setSurveyPoints(m_header.id, n.code, *points, seenOf(old))
                                  : repo().setScore(m_header.id, n.code, *points, old.explanation, seenOf(old));
    if (!written) {
        refuseWrite(written);
        return false;
    }
    AssessmentScore after = old;
    after.points = points;
    pushSelfScore(survey ? tr("survey points of %1").arg(n.code) : tr("points of %1").arg(n.code), n.code, old, after, survey);
    emit saved();
    return true;
}

bool AssessmentModel::setExplanation(const CriteriaNode &n, const QString &text)
{
    const AssessmentScore old = m_scores.value(n.code);
    if (old.explanation == text)
        return true;
    if (!old.points) {
        emit problem(tr("%1: type its points first, then the explanation of them.").arg(n.code));
        return false;
    }
    if (Status s = repo().setScore(m_header.id, n.code, *old.points, text, seenOf(old)); !s) {
        refuseWrite(s);
        return false;
    }
    AssessmentScore after = old;
    after.explanation = text;
    pushSelfScore(tr("explanation of %1").arg(n.code), n.code, old, after);
    emit saved();
    return true;
}

bool AssessmentModel::setAppraised(const CriteriaNode &n, const QString &text)
{
    const auto points = readPoints(n, text);
    if (!points)
        return false;
    const auto before = m_pending.contains(n.code) ? std::optional<Appraisal>(m_pending.value(n.code)) : std::nullopt;
    Appraisal a = m_pending.value(n.code, Appraisal{n.code, 0, m_scores.value(n.code).comment});
    a.points = *points;
    m_pending.insert(n.code, a);
    pushPending(tr("appraised points of %1").arg(n.code), n.code, before);
    computeTotals();
    emitRowChanged(int(&n - m_set.nodes.constData()));
    return true;
}

bool AssessmentModel::setComment(const CriteriaNode &n, const QString &text)
{
    const auto before = m_pending.contains(n.code) ? std::optional<Appraisal>(m_pending.value(n.code)) : std::nullopt;
    auto it = m_pending.find(n.code);
    if (it == m_pending.end()) {
        // A comment alone keeps the points the council has, else the self-scored ones.
        const AssessmentScore s = m_scores.value(n.code);
        const std::optional<double> points = s.appraised ? s.appraised : s.points;
        if (!points) {
            emit problem(tr("%1: type the appraised points first, then the council's comment.").arg(n.code));
            return false;
        }
        it = m_pending.insert(n.code, Appraisal{n.code, *points, {}});
    }
    it->comment = text;
    pushPending(tr("council's comment on %1").arg(n.code), n.code, before);
    computeTotals();
    emitRowChanged(int(&n - m_set.nodes.constData()));
    return true;
}

// The row of `node` and every row above it, whose totals follow.
void AssessmentModel::emitRowChanged(int node)
{
    for (int i = node; i >= 0; i = m_parent[i])
        emit dataChanged(createIndex(m_row[i], 0, quintptr(i + 1)), createIndex(m_row[i], ColumnCount - 1, quintptr(i + 1)));
}

} // namespace pardesk
