#include "shell/RowHeightFitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace pardesk {

RowHeightFitter *RowHeightFitter::attach(QTableView *view)
{
    return new RowHeightFitter(view);
}

RowHeightFitter::RowHeightFitter(QTableView *view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &RowHeightFitter::markStale);
    connect(view->horizontalHeader(), &QHeaderView::sectionMoved, this, &RowHeightFitter::markStale);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (columnsInView() != m_measuredColumns)
            markStale();
    });
    watchModel();
}

void RowHeightFitter::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model == m_watchedModel)
        return;
    if (m_watchedModel)
        disconnect(m_watchedModel, nullptr, this, nullptr);
    m_watchedModel = model;
    m_stale = true;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &RowHeightFitter::markStale);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RowHeightFitter::markStale);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RowHeightFitter::markStale);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RowHeightFitter::markStale);
    connect(model, &QAbstractItemModel::dataChanged, this, &RowHeightFitter::markStale);
}

std::pair<int, int> RowHeightFitter::columnsInView() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    return {header->visualIndexAt(0), header->visualIndexAt(m_view->viewport()->width() - 1)};
}

void RowHeightFitter::fitNow()
{
    watchModel(); // a model set after attach()
    const auto columns = columnsInView();
    if (!m_stale && columns == m_measuredColumns)
        return;
    m_stale = false;
    m_measuredColumns = columns;
    if (m_view->model())
        m_view->resizeRowsToContents();
}

bool RowHeightFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Before the viewport paints: the heights set now are the ones this paint uses. The viewport
    // is compared with the one kept at attach(): events still reach the filter while the view is
    // being destroyed, when the view must not be called (UBSan: not a QAbstractScrollArea then).
    if (watched == m_viewport && event->type() == QEvent::Paint)
        fitNow();
    return QObject::eventFilter(watched, event);
}

} // namespace pardesk
