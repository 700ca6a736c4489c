#include "shell/AppView.h"

#include <QEvent>
#include <QHash>
#include <QStyle>

namespace pardesk {

AppView::AppView(QWidget *parent) : QWidget(parent) {}

QIcon AppView::icon() const
{
    return iconFor(viewKey(), style());
}

QIcon AppView::iconFor(const QString &key, QStyle *style)
{
    static const QHash<QString, QStyle::StandardPixmap> icons = {
        {QStringLiteral("plans"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("tasks"), QStyle::SP_DialogApplyButton},
        {QStringLiteral("submissions"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("scores"), QStyle::SP_FileDialogInfoView},
        {QStringLiteral("charts"), QStyle::SP_DesktopIcon},
        {QStringLiteral("consolidation"), QStyle::SP_DirOpenIcon},
        {QStringLiteral("assessment"), QStyle::SP_DialogYesButton},
    };
    return style->standardIcon(icons.value(key, QStyle::SP_FileIcon));
}

void AppView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pardesk
