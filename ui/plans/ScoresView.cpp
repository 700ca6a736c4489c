#include "plans/ScoresView.h"

#include "plans/PlanFormat.h"
#include "plans/ScoreTableModel.h"
#include "scores/IndexScores.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "text/SourceName.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace pardesk {
namespace {

QString number(std::optional<double> v, int decimals = 4)
{
    return v ? PlanFormat::number(*v, decimals) : QStringLiteral("—");
}

QString signedNumber(std::optional<double> v, int decimals = 2)
{
    if (!v)
        return QStringLiteral("—");
    return (*v > 0 ? QStringLiteral("+") : *v < 0 ? QStringLiteral("−") : QString()) + PlanFormat::number(std::abs(*v), decimals);
}

QLabel *heading()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *sourceLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

QTableView *table(ScoreTableModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name column takes the room left, once the model has its columns.
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] {
        if (view->model()->columnCount() > 1)
            view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    });
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return view;
}

} // namespace

ScoresView::ScoresView(Store &db, QUndoStack *, QWidget *parent)
    : AppView(parent), m_db(db), m_parTitle(heading()), m_par(new ScoreTableModel(this)),
      m_parSource(sourceLabel()), m_papiTitle(heading()), m_papi(new ScoreTableModel(this)), m_papiSource(sourceLabel()),
      m_sipasTitle(heading()), m_sipas(new ScoreTableModel(this)), m_sipasSource(sourceLabel()), m_message(new QLabel)
{
    m_parView = table(m_par, QStringLiteral("parTable"));
    setFocusProxy(m_parView); // switching to the area puts the keyboard on the first table
    m_papiView = table(m_papi, QStringLiteral("papiTable"));
    m_sipasView = table(m_sipas, QStringLiteral("sipasTable"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_message);
    for (const auto &[title, view, source] : {std::tuple{m_parTitle, m_parView, m_parSource},
                                              std::tuple{m_papiTitle, m_papiView, m_papiSource},
                                              std::tuple{m_sipasTitle, m_sipasView, m_sipasSource}}) {
        layout->addWidget(title);
        layout->addWidget(view);
        layout->addWidget(source);
        layout->addSpacing(12);
    }
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(&m_db.events(), &StoreEvents::changed, this, [this](const StoreChange &change) {
        if (change.concerns(QStringLiteral("scores")) || change.concerns(QStringLiteral("documents")))
            reload();
    });
    reload();
}

AppViewDescriptor ScoresView::descriptor()
{
    return {QStringLiteral("scores"), [] { return tr("Index scores"); }};
}

void ScoresView::retranslate()
{
    reload(); // every text of the tables is built in the current language
}


QVariant ScoresView::selection() const
{
    return {};
}

void ScoresView::restoreSelection(const QVariant &)
{
}

void ScoresView::reload()
{
    const auto scores = m_db.scores().list();
    const auto documents = m_db.plans().documents();
    if (!scores || !documents) {
        m_message->setText(QStringLiteral("⚠ ") + (!scores ? scores.error() : documents.error()));
        m_message->show();
        return;
    }
    m_documents = documents.value();
    showPar(scores.value());
    showPapi(scores.value());
    showSipas(scores.value());
}

QString ScoresView::sourcesOf(const QStringList &sources) const
{
    // A source "004:I.2.b" is a place in a seed; the seed's documents name it for people.
    QStringList seeds;
    for (const QString &s : sources) {
        const QString seed = s.section(u':', 0, 0);
        if (!seed.isEmpty() && !seeds.contains(seed))
            seeds << seed;
    }
    QStringList named;
    for (const QString &seed : std::as_const(seeds))
        for (const Document &d : m_documents)
            if (d.citedBy.isEmpty() && d.source.section(u':', 0, 0) == seed)
                named << QStringLiteral("%1 (%2)").arg(d.name, d.province);
    // The place in the seed of each row is in the table's Source column.
    return tr("Source: %1").arg(named.join(QStringLiteral(", ")));
}

void ScoresView::showPar(const QList<Score> &scores)
{
    QList<QStringList> rows, exact;
    QSet<int> bold;
    QStringList sources;
    QStringList titles;
    for (const ParArea &area : IndexScores::parAreas(scores)) {
        titles << tr("PAR Index %1, %2 — area %3: %4 of %5 points, rank %6/%7")
                      .arg(area.year)
                      .arg(area.province, area.area.code, number(area.area.achieved), number(area.area.max))
                      .arg(area.rank ? QString::number(*area.rank) : QStringLiteral("—"))
                      .arg(area.rankOf ? QString::number(*area.rankOf) : QStringLiteral("—"));
        // Points to two decimals, which a meeting compares; the published four on hover (the
        // title keeps the official result whole: 10,1352).
        const auto row = [&](const ParCriterion &c) {
            sources << c.source;
            rows << QStringList{c.code,              c.name, number(c.achieved, 2), number(c.max, 2), number(c.share(), 1),
                                number(c.lost(), 2), SourceName::part(c.source)};
            exact << QStringList{QString(), QString(), number(c.achieved), number(c.max), QString(), number(c.lost()), c.source};
        };
        bold << int(rows.size());
        row(area.area);
        for (const ParCriterion &c : area.criteria)
            row(c);
        if (const auto rest = area.lostElsewhere(); rest && *rest > 1e-9) {
            rows << QStringList{QString(), tr("Criteria the source does not list"), QString(), QString(), QString(),
                                number(rest, 2), QString()};
            exact << QStringList{QString(), QString(), QString(), QString(), QString(), number(rest), QString()};
        }
    }
    m_parTitle->setText(titles.isEmpty() ? tr("PAR Index: no scores in the database") : titles.join(u'\n'));
    m_par->setTable({tr("Code"), tr("Criterion (most points lost first)"), tr("Achieved"), tr("Max"), tr("Share (%)"),
                     tr("Lost"), tr("Source")},
                    rows, bold, {2, 3, 4, 5}, exact);
    m_parSource->setText(sourcesOf(sources));
}

void ScoresView::showPapi(const QList<Score> &scores)
{
    // Each province's own PAPI rows, from its first year to its last.
    QMap<QString, QPair<int, int>> years;
    for (const Score &s : scores) {
        if (s.index != u"PAPI" || s.scope != u"province")
            continue;
        auto &range = years[s.province];
        range.first = range.first == 0 ? s.year : std::min(range.first, s.year);
        range.second = std::max(range.second, s.year);
    }
    QList<QStringList> rows;
    QSet<int> bold;
    QStringList sources;
    QStringList titles;
    int from = 0, to = 0;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        from = it->first;
        to = it->second;
        titles << tr("PAPI %1 — %2 → %3").arg(it.key()).arg(from).arg(to);
        for (const YearOverYear &y : IndexScores::papi(scores, it.key(), from, to)) {
            if (y.parentCode.isEmpty())
                bold << int(rows.size());
            sources << y.source;
            rows << QStringList{y.code, y.name, number(y.from, 2), number(y.to, 2), signedNumber(y.change()),
                                number(y.countryTo, 2), SourceName::part(y.source)};
        }
    }
    m_papiTitle->setText(titles.isEmpty() ? tr("PAPI: no scores in the database") : titles.join(u'\n'));
    m_papi->setTable({tr("Code"), tr("Dimension / sub-indicator"), QString::number(from), QString::number(to), tr("Change"),
                      tr("Country %1").arg(to), tr("Source")},
                     rows, bold, {2, 3, 4, 5});
    m_papiSource->setText(sourcesOf(sources));
}

void ScoresView::showSipas(const QList<Score> &scores)
{
    QList<QStringList> rows;
    QStringList sources;
    for (const SipasComparison &s : IndexScores::sipas(scores)) {
        sources << s.source;
        const QString who = s.scope == u"agency" ? (s.note.isEmpty() ? tr("An agency") : s.note) : tr("The province");
        rows << QStringList{QStringLiteral("%1 %2").arg(s.province).arg(s.year), who, number(s.value, 2) + u'%',
                            s.provinceAverage ? number(s.provinceAverage, 2) + u'%' : QStringLiteral("—"),
                            signedNumber(s.vsProvince()), number(s.countryAverage, 2) + u'%', signedNumber(s.vsCountry()),
                            SourceName::part(s.source)};
    }
    m_sipasTitle->setText(tr("SIPAS — satisfaction with public administrative services"));
    m_sipas->setTable({tr("Province, year"), tr("Result of"), tr("SIPAS"), tr("Province average"), tr("vs province (pp)"),
                       tr("Country average"), tr("vs country (pp)"), tr("Source")},
                      rows, {}, {2, 3, 4, 5, 6});
    m_sipasSource->setText(sourcesOf(sources));
}

} // namespace pardesk
