#pragma once
// Asks for the password of a PKCS#12 file (not echoed). Tests queue the answer instead.

#include <QString>
#include <optional>

class QWidget;

namespace pardesk {

class PasswordDialog {
public:
    // The password typed, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &file);
    // Tests: the next ask() returns `password` (nullopt: as if cancelled) without showing a dialog.
    static void setNextAnswer(const std::optional<QString> &password);
};

} // namespace pardesk
