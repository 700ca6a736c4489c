#include "shell/ServerConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pardesk {
namespace {

std::function<void(ServerConnectDialog &)> &testHook()
{
    static std::function<void(ServerConnectDialog &)> hook;
    return hook;
}

constexpr int kDefaultPort = 5432; // PostgreSQL's own

} // namespace

ServerConnectDialog::ServerConnectDialog(const ServerAddress &last, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit), m_user(new QLineEdit),
      m_connect(new QPushButton)
{
    setWindowTitle(tr("Connect to Server"));
    auto *intro = new QLabel(tr("A ParDesk store on a PostgreSQL server, shared by the office. The server's "
                                "administrator gives you these four values and your password; the password is "
                                "asked for when the server wants it and is never saved by ParDesk."));
    intro->setWordWrap(true);

    m_host->setText(last.host);
    m_host->setPlaceholderText(tr("e.g. cchc.sonoivu.local or 10.0.0.5"));
    m_port->setRange(1, 65535);
    m_port->setValue(last.port > 0 ? last.port : kDefaultPort);
    m_port->setGroupSeparatorShown(false); // a port is a number to copy, not an amount
    m_database->setText(last.database);
    m_database->setPlaceholderText(QStringLiteral("pardesk"));
    m_user->setText(last.user);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);

    auto *buttons = new QDialogButtonBox;
    m_connect->setText(tr("&Connect"));
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateConnectButton);
    updateConnectButton();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    (last.host.isEmpty() ? m_host : m_user)->setFocus();
}

ServerAddress ServerConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    return a;
}

// Every part is needed: an empty user or database would fall back to the PC's login name, which is
// never what an office's administrator set up.
void ServerConnectDialog::updateConnectButton()
{
    const ServerAddress a = address();
    m_connect->setEnabled(!a.host.isEmpty() && !a.database.isEmpty() && !a.user.isEmpty());
}

std::optional<ServerAddress> ServerConnectDialog::ask(const ServerAddress &last, QWidget *parent)
{
    ServerConnectDialog dialog(last, parent);
    if (testHook()) {
        dialog.show();
        testHook()(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() != QDialog::Accepted || !dialog.m_connect->isEnabled())
        return std::nullopt;
    return dialog.address();
}

void ServerConnectDialog::setTestHook(std::function<void(ServerConnectDialog &)> hook)
{
    testHook() = std::move(hook);
}

} // namespace pardesk
