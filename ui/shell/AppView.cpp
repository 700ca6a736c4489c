#include "shell/AppView.h"

#include "shell/AreaIconEngine.h"

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
    // little here (a desktop for the charts) and cost a search of the icon theme each; the
    // drawings' pixels, built into the executable, are taken when a size is first painted
    // (AreaIconEngine), not when the area is listed.
    if (!AreaIconEngine::hasDrawing(key))
        return {};
    return QIcon(new AreaIconEngine(key));
}

void AppView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pardesk
