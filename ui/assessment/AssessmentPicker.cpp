#include "assessment/AssessmentPicker.h"

#include "assessment/AssessmentChoices.h"
#include "assessment/AssessmentPeriod.h"
#include "assessment/AssessmentText.h"
#include "shell/RightsGate.h"
#include "store/References.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pardesk {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

AssessmentPicker::AssessmentPicker(const Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_listLabel(new QLabel), m_list(new QTableWidget(0, 3)),
      m_newBox(new QGroupBox), m_setLabel(new QLabel), m_agencyLabel(new QLabel), m_yearLabel(new QLabel),
      m_periodLabel(new QLabel), m_set(new QComboBox), m_agency(new QComboBox), m_year(new QSpinBox),
      m_period(new QComboBox), m_create(new QPushButton)
{
    m_list->setObjectName(QStringLiteral("assessmentList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setWordWrap(true);
    m_listLabel->setBuddy(m_list);
    m_set->setObjectName(QStringLiteral("assessmentSet"));
    m_agency->setObjectName(QStringLiteral("assessmentAgency"));
    m_period->setObjectName(QStringLiteral("assessmentPeriod"));
    m_create->setObjectName(QStringLiteral("createAssessment"));
    // A long set or agency name must not widen the whole area past a small screen.
    for (QComboBox *box : {m_set, m_agency, m_period}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_setLabel->setBuddy(m_set);
    m_agencyLabel->setBuddy(m_agency);
    m_yearLabel->setBuddy(m_year);
    m_periodLabel->setBuddy(m_period);

    auto *form = new QFormLayout(m_newBox);
    form->addRow(m_setLabel, m_set);
    form->addRow(m_agencyLabel, m_agency);
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_newBox);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> chosen = m_list->selectedItems();
        if (!m_filling && !chosen.isEmpty())
            emit openRequested(m_list->item(chosen.first()->row(), 0)->data(kIdRole).toLongLong());
    });
    connect(m_set, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // A set that ended scores its last year by default; one in force, this year.
        if (const CriteriaSetSummary *s = chosenSet(); s && s->yearTo > 0 && s->yearTo < QDate::currentDate().year())
            m_year->setValue(s->yearTo);
        fillAgencies();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &AssessmentPicker::fillPeriods);
    connect(m_create, &QPushButton::clicked, this, &AssessmentPicker::requestCreate);
    retranslate();
}

const CriteriaSetSummary *AssessmentPicker::chosenSet() const
{
    const qint64 id = m_set->currentData().toLongLong();
    for (const CriteriaSetSummary &s : m_sets)
        if (s.id == id)
            return &s;
    return nullptr;
}

Status AssessmentPicker::reload()
{
    const auto sets = m_store.criteriaSets().list();
    if (!sets)
        return sets.failure();
    m_sets = sets.value();
    const qint64 chosen = m_set->currentData().toLongLong();
    m_filling = true;
    m_set->clear();
    for (const CriteriaSetSummary &s : m_sets) {
        m_set->addItem(s.name.isEmpty() ? s.key : s.name, s.id);
        m_set->setItemData(m_set->count() - 1, s.key, Qt::ToolTipRole);
    }
    m_set->setCurrentIndex(std::max(0, m_set->findData(chosen)));
    m_filling = false;
    if (const CriteriaSetSummary *s = chosenSet(); s && chosen == 0 && s->yearTo > 0 && s->yearTo < m_year->value())
        m_year->setValue(s->yearTo);
    fillAgencies();
    fillPeriods();
    return reloadList();
}

Status AssessmentPicker::reloadList()
{
    const qint64 selected = m_list->currentRow() >= 0 && m_list->item(m_list->currentRow(), 0)
                                ? m_list->item(m_list->currentRow(), 0)->data(kIdRole).toLongLong()
                                : 0;
    const auto headers = m_store.selfAssessments().list();
    if (!headers)
        return headers.failure();
    m_filling = true;
    m_list->setRowCount(int(headers->size()));
    for (int row = 0; row < headers->size(); ++row) {
        const AssessmentHeader &h = headers->at(row);
        const QStringList cells{h.agencyName, AssessmentText::period(h.period), AssessmentText::status(h.status)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(kIdRole, h.id);
            // The province and the criteria set, which the narrow list has no room for.
            item->setToolTip(tr("%1 (%2), criteria set %3").arg(h.agencyName, h.province, h.setKey));
            m_list->setItem(row, column, item);
        }
    }
    m_list->resizeRowsToContents();
    m_filling = false;
    select(selected);
    return {};
}

void AssessmentPicker::select(qint64 assessmentId)
{
    m_filling = true;
    m_list->clearSelection();
    for (int row = 0; row < m_list->rowCount(); ++row)
        if (m_list->item(row, 0)->data(kIdRole).toLongLong() == assessmentId) {
            m_list->selectRow(row);
            m_list->setCurrentCell(row, 0, QItemSelectionModel::NoUpdate);
            break;
        }
    m_filling = false;
}

void AssessmentPicker::presetNewAfter(const AssessmentHeader &open)
{
    const auto period = AssessmentPeriod::parse(open.period);
    if (!period)
        return;
    const AssessmentPeriod next = period->next();
    m_set->setCurrentIndex(std::max(0, m_set->findData(open.setId))); // fills the agencies of its group
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(open.agencyId)));
    m_year->setValue(next.year); // fills that year's periods
    m_period->setCurrentIndex(std::max(0, m_period->findData(next.key())));
}

void AssessmentPicker::fillAgencies()
{
    const qint64 chosen = m_agency->currentData().toLongLong();
    m_agency->clear();
    const CriteriaSetSummary *set = chosenSet();
    if (!set)
        return;
    for (const AgencyRef &a : AssessmentChoices::scoredAgencies(m_store, *set))
        if (m_store.rights().mayWriteFor(a.key)) // an agency's login creates only its own
            m_agency->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.province), a.id);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(chosen)));
    enableButtonIf(m_create, m_agency->count() > 0, m_store.rights().mayWriteAnything(), m_store.rights());
}

void AssessmentPicker::fillPeriods()
{
    AssessmentChoices::fillPeriods(m_period, m_year->value());
}

void AssessmentPicker::requestCreate()
{
    const CriteriaSetSummary *set = chosenSet();
    if (!set || m_agency->currentIndex() < 0 || m_period->currentIndex() < 0)
        return;
    emit createRequested(set->id, m_agency->currentData().toLongLong(), m_period->currentData().toString());
}

void AssessmentPicker::retranslate()
{
    m_listLabel->setText(tr("&Self-assessments:"));
    m_list->setHorizontalHeaderLabels({tr("Agency"), tr("Period"), tr("Status")});
    m_newBox->setTitle(tr("New self-assessment"));
    m_setLabel->setText(tr("Criteria se&t:"));
    m_agencyLabel->setText(tr("A&gency:"));
    m_yearLabel->setText(tr("&Year:"));
    m_periodLabel->setText(tr("&Period:"));
    m_create->setText(tr("&Create draft"));
    m_create->setToolTip(tr("Start a self-assessment of the chosen agency for the chosen period; an existing one is opened."));
    fillPeriods(); // the periods' names are in the language; the list's words come back with reload()
}

} // namespace pardesk
