#include "plans/TaskDialog.h"

#include "plans/FieldForm.h"
#include "plans/PlanFormat.h"
#include "store/Store.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pardesk {

TaskDialog::TaskDialog(PlanEditor editor, const Task &task, std::function<Status(const Task &)> save, QWidget *parent)
    : RecordDialog(parent), m_editor(std::move(editor)), m_task(task), m_save(std::move(save)), m_form(new FieldForm),
      m_document(new QComboBox), m_stt(new QLineEdit(task.stt)), m_group(new QLineEdit(task.group)),
      m_text(new QPlainTextEdit(task.text)), m_lead(new QLineEdit(task.lead)),
      m_coordinating(new QLineEdit(task.coordinating)), m_timeframe(new QLineEdit(task.timeframe)),
      m_deadline(new QLineEdit(PlanFormat::date(task.deadline))), m_output(new QPlainTextEdit(task.output)),
      m_target(new QComboBox), m_status(new QComboBox)
{
    if (const auto documents = m_editor.plans().documents())
        for (const Document &d : documents.value())
            if (d.citedBy.isEmpty())
                m_document->addItem(QStringLiteral("[%1] %2").arg(d.province, d.name), d.key);
    m_document->setCurrentIndex(m_document->findData(task.documentKey));
    m_document->setEnabled(task.id == 0); // a task stays in its document
    for (const QString &status : PlanChecks::taskStatuses())
        m_status->addItem(QString(), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(task.status.isEmpty() ? QStringLiteral("open") : task.status)));
    m_target->setEditable(true);
    for (QPlainTextEdit *edit : {m_text, m_output}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    fillTargets();
    m_target->setCurrentText(task.targetStt);
    connect(m_document, &QComboBox::currentIndexChanged, this, &TaskDialog::fillTargets);

    for (const auto &[field, editor] : std::initializer_list<std::pair<const char *, QWidget *>>{
             {"document", m_document}, {"stt", m_stt}, {"group", m_group}, {"text", m_text}, {"lead", m_lead},
             {"coordinating", m_coordinating}, {"timeframe", m_timeframe}, {"deadline", m_deadline},
             {"output", m_output}, {"target", m_target}, {"status", m_status}})
        m_form->addField(QString::fromLatin1(field), editor);
    addForm(m_form);
    body()->addWidget(m_form);
    retranslate();
    resize(720, 600);
}

void TaskDialog::fillTargets()
{
    const QString current = m_target->currentText();
    m_target->clear();
    m_target->addItem(QString());
    TargetFilter filter;
    filter.plan = m_document->currentData().toString();
    if (filter.plan.isEmpty())
        return;
    if (const auto targets = m_editor.plans().targets(filter))
        for (const Target &t : targets.value())
            if (m_target->findText(t.stt) < 0)
                m_target->addItem(t.stt);
    m_target->setCurrentText(current);
}

void TaskDialog::retranslate()
{
    setWindowTitle(m_task.id == 0 ? tr("New task") : tr("Edit task"));
    m_form->setLabel(QStringLiteral("document"), tr("&Document:"));
    m_form->setLabel(QStringLiteral("stt"), tr("&No. (STT):"));
    m_form->setLabel(QStringLiteral("group"), tr("&Group:"));
    m_form->setLabel(QStringLiteral("text"), tr("&Task:"));
    m_form->setLabel(QStringLiteral("lead"), tr("&Lead agency:"));
    m_form->setLabel(QStringLiteral("coordinating"), tr("&Coordinating agencies:"));
    m_form->setLabel(QStringLiteral("timeframe"), tr("Ti&meframe:"));
    m_form->setLabel(QStringLiteral("deadline"), tr("D&eadline:"));
    m_form->setLabel(QStringLiteral("output"), tr("E&xpected output:"));
    m_form->setLabel(QStringLiteral("target"), tr("Serves ta&rget (STT):"));
    m_form->setLabel(QStringLiteral("status"), tr("Stat&us:"));
    m_deadline->setPlaceholderText(tr("day/month/year, e.g. 15/12/2024"));
    m_timeframe->setPlaceholderText(tr("as written, e.g. Trước 15/12/2024"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, PlanFormat::taskStatusName(m_status->itemData(i).toString()));
}

QList<FieldIssue> TaskDialog::read()
{
    QList<FieldIssue> issues;
    m_task.documentKey = m_document->currentData().toString();
    m_task.stt = m_stt->text().trimmed();
    m_task.group = m_group->text().trimmed();
    m_task.text = m_text->toPlainText().simplified();
    m_task.lead = m_lead->text().trimmed();
    m_task.coordinating = m_coordinating->text().trimmed();
    m_task.timeframe = m_timeframe->text().trimmed();
    m_task.deadline = PlanChecks::readDate(m_deadline->text(), QStringLiteral("deadline"), false, issues);
    m_task.output = m_output->toPlainText().simplified();
    m_task.targetStt = m_target->currentText().trimmed();
    m_task.status = m_status->currentData().toString();
    return issues;
}

QList<FieldIssue> TaskDialog::check() const
{
    return m_editor.check(m_task);
}

Status TaskDialog::save()
{
    return m_save(m_task);
}

} // namespace pardesk
