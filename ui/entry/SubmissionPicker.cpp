#include "entry/SubmissionPicker.h"

#include "entry/SubmissionListModel.h"
#include "periods/Period.h"
#include "shell/RightsGate.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace pardesk {

SubmissionPicker::SubmissionPicker(const Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new SubmissionListModel(this)), m_listLabel(new QLabel),
      m_list(new QTableView), m_newBox(new QGroupBox), m_formLabel(new QLabel), m_agencyLabel(new QLabel),
      m_yearLabel(new QLabel), m_periodLabel(new QLabel), m_form(new QComboBox), m_agency(new QComboBox),
      m_year(new QSpinBox), m_period(new QComboBox), m_create(new QPushButton)
{
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SubmissionListModel::AgencyColumn, QHeaderView::Interactive);
    m_list->setWordWrap(false);
    m_listLabel->setBuddy(m_list);
    m_agency->setObjectName(QStringLiteral("newSubmissionAgency"));
    m_create->setObjectName(QStringLiteral("createSubmission"));
    connect(m_list, &QTableView::activated, this, &SubmissionPicker::requestOpen);
    connect(m_list, &QTableView::clicked, this, &SubmissionPicker::requestOpen);

    for (QComboBox *box : {m_form, m_agency, m_period}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_formLabel->setBuddy(m_form);
    m_agencyLabel->setBuddy(m_agency);
    m_yearLabel->setBuddy(m_year);
    m_periodLabel->setBuddy(m_period);
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        fillAgencies();
        fillPeriods();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &SubmissionPicker::fillPeriods);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_form->currentIndex() < 0 || m_agency->currentIndex() < 0 || m_period->currentIndex() < 0)
            return;
        emit createRequested(m_form->currentData().toLongLong(), m_agency->currentData().toLongLong(),
                             m_period->currentData().toString());
    });

    auto *form = new QFormLayout(m_newBox);
    form->addRow(m_formLabel, m_form);
    form->addRow(m_agencyLabel, m_agency);
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_periodLabel, m_period);
    form->addRow(QString(), m_create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_newBox);
    retranslate();
}

Status SubmissionPicker::reload()
{
    auto forms = m_store.forms().list();
    if (!forms)
        return forms.failure();
    auto submissions = m_store.submissions().list();
    if (!submissions)
        return submissions.failure();
    m_model->setSubmissions(std::move(submissions).value());
    m_list->setColumnWidth(SubmissionListModel::AgencyColumn, 150);

    const qint64 chosen = m_form->currentData().toLongLong();
    m_forms = std::move(forms).value();
    const QSignalBlocker blocker(m_form);
    m_form->clear();
    for (const Form &f : m_forms) {
        m_form->addItem(f.name, f.id);
        m_form->setItemData(m_form->count() - 1, f.name, Qt::ToolTipRole);
    }
    m_form->setCurrentIndex(std::max(0, m_form->findData(chosen)));
    fillAgencies();
    fillPeriods();
    return {};
}

void SubmissionPicker::fillAgencies()
{
    const int f = m_form->currentIndex();
    const QString province = f >= 0 && f < m_forms.size() ? m_forms[f].province : QString();
    const qint64 chosen = m_agency->currentData().toLongLong();
    m_agency->clear();
    const auto agencies = m_store.references().agencies(province);
    if (!agencies)
        return;
    for (const AgencyRef &a : agencies.value()) {
        if (!m_store.rights().mayWriteFor(a.key)) // an agency's login creates only its own reports
            continue;
        m_agency->addItem(a.name, a.id);
        m_agency->setItemData(m_agency->count() - 1, a.key, Qt::ToolTipRole);
    }
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(chosen)));
    enableButtonIf(m_create, m_agency->count() > 0, m_store.rights().mayWriteAnything(), m_store.rights());
}

void SubmissionPicker::fillPeriods()
{
    const int f = m_form->currentIndex();
    const QString chosen = m_period->currentData().toString();
    m_period->clear();
    if (f < 0 || f >= m_forms.size())
        return;
    QList<Period> periods;
    for (Period::Kind kind : {Period::Kind::Quarter, Period::Kind::Half, Period::Kind::NineMonths, Period::Kind::Year})
        if (m_forms[f].periodKinds.contains(Period::kindName(kind)))
            periods += Period::periodsOf(kind, m_year->value());
    std::sort(periods.begin(), periods.end());
    for (const Period &p : periods)
        m_period->addItem(p.label(), p.key());
    // The same period of the newly chosen year ("2022S1" → "2023S1").
    const int again = chosen.size() >= 4 ? m_period->findData(QString::number(m_year->value()) + chosen.mid(4)) : -1;
    m_period->setCurrentIndex(std::max(0, again));
}

void SubmissionPicker::select(qint64 submissionId)
{
    const int row = m_model->rowOf(submissionId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void SubmissionPicker::requestOpen(const QModelIndex &index)
{
    if (index.isValid())
        emit openRequested(index.data(SubmissionListModel::IdRole).toLongLong());
}

void SubmissionPicker::retranslate()
{
    m_listLabel->setText(tr("&Open a submission:"));
    m_newBox->setTitle(tr("New submission"));
    m_formLabel->setText(tr("&Form:"));
    m_agencyLabel->setText(tr("A&gency:"));
    m_yearLabel->setText(tr("&Year:"));
    m_periodLabel->setText(tr("&Period:"));
    m_create->setText(tr("&Create"));
    m_model->retranslate();
    fillPeriods(); // the labels of the periods
}

} // namespace pardesk
