#include "entry/SubmissionView.h"

#include "editing/EditSession.h"
#include "entry/EntryModel.h"
#include "entry/EntryTreeView.h"
#include "entry/ExplanationDialog.h"
#include "entry/FindingsModel.h"
#include "entry/HistoryModel.h"
#include "entry/MessageBar.h"
#include "entry/SubmissionPicker.h"
#include "periods/Period.h"
#include "settings/AppSettings.h"
#include "shell/MessageBox.h"
#include "shell/RightsGate.h"
#include "shell/RowHeightFitter.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "validation/SubmitRule.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pardesk {
namespace {

QTableView *panelTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    RowHeightFitter::attach(view); // rows as tall as their wrapped text, measured once per change
    return view;
}

QWidget *titled(QLabel *label, QWidget *body)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    label->setBuddy(body);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

SubmissionView::SubmissionView(Store &db, QUndoStack *undo, QWidget *parent)
    : AppView(parent), m_db(db), m_session(new EditSession(db, this)),
      m_model(new EntryModel(m_session, undo, this)),
      m_findings(new FindingsModel(this)), m_history(new HistoryModel(this)),
      m_picker(new SubmissionPicker(db)), m_grid(new EntryTreeView), m_findingsView(panelTable(m_findings)),
      m_historyView(panelTable(m_history)), m_messages(new MessageBar), m_title(new QLabel), m_subtitle(new QLabel),
      m_status(new QLabel), m_explanation(new QLabel), m_findingsLabel(new QLabel), m_historyLabel(new QLabel),
      m_submit(new QPushButton), m_approve(new QPushButton), m_reopen(new QPushButton), m_split(new QSplitter)
{
    setFocusProxy(m_grid); // switching to the area puts the keyboard on the entry grid
    const bool c = AppSettings::instance().value(AppSettings::Key::NumberConvention).toString() == u"c";
    const NumberConvention convention = c ? NumberConvention::C : NumberConvention::Vietnamese;
    m_model->setConvention(convention);
    m_history->setConvention(convention);
    m_grid->setEntryModel(m_model);

    m_split->addWidget(m_picker);
    m_split->addWidget(buildEntryPane());
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({440, 960});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_picker, &SubmissionPicker::openRequested, this, &SubmissionView::openSubmission);
    connect(m_picker, &SubmissionPicker::createRequested, this, &SubmissionView::create);
    connect(m_model, &EntryModel::problem, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_model, &EntryModel::saved, m_messages, &MessageBar::clear);
    connect(m_model, &EntryModel::savedLater, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Information); });
    connect(m_model, &EntryModel::findingsChanged, this, &SubmissionView::updateFindings);
    connect(m_model, &EntryModel::opened, this, [this] {
        m_grid->expandAll();
        updateHeader();
        const auto earlier = m_session->earlier();
        if (earlier)
            m_history->setEarlier(m_model->sheet().form(), m_model->sheet().looks(), earlier.value());
        else
            m_history->clear();
        m_picker->select(m_model->submissionId());
    });
    connect(m_model, &EntryModel::revisited, this, &SubmissionView::showCell);
    connect(m_grid, &EntryTreeView::copyRequested, this, &SubmissionView::copy);
    connect(m_grid, &EntryTreeView::pasteRequested, this, &SubmissionView::paste);
    connect(m_grid, &EntryTreeView::refused, this, [this](const QModelIndex &cell) {
        m_messages->showMessage(m_model->whyNotEditable(cell), MessageBar::Kind::Information);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &SubmissionView::showHistoryOf);
    connect(m_findingsView, &QTableView::activated, this, &SubmissionView::showFinding);
    connect(m_findingsView, &QTableView::clicked, this, &SubmissionView::showFinding);
    m_status->setObjectName(QStringLiteral("submissionStatus"));
    m_submit->setObjectName(QStringLiteral("submitSubmission"));
    m_approve->setObjectName(QStringLiteral("approveSubmission"));
    m_reopen->setObjectName(QStringLiteral("reopenSubmission"));
    m_session->setRights(db.rights());
    connect(m_submit, &QPushButton::clicked, this, &SubmissionView::submit);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        m_grid->commitEditing();
        afterStatusChange(m_session->approve(), tr("The submission is approved."));
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        afterStatusChange(m_session->reopen(), tr("The submission is open for changes again."));
    });

    // The list follows every committed write (the open submission is read again by its session).
    connect(&m_db.events(), &StoreEvents::changed, this, [this](const StoreChange &change) {
        if (!change.concerns(QStringLiteral("submissions")))
            return;
        if (Status s = m_picker->reload(); !s)
            m_messages->showMessage(s.error(), MessageBar::Kind::Error);
        else if (m_model->isOpen())
            m_picker->select(m_model->submissionId());
    });
    if (Status s = m_picker->reload(); !s)
        m_messages->showMessage(s.error(), MessageBar::Kind::Error);
    retranslate();
}

