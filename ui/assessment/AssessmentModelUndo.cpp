// AssessmentModel's steps on the window's undo stack: what each typed value's undo and redo write.
#include "assessment/AssessmentEditCommand.h"
#include "assessment/AssessmentModel.h"

#include <QPointer>
#include <QUndoStack>

namespace pardesk {

Status AssessmentModel::writeSelfScore(qint64 id, const QString &code, const AssessmentScore &score,
                                       const AssessmentScore &seen, bool survey, WriteOrigin origin) const
{
    // An undo expects the step's own score, a redo the one before it: another's written since is kept.
    const SelfAssessments::SeenScore expected{seen.points, seen.explanation};
    if (survey)
        return repo().setSurveyPoints(id, code, score.points, expected, origin);
    // The first points typed were no points: their undo removes the score, a stored write as any other.
    return score.points ? repo().setScore(id, code, *score.points, score.explanation, expected, origin)
                        : repo().clearScore(id, code, expected, origin);
}

Status AssessmentModel::putPending(qint64 id, const QString &code, const std::optional<Appraisal> &appraisal)
{
    // The council's typed points live only while their assessment is open and waits for the appraisal.
    if (!isOpen() || m_header.id != id || m_header.status != QStringLiteral("submitted"))
        return Error{tr("The council's points typed for %1 are gone: the appraisal was saved, or another self-assessment "
                        "was opened.")
                         .arg(code)};
    if (appraisal)
        m_pending.insert(code, *appraisal);
    else
        m_pending.remove(code);
    computeTotals();
    for (int i = 0; i < m_set.nodes.size(); ++i)
        if (m_set.nodes[i].code == code)
            emitRowChanged(i);
    return {};
}

void AssessmentModel::pushSelfScore(const QString &text, const QString &code, const AssessmentScore &before,
                                    const AssessmentScore &after, bool survey)
{
    const qint64 id = m_header.id;
    // Audited as the undo or redo it is ("undo_score"), as a report's cells are.
    const auto write = [id, code, survey](const AssessmentScore &score, const AssessmentScore &seen,
                                          WriteOrigin origin) -> StepWrite {
        return [id, code, score, seen, survey, origin](AssessmentModel &model) {
            return model.writeSelfScore(id, code, score, seen, survey, origin);
        };
    };
    push(text, code, write(before, after, WriteOrigin::Undo), write(after, before, WriteOrigin::Redo));
}

void AssessmentModel::pushPending(const QString &text, const QString &code, const std::optional<Appraisal> &before)
{
    const qint64 id = m_header.id;
    const auto put = [id, code](const std::optional<Appraisal> &appraisal) -> StepWrite {
        return [id, code, appraisal](AssessmentModel &model) { return model.putPending(id, code, appraisal); };
    };
    push(text, code, put(before), put(m_pending.value(code)));
}

// The step's writes act on the model while it lives. One that went through says what it changed
// (revisited: the view opens it); one refused takes the step off the stack and says why (problem).
void AssessmentModel::push(const QString &text, const QString &code, StepWrite back, StepWrite forward)
{
    if (!m_undo)
        return;
    const QPointer<AssessmentModel> self(this);
    const qint64 id = m_header.id;
    const auto onModel = [self, id, code](StepWrite write) -> AssessmentEditCommand::Write {
        return [self, id, code, write]() -> Status {
            if (!self)
                return Error{};
            Status written = write(*self);
            if (written)
                emit self->revisited(id, code);
            return written;
        };
    };
    m_undo->push(new AssessmentEditCommand(text, onModel(std::move(back)), onModel(std::move(forward)),
                                           [self](const QString &message) {
                                               if (self)
                                                   emit self->problem(message);
                                           }));
}

} // namespace pardesk
