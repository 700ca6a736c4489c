// The first-start page in the main window: shown in place of the areas on the first start and from
// Help › Start Page, left for the area of the job chosen on it.
#include "shell/MainWindow.h"

#include "settings/AppSettings.h"
#include "shell/ViewNavigator.h"
#include "shell/WelcomePage.h"

#include <QAction>
#include <QStackedWidget>

namespace pardesk {

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage;
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::areaChosen, this, [this](const QString &key) {
            showView(key);
            if (AppView *view = currentView())
                view->setFocus(Qt::OtherFocusReason);
        });
        connect(m_welcome, &WelcomePage::printChosen, this, [this] {
            leaveWelcome();
            m_actions.printAppendix->trigger();
        });
        connect(m_welcome, &WelcomePage::manualChosen, m_actions.manual, &QAction::trigger);
    }
    m_welcome->describe(*m_database); // the store may have changed since it was last shown
    m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::showWelcomeOnFirstStart()
{
    if (!AppSettings::instance().value(AppSettings::Key::WelcomeLeft).toBool())
        showWelcome();
}

WelcomePage *MainWindow::welcomePage() const
{
    return m_welcome;
}

bool MainWindow::isShowingWelcome() const
{
    return m_welcome && m_pages->currentWidget() == m_welcome;
}

void MainWindow::leaveWelcome()
{
    if (!isShowingWelcome())
        return;
    m_pages->setCurrentWidget(m_navigator);
    AppSettings::instance().setValue(AppSettings::Key::WelcomeLeft, true);
}

} // namespace pardesk
