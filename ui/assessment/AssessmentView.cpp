#include "assessment/AssessmentView.h"

#include "assessment/AssessmentExchange.h"
#include "assessment/AssessmentModel.h"
#include "assessment/AssessmentPeriod.h"
#include "assessment/AssessmentPicker.h"
#include "assessment/AssessmentText.h"
#include "assessment/AssessmentTreeView.h"
#include "assessment/EvidencePanel.h"
#include "assessment/FindingsPanel.h"
#include "assessment/ProvincePicturePanel.h"
#include "entry/MessageBar.h"
#include "exchange/AssessmentSource.h"
#include "print/PrintAppendixDialog.h"
#include "shell/MessageBox.h"
#include "shell/RightsGate.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"
#include "store/StoreEvents.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pardesk {

AssessmentView::AssessmentView(Store &db, QUndoStack *undo, QWidget *parent)
    : AppView(parent), m_db(db), m_model(new AssessmentModel(db, undo, this)), m_picker(new AssessmentPicker(db)),
      m_grid(new AssessmentTreeView), m_findings(new FindingsPanel), m_evidence(new EvidencePanel(db, m_model)),
      m_province(new ProvincePicturePanel(db)), m_messages(new MessageBar), m_tabs(new QTabWidget), m_title(new QLabel),
      m_subtitle(new QLabel), m_status(new QLabel), m_submit(new QPushButton), m_withdraw(new QPushButton),
      m_appraise(new QPushButton), m_print(new QPushButton), m_exchange(new QPushButton), m_exportPackage(new QAction(this)),
      m_exportTemplate(new QAction(this)), m_blankTemplate(new QAction(this)), m_import(new QAction(this)), m_acceptComputed(new QAction(this))
{
    setObjectName(QStringLiteral("assessmentView"));
    setFocusProxy(m_grid); // switching to the area puts the keyboard on the grid
    m_grid->setObjectName(QStringLiteral("assessmentGrid"));
    m_grid->setAssessmentModel(m_model);
    m_submit->setObjectName(QStringLiteral("submitAssessment"));
    m_withdraw->setObjectName(QStringLiteral("withdrawAssessment"));
    m_appraise->setObjectName(QStringLiteral("appraiseAssessment"));
    m_print->setObjectName(QStringLiteral("printAssessment"));
    buildExchangeMenu();

    m_tabs->addTab(buildScoringPane(), QString());
    m_tabs->addTab(m_province, QString());
    auto *heading = new QVBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_status->setWordWrap(true);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    heading->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addWidget(m_submit, 0, Qt::AlignTop);
    top->addWidget(m_withdraw, 0, Qt::AlignTop);
    top->addWidget(m_appraise, 0, Qt::AlignTop);
    top->addWidget(m_print, 0, Qt::AlignTop);
    top->addWidget(m_exchange, 0, Qt::AlignTop);
    auto *pane = new QWidget;
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(4, 0, 0, 0);
    paneLayout->addLayout(top);
    paneLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter;
    split->addWidget(m_picker);
    split->addWidget(pane);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 1080});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_picker, &AssessmentPicker::openRequested, this, &AssessmentView::openAssessment);
    connect(m_picker, &AssessmentPicker::createRequested, this, &AssessmentView::create);
    connect(m_model, &AssessmentModel::problem, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_model, &AssessmentModel::saved, m_messages, &MessageBar::clear);
    // An undo shows what it changed: its assessment opened, the cursor on the sub-criterion.
    connect(m_model, &AssessmentModel::revisited, this, [this](qint64 id, const QString &code) {
        if (openAssessment(id))
            showCode(code);
    });
    connect(m_model, &AssessmentModel::refreshed, this, [this] {
        updateHeader();
        updatePanels();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AssessmentView::updateHeader); // typed appraisal totals
    connect(m_grid, &AssessmentTreeView::refused, this, [this](const QModelIndex &cell) {
        m_messages->showMessage(m_model->whyNotEditable(cell), MessageBar::Kind::Information);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_evidence->showCode(m_model->codeOf(current)); });
    connect(m_findings, &FindingsPanel::codeActivated, this, &AssessmentView::showCode);
    connect(m_evidence, &EvidencePanel::message, this, [this](const QString &text, bool error) {
        m_messages->showMessage(text, error ? MessageBar::Kind::Error : MessageBar::Kind::Information);
    });
    connect(m_submit, &QPushButton::clicked, this, &AssessmentView::submit);
    connect(m_withdraw, &QPushButton::clicked, this, &AssessmentView::withdraw);
    connect(m_appraise, &QPushButton::clicked, this, &AssessmentView::appraise);
    connect(m_print, &QPushButton::clicked, this, &AssessmentView::printTable);
    m_acceptComputed->setObjectName(QStringLiteral("acceptComputedPoints"));
    m_acceptComputed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_acceptComputed->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_grid->addAction(m_acceptComputed);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_acceptComputed, &QAction::triggered, this, [this] {
        if (m_model->acceptComputedPoints(m_grid->currentIndex()))
            m_messages->showMessage(tr("The points computed from the figures are now the self-score; Ctrl+Z undoes it."),
                                    MessageBar::Kind::Information);
    });
    // The list and the province's picture follow every committed write, here or elsewhere; the open
    // assessment is read again by its model.
    connect(&db.events(), &StoreEvents::changed, this, &AssessmentView::storeChanged);
    retranslate(); // sets the texts and fills the list
}

