#pragma once
// What runs once a window has painted for the first time. AfterFirstPaint: the work that must not
// delay the first paint (the store's full check, the backup on start), which a zero-delay timer
// after show() does not ensure: it fires before the window system has asked for the first paint,
// and on a busy two-core PC the check then competed with it (bench_startup: 2.47 × a bare window
// on a store of a million values). FirstPaintProbe, for the start-up benchmark: prints "painted" on
// stdout and quits. Header-only, so that the bare reference window uses the very same probe.

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <functional>

namespace pardesk {

class AfterFirstPaint : public QObject {
public:
    // `work` runs once, from the event loop, after the rest of the first frame is painted and flushed.
    AfterFirstPaint(QWidget *window, std::function<void()> work) : QObject(window), m_window(window), m_work(std::move(work))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_work();
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_work;
};

class FirstPaintProbe : public AfterFirstPaint {
public:
    explicit FirstPaintProbe(QWidget *window)
        : AfterFirstPaint(window, [] {
              std::fputs("painted\n", stdout);
              std::fflush(stdout);
              QCoreApplication::exit(0);
          })
    {
    }
};

} // namespace pardesk
