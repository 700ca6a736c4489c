#include "charts/PresentationWindow.h"

#include "charts/ChartFactory.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pardesk {

PresentationWindow::PresentationWindow(QSqlDatabase db, QList<ChartSpec> specs, int start, QWidget *parent)
    : QWidget(parent, Qt::Window), m_db(std::move(db)), m_specs(std::move(specs)), m_layout(new QVBoxLayout(this)),
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
    auto figure = ChartFactory::build(m_db, m_specs[index], ChartStyle{kFontScale});
    if (!figure) {
        m_message->setText(figure.error());
        m_message->show();
    } else {
        m_message->hide();
        m_figure = figure.value();
        m_layout->insertWidget(1, m_figure, 1);
    }
    m_position->setText(tr("%1 / %2 — ← → to step, Esc to leave").arg(index + 1).arg(count()));
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
