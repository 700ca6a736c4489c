#include "plans/TargetDialog.h"

#include "plans/FieldForm.h"
#include "plans/PlanFormat.h"
#include "plans/TargetReadingEditor.h"
#include "store/Store.h"
#include "targets/TargetWording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pardesk {
namespace {

QPlainTextEdit *textBox(const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// The reading of one parsed target, on top of the fields the whole text shares.
Target withReading(Target base, const ParsedTarget &p)
{
    base.kind = p.kind;
    base.comparator = p.comparator;
    base.value = p.value;
    base.unit = p.unit;
    base.direction = p.direction;
    base.level = p.level;
    base.baselineYear = p.baselineYear;
    base.aspirational = p.aspirational;
    base.fragment = p.fragment;
    return base;
}

void copyReading(const Target &from, Target &to)
{
    to.kind = from.kind;
    to.comparator = from.comparator;
    to.value = from.value;
    to.unit = from.unit;
    to.direction = from.direction;
    to.level = from.level;
    to.baselineYear = from.baselineYear;
    to.aspirational = from.aspirational;
}

} // namespace

TargetDialog::TargetDialog(PlanEditor editor, const Target &target, std::function<Status(const QList<Target> &)> save,
                           QWidget *parent)
    : RecordDialog(parent), m_editor(std::move(editor)), m_original(target), m_save(std::move(save)),
      m_tabs(new QTabWidget), m_wording(new FieldForm), m_classification(new FieldForm), m_appendix(new FieldForm),
      m_document(new QLabel), m_stt(new QLineEdit(target.stt)), m_part(new QSpinBox), m_text(textBox(target.text, 4)),
      m_proposalHint(new QLabel), m_proposalList(new QListWidget), m_createAll(new QCheckBox), m_readAgain(new QPushButton),
      m_reading(new TargetReadingEditor), m_theme(new QComboBox), m_indicator(new QLineEdit(target.indicator)),
      m_area(new QLineEdit(target.area)), m_tasksText(textBox(target.tasksText, 4)), m_lead(new QLineEdit(target.lead)),
      m_coordinating(new QLineEdit(target.coordinating)), m_legalBasis(textBox(target.legalBasis, 2)),
      m_timeframe(new QLineEdit(target.timeframe)), m_deadline(new QLineEdit(PlanFormat::date(target.deadline)))
{
    m_tabs->addTab(buildTargetPage(), QString());
    m_tabs->addTab(buildAppendixPage(), QString());
    body()->addWidget(m_tabs);
    addForm(m_wording);
    addForm(m_reading->form());
    addForm(m_classification);
    addForm(m_appendix);
    revealField = [this](QWidget *field) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(field))
                m_tabs->setCurrentIndex(i);
    };

    m_reading->show(target);
    if (!creating() || !target.text.isEmpty())
        m_proposals = {target};
    m_current = m_proposals.isEmpty() ? -1 : 0;
    connect(m_text, &QPlainTextEdit::textChanged, this, &TargetDialog::proposeFromText);
    connect(m_reading, &TargetReadingEditor::edited, this, [this] {
        m_readingEdited = true;
        keepEditedProposal();
        updateProposalList();
    });
    connect(m_proposalList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current) {
            keepEditedProposal();
            showProposal(row);
        }
    });
    connect(m_readAgain, &QPushButton::clicked, this, [this] {
        m_readingEdited = false;
        proposeFromText();
    });
    retranslate();
    updateProposalList();
    resize(980, 640);
}

