#pragma once
// The meeting room's screen: one chart at a time, full screen, with larger texts; the arrow keys
// (and Page Up / Page Down, which presenters' clickers send) step through the chosen charts; Esc
// or F11 leaves.

#include "charts/ChartSpec.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pardesk {

class Store;

class ChartFigure;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    PresentationWindow(const Store &store, QList<ChartSpec> specs, int start, QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_specs.size()); }
    ChartFigure *figure() const { return m_figure; }
    void showChart(int index);

    static constexpr double kFontScale = 1.6;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const Store &m_store;
    QList<ChartSpec> m_specs;
    int m_current = -1;
    QVBoxLayout *m_layout;
    QLabel *m_position;
    QLabel *m_message;
    ChartFigure *m_figure = nullptr;
};

} // namespace pardesk
