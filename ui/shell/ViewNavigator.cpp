#include "shell/ViewNavigator.h"

#include "shell/AppView.h"
#include "shell/FirstPaintProbe.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QTimer>
#include <utility>

namespace pardesk {

struct ViewNavigator::Entry {
    QString key;
    std::function<QString()> title;
    std::function<AppView *()> build; // empty once built
    AppView *view = nullptr;
};

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
        // Before the window is shown the choice is only remembered: showEvent builds what is shown.
        if (isVisible())
            ensureBuilt(row);
        m_stack->setCurrentIndex(row);
        emit currentViewChanged(m_entries[row].view);
    });
}

ViewNavigator::~ViewNavigator() = default;

void ViewNavigator::addView(AppView *view)
{
    m_entries.append({view->viewKey(), {}, {}, view});
    m_stack->addWidget(view);
    auto *item = new QListWidgetItem(view->icon(), view->title(), m_list);
    item->setData(Qt::UserRole, view->viewKey());
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

void ViewNavigator::addView(const AppViewDescriptor &descriptor, std::function<AppView *()> build)
{
    m_entries.append({descriptor.key, descriptor.title, std::move(build), nullptr});
    m_stack->addWidget(new QWidget); // stands in for the area until it is built
    auto *item = new QListWidgetItem(AppView::iconFor(descriptor.key), descriptor.title(), m_list);
    item->setData(Qt::UserRole, descriptor.key);
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

AppView *ViewNavigator::ensureBuilt(int index)
{
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    Entry &entry = m_entries[index];
    if (entry.view)
        return entry.view;
    entry.view = entry.build();
    entry.build = {};
    QWidget *placeholder = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, entry.view);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    if (current)
        m_stack->setCurrentIndex(index);
    emit viewBuilt(entry.view);
    return entry.view;
}

void ViewNavigator::removeAll()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_entries.clear();
    while (m_stack->count() > 0) {
        QWidget *view = m_stack->widget(0);
        m_stack->removeWidget(view);
        delete view;
    }
}

int ViewNavigator::count() const
{
    return int(m_entries.size());
}

QString ViewNavigator::keyAt(int index) const
{
    return m_entries.value(index).key;
}

QString ViewNavigator::titleAt(int index) const
{
    const Entry &entry = m_entries[index];
    return entry.view ? entry.view->title() : entry.title();
}

QList<AppView *> ViewNavigator::views() const
{
    QList<AppView *> built;
    for (const Entry &entry : m_entries)
        if (entry.view)
            built.append(entry.view);
    return built;
}

AppView *ViewNavigator::currentView()
{
    return ensureBuilt(m_stack->currentIndex());
}

AppView *ViewNavigator::view(const QString &key)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == key)
            return ensureBuilt(i);
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
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key) {
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

void ViewNavigator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const int shown = m_stack->currentIndex();
    if (m_buildAfterFirstPaint && shown >= 0 && !m_entries[shown].view) {
        m_buildAfterFirstPaint = false;
        m_buildPending = true;
        // One more turn of the event loop: whatever else waits for the first paint (the start-up
        // benchmark's probe, FirstPaintProbe) runs before the area is built.
        new AfterFirstPaint(window(), [this, shown] {
            QTimer::singleShot(0, this, [this, shown] {
                if (m_stack->currentIndex() == shown) // another area chosen meanwhile was built when shown
                    if (AppView *view = currentView())
                        emit currentViewChanged(view);
                m_buildPending = false;
                setWaiting(false);
                runAfterStartUp();
            });
        });
        return;
    }
    setWaiting(false); // the area was built already (asked for before the show)
    if (AppView *view = currentView())
        emit currentViewChanged(view);
}

void ViewNavigator::buildShownAreaAfterFirstPaint()
{
    m_buildAfterFirstPaint = true;
    if (isVisibleTo(window())) // not behind the start page
        setWaiting(true);
}

void ViewNavigator::setWaiting(bool waiting)
{
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    emit shownAreaWaiting(waiting);
}

void ViewNavigator::afterStartUp(std::function<void()> work)
{
    m_afterStartUp.append(std::move(work));
    if (!m_buildPending)
        runAfterStartUp();
}

void ViewNavigator::runAfterStartUp()
{
    if (m_afterStartUp.isEmpty())
        return;
    new AfterFirstPaint(window(), [works = std::exchange(m_afterStartUp, {})] {
        for (const auto &work : works)
            work();
    });
}

void ViewNavigator::retitle()
{
    for (int i = 0; i < m_entries.size() && i < m_list->count(); ++i)
        m_list->item(i)->setText(titleAt(i));
}

} // namespace pardesk
