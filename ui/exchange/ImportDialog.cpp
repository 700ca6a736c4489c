#include "exchange/ImportDialog.h"

#include "store/Store.h"
#include "text/DateText.h"

#include <QDateTime>

namespace pardesk {
namespace {

QString shortTime(const QDateTime &time)
{
    return dateTimeText(time.toLocalTime());
}

} // namespace

std::optional<SubmissionImport::Trust> ImportDialog::confirm(const ImportPreview &preview, QWidget *parent)
{
    return ImportDialog(preview, parent).ask();
}

ImportDialog::ImportDialog(const ImportPreview &preview, QWidget *parent) : PreviewDialog(preview.source().fileName, parent)
{
    const ImportTarget &target = preview.target();
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

    QList<QStringList> rows;
    for (const RecognisedRow &row : preview.recognised())
        rows.append({row.where.section(QStringLiteral(", "), -1), row.code, row.label, row.raw, row.note});
    addTable(tr("Recognised (%1)").arg(preview.recognised().size()), {tr("Where"), tr("Code"), tr("Item"), tr("Value"), tr("Note")},
             rows);
    rows.clear();
    for (const IgnoredRow &row : preview.ignored())
        rows.append({row.where.section(QStringLiteral(", "), -1), row.code, row.reason});
    addTable(tr("Ignored (%1)").arg(preview.ignored().size()), {tr("Where"), tr("Code"), tr("Why")}, rows);
    if (preview.replaces()) {
        rows.clear();
        for (const ChangedValue &c : preview.changes())
            rows.append({c.code, c.label, c.field, c.before, c.after});
        addTable(tr("Changes (%1)").arg(preview.changes().size()),
                 {tr("Code"), tr("Item"), tr("What"), tr("Stored now"), tr("In the file")}, rows);
    }
    rows.clear();
    for (const Finding &f : preview.findings())
        rows.append({f.code, f.severity == Severity::Error ? tr("error") : tr("warning"), f.message});
    addTable(tr("Validation (%1)").arg(preview.findings().size()), {tr("Code"), tr("Severity"), tr("Finding")}, rows);
    finish(text, signature, target.agencyName, preview.replaces());
}

} // namespace pardesk
