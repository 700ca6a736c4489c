#include "assessment/AssessmentTemplateDialog.h"

#include "assessment/AssessmentChoices.h"
#include "assessment/AssessmentPeriod.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace pardesk {

AssessmentTemplateDialog::AssessmentTemplateDialog(const Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_set(new QComboBox), m_agency(new QComboBox), m_year(new QSpinBox),
      m_period(new QComboBox), m_note(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("blankTemplateDialog"));
    setWindowTitle(tr("Blank Template for an Agency"));
    m_set->setObjectName(QStringLiteral("templateSet"));
    m_agency->setObjectName(QStringLiteral("templateAgency"));
    m_year->setObjectName(QStringLiteral("templateYear"));
    m_period->setObjectName(QStringLiteral("templatePeriod"));
    m_note->setObjectName(QStringLiteral("templateNote"));
    m_note->setWordWrap(true);
    for (QComboBox *box : {m_set, m_agency, m_period}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
    }
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save template…"));

    auto *intro = new QLabel(tr("An Excel workbook for an agency to fill in for a period in which it has no "
                                "self-assessment yet; once filled in, it is imported in this area (Package / template › Import…)."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *setLabel = new QLabel(tr("Criteria se&t:"));
    auto *agencyLabel = new QLabel(tr("A&gency:"));
    auto *yearLabel = new QLabel(tr("&Year:"));
    auto *periodLabel = new QLabel(tr("&Period:"));
    setLabel->setBuddy(m_set);
    agencyLabel->setBuddy(m_agency);
    yearLabel->setBuddy(m_year);
    periodLabel->setBuddy(m_period);
    form->addRow(setLabel, m_set);
    form->addRow(agencyLabel, m_agency);
    form->addRow(yearLabel, m_year);
    form->addRow(periodLabel, m_period);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    if (const auto sets = m_store.criteriaSets().list())
        m_sets = sets.value();
    else
        m_loadError = sets.error();
    for (const CriteriaSetSummary &s : std::as_const(m_sets)) {
        m_set->addItem(s.name.isEmpty() ? s.key : s.name, s.id);
        m_set->setItemData(m_set->count() - 1, s.key, Qt::ToolTipRole);
    }
    connect(m_set, &QComboBox::currentIndexChanged, this, [this] {
        // A set that ended scores its last year by default, as in the picker.
        if (const CriteriaSetSummary *s = chosenSet(); s && s->yearTo > 0 && s->yearTo < QDate::currentDate().year())
            m_year->setValue(s->yearTo);
        fillAgencies();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) { AssessmentChoices::fillPeriods(m_period, year); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (const CriteriaSetSummary *s = chosenSet(); s && s->yearTo > 0 && s->yearTo < m_year->value())
        m_year->setValue(s->yearTo);
    AssessmentChoices::fillPeriods(m_period, m_year->value());
    fillAgencies();
}

const CriteriaSetSummary *AssessmentTemplateDialog::chosenSet() const
{
    const qint64 id = m_set->currentData().toLongLong();
    for (const CriteriaSetSummary &s : m_sets)
        if (s.id == id)
            return &s;
    return nullptr;
}

QPushButton *AssessmentTemplateDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void AssessmentTemplateDialog::fillAgencies()
{
    const QString chosen = m_agency->currentData().toString();
    m_agency->clear();
    if (const CriteriaSetSummary *set = chosenSet()) {
        for (const AgencyRef &a : AssessmentChoices::scoredAgencies(m_store, *set)) {
            if (!m_store.rights().mayReadFor(a.key)) // an agency's login sees its own agency only
                continue;
            m_agency->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.province), a.key);
            m_agency->setItemData(m_agency->count() - 1, a.key, Qt::ToolTipRole);
        }
    }
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(chosen)));
    updateNote();
}

void AssessmentTemplateDialog::updateNote()
{
    QString why;
    if (!m_loadError.isEmpty())
        why = m_loadError;
    else if (m_sets.isEmpty())
        why = tr("The store holds no criteria set; import one first (pardesk-cli assessment import-set).");
    else if (m_agency->count() == 0)
        why = m_store.rights().role() == StoreRights::Role::Agency
                  ? tr("This criteria set does not score the agency of the login %1.").arg(m_store.rights().login())
                  : tr("This criteria set scores no agency in the store.");
    m_note->setText(why);
    m_note->setVisible(!why.isEmpty());
    saveButton()->setEnabled(why.isEmpty());
}

void AssessmentTemplateDialog::preset(const AssessmentIdentity &identity)
{
    m_set->setCurrentIndex(std::max(0, m_set->findData(identity.setKey, Qt::ToolTipRole))); // fills the agencies
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(identity.agencyKey)));
    if (const auto period = AssessmentPeriod::parse(identity.period)) {
        m_year->setValue(period->year); // fills that year's periods
        m_period->setCurrentIndex(std::max(0, m_period->findData(period->key())));
    }
}

AssessmentIdentity AssessmentTemplateDialog::identity() const
{
    const CriteriaSetSummary *set = chosenSet();
    return {set ? set->key : QString(), m_agency->currentData().toString(), m_period->currentData().toString()};
}

} // namespace pardesk
