#pragma once
// What the login of an open store may do, so that the GUI offers only that (issue 14). The server
// enforces it whatever the GUI shows (roles and row-level security, Migrations.cpp version 10,
// docs/server.md); this mirrors those policies, so that a button the server would refuse is
// disabled with the reason instead of failing after a click. A SQLite file, and a server store's
// owner, may do everything.

#include <QCoreApplication>
#include <QString>

namespace pardesk {

struct ServerLogin;

class StoreRights {
    Q_DECLARE_TR_FUNCTIONS(StoreRights)
public:
    enum class Role { Everything, Province, Agency, Reader };

    StoreRights() = default;
    // From the login's row of server_logins (ServerLogins::current()); no role: the owner.
    static StoreRights of(const ServerLogin &login);

    Role role() const { return m_role; }
    const QString &login() const { return m_login; }
    const QString &agencyKey() const { return m_agencyKey; }
    bool isRestricted() const { return m_role != Role::Everything; }

    // Documents, targets and tasks; criteria sets; the certificate register; importing packages and
    // filled templates (they write other agencies' reports); approving and appraising.
    bool mayManage() const { return m_role == Role::Everything || m_role == Role::Province; }
    // Creating and typing into a report or a self-assessment of `agencyKey` while it is a draft,
    // sending it, and withdrawing a sent self-assessment before its appraisal: an agency's login for
    // its own agency only.
    bool mayWriteFor(const QString &agencyKey) const
    {
        return mayManage() || (m_role == Role::Agency && agencyKey == m_agencyKey);
    }
    bool mayWriteAnything() const { return m_role != Role::Reader; }
    // Reading the reports and self-assessments of `agencyKey`: every login's but an agency's, which
    // sees its own agency's only (docs/server.md).
    bool mayReadFor(const QString &agencyKey) const { return m_role != Role::Agency || agencyKey == m_agencyKey; }

    // For a disabled control's tooltip: who the login is and what it may do.
    QString whyNot() const;
    // For the status bar: "Đăng nhập: … (…)"; empty when nothing is restricted.
    QString summary() const;

private:
    Role m_role = Role::Everything;
    QString m_login;
    QString m_agencyKey;
    QString m_agencyName;
};

} // namespace pardesk