void AssessmentView::buildExchangeMenu()
{
    m_exchange->setObjectName(QStringLiteral("assessmentExchange"));
    m_exportPackage->setObjectName(QStringLiteral("exportAssessmentPackage"));
    m_exportTemplate->setObjectName(QStringLiteral("exportAssessmentTemplate"));
    m_blankTemplate->setObjectName(QStringLiteral("blankAssessmentTemplate"));
    m_import->setObjectName(QStringLiteral("importAssessment"));
    auto *menu = new QMenu(m_exchange);
    menu->addAction(m_exportPackage);
    menu->addAction(m_exportTemplate);
    menu->addAction(m_blankTemplate);
    menu->addSeparator();
    menu->addAction(m_import);
    m_exchange->setMenu(menu);
    connect(m_exportPackage, &QAction::triggered, this, [this] {
        m_grid->commitEditing();
        if (m_model->isOpen())
            AssessmentExchange::exportPackage(m_db, m_model->assessmentId(), this);
    });
    connect(m_exportTemplate, &QAction::triggered, this, [this] {
        m_grid->commitEditing();
        if (m_model->isOpen())
            AssessmentExchange::exportTemplate(m_db, m_model->assessmentId(), this);
    });
    connect(m_blankTemplate, &QAction::triggered, this, [this] {
        m_grid->commitEditing();
        // Open: its set and agency, its next period (the agency's next scoring is a click away).
        std::optional<AssessmentIdentity> preset;
        if (m_model->isOpen()) {
            const AssessmentHeader &h = m_model->header();
            const auto period = AssessmentPeriod::parse(h.period);
            preset = AssessmentIdentity{h.setKey, h.agencyKey, period ? period->next().key() : h.period};
        }
        AssessmentExchange::exportBlankTemplate(m_db, preset ? &*preset : nullptr, this);
    });
    connect(m_import, &QAction::triggered, this, &AssessmentView::importFile);
}

// The import written, the self-assessment it wrote opens (the list follows the store already).
void AssessmentView::importFile()
{
    m_grid->commitEditing();
    const auto id = AssessmentExchange::importFile(m_db, this);
    if (!id)
        return;
    m_messages->clear();
    if (openAssessment(*id))
        m_messages->showMessage(tr("The self-assessment was imported; the audit log records it."), MessageBar::Kind::Information);
}

QWidget *AssessmentView::buildScoringPane()
{
    QHeaderView *header = m_grid->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AssessmentModel::LabelColumn, QHeaderView::Stretch);
    m_grid->setIndentation(14);
    m_grid->setColumnWidth(AssessmentModel::CodeColumn, 100);
    m_grid->setColumnWidth(AssessmentModel::MaxColumn, 55);
    m_grid->setColumnWidth(AssessmentModel::PointsColumn, 80);
    m_grid->setColumnWidth(AssessmentModel::ExplanationColumn, 170);
    m_grid->setColumnWidth(AssessmentModel::EvidenceColumn, 85);
    m_grid->setColumnWidth(AssessmentModel::AppraisedColumn, 80);
    m_grid->setColumnWidth(AssessmentModel::CommentColumn, 150);

    auto *panels = new QSplitter;
    panels->addWidget(m_findings);
    panels->addWidget(m_evidence);
    panels->setStretchFactor(0, 3);
    panels->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_grid);
    vertical->addWidget(panels);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    m_messages->overlay(m_grid); // over the grid's foot: a message never moves the grid
    return vertical;
}