QWidget *TargetDialog::buildTargetPage()
{
    m_part->setRange(1, 99);
    m_part->setValue(std::max(1, m_original.part));
    m_document->setText(m_original.plan.isEmpty() ? m_original.documentKey : m_original.plan);
    m_proposalHint->setWordWrap(true);
    m_proposalList->setMaximumHeight(m_proposalList->fontMetrics().lineSpacing() * 5);
    m_createAll->setChecked(true);
    m_createAll->setVisible(creating());

    m_wording->addField(QStringLiteral("document"), m_document);
    m_wording->addField(QStringLiteral("stt"), m_stt);
    m_wording->addField(QStringLiteral("part"), m_part);
    m_wording->addField(QStringLiteral("text"), m_text);
    m_wording->addRow(m_proposalHint);
    m_wording->addRow(m_proposalList);
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_createAll, 1);
    rowLayout->addWidget(m_readAgain);
    m_wording->addRow(row);

    m_theme->addItem(QString(), QString());
    if (const auto themes = m_editor.plans().themes())
        for (const Theme &t : themes.value())
            m_theme->addItem(t.name, t.key);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_original.theme)));
    m_classification->addField(QStringLiteral("theme"), m_theme);
    m_classification->addField(QStringLiteral("indicator"), m_indicator);

    auto *reading = new QGroupBox;
    reading->setObjectName(QStringLiteral("readingGroup"));
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->addWidget(m_reading);
    readingLayout->addWidget(m_classification);
    readingLayout->addStretch(1);

    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_wording, 3);
    layout->addWidget(reading, 2);
    return page;
}

QWidget *TargetDialog::buildAppendixPage()
{
    m_appendix->addField(QStringLiteral("area"), m_area);
    m_appendix->addField(QStringLiteral("tasks_text"), m_tasksText);
    m_appendix->addField(QStringLiteral("lead"), m_lead);
    m_appendix->addField(QStringLiteral("coordinating"), m_coordinating);
    m_appendix->addField(QStringLiteral("legal_basis"), m_legalBasis);
    m_appendix->addField(QStringLiteral("timeframe"), m_timeframe);
    m_appendix->addField(QStringLiteral("deadline"), m_deadline);
    return m_appendix;
}

void TargetDialog::retranslate()
{
    setWindowTitle(creating() ? tr("New target") : tr("Edit target %1").arg(m_original.stt));
    m_tabs->setTabText(0, tr("&Target"));
    m_tabs->setTabText(1, tr("&Appendix columns"));
    m_wording->setLabel(QStringLiteral("document"), tr("Document:"));
    m_wording->setLabel(QStringLiteral("stt"), tr("&No. (STT):"));
    m_wording->setLabel(QStringLiteral("part"), tr("&Part:"));
    m_wording->setLabel(QStringLiteral("text"), tr("Te&xt:"));
    m_text->setPlaceholderText(tr("The target as the document words it, e.g. \"Tối thiểu 80% hồ sơ được số hóa\""));
    m_createAll->setText(tr("Create all %n tar&gets", nullptr, int(m_proposals.size())));
    m_readAgain->setText(tr("&Read the text again"));
    m_readAgain->setToolTip(tr("Propose the reading from the text again, dropping your corrections"));
    m_classification->setLabel(QStringLiteral("theme"), tr("T&heme:"));
    m_classification->setLabel(QStringLiteral("indicator"), tr("&Indicator:"));
    m_theme->setItemText(0, tr("(choose a theme)"));
    m_indicator->setPlaceholderText(tr("a short name of what is measured"));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("readingGroup")))
        group->setTitle(tr("Structured reading (proposed from the text)"));
    m_appendix->setLabel(QStringLiteral("area"), tr("A&rea:"));
    m_appendix->setLabel(QStringLiteral("tasks_text"), tr("Tas&ks and solutions:"));
    m_appendix->setLabel(QStringLiteral("lead"), tr("&Lead agency:"));
    m_appendix->setLabel(QStringLiteral("coordinating"), tr("&Coordinating agencies:"));
    m_appendix->setLabel(QStringLiteral("legal_basis"), tr("Le&gal basis:"));
    m_appendix->setLabel(QStringLiteral("timeframe"), tr("Ti&meframe:"));
    m_appendix->setLabel(QStringLiteral("deadline"), tr("&Deadline:"));
    m_timeframe->setPlaceholderText(tr("as written, e.g. Năm 2024, Thường xuyên"));
    m_deadline->setPlaceholderText(tr("day/month/year, e.g. 15/12/2024"));
    m_reading->retranslate();
    updateProposalList();
}

