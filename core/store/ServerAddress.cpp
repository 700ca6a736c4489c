#include "store/ServerAddress.h"

#include <QUrl>

namespace pardesk {
namespace {

const QString kSchemes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    for (const QString &scheme : kSchemes)
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    return false;
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    QString rest;
    for (const QString &scheme : kSchemes)
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            rest = text.mid(scheme.size());
    // A password typed into the URL is not repeated in the message (it may end up in a log).
    QString shown = text;
    if (const qsizetype at = rest.left(rest.indexOf(u'/')).lastIndexOf(u'@'); at >= 0 && rest.left(at).contains(u':'))
        shown = text.left(text.size() - rest.size()) + rest.left(rest.indexOf(u':')) + QStringLiteral(":***") + rest.mid(at);
    auto refuse = [&](const QString &why) {
        return Error{tr("The server address %1 is not usable: %2 It has the form postgresql://USER@HOST[:PORT]/DATABASE.")
                         .arg(shown, why)};
    };
    if (!isServerUrl(text))
        return refuse(tr("it does not start with postgresql://."));
    if (rest.contains(u'?') || rest.contains(u'#'))
        return refuse(tr("it holds parameters after \"?\" or \"#\", which ParDesk does not take."));
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0 || slash == rest.size() - 1)
        return refuse(tr("the database name after the host (\"/DATABASE\") is missing."));
    QString authority = rest.left(slash);
    ServerAddress address;
    address.database = decoded(rest.mid(slash + 1));
    if (address.database.contains(u'/'))
        return refuse(tr("the database name \"%1\" holds a \"/\".").arg(address.database));
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userPart = authority.left(at);
        if (userPart.contains(u':'))
            return refuse(tr("it holds a password. Never write the password on the command line: put it in the "
                             "file ~/.pgpass (see docs/server.md)."));
        address.user = decoded(userPart);
        authority = authority.mid(at + 1);
    }
    // A port after the last ":" unless the host is a bracketed IPv6 address without one.
    if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0 && !authority.endsWith(u']')) {
        bool ok = false;
        const int port = authority.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return refuse(tr("the port \"%1\" is not a number from 1 to 65535.").arg(authority.mid(colon + 1)));
        address.port = port;
        authority = authority.left(colon);
    }
    if (authority.startsWith(u'[') && authority.endsWith(u']'))
        authority = authority.mid(1, authority.size() - 2);
    address.host = decoded(authority);
    if (address.host.isEmpty())
        return refuse(tr("the host is missing."));
    return address;
}

QString ServerAddress::url() const
{
    QString host = QString::fromUtf8(QUrl::toPercentEncoding(this->host, ":[]"));
    if (this->host.contains(u':'))
        host = u'[' + this->host + u']';
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    out += host;
    if (port > 0)
        out += u':' + QString::number(port);
    return out + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
}

} // namespace pardesk
