#pragma once
// The main window: the app's areas behind a navigation, the menus, the open database in the status
// bar, the session's undo stack, and what is restored on the next start.

#include "shell/AppView.h"
#include "util/Result.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace pardesk {

class Store;
class ViewNavigator;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using ViewFactory = std::function<AppView *(Store &, QUndoStack *, QWidget *)>;

    // The window owns the store it shows; a store opened later replaces it.
    explicit MainWindow(std::unique_ptr<Store> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Registers an area, in navigation order (Ctrl+1 for the first). The factory runs now and again
    // for every database opened later.
    void addView(ViewFactory factory);
    // The same, but the factory runs only when the area is first shown or asked for (view(key)).
    void addView(const AppViewDescriptor &descriptor, ViewFactory factory);
    // Lazily when View has `static AppViewDescriptor descriptor()`, else at once.
    template <typename View>
    void addView()
    {
        ViewFactory factory = [](Store &db, QUndoStack *undo, QWidget *parent) -> AppView * {
            return new View(db, undo, parent);
        };
        if constexpr (requires { View::descriptor(); })
            addView(View::descriptor(), std::move(factory));
        else
            addView(std::move(factory));
    }

    // The areas built so far (one not yet shown is not built).
    QList<AppView *> views() const;
    // Every area's key, built or not, in navigation order.
    QStringList viewKeys() const;
    // These build the area when it is not built yet.
    AppView *currentView() const;
    AppView *view(const QString &key) const;
    // "start" shows the first-start page (WelcomePage); any area's key leaves it.
    bool showView(const QString &key);
    ViewNavigator *navigator() const { return m_navigator; }

    // MainWindowWelcome.cpp: the first-start page, in place of the areas until a job is chosen.
    static constexpr QLatin1String kWelcomeKey{"start"};
    void showWelcome();
    // On a start without --view: the page when it was never left (the first start), else nothing.
    void showWelcomeOnFirstStart();
    bool isShowingWelcome() const;
    WelcomePage *welcomePage() const;

    Store &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undo; }

    // Each shows the core's message in a dialog when it fails, and returns it; on failure the open
    // database stays open.
    // An existing store: a file, or a server's postgresql:// address, whose password is asked for
    // when ~/.pgpass has none (MainWindowServer.cpp).
    Status openDatabase(const QString &path);
    Status createDatabase(const QString &path); // a new file, filled from the bundled dataset
    Status backupDatabase(const QString &path);
    // Replaces the open store with a checked backup (store/Restore.h); the replaced store is kept
    // beside it. The store is closed meanwhile and opened again, whether the restore succeeded or not.
    Status restoreDatabase(const QString &backupPath);
    // The automatic backup made on start (BackupRotation, the setting BackupsToKeep); a failure is
    // shown in the status bar, not in a dialog: it must not keep anyone from working.
    void backUpOnStart(const QString &folder);

    // "vi" or "en": installed at once, remembered in the settings.
    void setLanguage(const QString &language);

    // Geometry, window state, last view and each view's last selection (AppSettings).
    // The window is then fitted into the screen's available area (fitIntoScreen).
    void restoreSettings();
    // Within the screen's available area, frame included: many office PCs have 1366×768 displays,
    // smaller than the default size, and a geometry saved on a larger monitor must not open
    // beyond the edges of a smaller one.
    void fitIntoScreen();
    void saveSettings() const;

signals:
    // Another store was opened in this window (its views are built again; menus read it again).
    void storeReplaced();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // MainWindowMenus.cpp
    void createActions();
    void createMenus();
    void retranslate();
    void updateUndoActions();
    void rebuildViewActions();
    void retitleViewActions();
    void rebuildRecentMenu();
    void forwardKey(QKeySequence::StandardKey key);
    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void chooseServerToOpen(); // MainWindowServer.cpp
    void chooseBackup();
    void createPrintAction(); // File › Print Appendix… (ui/print)
    void chooseRestore();
    void showManual(); // Help › User Manual (ui/help)

    // MainWindow.cpp
    void buildViews();
    void replaceDatabase(std::unique_ptr<Store> database);
    void showDatabase();
    Status report(const QString &title, const QString &message);

    std::unique_ptr<Store> m_database;
    QUndoStack *m_undo;
    ViewNavigator *m_navigator;
    QStackedWidget *m_pages;         // the areas (the navigator), or the welcome page
    QPointer<WelcomePage> m_welcome; // built when first shown
    void leaveWelcome();
    QLabel *m_databaseLabel;
    QLabel *m_syntheticBanner; // above every area while the store is synthetic
    bool m_synthetic = false;  // the store's mark, read by showDatabase
    bool m_areaWaiting = false; // ViewNavigator::shownAreaWaiting: the banner comes with the area
    QPointer<QWidget> m_manual; // the manual's window, once opened
    struct Registered {
        std::optional<AppViewDescriptor> descriptor; // none: built at once
        ViewFactory factory;
    };
    void registerView(const Registered &registered);
    QList<Registered> m_factories;
    // Selections restored from the settings for areas not built yet, applied when they are.
    QVariantMap m_pendingSelections;

    struct Menus {
        QMenu *file = nullptr, *recent = nullptr, *edit = nullptr, *view = nullptr, *language = nullptr,
              *help = nullptr;
    } m_menus;
    struct Actions {
        QAction *open = nullptr, *connectServer = nullptr, *create = nullptr, *backup = nullptr, *restore = nullptr, *quit = nullptr,
                *printAppendix = nullptr;
        QAction *undo = nullptr, *redo = nullptr, *copy = nullptr, *paste = nullptr;
        QAction *vietnamese = nullptr, *english = nullptr, *manual = nullptr, *about = nullptr,
                *start = nullptr;
        QList<QAction *> views;
        QActionGroup *viewGroup = nullptr;
    } m_actions;
};

} // namespace pardesk
