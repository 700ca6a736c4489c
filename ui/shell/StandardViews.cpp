#include "shell/StandardViews.h"

#include "shell/DocumentsOverview.h"
#include "shell/MainWindow.h"
#include "entry/SubmissionView.h"

namespace pardesk {

void addStandardViews(MainWindow &window)
{
    window.addView<DocumentsOverview>();
    window.addView<SubmissionView>();
}

} // namespace pardesk
