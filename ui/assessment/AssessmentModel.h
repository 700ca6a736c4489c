#pragma once
// One agency's self-assessment as a tree the grid shows: the criteria set's areas, criteria and
// sub-criteria with their maxima, the self-scored points and explanations, the evidence counts, the
// council's points and comments, and the running totals of every area and criterion
// (AssessmentTotals). Typed points are checked against the sub-criterion's rule (ScoreRules) and
// written at once through SelfAssessments; the council's points wait until the appraisal is saved,
// which stores them all in one transaction. Each typed value is a step on the window's undo stack
// (AssessmentEditCommand). The model reads the store again after every committed write to it
// (StoreEvents), its own or another's.

#include "assessment/AssessmentFindings.h"
#include "assessment/AssessmentTotals.h"
#include "assessment/RatioFigures.h"
#include "assessment/CriteriaSet.h"
#include "store/SelfAssessments.h"
#include "text/NumberFormat.h"
#include "util/Result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <functional>

class QUndoStack;

namespace pardesk {

class Store;
struct StoreChange;

class AssessmentModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        LabelColumn,
        MaxColumn,
        PointsColumn,
        ExplanationColumn,
        EvidenceColumn,
        AppraisedColumn,
        CommentColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;
    // True on a scored sub-criterion below its maximum: the points lost stand out.
    static constexpr int LostRole = Qt::UserRole + 2;

    // `undo`: where the typed values go as steps; none: they are not undoable.
    AssessmentModel(const Store &store, QUndoStack *undo, QObject *parent = nullptr);

    Status open(qint64 assessmentId);
    void close();
    bool isOpen() const { return m_header.id != 0; }
    qint64 assessmentId() const { return m_header.id; }
    const AssessmentHeader &header() const { return m_header; }
    const CriteriaSet &set() const { return m_set; }
    const QList<Evidence> &evidence() const { return m_evidence; }
    QList<Evidence> evidenceOf(const QString &code) const;
    // What the agency still lacks before it sends (AssessmentFindings), over what is stored.
    QList<AssessmentFinding> findings() const;
    // For each measured ratio sub-criterion, the line that says what its figures give (a help, not
    // a lack: FromFigures), in the set's order.
    QList<AssessmentFinding> fromFigures() const;
    // A measured ratio sub-criterion's rate and points from its agency's reported figures
    // (RatioFigures), read with the assessment; none for any other node.
    std::optional<RatioReading> ratioOf(const QString &code) const;
    // Takes the points computed from the figures as the self-score of the ratio sub-criterion at
    // `index`: an undoable write like a typed one. False, with problem() saying why, when there are none.
    bool acceptComputedPoints(const QModelIndex &index);
    // The totals of the set's area(s) (self-scored): what the header shows.
    std::optional<NodeTotal> totalOf(const QString &code) const;

    QModelIndex indexOf(const QString &code, int column) const;
    QString codeOf(const QModelIndex &index) const;
    const CriteriaNode *nodeOf(const QModelIndex &index) const;
    // Why a cell cannot be typed into, in words for the message line.
    QString whyNotEditable(const QModelIndex &index) const;

    // The council's points and comments typed so far and not yet saved.
    bool hasPendingAppraisal() const { return !m_pending.isEmpty(); }
    QList<Appraisal> pendingAppraisal() const;
    // Stores them all with SelfAssessments::appraise: the assessment becomes appraised.
    Status saveAppraisal();
    void discardAppraisal();

    // Reads the open assessment's status, points and evidence again (the set's tree stays).
    Status refresh();
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed value was refused or could not be written: the message says why.
    void problem(const QString &message);
    // A typed value was stored.
    void saved();
    // The status, the points or the evidence were read again (after any write to this assessment).
    void refreshed();
    // An undo or redo changed this sub-criterion of this assessment, which may not be the open one.
    void revisited(qint64 assessmentId, const QString &code);

private:
    static constexpr double kPointsTolerance = 0.00005; // points carry at most four decimals
    SelfAssessments repo() const;
    void storeChanged(const StoreChange &change);
    void computeTotals();
    void emitRowChanged(int node);
    bool scorable(const CriteriaNode &n) const;
    // A survey sub-criterion whose points the office enters while the assessment is not appraised.
    bool surveyEnterable(const CriteriaNode &n) const;
    static SelfAssessments::SeenScore seenOf(const AssessmentScore &shown);
    void refuseWrite(const Status &refused);
    bool setPoints(const CriteriaNode &n, const QString &text);
    bool setExplanation(const CriteriaNode &n, const QString &text);
    bool setAppraised(const CriteriaNode &n, const QString &text);
    bool setComment(const CriteriaNode &n, const QString &text);
    std::optional<double> readPoints(const CriteriaNode &n, const QString &text);
    // What an undo or redo writes: the self-scored points and explanation of assessment `id` (none:
    // not scored), or the council's typed points and comment while `id` is open and submitted.
    // `seen`: the score the step expects to find stored (SelfAssessments::SeenScore).
    // `survey`: the survey's points (SelfAssessments::setSurveyPoints), not a self-score. `origin`:
    // an undo or a redo, as the audit log names it.
    Status writeSelfScore(qint64 id, const QString &code, const AssessmentScore &score, const AssessmentScore &seen,
                          bool survey, WriteOrigin origin) const;
    Status putPending(qint64 id, const QString &code, const std::optional<Appraisal> &appraisal);
    void pushSelfScore(const QString &text, const QString &code, const AssessmentScore &before, const AssessmentScore &after,
                       bool survey = false);
    void pushPending(const QString &text, const QString &code, const std::optional<Appraisal> &before);
    using StepWrite = std::function<Status(AssessmentModel &)>;
    void push(const QString &text, const QString &code, StepWrite back, StepWrite forward);
    QVariant display(int node, int column) const;
    QVariant toolTip(int node, int column) const;
    int nodeOfIndex(const QModelIndex &index) const;

    const Store &m_store;
    QUndoStack *m_undo;
    AssessmentHeader m_header;
    CriteriaSet m_set;
    QHash<QString, AssessmentScore> m_scores;
    QList<Evidence> m_evidence;
    QHash<QString, int> m_evidenceCount;
    QHash<QString, Appraisal> m_pending;
    QHash<QString, RatioReading> m_ratios; // by code: the measured ratio sub-criteria
    QList<NodeTotal> m_selfTotals;     // indexed as m_set.nodes
    QList<NodeTotal> m_appraisedTotals; // the council's points where given (stored or typed)
    // The tree: each node's parent position (-1: top level), its row under it, and the children of
    // each position (key -1: the top level).
    QList<int> m_parent;
    QList<int> m_row;
    QHash<int, QList<int>> m_children;
};

} // namespace pardesk
