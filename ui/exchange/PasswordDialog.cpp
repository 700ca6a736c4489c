#include "exchange/PasswordDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace pardesk {
namespace {

std::optional<std::optional<QString>> &queued()
{
    static std::optional<std::optional<QString>> answer;
    return answer;
}

} // namespace

void PasswordDialog::setNextAnswer(const std::optional<QString> &password)
{
    queued() = password;
}

std::optional<QString> PasswordDialog::ask(QWidget *parent, const QString &file)
{
    if (queued()) {
        const std::optional<QString> answer = *queued();
        queued().reset();
        return answer;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, QCoreApplication::translate("PasswordDialog", "Sign the Package"),
        QCoreApplication::translate("PasswordDialog", "Password of %1:").arg(QFileInfo(file).fileName()), QLineEdit::Password,
        QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

} // namespace pardesk
