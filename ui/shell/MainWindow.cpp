#include "shell/MainWindow.h"

#include "settings/AppSettings.h"
#include "shell/AppIcon.h"
#include "shell/FirstPaintProbe.h"
#include "shell/AppView.h"
#include "shell/MessageBox.h"
#include "shell/OpenStore.h"
#include "shell/ViewNavigator.h"
#include "shell/WelcomePage.h"
#include "store/Backup.h"
#include "store/BackupRotation.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "store/Restore.h"
#include "store/StoreInfo.h"
#include "util/Language.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pardesk {

MainWindow::MainWindow(std::unique_ptr<Store> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database)), m_undo(new QUndoStack(this)),
      m_navigator(new ViewNavigator), m_pages(new QStackedWidget), m_databaseLabel(new QLabel), m_syntheticBanner(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Once the window is on screen: the window system reads every size of the icon as it is set,
    // which need not delay the first paint; title and task bars take the icon when it comes.
    new AfterFirstPaint(this, [] { installApplicationIcon(); });
    // The banner sits above the navigation, so that every area of a synthetic store shows it.
    m_syntheticBanner->setObjectName(QStringLiteral("syntheticBanner"));
    m_syntheticBanner->setAlignment(Qt::AlignCenter);
    m_syntheticBanner->setWordWrap(true);
    m_syntheticBanner->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 6px; }"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_syntheticBanner);
    m_pages->addWidget(m_navigator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    createActions();
    createMenus();
    connect(m_navigator, &ViewNavigator::currentViewChanged, this, [this] {
        const int index = m_navigator->currentIndex();
        if (index >= 0 && index < m_actions.views.size())
            m_actions.views[index]->setChecked(true);
    });
    // At the start the window paints its frame first and the area a moment later
    // (ViewNavigator::buildShownAreaAfterFirstPaint); the synthetic store's banner comes with the
    // area, not with the frame: its bold text was a tenth of the work before the first paint.
    connect(m_navigator, &ViewNavigator::shownAreaWaiting, this, [this](bool waiting) {
        m_areaWaiting = waiting;
        m_syntheticBanner->setVisible(m_synthetic && !m_areaWaiting);
    });
    connect(m_navigator, &ViewNavigator::viewBuilt, this, [this](AppView *view) {
        if (m_pendingSelections.contains(view->viewKey()))
            view->restoreSelection(m_pendingSelections.take(view->viewKey()));
    });
    retranslate();
    resize(1400, 850);
}

// The views and the undo commands refer to the database, so they go before it does.
MainWindow::~MainWindow()
{
    m_undo->clear();
    m_navigator->removeAll();
}

void MainWindow::addView(ViewFactory factory)
{
    m_factories.append({std::nullopt, std::move(factory)});
    registerView(m_factories.last());
    rebuildViewActions();
}

void MainWindow::addView(const AppViewDescriptor &descriptor, ViewFactory factory)
{
    m_factories.append({descriptor, std::move(factory)});
    registerView(m_factories.last());
    rebuildViewActions();
}

void MainWindow::registerView(const Registered &registered)
{
    if (!registered.descriptor) {
        m_navigator->addView(registered.factory(*m_database, m_undo, nullptr));
        return;
    }
    m_navigator->addView(*registered.descriptor,
                         [this, factory = registered.factory] { return factory(*m_database, m_undo, nullptr); });
}

QList<AppView *> MainWindow::views() const
{
    return m_navigator->views();
}

QStringList MainWindow::viewKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_navigator->count(); ++i)
        keys.append(m_navigator->keyAt(i));
    return keys;
}

AppView *MainWindow::currentView() const
{
    return m_navigator->currentView();
}

AppView *MainWindow::view(const QString &key) const
{
    return m_navigator->view(key);
}

bool MainWindow::showView(const QString &key)
{
    if (key == kWelcomeKey) {
        showWelcome();
        return true;
    }
    leaveWelcome();
    return m_navigator->setCurrentKey(key);
}

Status MainWindow::openDatabase(const QString &path)
{
    if (path == m_database->path() || (!m_database->isServer() && QFileInfo(path) == QFileInfo(m_database->path())))
        return {};
    Database::Options options;
    options.createIfMissing = false; // a mistyped name must not become an empty store
    auto opened = openStoreAskingPassword(this, path, options);
    if (!opened && opened.error().isEmpty()) // the password prompt was cancelled
        return opened.failure();
    if (!opened)
        return report(tr("Open Database"), opened.error());
    replaceDatabase(std::move(opened.value()));
    return {};
}

Status MainWindow::createDatabase(const QString &path)
{
    if (QFileInfo::exists(path))
        return report(tr("New Database"),
                       tr("The file %1 already exists. A new database never replaces a file; choose another name.")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    auto created = Store::open(path);
    if (!created)
        return report(tr("New Database"), created.error());
    replaceDatabase(std::move(created.value()));
    return {};
}

Status MainWindow::backupDatabase(const QString &path)
{
    if (Status s = Backup::copy(*m_database, path); !s)
        return report(tr("Back Up"), s.error());
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return {};
}

Status MainWindow::restoreDatabase(const QString &backupPath)
{
    if (Status s = Restore::check(backupPath); !s)
        return report(tr("Restore"), s.error());
    // The store is replaced on disk, so nothing of this process may hold it open meanwhile.
    const QString path = m_database->path();
    const QString key = m_navigator->keyAt(m_navigator->currentIndex());
    m_undo->clear();
    m_navigator->removeAll();
    m_database.reset();
    const auto kept = Restore::replace(path, backupPath);
    Database::Options options;
    options.createIfMissing = false;
    auto reopened = Store::open(path, options);
    if (!reopened) {
        // Nothing to show without a store: the message says what happened, and the app ends.
        MessageBox::critical(this, tr("Restore"), reopened.error());
        QCoreApplication::exit(2);
        return reopened.failure();
    }
    m_database = std::move(reopened.value());
    buildViews();
    showView(key);
    showDatabase();
    if (!kept)
        return report(tr("Restore"), kept.error());
    const QString message = tr("Restored %1 from %2. The store it replaced is kept as %3.")
                                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(QFileInfo(backupPath).absoluteFilePath()),
                                     QDir::toNativeSeparators(kept.value()));
    statusBar()->showMessage(message);
    return {};
}

