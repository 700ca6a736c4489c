#pragma once
// Widget tests: answer the modal dialog that an action opens, from inside its own event loop.

#include <QAction>
#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QWidget>

namespace pardesk::test {

// Triggers `trigger` and runs `answer` on the modal `Dialog` it opens; another modal widget is
// closed. False when no such dialog came up.
template <typename Dialog, typename Answer>
bool answerModal(QAction *trigger, Answer answer)
{
    QObject guard; // a timer left unfired (no dialog shown) goes with it
    bool shown = false;
    QTimer::singleShot(0, &guard, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        shown = true;
        answer(*dialog);
    });
    trigger->trigger();
    return shown;
}

} // namespace pardesk::test
