// The main window's menus and actions: every one has a mnemonic, the usual ones their standard
// shortcut, and the areas Ctrl+1 … Ctrl+9.
#include "shell/MainWindow.h"

#include "print/PrintAppendixDialog.h"
#include "exchange/ExchangeMenu.h"
#include "help/ManualWindow.h"
#include "settings/AppSettings.h"
#include "shell/AboutBox.h"
#include "shell/AppView.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/OpenStore.h"
#include "shell/ViewNavigator.h"
#include "store/Store.h"

#include <QActionGroup>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenuBar>
#include <QUndoStack>

namespace pardesk {
namespace {

// The platform's standard keys; where a platform has none (Quit and Save As on Windows and on the
// offscreen platform), the usual Linux ones, so that every action keeps a key.
QAction *newAction(QObject *parent, const char *name, QKeySequence::StandardKey key = QKeySequence::UnknownKey,
                   const QKeySequence &fallback = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(name));
    if (key != QKeySequence::UnknownKey)
        action->setShortcuts(key);
    if (action->shortcuts().isEmpty() && !fallback.isEmpty())
        action->setShortcut(fallback);
    return action;
}

// File › Import…, Export Package…, Export Template… (ui/exchange), before Quit.
void addExchangeActionsTo(MainWindow *window, QMenu *file, QAction *before)
{
    new ExchangeMenu(window, file, before);
}

QString databaseFilter()
{
    return QCoreApplication::translate("pardesk::MainWindow", "ParDesk databases (*.sqlite *.db);;All files (*)");
}

} // namespace