AppViewDescriptor AssessmentView::descriptor()
{
    return {QStringLiteral("assessment"), [] { return tr("Self-assessment"); }};
}

QVariant AssessmentView::selection() const
{
    return m_model->isOpen() ? QVariant(m_model->assessmentId()) : QVariant();
}

QVariant AssessmentView::printSelection() const
{
    if (m_tabs->currentWidget() == m_province)
        return QVariantMap{{QStringLiteral("table"), QStringLiteral("ranking")},
                           {QStringLiteral("province"), m_province->provinceBox()->currentData()},
                           {QStringLiteral("year"), m_province->yearBox()->value()}};
    if (!m_model->isOpen())
        return {};
    return QVariantMap{{QStringLiteral("table"), QStringLiteral("assessment")},
                       {QStringLiteral("assessment"), m_model->assessmentId()},
                       {QStringLiteral("appraisal"), m_model->header().status != u"draft"}};
}

void AssessmentView::printTable()
{
    m_grid->commitEditing();
    PrintAppendixDialog dialog(m_db, viewKey(), printSelection(), this);
    dialog.exec();
}

void AssessmentView::restoreSelection(const QVariant &selection)
{
    bool ok = false;
    const qint64 id = selection.toLongLong(&ok);
    // What was open last may be gone (another database file): then nothing is opened, silently.
    if (ok && id > 0 && m_db.selfAssessments().header(id))
        openAssessment(id);
}

