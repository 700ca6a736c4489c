#include "assessment/AssessmentImportDialog.h"

#include "assessment/AssessmentText.h"
#include "text/DateText.h"

#include <QDateTime>

namespace pardesk {
namespace {

QString evidenceDetails(const Evidence &e)
{
    if (e.kind == u"file")
        return QStringLiteral("%1 · SHA-256 %2…").arg(formatByteSize(e.size, AssessmentText::convention()), e.sha256.left(12));
    return dateText(QDate::fromString(e.documentDate, Qt::ISODate));
}

} // namespace

std::optional<AssessmentImport::Trust> AssessmentImportDialog::confirm(const AssessmentImportPreview &preview, QWidget *parent)
{
    return AssessmentImportDialog(preview, parent).ask();
}

AssessmentImportDialog::AssessmentImportDialog(const AssessmentImportPreview &preview, QWidget *parent)
    : PreviewDialog(preview.source().fileName, parent)
{
    const AssessmentTarget &target = preview.target();
    const AssessmentSource &source = preview.source();
    QString text = tr("<b>%1</b> — %2, criteria set %3")
                       .arg(target.agencyName.toHtmlEscaped(), target.period.label().toHtmlEscaped(),
                            target.set.key.toHtmlEscaped());
    text += QStringLiteral("<br>");
    text += preview.replaces()
                ? tr("This agency's self-assessment for the period exists already (%1): importing replaces its points and "
                     "explanations with the file's and adds the evidence it lacks. The import is recorded in the audit log.")
                      .arg(AssessmentText::status(preview.statusBefore()))
                : tr("A new self-assessment is created.");
    text += u' ' + tr("It will be %1.").arg(AssessmentText::status(preview.statusAfter()));
    if (target.setArrives)
        text += QStringLiteral("<br>") + tr("This store does not have the criteria set %1 (%2, %n node(s)): the package "
                                            "brings it, and it is imported with the self-assessment.",
                                            nullptr, int(target.set.nodes.size()))
                                             .arg(target.set.key.toHtmlEscaped(), target.set.name.toHtmlEscaped());
    else if (!target.setDiffers.isEmpty())
        text += QStringLiteral("<br>") + tr("The package was scored against a criteria set %1 that differs from the one "
                                            "stored under that key at %2; the stored set is used.")
                                             .arg(target.set.key.toHtmlEscaped(),
                                                  target.setDiffers.mid(0, 8).join(QStringLiteral(", ")).toHtmlEscaped());
    text += QStringLiteral("<br>%1, %2, %3.")
                .arg(tr("%n sub-criterion(s) change", nullptr, int(preview.changes().size())),
                     tr("%n evidence to add", nullptr, int(preview.evidenceAdded().size())),
                     tr("%n evidence held already", nullptr, preview.evidenceHeld()));
    const QDateTime exported = QDateTime::fromString(source.exportedAt, Qt::ISODate);
    if (!source.exportedBy.isEmpty() && exported.isValid())
        text += QStringLiteral("<br>") + tr("Exported by %1 on %2.").arg(source.exportedBy.toHtmlEscaped(),
                                                                       dateTimeText(exported.toLocalTime()));

    QList<QStringList> rows;
    for (const ScoreChange &c : preview.changes())
        rows.append({c.code, c.label, AssessmentText::points(c.pointsBefore), AssessmentText::points(c.pointsAfter),
                     c.explanationBefore, c.explanationAfter});
    addTable(tr("Changes (%1)").arg(preview.changes().size()),
             {tr("Code"), tr("Criterion"), tr("Points now"), tr("Points in the file"), tr("Explanation now"),
              tr("Explanation in the file")},
             rows);
    rows.clear();
    for (const SourceEvidence &e : preview.evidenceAdded()) {
        const Evidence &evidence = e.received.evidence;
        rows.append({evidence.code, evidence.kind == u"file" ? evidence.fileName : evidence.documentNumber,
                     evidenceDetails(evidence), e.where.section(QStringLiteral(", "), 1)});
    }
    addTable(tr("Evidence to add (%1)").arg(preview.evidenceAdded().size()),
             {tr("Code"), tr("File or document"), tr("Size or date"), tr("Where")}, rows);
    rows.clear();
    for (const AssessmentFinding &f : preview.findings())
        rows.append({f.code, AssessmentText::findingKind(f.kind), f.message});
    addTable(tr("Findings (%1)").arg(preview.findings().size()), {tr("Code"), tr("Kind"), tr("Finding")}, rows);
    finish(text, source.signature, target.agencyName, preview.replaces(), preview.errors());
}

} // namespace pardesk
