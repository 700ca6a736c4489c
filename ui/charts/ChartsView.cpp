#include "charts/ChartsView.h"

#include "charts/ChartExport.h"
#include "charts/ChartFactory.h"
#include "charts/ChartSource.h"
#include "charts/PresentationWindow.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/SavedFileNotice.h"
#include "periods/Period.h"
#include "store/FormValueRepository.h"
#include "store/Store.h"
#include "targets/TargetVerdict.h"
#include "text/FileName.h"
#include "store/StoreEvents.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QListWidget>
#include <QKeyEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace pardesk {
namespace {

enum KindRow { CompareRow, OverviewRow, TrendRow, ScoresRow };

} // namespace

ChartsView::ChartsView(Store &db, QUndoStack *, QWidget *parent)
    : AppView(parent), m_db(db), m_kind(new QComboBox), m_parameters(new QStackedWidget), m_theme(new QComboBox),
      m_indicator(new QComboBox), m_trendProvince(new QComboBox), m_agency(new QComboBox), m_from(new QComboBox),
      m_to(new QComboBox), m_scoresProvince(new QComboBox), m_assessmentProvince(new QComboBox), m_assessmentYear(new QComboBox), m_pngSize(new QComboBox), m_message(new QLabel), m_figureArea(new QVBoxLayout),
      m_list(new QListWidget)
{
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_theme->setObjectName(QStringLiteral("chartTheme"));
    m_indicator->setObjectName(QStringLiteral("chartIndicator"));
    m_indicator->setEditable(true); // a theme from the list, or any item code typed in
    m_from->setObjectName(QStringLiteral("chartFrom"));
    m_to->setObjectName(QStringLiteral("chartTo"));
    m_list->setObjectName(QStringLiteral("presentationList"));
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();

    auto *toolbar = new QToolBar;
    m_export = toolbar->addAction(QString(), this, &ChartsView::exportChart);
    m_pngSize->setObjectName(QStringLiteral("pngSize"));
    for (const QSize size : {QSize(1280, 720), QSize(1600, 1000), QSize(1920, 1080), QSize(2560, 1440), QSize(3840, 2160)})
        m_pngSize->addItem(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height()), size);
    m_pngSize->setCurrentIndex(2);
    toolbar->addWidget(m_pngSize);
    m_copy = toolbar->addAction(QString(), this, [this] {
        if (m_figure)
            ChartExport::copyToClipboard(m_figure);
    });
    m_print = toolbar->addAction(QString(), this, [this] {
        if (m_figure)
            ChartExport::printWithPreview(m_figure, this);
    });
    toolbar->addSeparator();
    m_add = toolbar->addAction(QString(), this, &ChartsView::addToPresentation);
    m_present = toolbar->addAction(QString(), this, &ChartsView::startPresentation);
    m_present->setShortcut(Qt::Key_F11);
    m_present->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_present);

    auto *figureBox = new QWidget;
    figureBox->setLayout(m_figureArea);
    m_figureArea->setContentsMargins(0, 0, 0, 0);
    m_figureArea->addWidget(m_message);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideTitle = new QLabel;
    sideTitle->setObjectName(QStringLiteral("presentationTitle"));
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_list);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { startPresentation(); });
    auto *splitter = new QSplitter;
    splitter->addWidget(figureBox);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    side->setMaximumWidth(320);
    splitter->setSizes({1100, 220});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_kind);
    retranslate();
}

