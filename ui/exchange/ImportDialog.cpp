#include "exchange/ImportDialog.h"

#include "store/Store.h"
#include "text/DateText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLocale>
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

struct Answer {
    bool accept;
    bool trust;
};
std::optional<Answer> nextAnswer;

QString shortTime(const QDateTime &time)
{
    return dateTimeText(time.toLocalTime());
}

} // namespace

void ImportDialog::setNextAnswer(bool accept, bool trustNewCertificate)
{
    nextAnswer = Answer{accept, trustNewCertificate};
}

std::optional<SubmissionImport::Trust> ImportDialog::confirm(const ImportPreview &preview, QWidget *parent)
{
    ImportDialog dialog(preview, parent);
    if (nextAnswer) {
        const Answer answer = *nextAnswer;
        nextAnswer.reset();
        if (dialog.m_trust)
            dialog.m_trust->setChecked(answer.trust);
        if (!answer.accept || !dialog.m_import->isEnabled())
            return std::nullopt;
    } else if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.m_trust && dialog.m_trust->isChecked() ? SubmissionImport::Trust::TrustNew : SubmissionImport::Trust::KnownOnly;
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
    const std::optional<SignatureOutcome> &signature = preview.source().signature;
    if (signature) {
        // What timeliness is judged by, and the package's own claim beside it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime received = signature->receivedAt(now);
        text += QStringLiteral("<br>") + (received != now ? tr("Received: %1 (the signing time).").arg(shortTime(received))
                                                          : tr("Received: at this import."));
        if (preview.source().submittedAt)
            text += u' ' + tr("The package says it was submitted on %1; timeliness is judged by the time received.")
                               .arg(shortTime(*preview.source().submittedAt));
    }
    summary->setText(text);

    QLabel *signatureLabel = nullptr;
    if (signature) {
        signatureLabel = new QLabel(signature->describe(), this);
        signatureLabel->setObjectName(QStringLiteral("importSignature"));
        signatureLabel->setWordWrap(true);
        signatureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint, to compare or copy
        if (signature->state != SignatureOutcome::State::Trusted)
            signatureLabel->setStyleSheet(QStringLiteral("color: #9c5700;"));
        if (signature->state == SignatureOutcome::State::UnknownCertificate) {
            m_trust = new QCheckBox(tr("I checked the fingerprint with %1: trust this certificate for it from now on")
                                        .arg(target.agencyName),
                                    this);
            m_trust->setObjectName(QStringLiteral("trustCertificate"));
        }
    }

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
    if (m_trust) {
        m_import->setEnabled(false);
        connect(m_trust, &QCheckBox::toggled, m_import, &QPushButton::setEnabled);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    if (signatureLabel)
        layout->addWidget(signatureLabel);
    if (m_trust)
        layout->addWidget(m_trust);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace pardesk
