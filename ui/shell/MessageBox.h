#pragma once
// Message boxes that tests can answer: with an answer queued, the box is built but not shown, its
// text is recorded, and the queued answer is returned at once.

#include <QMessageBox>

namespace pardesk {

class MessageBox {
public:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void critical(QWidget *parent, const QString &title, const QString &text)
    {
        show(parent, QMessageBox::Critical, title, text);
    }
    static void information(QWidget *parent, const QString &title, const QString &text)
    {
        show(parent, QMessageBox::Information, title, text);
    }

    // Tests: the next box is answered with `answer` instead of waiting for a user; several calls
    // queue answers for the boxes that follow, in order.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box answered that way.
    static QString lastText();
};

} // namespace pardesk