QWidget *ChartsView::buildControls()
{
    auto *compare = new QWidget;
    auto *compareForm = new QFormLayout(compare);
    compareForm->addRow(new QLabel, m_theme);
    auto *trend = new QWidget;
    auto *trendRow = new QHBoxLayout(trend);
    trendRow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_indicator), static_cast<QWidget *>(m_trendProvince),
                       static_cast<QWidget *>(m_agency), static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)})
        trendRow->addWidget(w, w == m_indicator || w == m_agency ? 2 : 1);
    auto *scores = new QWidget;
    auto *scoresForm = new QFormLayout(scores);
    scoresForm->addRow(new QLabel, m_scoresProvince);
    m_parameters->addWidget(compare);
    m_parameters->addWidget(new QWidget); // the overview takes no parameter
    m_parameters->addWidget(trend);
    m_parameters->addWidget(scores);
    auto *assessment = new QWidget;
    auto *assessmentRow = new QHBoxLayout(assessment);
    assessmentRow->setContentsMargins(0, 0, 0, 0);
    assessmentRow->addWidget(m_assessmentProvince, 2);
    assessmentRow->addWidget(m_assessmentYear, 1);
    m_parameters->addWidget(assessment);

    auto *controls = new QWidget;
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_parameters, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_parameters->setCurrentIndex(index);
        redraw();
    });
    for (QComboBox *combo : {m_theme, m_agency, m_scoresProvince, m_assessmentProvince, m_assessmentYear})
        connect(combo, &QComboBox::activated, this, &ChartsView::redraw);
    connect(m_indicator, &QComboBox::activated, this, &ChartsView::redraw);
    connect(m_trendProvince, &QComboBox::activated, this, [this] {
        fillAgencies();
        redraw();
    });
    for (QComboBox *combo : {m_from, m_to})
        connect(combo, &QComboBox::activated, this, &ChartsView::redraw);
    // A chart drawn from the store follows every committed write (values, targets, scores).
    connect(&m_db.events(), &StoreEvents::changed, this, [this] {
        if (m_loaded)
            redraw();
    });
    return controls;
}

AppViewDescriptor ChartsView::descriptor()
{
    return {QStringLiteral("charts"), [] { return tr("Charts"); }};
}

void ChartsView::retranslate()
{
    const int kind = std::max(0, m_kind->currentIndex());
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItems({tr("Targets of a theme by province"), tr("Overview: every theme × province"),
                      tr("Trend against the target"), tr("Index scores"), tr("Self-assessment: the province's estimate")});
    m_kind->setCurrentIndex(kind);
    m_from->setToolTip(tr("First period of the trend"));
    m_to->setToolTip(tr("Last period, of the same kind (two quarters, two halves or two years)"));
    for (QComboBox *box : {m_from, m_to}) // the periods' names, in the current language
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, Period::labelOf(box->itemData(i).toString()));
    m_indicator->setToolTip(tr("A theme with reported figures, or a form item code (7.6.4 or FORM:7.6.4)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_copy->setText(tr("Copy"));
    m_print->setText(tr("Print…"));
    m_add->setText(tr("Add to presentation"));
    m_present->setText(tr("Present (F11)"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("presentationTitle")))
        label->setText(tr("Charts to present (← → step through them):"));
    const auto labelOf = [](QWidget *page) {
        auto *form = qobject_cast<QFormLayout *>(page->layout());
        return form ? qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget()) : nullptr;
    };
    if (QLabel *l = labelOf(m_parameters->widget(CompareRow)))
        l->setText(tr("Theme:"));
    if (QLabel *l = labelOf(m_parameters->widget(ScoresRow)))
        l->setText(tr("Province:"));
    if (m_loaded)
        redraw();
}

QVariant ChartsView::selection() const
{
    return m_kind->currentIndex();
}

void ChartsView::restoreSelection(const QVariant &selection)
{
    const int kind = selection.toInt();
    if (kind >= 0 && kind < m_kind->count())
        m_kind->setCurrentIndex(kind);
}

void ChartsView::keyPressEvent(QKeyEvent *event)
{
    // Edit › Copy sends the copy key to the focused widget (AppView.h): the chart goes to the clipboard.
    if (event->matches(QKeySequence::Copy) && m_figure) {
        ChartExport::copyToClipboard(m_figure);
        return;
    }
    AppView::keyPressEvent(event);
}

void ChartsView::showEvent(QShowEvent *event)
{
    if (!m_loaded) {
        m_loaded = true;
        fillChoices();
        redraw();
    }
    AppView::showEvent(event);
}

// Every period of the years the store has figures or targets for, by name, in order: picked from a
// list rather than typed as a key ("2022S1").
void ChartsView::fillPeriods()
{
    QSet<int> years;
    if (const auto forms = m_db.forms().list()) {
        const FormValueRepository values = m_db.formValues();
        for (const Form &form : forms.value())
            if (const auto keys = values.periodKeys(form.key))
                for (const QString &key : keys.value())
                    if (const auto period = Period::parse(key))
                        years.insert(period->year());
    }
    if (const auto targets = m_db.plans().targets())
        for (const Target &target : targets.value())
            if (const int year = TargetVerdict::yearOf(target))
                years.insert(year);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    for (QComboBox *box : {m_from, m_to}) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        for (const int year : std::as_const(sorted))
            for (const Period &period : Period::allOf(year))
                box->addItem(period.label(), period.key());
        if (!chosen.isEmpty())
            choosePeriod(box, chosen);
    }
}