SubmissionView::~SubmissionView() = default;

QWidget *SubmissionView::buildEntryPane()
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    heading->addWidget(m_status);
    heading->addWidget(m_explanation);
    auto *top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addWidget(m_submit, 0, Qt::AlignTop);
    top->addWidget(m_approve, 0, Qt::AlignTop);
    top->addWidget(m_reopen, 0, Qt::AlignTop);

    QHeaderView *header = m_grid->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EntryModel::LabelColumn, QHeaderView::Stretch);
    m_grid->setIndentation(14);
    header->setSectionResizeMode(EntryModel::CodeColumn, QHeaderView::ResizeToContents);
    m_grid->setColumnWidth(EntryModel::UnitColumn, 120);
    m_grid->setColumnWidth(EntryModel::ValueColumn, 110);
    m_grid->setColumnWidth(EntryModel::NoteColumn, 200);

    auto *panels = new QSplitter;
    panels->addWidget(titled(m_findingsLabel, m_findingsView));
    panels->addWidget(titled(m_historyLabel, m_historyView));
    panels->setStretchFactor(0, 3);
    panels->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_grid);
    vertical->addWidget(panels);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    m_messages->overlay(m_grid); // over the grid's foot: showing a message never moves the grid
    return pane;
}

QVariant SubmissionView::selection() const
{
    return m_model->isOpen() ? QVariant(m_model->submissionId()) : QVariant();
}

void SubmissionView::restoreSelection(const QVariant &selection)
{
    bool ok = false;
    const qint64 id = selection.toLongLong(&ok);
    // What was open last may be gone (another database file): then nothing is opened, silently.
    if (ok && id > 0 && m_session->exists(id))
        openSubmission(id);
}

