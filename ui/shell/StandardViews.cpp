#include "shell/StandardViews.h"

#include "shell/DocumentsOverview.h"
#include "shell/MainWindow.h"

namespace pardesk {

void addStandardViews(MainWindow &window)
{
    window.addView<DocumentsOverview>();
}

} // namespace pardesk
