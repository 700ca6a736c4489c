#include "shell/SearchHighlightDelegate.h"

#include "text/SearchText.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace pardesk {
namespace {

// A marker's yellow, readable under black text and under the selection's white text.
const QColor kMatch(0xff, 0xe0, 0x6b);

} // namespace

SearchHighlightDelegate::SearchHighlightDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<TextRange> matches = m_search.rangesIn(opt.text);
    if (matches.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its text (background, selection, focus), then the text laid out by a
    // document that wraps at the same width and marks the matches.
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);

    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(opt.font);
    QTextOption wrap;
    wrap.setWrapMode(opt.features & QStyleOptionViewItem::WrapText ? QTextOption::WordWrap : QTextOption::NoWrap);
    document.setDefaultTextOption(wrap);
    document.setPlainText(text);
    document.setTextWidth(area.width() - 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget));
    QTextCharFormat marked;
    marked.setBackground(kMatch);
    marked.setForeground(QColor(Qt::black));
    for (const TextRange &r : matches) {
        QTextCursor cursor(&document);
        cursor.setPosition(r.start);
        cursor.setPosition(r.start + r.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(marked);
    }

    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const int hMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget);
    const int top = area.top() + std::max(0, (area.height() - int(document.size().height())) / 2);
    painter->save();
    painter->translate(area.left() + hMargin, top);
    painter->setClipRect(QRect(0, 0, area.width(), area.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace pardesk