bool SubmissionView::openSubmission(qint64 submissionId)
{
    if (m_model->isOpen() && m_model->submissionId() == submissionId)
        return true;
    m_grid->commitEditing();
    if (Status s = m_model->open(submissionId); !s) {
        m_messages->showMessage(s.error(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->clear();
    const QList<int> first = m_model->sheet().editableFrom(0, CellWrite::Field::Value);
    showCell(m_model->indexOf(first.isEmpty() ? 0 : first.first(), EntryModel::ValueColumn));
    return true;
}

void SubmissionView::create(qint64 formId, qint64 agencyId, const QString &period)
{
    const auto existing = m_session->find(formId, agencyId, period);
    if (existing && existing.value()) {
        if (openSubmission(*existing.value()))
            m_messages->showMessage(tr("This submission exists already; it is open."), MessageBar::Kind::Information);
        return;
    }
    const auto created = m_session->create(formId, agencyId, period);
    if (!created) {
        m_messages->showMessage(created.error(), MessageBar::Kind::Error);
        return;
    }
    if (Status s = m_picker->reload(); !s)
        m_messages->showMessage(s.error(), MessageBar::Kind::Error);
    if (openSubmission(created.value()))
        m_messages->showMessage(tr("A new draft was created."), MessageBar::Kind::Information);
}

void SubmissionView::submit()
{
    if (!m_model->isOpen())
        return;
    m_grid->commitEditing();
    // SubmitRule: the same rules as an import. A mostly empty form is sent only once confirmed.
    if (const SubmitRule::Emptiness empty = m_session->emptiness(); SubmitRule::needsConfirmation(empty)) {
        const auto answer = MessageBox::show(
            this, QMessageBox::Question, tr("Send a mostly empty form?"),
            tr("%1 of the %n item(s) to fill in are empty (%2 %). Send the submission all the same?", nullptr, empty.fillable)
                .arg(empty.empty)
                .arg(empty.percent()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QList<Finding> errors;
    for (const Finding &f : m_session->findings().all())
        if (f.severity == Severity::Error)
            errors.append(f);
    QString explanation;
    if (SubmitRule::needsExplanation(int(errors.size()))) {
        const auto answer = ExplanationDialog::ask(errors, this);
        if (!answer)
            return;
        explanation = *answer;
    }
    afterStatusChange(m_session->submit(explanation), tr("The submission is submitted."));
}

void SubmissionView::afterStatusChange(const Status &status, const QString &done)
{
    if (!status) {
        m_messages->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(done, MessageBar::Kind::Information);
    updateHeader();
    const qint64 id = m_model->submissionId();
    if (Status s = m_picker->reload(); s)
        m_picker->select(id);
}

void SubmissionView::showCell(const QModelIndex &cell)
{
    if (!cell.isValid())
        return;
    m_grid->setCurrentIndex(cell);
    m_grid->scrollTo(cell);
    m_grid->setFocus();
}

void SubmissionView::showFinding(const QModelIndex &index)
{
    if (!index.isValid() || !m_model->isOpen())
        return;
    const QString code = index.data(FindingsModel::CodeRole).toString();
    showCell(m_model->indexOf(m_model->sheet().form().indexOf(code), EntryModel::ValueColumn));
}

void SubmissionView::showHistoryOf(const QModelIndex &cell)
{
    const int item = m_model->itemOf(cell);
    m_history->showItem(item);
    if (item < 0 || !m_model->isOpen()) {
        m_historyLabel->setText(tr("&History: select a cell to see its earlier values."));
        return;
    }
    const QString code = m_model->sheet().item(item).code;
    m_historyLabel->setText(m_history->rowCount() > 0
                                ? tr("&History of %1 in earlier periods:").arg(code)
                                : tr("&History of %1: the agency has no earlier period of this form.").arg(code));
}

void SubmissionView::updateHeader()
{
    const bool open = m_model->isOpen();
    const QString status = open ? m_model->sheet().header().status : QString();
    const StoreRights &rights = m_db.rights();
    enableButtonIf(m_submit, status == status::Draft, !open || rights.mayWriteFor(m_model->sheet().header().agencyKey), rights);
    enableButtonIf(m_approve, status == status::Submitted, rights.mayManage(), rights);
    enableButtonIf(m_reopen, status == status::Submitted || status == status::Approved, rights.mayManage(), rights);
    m_explanation->setVisible(open && !m_model->sheet().header().explanation.isEmpty());
    if (!open) {
        m_title->setText(tr("No submission is open"));
        m_subtitle->setText(tr("Open one from the list, or create a new one below it."));
        m_status->clear();
        return;
    }
    const SubmissionHeader &h = m_model->sheet().header();
    const auto period = Period::parse(h.period);
    m_title->setText(QStringLiteral("%1 — %2").arg(h.agencyName, period ? period->label() : h.period));
    m_subtitle->setText(h.formName);
    // A draft is read-only only for a login that may not write it (StoreRights); the reason as tooltip.
    const bool byRights = m_model->sheet().isReadOnly() && status == status::Draft;
    m_status->setText(byRights ? tr("Status: %1 (read-only for this login)").arg(Submissions::statusLabel(status))
                      : m_model->sheet().isReadOnly() ? tr("Status: %1 (read-only until reopened)").arg(Submissions::statusLabel(status))
                                                      : tr("Status: %1").arg(Submissions::statusLabel(status)));
    m_status->setToolTip(byRights ? m_db.rights().whyNot() : QString());
    m_explanation->setText(tr("Explanation given with the errors: %1").arg(h.explanation));
}

void SubmissionView::updateFindings()
{
    m_findings->setFindings(m_model->isOpen() ? m_session->findings().all() : QList<Finding>());
    const int errors = m_findings->errorCount();
    m_findingsLabel->setText(tr("F&indings: errors %1, warnings %2").arg(errors).arg(m_findings->rowCount() - errors));
}

void SubmissionView::copy()
{
    if (m_model->isOpen())
        QApplication::clipboard()->setText(m_grid->selectedText());
}

void SubmissionView::paste()
{
    if (!m_model->isOpen())
        return;
    m_grid->commitEditing();
    QModelIndex start = m_grid->currentIndex();
    if (!start.isValid())
        start = m_model->indexOf(0, EntryModel::ValueColumn);
    m_model->paste(start, QApplication::clipboard()->text());
}

void SubmissionView::retranslate()
{
    m_submit->setText(tr("&Submit"));
    m_approve->setText(tr("Appro&ve"));
    m_reopen->setText(tr("&Reopen"));
    m_submit->setToolTip(tr("Send the submission; it becomes read-only."));
    m_approve->setToolTip(tr("Approve the submitted figures."));
    m_reopen->setToolTip(tr("Make the submission a draft again, to correct it. The reopening is recorded."));
    m_picker->retranslate();
    m_model->retranslate();
    m_findings->retranslate();
    m_history->retranslate();
    m_messages->retranslate();
    updateHeader();
    updateFindings();
    showHistoryOf(m_grid->currentIndex());
}


AppViewDescriptor SubmissionView::descriptor()
{
    return {QStringLiteral("submissions"), [] { return tr("Submissions"); }};
}

} // namespace pardesk
