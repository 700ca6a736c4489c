#include "plans/FieldForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace pardesk {

FieldForm::FieldForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #b71c1c; border-radius: 2px; }"));
}

void FieldForm::addField(const QString &field, QWidget *editor)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *message = new QLabel;
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    message->hide();
    layout->addWidget(message);
    auto *label = new QLabel;
    label->setBuddy(editor);
    m_layout->addRow(label, cell);
    m_fields.insert(field, {label, editor, message});
    m_order << field;
}

void FieldForm::addRow(QWidget *widget)
{
    m_layout->addRow(widget);
}

void FieldForm::setLabel(const QString &field, const QString &text)
{
    if (const auto it = m_fields.constFind(field); it != m_fields.cend())
        it->label->setText(text);
}

QWidget *FieldForm::editor(const QString &field) const
{
    return m_fields.value(field).editor;
}

void FieldForm::mark(const Field &field, const QString &message)
{
    const bool invalid = !message.isEmpty();
    field.editor->setProperty("invalid", invalid);
    field.editor->setToolTip(message);
    field.editor->style()->unpolish(field.editor);
    field.editor->style()->polish(field.editor);
    field.message->setText(invalid ? QStringLiteral("⚠ ") + message : QString());
    field.message->setVisible(invalid);
}

QWidget *FieldForm::showIssues(const QList<FieldIssue> &issues)
{
    clearIssues();
    QWidget *first = nullptr;
    for (const QString &name : std::as_const(m_order)) {
        const auto it = std::find_if(issues.begin(), issues.end(), [&](const FieldIssue &i) { return i.field == name; });
        if (it == issues.end())
            continue;
        mark(m_fields[name], it->message);
        if (!first)
            first = m_fields[name].editor;
    }
    return first;
}

void FieldForm::clearIssues()
{
    for (const Field &f : std::as_const(m_fields))
        if (f.editor->property("invalid").toBool())
            mark(f, {});
}

bool FieldForm::isMarked(const QString &field) const
{
    return m_fields.contains(field) && m_fields[field].editor->property("invalid").toBool();
}

QString FieldForm::issue(const QString &field) const
{
    return isMarked(field) ? m_fields[field].message->text() : QString();
}

} // namespace pardesk
