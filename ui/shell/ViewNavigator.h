#pragma once
// The areas of the app side by side: a list to choose one (by mouse or keyboard) and the chosen view.
// An area registered with a descriptor is listed at once but built only when it is first needed
// (shown, or asked for by key), so that start-up builds one area, not all of them.

#include <QWidget>
#include <functional>

class QListWidget;
class QStackedWidget;

namespace pardesk {

class AppView;
struct AppViewDescriptor;

class ViewNavigator : public QWidget {
    Q_OBJECT
public:
    explicit ViewNavigator(QWidget *parent = nullptr);
    ~ViewNavigator() override;

    void addView(AppView *view); // built already; takes ownership
    // Listed now, built by `build` when first needed; the navigator owns what it builds.
    void addView(const AppViewDescriptor &descriptor, std::function<AppView *()> build);
    void removeAll(); // deletes the views

    int count() const;
    QString keyAt(int index) const;
    QString titleAt(int index) const;
    // The views built so far, in navigation order (an area not yet shown is not among them).
    QList<AppView *> views() const;
    // These build the area they return when it is not built yet.
    AppView *currentView();
    AppView *view(const QString &key);
    int currentIndex() const;
    void setCurrentIndex(int index);
    bool setCurrentKey(const QString &key);
    QListWidget *list() const { return m_list; }
    // The application's start: the area shown first is built once the window has painted its
    // frame (menus, navigation, an empty area), so the window is on screen at once and the area
    // fills it a moment later; until then currentView() still builds it for whoever asks. Windows
    // that tests build leave this off and get their area with the first show.
    void buildShownAreaAfterFirstPaint();
    // Runs `work` once the window has painted what it opens on: after the next paint, or, while the
    // shown area waits to be built, after the paint that shows it (the start's full check and
    // backup copy must not hold the area back).
    void afterStartUp(std::function<void()> work);

signals:
    void currentViewChanged(pardesk::AppView *view);
    void viewBuilt(pardesk::AppView *view);
    // buildShownAreaAfterFirstPaint at work: true when it is asked for while the navigator is the
    // page the window will show (before the window is shown and laid out), false once the area is
    // built, or at the show when there was nothing left to build. What belongs with the area (the
    // synthetic store's banner) comes with it.
    void shownAreaWaiting(bool waiting);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Entry;
    AppView *ensureBuilt(int index);
    void retitle();

    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<Entry> m_entries;
    bool m_buildAfterFirstPaint = false;
    bool m_buildPending = false; // shown, painted, the area not built yet
    bool m_waiting = false;      // as last said by shownAreaWaiting
    void setWaiting(bool waiting);
    QList<std::function<void()>> m_afterStartUp;
    void runAfterStartUp();
};

} // namespace pardesk