void TargetDialog::proposeFromText()
{
    if (m_readingEdited)
        return; // the user corrected the reading: it is not overwritten (Read the text again does)
    const QList<ParsedTarget> parsed = parseTargetWording(m_text->toPlainText());
    m_proposals.clear();
    for (const ParsedTarget &p : parsed)
        m_proposals << withReading(m_original, p);
    if (m_proposals.isEmpty()) {
        m_current = -1;
    } else {
        // An existing part of a sentence keeps its place among the sentence's targets.
        showProposal(creating() ? 0 : std::min(int(m_proposals.size()), std::max(1, m_original.part)) - 1);
    }
    updateProposalList();
}

void TargetDialog::showProposal(int index)
{
    m_current = index;
    m_reading->show(m_proposals[index]);
    if (m_proposalList->currentRow() != index && index < m_proposalList->count())
        m_proposalList->setCurrentRow(index);
}

void TargetDialog::keepEditedProposal()
{
    if (m_current < 0 || m_current >= m_proposals.size())
        return;
    Target edited = m_proposals[m_current];
    const QList<FieldIssue> ignored = m_reading->apply(edited);
    Q_UNUSED(ignored) // a value being typed may not be a number yet; OK reports it
    copyReading(edited, m_proposals[m_current]);
}

void TargetDialog::updateProposalList()
{
    const int count = int(m_proposals.size());
    const bool several = count > 1;
    m_proposalHint->setText(several ? tr("This text holds %n targets: choose one to see or correct its reading.", nullptr, count)
                                    : QString());
    m_proposalHint->setVisible(several);
    m_proposalList->setVisible(several);
    m_createAll->setVisible(several && creating());
    m_createAll->setText(tr("Create all %n tar&gets", nullptr, count));
    const QSignalBlocker blocker(m_proposalList);
    m_proposalList->clear();
    for (int i = 0; i < count; ++i) {
        const Target &t = m_proposals[i];
        const QString level = PlanFormat::levelName(t.level);
        m_proposalList->addItem(QStringLiteral("%1. %2%3 — %4")
                                    .arg(i + 1)
                                    .arg(PlanFormat::comparison(t), level.isEmpty() ? QString() : QStringLiteral(" · ") + level,
                                         t.fragment));
        m_proposalList->item(i)->setToolTip(t.fragment);
    }
    if (m_current >= 0 && m_current < count)
        m_proposalList->setCurrentRow(m_current);
}

QList<FieldIssue> TargetDialog::read()
{
    QList<FieldIssue> issues;
    Target base = m_original;
    base.stt = m_stt->text().trimmed();
    base.part = m_part->value();
    base.text = m_text->toPlainText().simplified();
    base.theme = m_theme->currentData().toString();
    base.indicator = m_indicator->text().trimmed();
    base.area = m_area->text().trimmed();
    base.tasksText = m_tasksText->toPlainText().trimmed();
    base.lead = m_lead->text().trimmed();
    base.coordinating = m_coordinating->text().trimmed();
    base.legalBasis = m_legalBasis->toPlainText().simplified();
    base.timeframe = m_timeframe->text().trimmed();
    base.deadline = PlanChecks::readDate(m_deadline->text(), QStringLiteral("deadline"), false, issues);
    issues << m_reading->apply(base); // the reading shown, corrected or not
    if (m_current >= 0)
        copyReading(base, m_proposals[m_current]);

    m_targets.clear();
    if (creating() && m_proposals.size() > 1 && m_createAll->isChecked()) {
        for (int i = 0; i < m_proposals.size(); ++i) {
            Target t = base;
            copyReading(m_proposals[i], t);
            t.fragment = m_proposals[i].fragment;
            t.part = base.part + i;
            m_targets << t;
        }
    } else {
        if (m_current >= 0)
            base.fragment = m_proposals[m_current].fragment;
        m_targets << base;
    }
    return issues;
}

QList<FieldIssue> TargetDialog::check() const
{
    QList<FieldIssue> issues;
    for (const Target &t : m_targets)
        issues << m_editor.check(t);
    return issues;
}

Status TargetDialog::save()
{
    return m_save(m_targets);
}

} // namespace pardesk