void MainWindow::backUpOnStart(const QString &folder)
{
    const int keep = AppSettings::instance().value(AppSettings::Key::BackupsToKeep).toInt();
    if (keep <= 0)
        return;
    const auto written = BackupRotation::backUp(*m_database, folder, keep);
    if (!written)
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(written.error()));
}

void MainWindow::setLanguage(const QString &language)
{
    installLanguage(language);
    AppSettings::instance().setValue(AppSettings::Key::Language, language);
    (language == u"en" ? m_actions.english : m_actions.vietnamese)->setChecked(true);
}

void MainWindow::restoreSettings()
{
    const AppSettings &settings = AppSettings::instance();
    restoreGeometry(settings.value(AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(settings.value(AppSettings::Key::WindowState).toByteArray());
    fitIntoScreen();
    // Areas built later take theirs when they are built.
    m_pendingSelections = settings.value(AppSettings::Key::ViewSelections).toMap();
    for (AppView *view : views())
        if (m_pendingSelections.contains(view->viewKey()))
            view->restoreSelection(m_pendingSelections.take(view->viewKey()));
    showView(settings.value(AppSettings::Key::LastView).toString());
}

void MainWindow::fitIntoScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The title bar and borders lie outside the widget; before the window is shown the window
    // manager has not said how large they are, so a usual allowance stands in for them.
    const QMargins frame = isVisible() ? QMargins(geometry().left() - frameGeometry().left(),
                                                  geometry().top() - frameGeometry().top(),
                                                  frameGeometry().right() - geometry().right(),
                                                  frameGeometry().bottom() - geometry().bottom())
                                       : QMargins(4, 32, 4, 4);
    const QSize room = available.size().shrunkBy(frame);
    const QSize size = this->size().boundedTo(room);
    QRect placed(geometry().topLeft(), size);
    // Back inside the screen when it would stick out (a monitor since unplugged, a smaller one).
    if (placed.right() + frame.right() > available.right())
        placed.moveRight(available.right() - frame.right());
    if (placed.bottom() + frame.bottom() > available.bottom())
        placed.moveBottom(available.bottom() - frame.bottom());
    if (placed.left() - frame.left() < available.left())
        placed.moveLeft(available.left() + frame.left());
    if (placed.top() - frame.top() < available.top())
        placed.moveTop(available.top() + frame.top());
    setGeometry(placed);
}

void MainWindow::saveSettings() const
{
    AppSettings &settings = AppSettings::instance();
    // The store opened on start joins the recent list here: writing settings costs a disk sync,
    // which start-up does not wait for.
    settings.addRecentDatabase(m_database->path());
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    if (const int index = m_navigator->currentIndex(); index >= 0)
        settings.setValue(AppSettings::Key::LastView, m_navigator->keyAt(index));
    // Areas not registered or not built in this run keep what they stored.
    QVariantMap selections = settings.value(AppSettings::Key::ViewSelections).toMap();
    for (const AppView *view : views()) {
        const QVariant selection = view->selection();
        if (selection.isValid())
            selections.insert(view->viewKey(), selection);
    }
    settings.setValue(AppSettings::Key::ViewSelections, selections);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Back at the window after working elsewhere: another ParDesk, the command line or a colleague's
    // PC may have written meanwhile; the open areas show it (StoreEvents).
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_database)
        m_database->events().checkOtherWriters();
    QMainWindow::changeEvent(event);
}

void MainWindow::buildViews()
{
    for (const Registered &registered : std::as_const(m_factories))
        registerView(registered);
}

// The views are built again on the new store; the undo history belonged to the old one.
void MainWindow::replaceDatabase(std::unique_ptr<Store> database)
{
    const QString key = m_navigator->keyAt(m_navigator->currentIndex());
    AppSettings::instance().addRecentDatabase(m_database->path());
    m_undo->clear();
    m_navigator->removeAll();
    m_pendingSelections.clear(); // they were the other store's
    m_database = std::move(database);
    buildViews();
    showView(key);
    AppSettings::instance().addRecentDatabase(m_database->path());
    rebuildRecentMenu();
    showDatabase();
    emit storeReplaced();
    statusBar()->showMessage(tr("Opened %1").arg(shownLocation(m_database->path())));
}

void MainWindow::showDatabase()
{
    m_synthetic = m_database->isSynthetic();
    m_syntheticBanner->setText(m_synthetic ? StoreInfo::syntheticNotice() : QString());
    m_syntheticBanner->setVisible(m_synthetic && !m_areaWaiting);
    m_databaseLabel->setText(tr("Database: %1").arg(shownLocation(m_database->path())));
    // On a server: who is logged in and what that login may do (StoreRights).
    if (const QString login = m_database->rights().summary(); !login.isEmpty())
        m_databaseLabel->setText(m_databaseLabel->text() + QStringLiteral(" — ") + login);
    setWindowTitle(QStringLiteral("%1 — ParDesk").arg(shortStoreName(m_database->path())));
    if (isShowingWelcome())
        m_welcome->describe(*m_database);
}

Status MainWindow::report(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
    return Error{message};
}

} // namespace pardesk
