#pragma once
// Column widths that never cut a column's title: a table's side columns are set narrow so that
// its text column keeps the room, but never narrower than their header in the current language
// ("Coordinating agency" is longer than "Cơ quan phối hợp").

class QTableView;

namespace pardesk {

// Widens each shown column that is not stretched to its header title; call again after the
// language changed.
void widenColumnsToTitles(QTableView *view);

} // namespace pardesk
