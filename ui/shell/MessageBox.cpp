#include "shell/MessageBox.h"

#include <QList>

namespace pardesk {
namespace {

// A queue: one flow may show several boxes (a question, then what went wrong).
QList<QMessageBox::StandardButton> &nextAnswers()
{
    static QList<QMessageBox::StandardButton> answers;
    return answers;
}

QString &lastShownText()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (!nextAnswers().isEmpty()) {
        lastShownText() = box.text();
        return nextAnswers().takeFirst();
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers().append(answer);
}

QString MessageBox::lastText()
{
    return lastShownText();
}

} // namespace pardesk