void MainWindow::createActions()
{
    m_actions.open = newAction(this, "actionOpen", QKeySequence::Open);
    m_actions.create = newAction(this, "actionNew", QKeySequence::New);
    m_actions.connectServer = newAction(this, "actionConnectServer");
    // A backup is a copy saved under another name.
    m_actions.backup = newAction(this, "actionBackup", QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_actions.quit = newAction(this, "actionQuit", QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_actions.quit->setMenuRole(QAction::QuitRole);
    connect(m_actions.open, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_actions.create, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_actions.connectServer, &QAction::triggered, this, &MainWindow::chooseServerToOpen);
    connect(m_actions.backup, &QAction::triggered, this, &MainWindow::chooseBackup);
    m_actions.restore = newAction(this, "actionRestore");
    connect(m_actions.restore, &QAction::triggered, this, &MainWindow::chooseRestore);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);

    m_actions.undo = newAction(this, "actionUndo", QKeySequence::Undo);
    m_actions.redo = newAction(this, "actionRedo", QKeySequence::Redo);
    // Both keys on every platform, as Office offers them: Linux's standard is only Ctrl+Shift+Z and
    // officials press Ctrl+Y. The platform's own key stays first (the one the menu shows).
    QList<QKeySequence> redoKeys = m_actions.redo->shortcuts();
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_actions.redo->setShortcuts(redoKeys);
    m_actions.copy = newAction(this, "actionCopy", QKeySequence::Copy);
    m_actions.paste = newAction(this, "actionPaste", QKeySequence::Paste);
    connect(m_actions.undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_actions.redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    connect(m_actions.copy, &QAction::triggered, this, [this] { forwardKey(QKeySequence::Copy); });
    connect(m_actions.paste, &QAction::triggered, this, [this] { forwardKey(QKeySequence::Paste); });

    // Each language is named in itself, so that either can be found whichever is showing.
    auto *languages = new QActionGroup(this);
    m_actions.vietnamese = newAction(languages, "actionVietnamese");
    m_actions.vietnamese->setText(QStringLiteral("&Tiếng Việt"));
    m_actions.english = newAction(languages, "actionEnglish");
    m_actions.english->setText(QStringLiteral("&English"));
    for (QAction *a : {m_actions.vietnamese, m_actions.english})
        a->setCheckable(true);
    const bool english = AppSettings::instance().value(AppSettings::Key::Language).toString() == u"en";
    (english ? m_actions.english : m_actions.vietnamese)->setChecked(true);
    connect(m_actions.vietnamese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("vi")); });
    connect(m_actions.english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_actions.manual = newAction(this, "actionManual", QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    connect(m_actions.manual, &QAction::triggered, this, &MainWindow::showManual);
    m_actions.start = newAction(this, "actionStartPage");
    connect(m_actions.start, &QAction::triggered, this, &MainWindow::showWelcome);
    m_actions.about = newAction(this, "actionAbout");
    m_actions.about->setMenuRole(QAction::AboutRole);
    connect(m_actions.about, &QAction::triggered, this, [this] { AboutBox::show(this, *m_database); });

    m_actions.viewGroup = new QActionGroup(this);
}

void MainWindow::createMenus()
{
    m_menus.file = menuBar()->addMenu(QString());
    m_menus.file->setObjectName(QStringLiteral("menuFile"));
    m_menus.file->addAction(m_actions.open);
    m_menus.file->addAction(m_actions.connectServer);
    m_menus.file->addAction(m_actions.create);
    m_menus.recent = m_menus.file->addMenu(QString());
    m_menus.recent->setObjectName(QStringLiteral("menuRecent"));
    m_menus.file->addSeparator();
    m_menus.file->addAction(m_actions.backup);
    createPrintAction();
    m_menus.file->addAction(m_actions.restore);
    m_menus.file->addSeparator();
    m_menus.file->addAction(m_actions.quit);
    addExchangeActionsTo(this, m_menus.file, m_actions.quit);

    m_menus.edit = menuBar()->addMenu(QString());
    m_menus.edit->setObjectName(QStringLiteral("menuEdit"));
    m_menus.edit->addActions({m_actions.undo, m_actions.redo});
    m_menus.edit->addSeparator();
    m_menus.edit->addActions({m_actions.copy, m_actions.paste});

    m_menus.view = menuBar()->addMenu(QString());
    m_menus.view->setObjectName(QStringLiteral("menuView"));
    m_menus.language = new QMenu(this);
    m_menus.language->setObjectName(QStringLiteral("menuLanguage"));
    m_menus.language->addActions({m_actions.vietnamese, m_actions.english});

    m_menus.help = menuBar()->addMenu(QString());
    m_menus.help->setObjectName(QStringLiteral("menuHelp"));
    m_menus.help->addAction(m_actions.manual);
    m_menus.help->addAction(m_actions.start);
    m_menus.help->addAction(m_actions.about);

    rebuildViewActions();
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    m_menus.file->setTitle(tr("&File"));
    m_actions.open->setText(tr("&Open Database…"));
    m_actions.create->setText(tr("&New Database…"));
    m_actions.connectServer->setText(tr("Connect to &Server…"));
    m_menus.recent->setTitle(tr("&Recent Databases"));
    m_actions.backup->setText(tr("&Back Up…"));
    m_actions.printAppendix->setText(tr("&Print Appendix…"));
    m_actions.restore->setText(tr("Res&tore from Backup…"));
    m_actions.quit->setText(tr("&Quit"));
    m_menus.edit->setTitle(tr("&Edit"));
    m_actions.copy->setText(tr("&Copy"));
    m_actions.paste->setText(tr("&Paste"));
    m_menus.view->setTitle(tr("&View"));
    m_menus.language->setTitle(tr("&Language"));
    m_menus.help->setTitle(tr("&Help"));
    m_actions.manual->setText(tr("&User Manual"));
    m_actions.start->setText(tr("&Start Page"));
    m_actions.about->setText(tr("&About ParDesk"));
    updateUndoActions();
    retitleViewActions();
    showDatabase();
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undo->undoText(), redo = m_undo->redoText();
    m_actions.undo->setEnabled(m_undo->canUndo());
    m_actions.undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_actions.redo->setEnabled(m_undo->canRedo());
    m_actions.redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::rebuildViewActions()
{
    for (QAction *action : std::as_const(m_actions.views))
        delete action;
    m_actions.views.clear();
    m_menus.view->clear();
    const QStringList keys = viewKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *action = new QAction(m_actions.viewGroup);
        action->setObjectName(QStringLiteral("actionView_%1").arg(keys[i]));
        action->setCheckable(true);
        action->setChecked(i == m_navigator->currentIndex());
        if (i < 9)
            action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, this, [this, i] {
            leaveWelcome();
            m_navigator->setCurrentIndex(i);
            if (AppView *view = currentView())
                view->setFocus(Qt::ShortcutFocusReason);
        });
        m_actions.views.append(action);
        m_menus.view->addAction(action);
    }
    m_menus.view->addSeparator();
    m_menus.view->addMenu(m_menus.language);
    retitleViewActions();
}

void MainWindow::retitleViewActions()
{
    for (int i = 0; i < m_navigator->count() && i < m_actions.views.size(); ++i) {
        const QString title = m_navigator->titleAt(i);
        m_actions.views[i]->setText(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(title) : title);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_menus.recent->clear();
    const QStringList recent = AppSettings::instance().recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *action = m_menus.recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shownLocation(path)));
        connect(action, &QAction::triggered, this, [this, path] { (void)openDatabase(path); });
    }
    m_menus.recent->setEnabled(!recent.isEmpty());
}

