#include "exchange/ExchangeMenu.h"

#include "entry/ExplanationDialog.h"
#include "exchange/ImportDialog.h"
#include "exchange/PasswordDialog.h"
#include "exchange/SubmissionFile.h"
#include "exchange/SubmissionImport.h"
#include "exchange/SubmissionPackage.h"
#include "exchange/XlsxTemplate.h"
#include "shell/AppView.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/RightsGate.h"
#include "shell/SavedFileNotice.h"
#include "signing/Pkcs12Signer.h"
#include "store/PackagePolicy.h"
#include "store/Store.h"
#include "validation/SubmitRule.h"

#include <QEvent>
#include <QFileInfo>
#include <QMenu>

namespace pardesk {

ExchangeMenu::ExchangeMenu(MainWindow *window, QMenu *file, QAction *before) : QObject(window), m_window(window)
{
    m_import = new QAction(window);
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportPackage = new QAction(window);
    m_exportPackage->setObjectName(QStringLiteral("actionExportPackage"));
    m_exportTemplate = new QAction(window);
    m_exportTemplate->setObjectName(QStringLiteral("actionExportTemplate"));
    // The receiving office's rule, kept in the store (PackagePolicy), read again whenever the menu
    // opens: another store may have been opened since.
    m_refuseUnsigned = new QAction(window);
    m_refuseUnsigned->setObjectName(QStringLiteral("actionRefuseUnsigned"));
    m_refuseUnsigned->setCheckable(true);
    file->insertActions(before, {m_import, m_refuseUnsigned, m_exportPackage, m_exportTemplate});
    file->insertSeparator(before);
    connect(file, &QMenu::aboutToShow, this, &ExchangeMenu::showUnsignedRule);
    connect(window, &MainWindow::storeReplaced, this, &ExchangeMenu::showUnsignedRule); // Ctrl+I without the menu
    connect(m_refuseUnsigned, &QAction::triggered, this, &ExchangeMenu::setUnsignedRule);
    showUnsignedRule();
    connect(m_import, &QAction::triggered, this, &ExchangeMenu::chooseFileToImport);
    connect(m_exportPackage, &QAction::triggered, this, &ExchangeMenu::chooseExportPackage);
    connect(m_exportTemplate, &QAction::triggered, this, &ExchangeMenu::chooseExportTemplate);
    window->installEventFilter(this);
    retranslate();
}

void ExchangeMenu::retranslate()
{
    m_import->setText(tr("&Import Submission…"));
    m_exportPackage->setText(tr("Export Submission &Package…"));
    m_refuseUnsigned->setText(tr("Refuse &Unsigned Packages"));
    m_refuseUnsigned->setStatusTip(tr("Import only packages signed with a certificate of their agency; otherwise an "
                                      "unsigned package is imported with a warning."));
    m_exportTemplate->setText(tr("Export &Template…"));
}

bool ExchangeMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

std::optional<qint64> ExchangeMenu::openSubmission() const
{
    const AppView *submissions = m_window->view(QStringLiteral("submissions"));
    bool ok = false;
    const qint64 id = submissions ? submissions->selection().toLongLong(&ok) : 0;
    if (ok && id > 0)
        return id;
    MessageBox::information(m_window, tr("Export"), tr("Open a submission in the Submissions area first."));
    return std::nullopt;
}

void ExchangeMenu::showUnsignedRule()
{
    // Importing writes other agencies' reports, and the rule is the receiving office's: only a
    // login that manages the store (StoreRights) is offered them.
    const bool manages = m_window->database().rights().mayManage();
    offerActionsOnlyIf(manages, {m_import, m_refuseUnsigned});
    m_refuseUnsigned->setChecked(m_window->database().unsignedPackages() == PackagePolicy::Unsigned::Refuse);
}

void ExchangeMenu::setUnsignedRule(bool refuse)
{
    const Status s = m_window->database().setUnsignedPackages(refuse ? PackagePolicy::Unsigned::Refuse
                                                                     : PackagePolicy::Unsigned::Warn);
    if (!s)
        MessageBox::critical(m_window, tr("Import"), s.error());
    showUnsignedRule();
}

void ExchangeMenu::chooseFileToImport()
{
    const QString path = FileDialog::openFile(m_window, tr("Import a Submission"),
                                              tr("Submissions (*.xlsx *.pardesk *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(*m_window, path);
}

std::optional<qint64> ExchangeMenu::importFile(MainWindow &window, const QString &path)
{
    Store &db = window.database();
    std::optional<ExchangeIdentity> identity;
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0) {
        const AppView *submissions = window.view(QStringLiteral("submissions"));
        bool ok = false;
        const qint64 open = submissions ? submissions->selection().toLongLong(&ok) : 0;
        const auto header = ok ? db.submissions().header(open) : Result<SubmissionHeader>(Error{});
        if (!header) {
            MessageBox::information(&window, tr("Import"),
                                    tr("A CSV file does not say whose submission it is: open that submission in the "
                                       "Submissions area first, or import the XLSX template, which says it."));
            return std::nullopt;
        }
        identity = ExchangeIdentity{header->formKey, 0, header->agencyKey, header->period};
    }
    auto source = SubmissionFile::read(db, path, identity);
    if (!source) {
        MessageBox::critical(&window, tr("Import"), source.error());
        return std::nullopt;
    }
    const auto preview = ImportPreview::build(db, std::move(source).value());
    if (!preview) {
        MessageBox::critical(&window, tr("Import"), preview.error());
        return std::nullopt;
    }
    const auto trust = ImportDialog::confirm(preview.value(), &window);
    if (!trust)
        return std::nullopt;
    // An import is sent as "Gửi" sends (SubmitRule): errors left without the file's explanation
    // are explained here, as the entry grid asks.
    QString explanation;
    if (SubmitRule::needsExplanation(preview->errorCount()) && preview->source().explanation.trimmed().isEmpty()) {
        QList<Finding> errors;
        for (const Finding &f : preview->findings())
            if (f.severity == Severity::Error)
                errors << f;
        const auto answer = ExplanationDialog::ask(errors, &window);
        if (!answer)
            return std::nullopt;
        explanation = *answer;
    }
    const auto existing = preview->replaces() ? SubmissionImport::Existing::Replace : SubmissionImport::Existing::Refuse;
    const auto outcome = SubmissionImport::apply(db, preview.value(), existing, *trust, explanation);
    if (!outcome) {
        MessageBox::critical(&window, tr("Import"), outcome.error());
        return std::nullopt;
    }
    // Every open area shows the import already (StoreEvents); the submissions area opens it.
    if (AppView *submissions = window.view(QStringLiteral("submissions"))) {
        window.showView(QStringLiteral("submissions"));
        submissions->restoreSelection(outcome->submissionId);
    }
    return outcome->submissionId;
}

void ExchangeMenu::chooseExportPackage()
{
    const auto id = openSubmission();
    if (!id)
        return;
    const auto header = m_window->database().submissions().header(*id);
    if (!header) {
        MessageBox::critical(m_window, tr("Export"), header.error());
        return;
    }
    const QString suggested = QStringLiteral("%1-%2-%3.pardesk").arg(header->agencyKey, header->formKey, header->period);
    const QString path = FileDialog::saveFile(m_window, tr("Export Submission Package"), suggested,
                                              tr("Submission packages (*.pardesk)"));
    if (path.isEmpty())
        return;
    std::unique_ptr<PackageSigner> signer;
    if (!chooseSigner(m_window, tr("Export Submission Package"), signer))
        return;
    if (Status s = SubmissionPackage::write(m_window->database(), *id, path, signer.get()); !s)
        MessageBox::critical(m_window, tr("Export"), s.error());
    else
        SavedFileNotice::show(m_window, path);
}

bool ExchangeMenu::chooseSigner(QWidget *parent, const QString &title, std::unique_ptr<PackageSigner> &signer)
{
    const auto answer = MessageBox::show(parent, QMessageBox::Question, title,
                                         tr("Sign the package with your agency's certificate (a PKCS#12 file, .p12 or "
                                            ".pfx)? The receiving office can then tell that your agency sent it and "
                                            "that nobody changed it."),
                                         QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::No)
        return true;
    if (answer != QMessageBox::Yes)
        return false;
    const QString p12 = FileDialog::openFile(parent, tr("Sign with a Certificate"), tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (p12.isEmpty())
        return false;
    const auto password = PasswordDialog::ask(parent, p12);
    if (!password)
        return false;
    auto opened = Pkcs12Signer::open(p12, *password);
    if (!opened) {
        MessageBox::critical(parent, tr("Export"), opened.error());
        return false;
    }
    signer = std::move(opened).value();
    return true;
}

void ExchangeMenu::chooseExportTemplate()
{
    const auto id = openSubmission();
    if (!id)
        return;
    const auto header = m_window->database().submissions().header(*id);
    if (!header) {
        MessageBox::critical(m_window, tr("Export"), header.error());
        return;
    }
    exportTemplate(m_window->database(), {header->formKey, 0, header->agencyKey, header->period}, m_window);
}

void ExchangeMenu::exportTemplate(Store &db, const ExchangeIdentity &identity, QWidget *parent)
{
    const QString suggested = QStringLiteral("%1-%2-%3.xlsx").arg(identity.agencyKey, identity.formKey, identity.period);
    const QString path = FileDialog::saveFile(parent, tr("Export Template"), suggested,
                                              tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const bool csv = QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
    const Status written = csv ? CsvTemplate::write(db, identity, path) : XlsxTemplate::write(db, identity, path);
    if (!written)
        MessageBox::critical(parent, tr("Export Template"), written.error());
    else
        SavedFileNotice::show(parent, path);
}

} // namespace pardesk
