#include "charts/PresentationWindow.h"

#include "charts/ChartExport.h"
#include "charts/ChartFactory.h"

#include <QKeyEvent>
#include <QResizeEvent>
#include <QTimer>
#include <QLabel>
#include <QVBoxLayout>

namespace pardesk {

PresentationWindow::PresentationWindow(const Store &store, QList<ChartSpec> specs, int start, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_specs(std::move(specs)), m_layout(new QVBoxLayout(this)),
      m_position(new QLabel), m_message(new QLabel)
{
    setObjectName(QStringLiteral("chartPresentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presentation"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
    m_position->setAlignment(Qt::AlignRight);
    m_position->setStyleSheet(QStringLiteral("color: #777;"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_position);
    showChart(std::clamp(start, 0, std::max(0, count() - 1)));
}

void PresentationWindow::showChart(int index)
{
    if (index < 0 || index >= count())
        return;
    m_current = index;
    delete m_figure;
    m_figure = nullptr;
    // As large as the screen lets every label stay whole: a smaller screen (1366 × 768) or a
    // busier figure (the scores) gets a smaller scale, never below the desk's.
    for (double scale = kFontScale;; scale = std::max(1.0, scale - 0.15)) {
        auto figure = ChartFactory::build(m_store, m_specs[index], ChartStyle{scale});
        if (!figure) {
            m_message->setText(figure.error());
            m_message->show();
            break;
        }
        m_message->hide();
        delete m_figure;
        m_figure = figure.value();
        m_layout->insertWidget(1, m_figure, 1);
        if (!isVisible() || scale <= 1.0)
            break;
        m_layout->activate();
        ChartExport::layOut(m_figure, m_figure->size());
        if (m_figure->cutTexts().isEmpty())
            break;
    }
    m_position->setText(tr("%1 / %2 — ← → to step, Esc to leave").arg(index + 1).arg(count()));
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Full screen arrives after the first show: the chart is fitted again to the room it has now.
    if (isVisible() && event->size() != event->oldSize())
        QTimer::singleShot(0, this, [this] { showChart(m_current); });
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showChart(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showChart(m_current - 1);
        return;
    case Qt::Key_Home:
        showChart(0);
        return;
    case Qt::Key_End:
        showChart(count() - 1);
        return;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace pardesk
