// File › Connect to Server… (issue 14): the dialog's address opened like any store (openDatabase,
// which asks for the password when ~/.pgpass has none).
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"

namespace pardesk {
namespace {

// The server connected to last, from the recent list, so that the dialog starts from it.
ServerAddress lastServer()
{
    for (const QString &recent : AppSettings::instance().recentDatabases())
        if (ServerAddress::isServerUrl(recent))
            if (auto address = ServerAddress::parse(recent))
                return address.value();
    return {};
}

} // namespace

void MainWindow::chooseServerToOpen()
{
    if (const auto address = ServerConnectDialog::ask(lastServer(), this))
        (void)openDatabase(address->url());
}

} // namespace pardesk
