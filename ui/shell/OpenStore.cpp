#include "shell/OpenStore.h"

#include "exchange/PasswordDialog.h"
#include "store/ServerAddress.h"

#include <QDir>
#include <QFileInfo>

namespace pardesk {
namespace {
constexpr int kPasswordTries = 3; // as a login screen: a mistyped password is forgiven twice
} // namespace

Result<std::unique_ptr<Store>> openStoreAskingPassword(QWidget *parent, const QString &path, Database::Options options)
{
    auto opened = Store::open(path, options);
    for (int tries = 0; !opened && opened.failure().needsPassword && tries < kPasswordTries; ++tries) {
        const auto address = ServerAddress::parse(path);
        const QString user = address ? address->user : QString();
        const auto password = PasswordDialog::askForServer(parent, path, user, tries > 0);
        if (!password)
            return Error{QString()};
        options.password = *password;
        opened = Store::open(path, options);
    }
    return opened;
}

QString shownLocation(const QString &path)
{
    return ServerAddress::isServerUrl(path) ? path : QDir::toNativeSeparators(path);
}

QString shortStoreName(const QString &path)
{
    if (!ServerAddress::isServerUrl(path))
        return QFileInfo(path).fileName();
    const auto address = ServerAddress::parse(path);
    return address ? QStringLiteral("%1 @ %2").arg(address->database, address->host) : path;
}

} // namespace pardesk