// A period not in the list (a chart saved with another store) is added to it rather than lost.
void ChartsView::choosePeriod(QComboBox *box, const QString &key)
{
    int index = box->findData(key);
    if (index < 0 && !key.isEmpty()) {
        box->addItem(Period::labelOf(key), key);
        index = box->count() - 1;
    }
    box->setCurrentIndex(std::max(0, index));
}

void ChartsView::fillChoices()
{
    const auto themes = m_db.plans().themes();
    const auto indicators = m_db.plans().indicators();
    const auto provinces = m_db.references().provincesInChartOrder();
    if (!themes || !indicators || !provinces) {
        m_message->setText(QStringLiteral("⚠ ") + (!themes ? themes.error() : !indicators ? indicators.error() : provinces.error()));
        m_message->show();
        return;
    }
    for (const Theme &t : themes.value()) {
        m_theme->addItem(t.name, t.key);
        const bool measured = std::any_of(indicators->begin(), indicators->end(), [&](const Indicator &i) { return i.theme == t.key; });
        if (measured)
            m_indicator->addItem(t.name, t.key);
    }
    for (QComboBox *combo : {m_trendProvince, m_scoresProvince, m_assessmentProvince}) {
        for (const ProvinceName &p : provinces.value())
            combo->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.code);
    }
    fillPeriods();
    // The store's real figures are Tuyên Quang's of 2022S1 (seed 002); its plans' targets are for
    // 2024. This range shows both, and the gaps between.
    choosePeriod(m_from, QStringLiteral("2022S1"));
    choosePeriod(m_to, QStringLiteral("2024S2"));
    const int online = m_theme->findData(QStringLiteral("online_dossier_share"));
    m_theme->setCurrentIndex(std::max(0, online));
    const int tv = m_scoresProvince->findData(QStringLiteral("TV"));
    m_scoresProvince->setCurrentIndex(std::max(0, tv));
    // The self-assessments of this year and the four before; the seed's set is Trà Vinh's of 2022.
    m_assessmentYear->clear();
    for (int year = QDate::currentDate().year(); year >= QDate::currentDate().year() - 4; --year)
        m_assessmentYear->addItem(tr("Year %1").arg(year), year);
    m_assessmentProvince->setCurrentIndex(std::max(0, m_assessmentProvince->findData(QStringLiteral("TV"))));
    fillAgencies();
}

void ChartsView::fillAgencies()
{
    m_agency->clear();
    m_agency->addItem(tr("Whole province"), QVariant());
    // A level of the province: its agencies of that level added up.
    for (const auto &[level, name] : {std::pair{"province", tr("Provincial people's committee (level)")},
                                      std::pair{"department", tr("Departments (level)")},
                                      std::pair{"district", tr("Districts (level)")},
                                      std::pair{"commune", tr("Communes (level)")}})
        m_agency->addItem(name, QString::fromLatin1(level));
    const auto agencies = m_db.references().reportingAgencies(m_trendProvince->currentData().toString());
    if (agencies)
        for (const AgencyName &a : agencies.value())
            m_agency->addItem(a.name, a.id);
}

ChartSpec ChartsView::spec() const
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind(std::max(0, m_kind->currentIndex()));
    spec.theme = m_theme->currentData().toString();
    spec.province = (spec.kind == ChartSpec::Kind::Assessment ? m_assessmentProvince : m_scoresProvince)->currentData().toString();
    spec.year = m_assessmentYear->currentData().toInt();
    // A theme picked from the list gives its key; typed text is an item code.
    const int picked = m_indicator->findText(m_indicator->currentText());
    spec.trend.indicator = picked >= 0 ? m_indicator->itemData(picked).toString() : m_indicator->currentText().trimmed();
    const QString province = m_trendProvince->currentData().toString();
    const QVariant scope = m_agency->currentData();
    spec.trend.scope = !scope.isValid()                            ? AgencyScope::wholeProvince(province)
                       : scope.typeId() == QMetaType::QString ? AgencyScope::atLevel(province, scope.toString())
                                                               : AgencyScope::subtree(scope.toLongLong());
    spec.trend.from = m_from->currentData().toString();
    spec.trend.to = m_to->currentData().toString();
    return spec;
}

