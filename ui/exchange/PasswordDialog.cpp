#include "exchange/PasswordDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QList>

namespace pardesk {
namespace {

QList<std::optional<QString>> &queued()
{
    static QList<std::optional<QString>> answers;
    return answers;
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    bool ok = false;
    const QString password = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

} // namespace

void PasswordDialog::setNextAnswer(const std::optional<QString> &password)
{
    queued().append(password);
}

std::optional<QString> PasswordDialog::ask(QWidget *parent, const QString &file)
{
    return askText(parent, QCoreApplication::translate("PasswordDialog", "Sign the Package"),
                   QCoreApplication::translate("PasswordDialog", "Password of %1:").arg(QFileInfo(file).fileName()));
}

std::optional<QString> PasswordDialog::askForServer(QWidget *parent, const QString &url, const QString &user, bool again)
{
    const QString label = again ? QCoreApplication::translate("PasswordDialog", "The server refused that password. Password of %1 on %2:")
                                : QCoreApplication::translate("PasswordDialog", "Password of %1 on %2:");
    return askText(parent, QCoreApplication::translate("PasswordDialog", "Connect to Server"), label.arg(user, url));
}

} // namespace pardesk
