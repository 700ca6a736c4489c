#include "exchange/PreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pardesk {
namespace {

struct Answer {
    bool accept;
    bool trust;
};
std::optional<Answer> nextAnswer;

} // namespace

void PreviewDialog::setNextAnswer(bool accept, bool trustNewCertificate)
{
    nextAnswer = Answer{accept, trustNewCertificate};
}

PreviewDialog::PreviewDialog(const QString &fileName, QWidget *parent) : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
}

void PreviewDialog::addTable(const QString &title, const QStringList &headers, const QList<QStringList> &rows)
{
    auto *t = new QTableWidget(int(rows.size()), int(headers.size()), this);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    t->resizeColumnsToContents();
    m_tabs->addTab(t, title);
}

void PreviewDialog::finish(const QString &summary, const std::optional<SignatureOutcome> &signature,
                           const QString &agencyName, bool replaces, const QStringList &errors)
{
    auto *layout = new QVBoxLayout(this);
    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("importSummary"));
    summaryLabel->setWordWrap(true);
    layout->addWidget(summaryLabel);
    if (signature) {
        auto *signatureLabel = new QLabel(signature->describe(), this);
        signatureLabel->setObjectName(QStringLiteral("importSignature"));
        signatureLabel->setWordWrap(true);
        signatureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint, to compare or copy
        if (signature->state != SignatureOutcome::State::Trusted)
            signatureLabel->setStyleSheet(QStringLiteral("color: #9c5700;"));
        layout->addWidget(signatureLabel);
        if (signature->state == SignatureOutcome::State::UnknownCertificate) {
            m_trust = new QCheckBox(tr("I checked the fingerprint with %1: trust this certificate for it from now on").arg(agencyName),
                                    this);
            m_trust->setObjectName(QStringLiteral("trustCertificate"));
            layout->addWidget(m_trust);
        }
    }
    if (!errors.isEmpty()) {
        auto *errorLabel = new QLabel(errors.join(QStringLiteral("\n")), this);
        errorLabel->setObjectName(QStringLiteral("importErrors"));
        errorLabel->setWordWrap(true);
        errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(errorLabel);
    }
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(replaces ? tr("&Replace") : tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(!replaces); // replacing is never the default: it needs a deliberate click
    m_import->setEnabled(errors.isEmpty() && !m_trust);
    if (m_trust && errors.isEmpty())
        connect(m_trust, &QCheckBox::toggled, m_import, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

std::optional<SubmissionImport::Trust> PreviewDialog::ask()
{
    if (nextAnswer) {
        const Answer answer = *nextAnswer;
        nextAnswer.reset();
        if (m_trust)
            m_trust->setChecked(answer.trust);
        if (!answer.accept || !m_import->isEnabled())
            return std::nullopt;
    } else if (exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return m_trust && m_trust->isChecked() ? SubmissionImport::Trust::TrustNew : SubmissionImport::Trust::KnownOnly;
}

} // namespace pardesk
