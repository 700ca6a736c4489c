#pragma once
// File › Connect to Server…: where a server store lives (host, port, database, user), turned into
// the postgresql:// address that Store::open takes. No password field: the password is asked only
// when the server wants one (MainWindow::openDatabase), and is never stored.
// Tests answer it through a hook instead of leaving it modal, as ExplanationDialog.

#include "store/ServerAddress.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pardesk {

class ServerConnectDialog : public QDialog {
    Q_OBJECT
public:
    // `last`: the server connected to last, to start from (empty: libpq's defaults).
    explicit ServerConnectDialog(const ServerAddress &last, QWidget *parent = nullptr);

    ServerAddress address() const;
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QPushButton *connectButton() const { return m_connect; }

    // The server's address, or nothing when the user cancelled.
    static std::optional<ServerAddress> ask(const ServerAddress &last, QWidget *parent);
    // While set, ask() shows the dialog and hands it to the hook, which answers and closes it.
    static void setTestHook(std::function<void(ServerConnectDialog &)> hook);

private:
    void updateConnectButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QPushButton *m_connect;
};

} // namespace pardesk
