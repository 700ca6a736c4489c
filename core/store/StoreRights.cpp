#include "store/StoreRights.h"

#include "store/ServerLogins.h"

namespace pardesk {

StoreRights StoreRights::of(const ServerLogin &login)
{
    StoreRights rights;
    rights.m_login = login.login;
    rights.m_agencyKey = login.agencyKey;
    rights.m_agencyName = login.agencyName;
    if (login.role == u"province")
        rights.m_role = Role::Province;
    else if (login.role == u"agency")
        rights.m_role = Role::Agency;
    else if (login.role == u"reader")
        rights.m_role = Role::Reader;
    return rights;
}

QString StoreRights::whyNot() const
{
    switch (m_role) {
    case Role::Agency:
        return tr("The login %1 is an agency's (%2): it writes only its own agency's reports and self-assessments while "
                  "they are drafts. The server would refuse this.")
            .arg(m_login, m_agencyName.isEmpty() ? m_agencyKey : m_agencyName);
    case Role::Reader:
        return tr("The login %1 may only read this store. The server would refuse this.").arg(m_login);
    case Role::Province:
    case Role::Everything:
        break;
    }
    return {};
}

QString StoreRights::summary() const
{
    switch (m_role) {
    case Role::Province:
        return tr("Login: %1 (provincial office)").arg(m_login);
    case Role::Agency:
        return tr("Login: %1 (agency: %2)").arg(m_login, m_agencyName.isEmpty() ? m_agencyKey : m_agencyName);
    case Role::Reader:
        return tr("Login: %1 (read only)").arg(m_login);
    case Role::Everything:
        break;
    }
    return {};
}

} // namespace pardesk
