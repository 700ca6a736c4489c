#pragma once
// The charts area for meetings: targets of a theme by province, the overview of every theme ×
// province, an indicator's trend against its targets, and the index scores; each exportable
// (PNG, SVG, PDF), copied or printed, and shown full screen in a presentation (F11).

#include "charts/ChartSpec.h"
#include "shell/AppView.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class QVBoxLayout;

namespace pardesk {

class ChartFigure;
class Store;
class PresentationWindow;

class ChartsView : public AppView {
    Q_OBJECT
public:
    ChartsView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("charts"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built: the area is built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    QVariant selection() const override; // the chart kind's index
    void restoreSelection(const QVariant &selection) override;

    ChartSpec spec() const; // what the controls ask for
    void setSpec(const ChartSpec &spec);
    ChartFigure *figure() const { return m_figure; }
    QString message() const;
    QListWidget *presentationList() const { return m_list; }
    QList<ChartSpec> presentationSpecs() const { return m_specs; }
    PresentationWindow *presentation() const;

    void redraw();
    void exportChart();   // asks for a file (FileDialog); a PNG at the size chosen in the toolbar
    QSize pngSize() const;
    void addToPresentation();
    void startPresentation();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fillChoices();
    void fillPeriods();
    static void choosePeriod(QComboBox *box, const QString &key);
    void fillAgencies();
    QWidget *buildControls();

    Store &m_db;
    bool m_loaded = false;
    QComboBox *m_kind;
    QStackedWidget *m_parameters;
    QComboBox *m_theme;
    QComboBox *m_indicator;
    QComboBox *m_trendProvince;
    QComboBox *m_agency;
    QComboBox *m_from; // periods, by name
    QComboBox *m_to;
    QComboBox *m_scoresProvince;
    QComboBox *m_assessmentProvince;
    QComboBox *m_assessmentYear;
    QComboBox *m_pngSize;
    QLabel *m_message;
    QVBoxLayout *m_figureArea;
    ChartFigure *m_figure = nullptr;
    QListWidget *m_list;
    QList<ChartSpec> m_specs;
    // A QPointer, not a destroyed() slot: the window is our child, and a slot on this view would
    // run while ~QWidget deletes the children, after ChartsView's own part is gone.
    QPointer<PresentationWindow> m_presentation;
    QAction *m_export, *m_copy, *m_print, *m_add, *m_present;
};

} // namespace pardesk
