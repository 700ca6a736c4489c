#pragma once
// Word-wrapped table rows as tall as their text, measured once per paint that needs it.
//
// QHeaderView::ResizeToContents measures every row again on each layout pass: the target table of
// the plans area measured its rows seven times before the window's first paint (each measure lays
// out the Vietnamese text of every visible cell), about a sixth of the start-up. The fitter keeps
// the header Interactive, marks the rows stale on whatever can change their height (the model's
// rows or data, a column's width, the columns in view) and measures them once, just before the
// table paints.

#include <QObject>

class QTableView;

namespace pardesk {

class RowHeightFitter : public QObject {
    Q_OBJECT
public:
    // Attaches to the view (and becomes its child); the view's model may be set before or after.
    static RowHeightFitter *attach(QTableView *view);

    // Measures now if the rows are stale (tests and code that read row heights before a paint).
    void fitNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RowHeightFitter(QTableView *view);
    void watchModel();
    void markStale() { m_stale = true; }
    // The first and last column in view: rows are measured over these, as Qt measures them.
    std::pair<int, int> columnsInView() const;

    QTableView *m_view;
    QObject *m_viewport; // compared, never called
    QObject *m_watchedModel = nullptr;
    bool m_stale = true;
    std::pair<int, int> m_measuredColumns{-1, -1};
};

} // namespace pardesk
