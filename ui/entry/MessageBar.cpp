#include "entry/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace pardesk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel), m_text(new QLabel), m_close(new QToolButton)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslate();
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    if (text.isEmpty())
        return clear();
    m_kind = kind;
    const bool error = kind == Kind::Error;
    setStyleSheet(error ? QStringLiteral("#messageBar { background: #fbdcdc; border: 1px solid #d9534f; }")
                        : QStringLiteral("#messageBar { background: #e3eefa; border: 1px solid #5b8fc7; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation).pixmap(size));
    m_text->setText(text);
    place();
    show();
    raise();
}

void MessageBar::overlay(QWidget *host)
{
    setParent(host);
    setAutoFillBackground(true);
    host->installEventFilter(this);
    place();
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::place()
{
    QWidget *host = parentWidget();
    if (!host || host->layout())
        return; // in a layout (not overlaid): the layout places it
    const int margin = 6;
    const int width = std::max(0, host->width() - 2 * margin);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(margin, std::max(0, host->height() - height - margin), width, height);
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageBar::retranslate()
{
    m_close->setToolTip(tr("Close this message"));
}

} // namespace pardesk
