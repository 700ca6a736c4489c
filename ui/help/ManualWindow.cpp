#include "help/ManualWindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPixmap>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>
#include <QTextImageFormat>
#include <algorithm>

namespace pardesk {
namespace {

// Chapters and sections; the deeper levels would make the list as long as the text.
constexpr int kDeepestListedHeading = 2;

// A picture as the document holds it: the file's bytes until it is first drawn, then a pixmap.
int naturalWidth(const QVariant &resource)
{
    switch (resource.typeId()) {
    case QMetaType::QPixmap:
        return resource.value<QPixmap>().width();
    case QMetaType::QImage:
        return resource.value<QImage>().width();
    default:
        return QImage::fromData(resource.toByteArray()).width();
    }
}

} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_contents(new QListWidget), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("manualWindow"));
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->viewport()->installEventFilter(this);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setTextElideMode(Qt::ElideRight);
    connect(m_contents, &QListWidget::currentRowChanged, this, &ManualWindow::showHeading);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(1100, 760);
    load();
}

QUrl ManualWindow::manualUrl()
{
    // The file name is a translated text, so the manual follows the installed translation the way
    // every other text does: the English source names the English manual.
    //: The manual's file name in this language: huong-dan-su-dung.md for Vietnamese.
    return QUrl(QStringLiteral("qrc:/manual/") + tr("user-manual.md"));
}

void ManualWindow::load()
{
    setWindowTitle(tr("User Manual — ParDesk"));
    // Markdown from the resources: the pictures' relative paths resolve beside the file, in the
    // resources too.
    m_browser->setSource(manualUrl(), QTextDocument::MarkdownResource);
    m_browser->document()->setDocumentMargin(12);
    listHeadings();
    fitPictures();
}

// Screenshots are wider than the text: each picture is drawn at most as wide as the view, never
// wider than itself (a width alone keeps its proportions).
void ManualWindow::fitPictures()
{
    QTextDocument *document = m_browser->document();
    const qreal available = m_browser->viewport()->width() - 2 * document->documentMargin() - 24;
    if (available <= 0)
        return;
    struct Picture {
        int position, length;
        QTextImageFormat format;
    };
    QList<Picture> pictures; // gathered first: changing a format while walking the fragments moves them
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.charFormat().isImageFormat())
                pictures.append({f.position(), f.length(), f.charFormat().toImageFormat()});
    for (Picture &p : pictures) {
        const int natural = naturalWidth(document->resource(QTextDocument::ImageResource, QUrl(p.format.name())));
        if (natural <= 0)
            continue;
        const qreal width = std::min<qreal>(natural, available);
        if (p.format.hasProperty(QTextFormat::ImageWidth) && qFuzzyCompare(p.format.width(), width))
            continue;
        p.format.setWidth(width);
        QTextCursor cursor(document);
        cursor.setPosition(p.position);
        cursor.setPosition(p.position + p.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(p.format);
    }
}

bool ManualWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QWidget::eventFilter(watched, event);
}

void ManualWindow::listHeadings()
{
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    m_headingBlocks.clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > kDeepestListedHeading)
            continue;
        auto *item = new QListWidgetItem(block.text(), m_contents);
        if (level == 1) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else {
            item->setText(QStringLiteral("    ") + block.text());
        }
        m_headingBlocks.append(block.blockNumber());
    }
}

// Qt's Markdown reader gives headings no anchors, so the list moves the view to the heading's block.
void ManualWindow::showHeading(int row)
{
    if (row < 0 || row >= m_headingBlocks.size())
        return;
    const QTextBlock block = m_browser->document()->findBlockByNumber(m_headingBlocks[row]);
    QTextCursor cursor(block);
    m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum()); // heading at the top
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
}

void ManualWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

} // namespace pardesk
