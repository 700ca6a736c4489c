#include "entry/ExplanationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pardesk {
namespace {

std::function<void(ExplanationDialog &)> &testHook()
{
    static std::function<void(ExplanationDialog &)> hook;
    return hook;
}

} // namespace

ExplanationDialog::ExplanationDialog(const QList<Finding> &errors, QWidget *parent)
    : QDialog(parent), m_editor(new QPlainTextEdit), m_submit(new QPushButton)
{
    setWindowTitle(tr("Submit with errors"));
    auto *intro = new QLabel(tr("This submission still has %n error(s). Explain why it is sent as it is; the "
                                "explanation is stored with it.",
                                "", int(errors.size())));
    intro->setWordWrap(true);
    auto *list = new QListWidget;
    for (const Finding &f : errors)
        list->addItem(f.message);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMaximumHeight(140);
    auto *label = new QLabel(tr("&Explanation:"));
    label->setBuddy(m_editor);
    m_editor->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox;
    m_submit->setText(tr("&Submit"));
    m_submit->setEnabled(false);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_submit->setEnabled(!explanation().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(label);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(520, 380);
    m_editor->setFocus();
}

QString ExplanationDialog::explanation() const
{
    return m_editor->toPlainText().trimmed();
}

std::optional<QString> ExplanationDialog::ask(const QList<Finding> &errors, QWidget *parent)
{
    ExplanationDialog dialog(errors, parent);
    if (testHook()) {
        dialog.show();
        testHook()(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() != QDialog::Accepted || dialog.explanation().isEmpty())
        return std::nullopt;
    return dialog.explanation();
}

void ExplanationDialog::setTestHook(std::function<void(ExplanationDialog &)> hook)
{
    testHook() = std::move(hook);
}

} // namespace pardesk
