#include "shell/StandardViews.h"

#include "assessment/AssessmentView.h"
#include "charts/ChartsView.h"
#include "plans/PlansView.h"
#include "plans/ScoresView.h"
#include "plans/TasksView.h"
#include "shell/MainWindow.h"
#include "entry/SubmissionView.h"
#include "exchange/ConsolidationView.h"

namespace pardesk {

void addStandardViews(MainWindow &window)
{
    window.addView<PlansView>();
    window.addView<TasksView>();
    window.addView<SubmissionView>();
    window.addView<ScoresView>();
    window.addView<ChartsView>();
    window.addView<ConsolidationView>();
    window.addView<AssessmentView>();
}

} // namespace pardesk
