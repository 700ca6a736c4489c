#pragma once
// Opening a store from the GUI: Store::open, and for a server whose password ~/.pgpass does not
// hold, the password asked for (PasswordDialog), up to three times. The password lives only in the
// open connection: never in the settings, the recent list, a message or the window title.

#include "store/Store.h"

class QWidget;

namespace pardesk {

// A failure with an empty message when the user cancelled the prompt (nothing to show).
Result<std::unique_ptr<Store>> openStoreAskingPassword(QWidget *parent, const QString &path, Database::Options options);

// A store's location as the window shows it: a file's path with the system's separators, a server's
// address as it is (its "/" are not folders).
QString shownLocation(const QString &path);
// The short name of the window title: the file's name, or the server's database and host.
QString shortStoreName(const QString &path);

} // namespace pardesk
