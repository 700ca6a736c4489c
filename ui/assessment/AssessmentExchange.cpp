#include "assessment/AssessmentExchange.h"

#include "assessment/AssessmentImportDialog.h"
#include "assessment/AssessmentTemplateDialog.h"
#include "exchange/AssessmentPackage.h"
#include "exchange/AssessmentTemplate.h"
#include "exchange/ExchangeMenu.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/SavedFileNotice.h"
#include "signing/PackageSigner.h"
#include "store/Store.h"

#include <QFileInfo>

namespace pardesk {
namespace {

// "TV.STTTT-PAR.7.seed004-202403": whose, against what, when.
Result<QString> suggestedName(Store &db, qint64 assessmentId)
{
    const auto h = db.selfAssessments().header(assessmentId);
    if (!h)
        return h.failure();
    return QStringLiteral("%1-%2-%3").arg(h->agencyKey, h->setKey, h->period);
}

} // namespace

void AssessmentExchange::exportPackage(Store &db, qint64 assessmentId, QWidget *parent)
{
    const QString title = tr("Export Self-assessment Package");
    const auto name = suggestedName(db, assessmentId);
    if (!name) {
        MessageBox::critical(parent, title, name.error());
        return;
    }
    const QString path = FileDialog::saveFile(parent, title, name.value() + QStringLiteral(".pardesk"),
                                              tr("Self-assessment packages (*.pardesk)"));
    if (path.isEmpty())
        return;
    std::unique_ptr<PackageSigner> signer;
    if (!ExchangeMenu::chooseSigner(parent, title, signer))
        return;
    if (Status s = AssessmentPackage::write(db, assessmentId, path, signer.get()); !s)
        MessageBox::critical(parent, title, s.error());
    else
        SavedFileNotice::show(parent, path);
}

void AssessmentExchange::exportTemplate(Store &db, qint64 assessmentId, QWidget *parent)
{
    const QString title = tr("Export Excel Template");
    const auto h = db.selfAssessments().header(assessmentId);
    if (!h) {
        MessageBox::critical(parent, title, h.error());
        return;
    }
    const QString path = FileDialog::saveFile(parent, title, QStringLiteral("%1-%2-%3.xlsx").arg(h->agencyKey, h->setKey, h->period),
                                              tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = AssessmentTemplate::write(db, {h->setKey, h->agencyKey, h->period}, path); !s)
        MessageBox::critical(parent, title, s.error());
    else
        SavedFileNotice::show(parent, path);
}

void AssessmentExchange::exportBlankTemplate(Store &db, const AssessmentIdentity *preset, QWidget *parent)
{
    AssessmentTemplateDialog dialog(db, parent);
    if (preset)
        dialog.preset(*preset);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AssessmentIdentity identity = dialog.identity();
    const QString title = tr("Blank Excel Template");
    const QString path = FileDialog::saveFile(parent, title,
                                              QStringLiteral("%1-%2-%3.xlsx").arg(identity.agencyKey, identity.setKey, identity.period),
                                              tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    // The set, the agency and the period are checked again (AssessmentTarget::resolve); should the
    // agency have a self-assessment by now, what it holds is filled in, as for the open one.
    if (Status s = AssessmentTemplate::write(db, identity, path); !s)
        MessageBox::critical(parent, title, s.error());
    else
        SavedFileNotice::show(parent, path);
}

std::optional<qint64> AssessmentExchange::importFile(Store &db, QWidget *parent)
{
    const QString path = FileDialog::openFile(parent, tr("Import a Self-assessment"),
                                              tr("Self-assessments (*.pardesk *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    return importFile(db, path, parent);
}

std::optional<qint64> AssessmentExchange::importFile(Store &db, const QString &path, QWidget *parent)
{
    const QString title = tr("Import");
    const bool workbook = QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
    auto source = workbook ? AssessmentTemplate::read(db, path) : AssessmentPackage::read(db, path);
    if (!source) {
        MessageBox::critical(parent, title, source.error());
        return std::nullopt;
    }
    const auto preview = AssessmentImportPreview::build(db, std::move(source).value());
    if (!preview) {
        MessageBox::critical(parent, title, preview.error());
        return std::nullopt;
    }
    const auto trust = AssessmentImportDialog::confirm(preview.value(), parent);
    if (!trust)
        return std::nullopt;
    const auto outcome = AssessmentImport::apply(db, preview.value(), *trust);
    if (!outcome) {
        MessageBox::critical(parent, title, outcome.error());
        return std::nullopt;
    }
    return outcome->assessmentId;
}

} // namespace pardesk
