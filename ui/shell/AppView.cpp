#include "shell/AppView.h"

#include <QEvent>

namespace pardesk {

AppView::AppView(QWidget *parent) : QWidget(parent) {}

QIcon AppView::icon() const
{
    return iconFor(viewKey());
}

QIcon AppView::iconFor(const QString &key)
{
    // ParDesk's own drawings (resources/icons/areas: the SVG, drawn at 24 and 48 px), the same on
    // every desktop and in the manual's pictures. The style's standard icons they replace meant
    // little here (a desktop for the charts) and cost a search of the icon theme each, a quarter of
    // the work before the first paint; PNGs of known size are read only when painted.
    QIcon icon;
    for (const int size : {24, 48})
        icon.addFile(QStringLiteral(":/icons/areas/%1-%2.png").arg(key).arg(size), QSize(size, size));
    return icon;
}

void AppView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pardesk