bool AssessmentView::openAssessment(qint64 assessmentId)
{
    if (m_model->isOpen() && m_model->assessmentId() == assessmentId)
        return true;
    m_grid->commitEditing();
    if (m_model->hasPendingAppraisal() &&
        MessageBox::show(this, QMessageBox::Question, tr("Leave the appraisal unsaved?"),
                         tr("The council's points typed for %1 are not saved. Open another self-assessment and drop them?")
                             .arg(m_model->header().agencyName),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        m_picker->select(m_model->assessmentId());
        return false;
    }
    if (Status s = m_model->open(assessmentId); !s) {
        m_messages->showMessage(s.error(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->clear();
    m_grid->expandAll();
    m_picker->select(assessmentId);
    const AssessmentHeader &h = m_model->header();
    m_picker->presetNewAfter(h);
    const auto period = AssessmentPeriod::parse(h.period);
    m_province->follow(h.province, period ? period->year : 0, h.setId);
    // The cursor on the first sub-criterion that takes points, ready to type.
    QModelIndex first = m_model->index(0, m_grid->scoringColumn());
    if (!(first.flags() & Qt::ItemIsEditable))
        first = m_grid->nextEditableVertically(first, true);
    if (first.isValid())
        showCode(m_model->codeOf(first));
    return true;
}

void AssessmentView::create(qint64 setId, qint64 agencyId, const QString &period)
{
    const SelfAssessments repo = m_db.selfAssessments();
    if (const auto existing = repo.list(agencyId, period)) {
        for (const AssessmentHeader &h : existing.value())
            if (h.setId == setId) {
                if (openAssessment(h.id))
                    m_messages->showMessage(tr("This agency has a self-assessment for %1 already; it is open.")
                                                .arg(AssessmentText::period(period)),
                                            MessageBar::Kind::Information);
                return;
            }
    }
    const auto created = repo.create(setId, agencyId, period);
    if (!created) {
        m_messages->showMessage(created.error(), MessageBar::Kind::Error);
        return;
    }
    if (openAssessment(created.value()))
        m_messages->showMessage(tr("A new draft was created for %1.").arg(AssessmentText::period(period)),
                                MessageBar::Kind::Information);
}

void AssessmentView::submit()
{
    m_grid->commitEditing();
    if (!m_model->isOpen() || m_model->header().status != u"draft")
        return;
    const AssessmentHeader &h = m_model->header();
    const QList<AssessmentFinding> findings = m_model->findings();
    QString text = tr("Send the self-assessment of %1 for %2? It cannot be changed afterwards unless it is withdrawn.")
                       .arg(h.agencyName, AssessmentText::period(h.period));
    if (!findings.isEmpty())
        text += QStringLiteral("\n\n") + tr("%n finding(s) remain, such as: %1", nullptr, int(findings.size())).arg(findings.first().message);
    if (MessageBox::show(this, QMessageBox::Question, tr("Send the self-assessment?"), text, QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::No) != QMessageBox::Yes)
        return;
    afterStatusChange(m_db.selfAssessments().submit(h.id), tr("The self-assessment is sent."));
}

void AssessmentView::withdraw()
{
    m_grid->commitEditing();
    if (!m_model->isOpen() || m_model->header().status != u"submitted")
        return;
    const AssessmentHeader &h = m_model->header();
    if (MessageBox::show(this, QMessageBox::Question, tr("Withdraw the self-assessment?"),
                         tr("Withdraw the self-assessment of %1 for %2 to correct it? It becomes a draft again; the "
                            "withdrawal is recorded.")
                             .arg(h.agencyName, AssessmentText::period(h.period)),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    afterStatusChange(m_db.selfAssessments().withdraw(h.id),
                      tr("The self-assessment is withdrawn: it is a draft again."));
}

void AssessmentView::appraise()
{
    m_grid->commitEditing();
    if (!m_model->isOpen() || m_model->header().status != u"submitted")
        return;
    const AssessmentHeader &h = m_model->header();
    const int count = int(m_model->pendingAppraisal().size());
    const QString text =
        count == 0 ? tr("The council has typed no points for %1, %2: the self-scored points stand as appraised. Save the "
                        "appraisal? It cannot be withdrawn afterwards.")
                         .arg(h.agencyName, AssessmentText::period(h.period))
                   : tr("Save the council's points and comments on %n sub-criterion(s) for %1, %2? The self-assessment "
                        "becomes appraised and cannot be withdrawn afterwards.",
                        nullptr, count)
                         .arg(h.agencyName, AssessmentText::period(h.period));
    if (MessageBox::show(this, QMessageBox::Question, tr("Save the appraisal?"), text, QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::No) != QMessageBox::Yes)
        return;
    afterStatusChange(m_model->saveAppraisal(), tr("The appraisal is saved."));
}

void AssessmentView::afterStatusChange(const Status &status, const QString &done)
{
    if (!status) {
        m_messages->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(done, MessageBar::Kind::Information);
    // The store announced the change: the model, the list and the picture are read again already.
    updateHeader();
    m_grid->setFocus();
}

void AssessmentView::storeChanged(const StoreChange &change)
{
    if (!change.concerns(QStringLiteral("self_assessments")) && !change.concerns(QStringLiteral("criteria_sets")) &&
        !change.concerns(QStringLiteral("scores")) && !change.concerns(QStringLiteral("tasks")))
        return;
    // A new criteria set (or a write that does not say what it changed) lists the sets again too.
    const Status s = change.concerns(QStringLiteral("criteria_sets")) ? m_picker->reload() : m_picker->reloadList();
    if (!s)
        m_messages->showMessage(s.error(), MessageBar::Kind::Error);
    else if (m_model->isOpen())
        m_picker->select(m_model->assessmentId());
    m_province->reload();
}

void AssessmentView::showCode(const QString &code)
{
    const QModelIndex cell = m_model->indexOf(code, m_grid->scoringColumn());
    if (!cell.isValid())
        return;
    m_grid->setCurrentIndex(cell);
    m_grid->scrollTo(cell);
    m_grid->setFocus();
}

void AssessmentView::updateHeader()
{
    const bool open = m_model->isOpen();
    const QString status = open ? m_model->header().status : QString();
    // The server lets an agency's login change its own assessment only while it is a draft: it
    // sends it, may withdraw it until the appraisal, and the provincial office appraises it
    // (docs/server.md).
    const StoreRights &rights = m_db.rights();
    const bool own = !open || rights.mayWriteFor(m_model->header().agencyKey);
    enableButtonIf(m_submit, status == u"draft", own, rights);
    enableButtonIf(m_withdraw, status == u"submitted", own, rights);
    enableButtonIf(m_appraise, status == u"submitted", rights.mayManage(), rights);
    m_exportPackage->setEnabled(open);
    m_exportTemplate->setEnabled(open);
    offerActionsOnlyIf(rights.mayManage(), {m_import}); // it may write any agency's self-assessment
    // The council's columns matter once the assessment is sent; a draft gives their room to the labels.
    const bool council = status == u"submitted" || status == u"appraised";
    m_grid->setColumnHidden(AssessmentModel::AppraisedColumn, !council);
    m_grid->setColumnHidden(AssessmentModel::CommentColumn, !council);
    if (!open) {
        m_title->setText(tr("No self-assessment is open"));
        m_subtitle->setText(tr("Open one from the list, or create a new draft below it."));
        m_status->clear();
        return;
    }
    const AssessmentHeader &h = m_model->header();
    const CriteriaSet &set = m_model->set();
    m_title->setText(QStringLiteral("%1 — %2").arg(h.agencyName, AssessmentText::period(h.period)));
    m_subtitle->setText(set.name.isEmpty() ? set.key : QStringLiteral("%1 (%2)").arg(set.name, set.key));
    double achieved = 0;
    std::optional<double> max = 0.0;
    for (const CriteriaNode &n : set.nodes) {
        if (n.level != CriteriaLevel::Area)
            continue;
        if (const auto t = m_model->totalOf(n.code))
            achieved += t->achieved;
        max = max && n.maxPoints ? std::optional<double>(*max + *n.maxPoints) : std::nullopt;
    }
    // What the agency still has to score: survey points and the places the set does not name are not its.
    int unscored = 0;
    for (const AssessmentFinding &f : m_model->findings())
        unscored += f.kind == AssessmentFinding::Kind::NotScored ? 1 : 0;
    QString line = tr("Status: %1 · self-scored %2 of %3 points · %n sub-criterion(s) still to score", nullptr, unscored)
                       .arg(AssessmentText::status(status), AssessmentText::points(achieved), AssessmentText::points(max));
    if (m_model->hasPendingAppraisal())
        line += QStringLiteral(" · ") + tr("appraisal typed, not saved yet");
    m_status->setText(line);
}

void AssessmentView::updatePanels()
{
    m_findings->setFindings(m_model->findings() + m_model->fromFigures(), m_model->isOpen(), m_model->header().status == u"draft");
    m_evidence->refresh();
}

void AssessmentView::retranslate()
{
    m_submit->setText(tr("&Send (Gửi)"));
    m_withdraw->setText(tr("&Withdraw (Rút lại)"));
    m_appraise->setText(tr("Save &appraisal (Thẩm định)"));
    m_print->setText(tr("Print / E&xport…")); // &P is the picker's Period
    m_print->setToolTip(tr("Print or export the table of what is shown: the open self-assessment (its appraisal once "
                           "sent), or on the province's tab the agencies' ranking (Ctrl+P)."));
    m_submit->setToolTip(tr("Send the self-assessment; it becomes read-only until withdrawn."));
    m_withdraw->setToolTip(tr("Make the sent self-assessment a draft again, to correct it. The withdrawal is recorded."));
    m_appraise->setToolTip(tr("Type the council's points and comments in the Appraised and Comment columns, then save "
                              "them here; the self-assessment becomes appraised."));
    m_exchange->setText(tr("Pac&kage / template"));
    m_exchange->setToolTip(tr("Send the open self-assessment to another office as a package or an Excel template, make "
                              "a blank template for an agency, or import one received, after a preview of what it "
                              "changes."));
    m_exportPackage->setText(tr("Export &package…"));
    m_exportPackage->setToolTip(tr("The open self-assessment as a .pardesk package, its evidence files included, sealed "
                                   "with its SHA-256 digest and, if you choose, signed with your certificate."));
    m_exportTemplate->setText(tr("Export Excel &template…"));
    m_exportTemplate->setToolTip(tr("An Excel workbook of the open self-assessment to fill in: points, explanations and "
                                    "the evidence documents' numbers and dates."));
    m_blankTemplate->setText(tr("&Blank template for an agency…"));
    m_blankTemplate->setToolTip(tr("An Excel workbook to fill in for a criteria set, an agency and a period that has no "
                                   "self-assessment yet, as pardesk-cli assessment template makes."));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import a self-assessment package or a filled template; a preview shows what it changes "
                            "before anything is written."));
    m_acceptComputed->setText(tr("Take the points computed from the figures"));
    m_acceptComputed->setToolTip(tr("On a ratio sub-criterion measured by a form: its points from the latest reported "
                                    "figures become the self-score, as if typed (Ctrl+Shift+R)."));
    m_tabs->setTabText(0, tr("S&coring"));
    m_tabs->setTabText(1, tr("Province's est&imate and lost points"));
    m_picker->retranslate();
    if (Status s = m_picker->reload(); !s)
        m_messages->showMessage(s.error(), MessageBar::Kind::Error);
    m_model->retranslate();
    m_findings->retranslate();
    m_evidence->retranslate();
    m_province->retranslate();
    m_messages->retranslate();
    updateHeader();
    updatePanels();
}

} // namespace pardesk
