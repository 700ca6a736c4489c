#pragma once
// One area of the main window (plans, tasks, submissions, scores, charts): what the shell needs to
// list it, switch to it, translate it at run time and bring back its selection on the next start.

#include <QIcon>
#include <QVariant>
#include <QWidget>
#include <functional>


namespace pardesk {

// What the navigator lists of an area before the area is built: a view class that gives
// `static AppViewDescriptor descriptor()` is built only when it is first shown (MainWindow::addView);
// one without it is built at once.
struct AppViewDescriptor {
    QString key;                    // as viewKey()
    std::function<QString()> title; // as title(), in the current language
};

// Every area is built as `View(Store &db, QUndoStack *undo, QWidget *parent)` and registered with
// MainWindow::addView<View>() (see StandardViews.cpp); the shell builds it again when another
// database is opened, so a view keeps no state that outlives its database. An area with a
// descriptor is built when first shown; still, a constructor stays cheap and leaves what only the
// screen needs to showEvent.
// Edits go on `undo`, which the window owns and whose Ctrl+Z is the Edit menu's. Edit › Copy and
// Paste send the focused widget the platform's copy or paste key, so a view handles
// QKeySequence::Copy / Paste in its widgets' keyPressEvent; a window-wide shortcut of its own for
// those keys would be ambiguous with the menu's and fire neither.
class AppView : public QWidget {
    Q_OBJECT
public:
    explicit AppView(QWidget *parent = nullptr);

    // Stable across versions: "plans", "tasks", "submissions", "scores", "charts". It keys the
    // settings (last view, last selection) and the --view option.
    virtual QString viewKey() const = 0;
    // In the current language.
    virtual QString title() const = 0;
    virtual QIcon icon() const;
    // The icon of the area with this key, before it is built.
    static QIcon iconFor(const QString &key);
    // Called on every language change; the view sets its texts again with tr().
    virtual void retranslate() {}
    // What is selected, in a form QSettings can store (a key, an id); restored on the next start.
    virtual QVariant selection() const { return {}; }
    virtual void restoreSelection(const QVariant &selection) { Q_UNUSED(selection) }
    // What File › Print Appendix… preselects (PrintAppendixDialog): by default the selection; an
    // area with several tables says which one it shows.
    virtual QVariant printSelection() const { return selection(); }

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace pardesk
