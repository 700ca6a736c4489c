#include "exchange/ImportDialog.h"

#include "store/SubmissionStore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace pardesk {
namespace {

std::optional<bool> nextAnswer;

} // namespace

void ImportDialog::setNextAnswer(bool accept)
{
    nextAnswer = accept;
}

bool ImportDialog::confirm(const ImportPreview &preview, QWidget *parent)
{
    ImportDialog dialog(preview, parent);
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return dialog.exec() == QDialog::Accepted;
}

QTableWidget *ImportDialog::table(const QStringList &headers, int rows)
{
    auto *t = new QTableWidget(rows, int(headers.size()), this);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

ImportDialog::ImportDialog(const ImportPreview &preview, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(preview.source().fileName).fileName()));
    const ImportTarget &target = preview.target();
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    QString text = tr("<b>%1</b> — %2, %3 (form version %4)")
                       .arg(target.agencyName.toHtmlEscaped(), preview.form().key().toHtmlEscaped(),
                            target.period.label().toHtmlEscaped())
                       .arg(target.formVersion);
    text += QStringLiteral("<br>%1, %2, %3.")
                .arg(tr("%n row(s) recognised", nullptr, int(preview.recognised().size())),
                     tr("%n row(s) ignored", nullptr, int(preview.ignored().size())),
                     tr("%n validation error(s)", nullptr, preview.errorCount()));
    if (preview.replaces())
        text += QStringLiteral("<br><b>%1</b>")
                    .arg(tr("This agency's submission for the period exists already: importing replaces it (%n value(s) "
                            "change). The replacement is recorded in the audit log.",
                            nullptr, int(preview.changes().size())));
    summary->setText(text);

    m_tabs = new QTabWidget(this);
    QTableWidget *recognised = table({tr("Where"), tr("Code"), tr("Item"), tr("Value"), tr("Note")}, int(preview.recognised().size()));
    for (int r = 0; r < preview.recognised().size(); ++r) {
        const RecognisedRow &row = preview.recognised()[r];
        const QStringList cells = {row.where.section(QStringLiteral(", "), -1), row.code, row.label, row.raw, row.note};
        for (int c = 0; c < cells.size(); ++c)
            recognised->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_tabs->addTab(recognised, tr("Recognised (%1)").arg(preview.recognised().size()));

    QTableWidget *ignored = table({tr("Where"), tr("Code"), tr("Why")}, int(preview.ignored().size()));
    for (int r = 0; r < preview.ignored().size(); ++r) {
        const IgnoredRow &row = preview.ignored()[r];
        const QStringList cells = {row.where.section(QStringLiteral(", "), -1), row.code, row.reason};
        for (int c = 0; c < cells.size(); ++c)
            ignored->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_tabs->addTab(ignored, tr("Ignored (%1)").arg(preview.ignored().size()));

    if (preview.replaces()) {
        QTableWidget *changes = table({tr("Code"), tr("Item"), tr("What"), tr("Stored now"), tr("In the file")}, int(preview.changes().size()));
        for (int r = 0; r < preview.changes().size(); ++r) {
            const ChangedValue &c = preview.changes()[r];
            const QStringList cells = {c.code, c.label, c.field, c.before, c.after};
            for (int col = 0; col < cells.size(); ++col)
                changes->setItem(r, col, new QTableWidgetItem(cells[col]));
        }
        m_tabs->addTab(changes, tr("Changes (%1)").arg(preview.changes().size()));
    }

    QTableWidget *findings = table({tr("Code"), tr("Severity"), tr("Finding")}, int(preview.findings().size()));
    for (int r = 0; r < preview.findings().size(); ++r) {
        const Finding &f = preview.findings()[r];
        const QStringList cells = {f.code, f.severity == Severity::Error ? tr("error") : tr("warning"), f.message};
        for (int c = 0; c < cells.size(); ++c)
            findings->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_tabs->addTab(findings, tr("Validation (%1)").arg(preview.findings().size()));
    for (int i = 0; i < m_tabs->count(); ++i)
        qobject_cast<QTableWidget *>(m_tabs->widget(i))->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(preview.replaces() ? tr("&Replace") : tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(!preview.replaces()); // replacing is never the default: it needs a deliberate click
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace pardesk
