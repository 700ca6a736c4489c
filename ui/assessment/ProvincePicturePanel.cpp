#include "assessment/ProvincePicturePanel.h"

#include "assessment/AssessmentText.h"
#include "assessment/ProvincePictureLoader.h"
#include "periods/Period.h"
#include "plans/PlanFormat.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QSet>
#include <QVBoxLayout>

namespace pardesk {
namespace {

QTableWidget *table(const QString &name, int columns)
{
    auto *t = new QTableWidget(0, columns);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return t;
}

QWidget *titled(QLabel *title, QWidget *body)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    title->setBuddy(body);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return box;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QSet<int> &numbers = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (numbers.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
}

QString brief(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > 110 ? flat.left(108) + QStringLiteral("…") : flat;
}

} // namespace

ProvincePicturePanel::ProvincePicturePanel(const Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_provinceLabel(new QLabel), m_province(new QComboBox), m_yearLabel(new QLabel),
      m_year(new QSpinBox), m_headline(new QLabel), m_areasTitle(new QLabel), m_areas(table(QStringLiteral("estimateAreas"), 6)),
      m_agenciesTitle(new QLabel), m_agencies(table(QStringLiteral("estimateAgencies"), 5)), m_lostTitle(new QLabel),
      m_lost(table(QStringLiteral("lostPoints"), 6)), m_yearEndTitle(new QLabel),
      m_yearEnd(table(QStringLiteral("ratioYearEnd"), 6)), m_yearEndBox(titled(m_yearEndTitle, m_yearEnd))
{
    m_province->setObjectName(QStringLiteral("estimateProvince"));
    m_year->setObjectName(QStringLiteral("estimateYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_provinceLabel->setBuddy(m_province);
    m_yearLabel->setBuddy(m_year);
    m_headline->setObjectName(QStringLiteral("estimateHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    if (const auto provinces = m_store.references().provinces())
        for (const ProvinceName &p : provinces.value())
            m_province->addItem(p.name, p.code);
    m_lost->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_lost->setColumnWidth(1, 260);
    m_lost->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_yearEnd->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_yearEnd->setColumnWidth(1, 260);
    m_yearEnd->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_provinceLabel);
    choosers->addWidget(m_province);
    choosers->addWidget(m_yearLabel);
    choosers->addWidget(m_year);
    choosers->addStretch(1);
    auto *top = new QSplitter;
    top->addWidget(titled(m_areasTitle, m_areas));
    top->addWidget(titled(m_agenciesTitle, m_agencies));
    // The agencies' names need room too: a department-level set ranks dozens of them.
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({600, 420});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_yearEndBox); // shown when a ratio sub-criterion has figures this year
    split->addWidget(titled(m_lostTitle, m_lost));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        m_setId.reset(); // another province: the set that applies to it there
        reload();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_setId.reset();
        reload();
    });
    retranslate();
}

void ProvincePicturePanel::follow(const QString &province, int year, std::optional<qint64> setId)
{
    const QSignalBlocker provinceBlock(m_province), yearBlock(m_year);
    if (const int row = m_province->findData(province); row >= 0)
        m_province->setCurrentIndex(row);
    m_year->setValue(year);
    m_setId = setId;
    reload();
}

void ProvincePicturePanel::reload()
{
    m_stale = true;
    if (isVisible())
        build();
}

void ProvincePicturePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        build();
}

void ProvincePicturePanel::build()
{
    m_stale = false;
    const auto picture = ProvincePictureLoader::load(m_store, m_province->currentData().toString(), m_year->value(), m_setId);
    if (!picture) {
        m_picture.reset();
        m_headline->setText(QStringLiteral("⚠ ") + picture.error());
        for (QTableWidget *t : {m_areas, m_agencies, m_lost, m_yearEnd})
            t->setRowCount(0);
        m_yearEndBox->hide();
        return;
    }
    m_picture = picture.value();
    const ProvincePicture &p = *m_picture;
    QString from = tr("no agency has scored it yet; survey points are the last official ones");
    for (const AgencyStanding &a : p.agencies)
        if (a.agencyKey == p.estimateFrom)
            from = tr("from the self-assessment of %1, %2 (%3)").arg(a.agencyName, AssessmentText::period(a.period),
                                                                     AssessmentText::status(a.status));
    QString official;
    for (const AreaEstimate &a : p.areas)
        if (a.official)
            official += u' ' + tr("Last official result of area %1 (%2): %3 points, rank %4/%5.")
                                   .arg(a.code)
                                   .arg(a.officialYear)
                                   .arg(AssessmentText::points(a.official))
                                   .arg(a.officialRank ? QString::number(*a.officialRank) : QStringLiteral("—"))
                                   .arg(a.officialRankOf ? QString::number(*a.officialRankOf) : QStringLiteral("—"));
    m_headline->setText(tr("Estimate for %1, %2 (%3): %4 of %5 points, %6.")
                            .arg(m_province->currentText())
                            .arg(p.year)
                            .arg(p.setKey, AssessmentText::points(p.total.estimate), AssessmentText::points(p.total.max), from) +
                        official);
    showAreas(p);
    showAgencies(p);
    showLost(p);
    showYearEnd(p);
}

void ProvincePicturePanel::showYearEnd(const ProvincePicture &p)
{
    m_yearEnd->setRowCount(int(p.ratioYearEnd.size()));
    for (int row = 0; row < p.ratioYearEnd.size(); ++row) {
        const RatioYearEnd &r = p.ratioYearEnd[row];
        const auto rate = r.projection.rate.value;
        setRow(m_yearEnd, row,
               {r.reading.code, RatioFigures::figure(r.reading, AssessmentText::convention()),
                rate ? formatNumber(*rate, 2, AssessmentText::convention()) + u'%' : QStringLiteral("—"),
                r.projection.points ? AssessmentText::points(r.projection.points) : QStringLiteral("—"),
                AssessmentText::points(r.reading.max), r.projection.assumption},
               {2, 3, 4});
    }
    m_yearEnd->resizeRowsToContents();
    m_yearEndBox->setVisible(!p.ratioYearEnd.isEmpty());
}

void ProvincePicturePanel::showAreas(const ProvincePicture &p)
{
    m_areas->setRowCount(int(p.areas.size()) + 1);
    int row = 0;
    const auto line = [this, &row](const AreaEstimate &a, const QString &label) {
        setRow(m_areas, row++,
               {a.code, label, AssessmentText::points(a.max), AssessmentText::points(a.estimate),
                tr("%1 scored, %2 not").arg(a.scored).arg(a.unscored),
                a.official ? tr("%1 (%2)").arg(AssessmentText::points(a.official)).arg(a.officialYear) : QStringLiteral("—")},
               {2, 3, 5});
    };
    for (const AreaEstimate &a : p.areas)
        line(a, a.label);
    line(p.total, tr("Total"));
    m_areas->resizeRowsToContents();
}

void ProvincePicturePanel::showAgencies(const ProvincePicture &p)
{
    m_agencies->setRowCount(int(p.agencies.size()));
    for (int row = 0; row < p.agencies.size(); ++row) {
        const AgencyStanding &a = p.agencies[row];
        const bool started = a.status != u"not_started";
        setRow(m_agencies, row,
               {a.rank ? QString::number(*a.rank) : QStringLiteral("—"), a.agencyName, AssessmentText::status(a.status),
                started ? AssessmentText::period(a.period) : QString(), started ? AssessmentText::points(a.total) : QString()},
               {0, 4});
    }
    m_agencies->resizeRowsToContents();
}

void ProvincePicturePanel::showLost(const ProvincePicture &p)
{
    m_lost->setRowCount(int(p.lost.size()));
    for (int row = 0; row < p.lost.size(); ++row) {
        const LostPointMovers &m = p.lost[row];
        QStringList movers;
        for (const Target &t : m.targets)
            movers << tr("Target %1: %2").arg(t.stt, brief(t.text));
        // The latest figures reported: the measuring item's, then each target's actual value.
        if (m.ratio)
            movers << (m.ratio->rate ? tr("Latest figure: %1").arg(RatioFigures::figure(*m.ratio, AssessmentText::convention()))
                                     : tr("Latest figure: none reported yet (%1, %2).").arg(m.ratio->formName, m.ratio->formula));
        for (const TargetReportRow &f : m.targetFigures) {
            const QString unit = f.target.unit.isEmpty() || f.target.unit == u"%" ? f.target.unit : u' ' + f.target.unit;
            movers << tr("Latest figure of target %1: %2 (%3)")
                          .arg(f.target.stt, formatNumber(f.actual->value, 2, AssessmentText::convention()) + unit,
                               Period::labelOf(f.actual->period));
        }
        for (const Task &t : m.openTasks)
            movers << tr("Open task %1: %2 (due %3)")
                          .arg(t.stt, brief(t.text),
                               t.deadline.isEmpty() ? (t.timeframe.isEmpty() ? QStringLiteral("—") : t.timeframe)
                                                    : PlanFormat::date(t.deadline));
        setRow(m_lost, row,
               {m.lost.code, m.lost.label.isEmpty() ? tr("(not named in the source)") : m.lost.label,
                AssessmentText::points(m.lost.points), AssessmentText::points(m.lost.max), AssessmentText::points(m.lost.lost()),
                (m.fromOfficial ? tr("Last official result.") + u'\n' : QString()) +
                    (movers.isEmpty() ? tr("No target or open task of the plan is numbered under it.") : movers.join(u'\n'))},
               {2, 3, 4});
    }
    m_lost->resizeRowsToContents();
}

void ProvincePicturePanel::retranslate()
{
    m_provinceLabel->setText(tr("Pro&vince:"));
    m_yearLabel->setText(tr("Y&ear:"));
    m_areasTitle->setText(tr("Estimate per area (appraised points, else self-scored; survey points from the last official result)"));
    m_agenciesTitle->setText(tr("Agencies, ranked"));
    m_lostTitle->setText(tr("&Lost points, largest first, and what moves them"));
    m_areas->setHorizontalHeaderLabels({tr("Code"), tr("Area"), tr("Max"), tr("Estimate"), tr("Sub-criteria"), tr("Official")});
    m_agencies->setHorizontalHeaderLabels({tr("Rank"), tr("Agency"), tr("Status"), tr("Period"), tr("Total")});
    m_lost->setHorizontalHeaderLabels({tr("Code"), tr("Sub-criterion"), tr("Points"), tr("Max"), tr("Lost"),
                                       tr("Targets, latest figures and open tasks that move it")});
    m_yearEndTitle->setText(tr("&Ratio sub-criteria at the year's end, projected from the rates reported this year"));
    m_yearEnd->setHorizontalHeaderLabels(
        {tr("Code"), tr("Latest figure"), tr("Year-end rate"), tr("Year-end points"), tr("Max"), tr("Assumption")});
    reload();
}

} // namespace pardesk
