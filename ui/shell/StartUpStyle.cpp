#include "shell/StartUpStyle.h"

#include "shell/DeferredIconEngine.h"

#include <QApplication>
#include <QPointer>
#include <QStyleOption>

namespace pardesk {

StartUpStyle::StartUpStyle(const QString &key) : QProxyStyle(key) {}

void StartUpStyle::install()
{
    // By name: QProxyStyle makes its own instance of the style the application resolved.
    QApplication::setStyle(new StartUpStyle(QApplication::style()->name()));
}

QIcon StartUpStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton && standardIcon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // Asked for later, the widget may be gone; the layout direction is what the option would carry.
    const Qt::LayoutDirection direction = option ? option->direction : QGuiApplication::layoutDirection();
    QPointer<QStyle> base = baseStyle();
    return QIcon(new DeferredIconEngine([base, standardIcon, direction] {
        if (!base)
            return QIcon();
        QStyleOption directed;
        directed.direction = direction;
        return base->standardIcon(standardIcon, &directed, nullptr);
    }));
}

} // namespace pardesk
