#include "plans/RecordDialog.h"

#include "plans/FieldForm.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pardesk {

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent), m_body(new QVBoxLayout), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_reload(m_buttons->addButton(QString(), QDialogButtonBox::ResetRole))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, [this] {
        // Closed first, so that the fresh dialog is not taken for this one (one per record).
        const auto reload = m_reloadRecord;
        reject();
        if (reload)
            reload();
    });
    retranslateButtons();
}

void RecordDialog::addForm(FieldForm *form)
{
    m_forms << form;
}

void RecordDialog::retranslateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_reload->setText(tr("&Reload"));
}

void RecordDialog::accept()
{
    m_error->clear();
    m_error->hide();
    QList<FieldIssue> issues = read();
    // A field already refused while reading keeps that message: its value was not taken.
    for (const FieldIssue &i : check())
        if (std::none_of(issues.begin(), issues.end(), [&](const FieldIssue &r) { return r.field == i.field; }))
            issues << i;
    QWidget *first = nullptr;
    for (FieldForm *form : std::as_const(m_forms))
        if (QWidget *marked = form->showIssues(issues); marked && !first)
            first = marked;
    if (!issues.isEmpty()) {
        if (first) {
            if (revealField)
                revealField(first);
            first->setFocus(Qt::OtherFocusReason);
        } else {
            // An issue with no field of its own in the dialog: said in the banner.
            m_error->setText(QStringLiteral("⚠ ") + issues.first().message);
            m_error->show();
        }
        return;
    }
    if (const Status saved = save(); !saved) {
        m_error->setText(QStringLiteral("⚠ ") + saved.error());
        m_error->show();
        m_reload->setVisible(m_changedInStore && m_reloadRecord && m_changedInStore());
        return;
    }
    QDialog::accept();
}

void RecordDialog::showChangedMeanwhile(const QList<ChangedMeanwhile> &conflicts)
{
    QList<FieldIssue> marks;
    for (const ChangedMeanwhile &c : conflicts)
        marks << FieldIssue{c.field, c.stored.isEmpty() ? tr("Someone else changed this too; what you typed is kept.")
                                                        : tr("Someone else changed this to \"%1\"; what you typed is kept.")
                                                              .arg(c.stored)};
    for (FieldForm *form : std::as_const(m_forms))
        form->showIssues(marks);
    m_error->setText(QStringLiteral("ⓘ ") +
                     (conflicts.isEmpty()
                          ? tr("The record was changed elsewhere. It is shown as stored now, with your changes kept; "
                               "check it and save again.")
                          : tr("The record was changed elsewhere. It is shown as stored now, with your changes kept; "
                               "the marked fields were changed by both of you: choose, then save again.")));
    m_error->show();
}

bool RecordDialog::isMarked(const QString &field) const
{
    return std::any_of(m_forms.begin(), m_forms.end(), [&](const FieldForm *f) { return f->isMarked(field); });
}

QString RecordDialog::issue(const QString &field) const
{
    for (const FieldForm *f : m_forms)
        if (f->isMarked(field))
            return f->issue(field);
    return {};
}

QString RecordDialog::error() const
{
    return m_error->text();
}

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateButtons();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace pardesk
