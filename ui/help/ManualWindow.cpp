#include "help/ManualWindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>

namespace pardesk {
namespace {

// Chapters and sections; the deeper levels would make the list as long as the text.
constexpr int kDeepestListedHeading = 2;

} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_contents(new QListWidget), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("manualWindow"));
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(true);
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
    return QUrl(QStringLiteral("qrc:/manual/") + tr("user-manual.md"));
}

void ManualWindow::load()
{
    setWindowTitle(tr("User Manual — ParDesk"));
    // Markdown from the resources: the pictures' relative paths resolve beside the file, in the
    // resources too.
    m_browser->setSource(manualUrl(), QTextDocument::MarkdownResource);
    listHeadings();
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
