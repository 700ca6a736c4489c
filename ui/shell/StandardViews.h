#pragma once
// The areas ParDesk shows, in navigation order: the one place where views are registered.

namespace pardesk {

class MainWindow;

void addStandardViews(MainWindow &window);

} // namespace pardesk
