#pragma once
// Asks for a password, not echoed: a PKCS#12 file's, to sign a package, or a server store's when
// ~/.pgpass holds none. Tests queue the answers instead.

#include <QString>
#include <optional>

class QWidget;

namespace pardesk {

class PasswordDialog {
public:
    // The password typed, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &file);
    // The password of `user` on the server store `url`; `again` after a refused one.
    static std::optional<QString> askForServer(QWidget *parent, const QString &url, const QString &user, bool again);
    // Tests: the next ask (of either kind) returns `password` (nullopt: as if cancelled) without
    // showing a dialog; several calls queue answers for the asks that follow, in order.
    static void setNextAnswer(const std::optional<QString> &password);
};

} // namespace pardesk