// Copy and paste mean what the same keys mean in the focused widget: a cell, a field, a grid.
void MainWindow::forwardKey(QKeySequence::StandardKey key)
{
    QWidget *target = QApplication::focusWidget();
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    if (!target || target->window() != this || bindings.isEmpty())
        return;
    const QKeyCombination combination = bindings.first()[0];
    QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    // A key press is offered to the shortcuts first; with the action off, it reaches the widget
    // instead of triggering the action again.
    QAction *action = key == QKeySequence::Copy ? m_actions.copy : m_actions.paste;
    action->setEnabled(false);
    QCoreApplication::sendEvent(target, &press);
    action->setEnabled(true);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = FileDialog::openFile(this, tr("Open Database"), databaseFilter());
    if (!path.isEmpty())
        (void)openDatabase(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString folder = QFileInfo(m_database->path()).absolutePath();
    const QString path = FileDialog::saveFile(this, tr("New Database"), folder, databaseFilter(), false);
    if (!path.isEmpty())
        (void)createDatabase(path);
}

void MainWindow::chooseBackup()
{
    const QFileInfo current(m_database->path());
    const QString suggested = QDir(current.absolutePath())
                                  .filePath(QStringLiteral("%1-%2.sqlite")
                                                .arg(current.completeBaseName(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileDialog::saveFile(this, tr("Back Up"), suggested, databaseFilter());
    if (!path.isEmpty())
        (void)backupDatabase(path);
}

void MainWindow::createPrintAction()
{
    m_actions.printAppendix = newAction(this, "actionPrintAppendix", QKeySequence::Print, QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_actions.printAppendix, &QAction::triggered, this, [this] {
        AppView *view = currentView();
        PrintAppendixDialog dialog(*m_database, view ? view->viewKey() : QString(), view ? view->printSelection() : QVariant(), this);
        dialog.exec();
    });
    m_menus.file->addAction(m_actions.printAppendix);
}

// One window for the manual, brought to the front when it is open already.
void MainWindow::showManual()
{
    if (!m_manual)
        m_manual = new ManualWindow(this);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

} // namespace pardesk

namespace pardesk {

// Restoring replaces everything in the store: the user confirms, naming both files.
void MainWindow::chooseRestore()
{
    const QString backup = FileDialog::openFile(this, tr("Restore"), databaseFilter());
    if (backup.isEmpty())
        return;
    const auto answer = MessageBox::show(
        this, QMessageBox::Warning, tr("Restore"),
        tr("Replace the database %1 with the backup %2? The current database is kept as a copy beside it.")
            .arg(QDir::toNativeSeparators(m_database->path()), QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        (void)restoreDatabase(backup);
}

} // namespace pardesk
