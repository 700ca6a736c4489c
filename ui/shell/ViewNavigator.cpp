#include "shell/ViewNavigator.h"

#include "shell/AppView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace pardesk {

ViewNavigator::ViewNavigator(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_stack(new QStackedWidget)
{
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setSpacing(2);
    m_list->setFixedWidth(170);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_stack->count())
            return;
        m_stack->setCurrentIndex(row);
        emit currentViewChanged(currentView());
    });
}

void ViewNavigator::addView(AppView *view)
{
    m_stack->addWidget(view);
    auto *item = new QListWidgetItem(view->icon(), view->title(), m_list);
    item->setData(Qt::UserRole, view->viewKey());
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

void ViewNavigator::removeAll()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    while (m_stack->count() > 0) {
        QWidget *view = m_stack->widget(0);
        m_stack->removeWidget(view);
        delete view;
    }
}

QList<AppView *> ViewNavigator::views() const
{
    QList<AppView *> all;
    for (int i = 0; i < m_stack->count(); ++i)
        all.append(static_cast<AppView *>(m_stack->widget(i)));
    return all;
}

AppView *ViewNavigator::currentView() const
{
    return static_cast<AppView *>(m_stack->currentWidget());
}

AppView *ViewNavigator::view(const QString &key) const
{
    for (AppView *v : views())
        if (v->viewKey() == key)
            return v;
    return nullptr;
}

int ViewNavigator::currentIndex() const
{
    return m_stack->currentIndex();
}

void ViewNavigator::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentRow(index);
}

bool ViewNavigator::setCurrentKey(const QString &key)
{
    const QList<AppView *> all = views();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i]->viewKey() == key) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ViewNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retitle();
    QWidget::changeEvent(event);
}

void ViewNavigator::retitle()
{
    const QList<AppView *> all = views();
    for (int i = 0; i < all.size() && i < m_list->count(); ++i)
        m_list->item(i)->setText(all[i]->title());
}

} // namespace pardesk