void ChartsView::setSpec(const ChartSpec &spec)
{
    if (!m_loaded) {
        m_loaded = true;
        fillChoices();
    }
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(int(spec.kind));
    m_parameters->setCurrentIndex(int(spec.kind));
    if (const int i = m_theme->findData(spec.theme); i >= 0)
        m_theme->setCurrentIndex(i);
    if (const int i = m_scoresProvince->findData(spec.province); i >= 0)
        m_scoresProvince->setCurrentIndex(i);
    if (const int i = m_assessmentProvince->findData(spec.province); i >= 0)
        m_assessmentProvince->setCurrentIndex(i);
    if (spec.year > 0 && m_assessmentYear->findData(spec.year) < 0) // an earlier year, from a presentation
        m_assessmentYear->addItem(tr("Year %1").arg(spec.year), spec.year);
    if (const int i = m_assessmentYear->findData(spec.year); i >= 0)
        m_assessmentYear->setCurrentIndex(i);
    if (spec.kind == ChartSpec::Kind::Trend) {
        const int i = m_indicator->findData(spec.trend.indicator);
        if (i >= 0)
            m_indicator->setCurrentIndex(i);
        else
            m_indicator->setEditText(spec.trend.indicator);
        if (spec.trend.scope.kind != AgencyScope::Kind::Subtree) {
            m_trendProvince->setCurrentIndex(std::max(0, m_trendProvince->findData(spec.trend.scope.province)));
            fillAgencies();
            if (spec.trend.scope.kind == AgencyScope::Kind::Level)
                m_agency->setCurrentIndex(std::max(0, m_agency->findData(spec.trend.scope.level)));
        } else {
            m_agency->setCurrentIndex(std::max(0, m_agency->findData(spec.trend.scope.agencyId)));
        }
        choosePeriod(m_from, spec.trend.from);
        choosePeriod(m_to, spec.trend.to);
    }
    redraw();
}

QString ChartsView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ChartsView::redraw()
{
    if (!m_loaded)
        return;
    delete m_figure;
    m_figure = nullptr;
    auto figure = ChartFactory::build(m_db, spec());
    for (QAction *a : {m_export, m_copy, m_print, m_add})
        a->setEnabled(figure.ok());
    if (!figure) {
        m_message->setText(QStringLiteral("⚠ ") + figure.error());
        m_message->show();
        return;
    }
    m_message->hide();
    m_figure = figure.value();
    m_figureArea->addWidget(m_figure, 1);
}

void ChartsView::exportChart()
{
    if (!m_figure)
        return;
    // Named for what it shows: the chart's title.
    const QString title = m_figure->charts().isEmpty() ? QString() : m_figure->charts().constFirst()->title();
    const QString path = FileDialog::saveFile(this, tr("Export chart"), fileNameOf(title.isEmpty() ? tr("chart") : title, QStringLiteral("png")),
                                              tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    // SVG and PDF are drawn at the size shown, to scale; a PNG is laid out at the chosen size.
    if (const Status saved = ChartExport::save(m_figure, path, pngSize()); !saved)
        MessageBox::critical(this, tr("Export chart"), saved.error());
    else
        SavedFileNotice::show(this, path);
}

QSize ChartsView::pngSize() const
{
    return m_pngSize->currentData().toSize();
}

void ChartsView::addToPresentation()
{
    const ChartSpec s = spec();
    m_specs.append(s);
    // The slide is listed by the chart's own title, in words ("Chỉ tiêu "Tỷ lệ hồ sơ …" theo
    // tỉnh"), not by the keys the spec keeps.
    const QString title = m_figure && !m_figure->charts().isEmpty() ? m_figure->charts().constFirst()->title() : QString();
    m_list->addItem(title.isEmpty() ? s.label() : title);
}

PresentationWindow *ChartsView::presentation() const
{
    return m_presentation;
}

void ChartsView::startPresentation()
{
    QList<ChartSpec> specs = m_specs;
    int start = m_list->currentRow();
    if (specs.isEmpty()) {
        specs = {spec()};
        start = 0;
    }
    m_presentation = new PresentationWindow(m_db, specs, std::max(0, start), this);
    m_presentation->showFullScreen();
    m_presentation->setFocus();
}

} // namespace pardesk
