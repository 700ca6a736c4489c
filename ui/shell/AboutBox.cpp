#include "shell/AboutBox.h"

#include "shell/MessageBox.h"
#include "store/Store.h"

#include <QDir>
#include <QMap>
#include <algorithm>

namespace pardesk {
namespace {

// "2023-12-23" → "23/12/2023", "2024-07" → "07/2024": the way the documents write their dates.
QString displayDate(const QString &iso)
{
    QStringList parts = iso.split(u'-');
    std::reverse(parts.begin(), parts.end());
    return parts.join(u'/');
}

QString describe(const Document &d)
{
    QString text = d.name;
    if (!d.issued.isEmpty())
        text += QStringLiteral(" (%1)").arg(displayDate(d.issued));
    return QStringLiteral("%1: <i>%2</i>").arg(text.toHtmlEscaped(), d.title.toHtmlEscaped());
}

} // namespace

QString AboutBox::text(const Store &database)
{
    // The documents that are sources of their own; those only cited in a report's appendix are not.
    QMap<QString, QStringList> bySource;
    if (const auto documents = database.plans().documents()) {
        for (const Document &d : documents.value())
            if (d.citedBy.isEmpty())
                bySource[d.source.section(u':', 0, 0)].append(describe(d));
    }
    QString sources;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        sources += QStringLiteral("<li>%1</li>").arg(it.value().join(QStringLiteral("; ")));

    return QStringLiteral("<h3>ParDesk %1</h3><p>%2</p><p>%3</p><ul>%4</ul><p>%5</p>")
        .arg(QStringLiteral(PARDESK_VERSION),
             tr("Plans, targets and reports of administrative reform, for offices that work offline."),
             tr("The bundled data is transcribed from %n source document(s), each record with its provenance:",
                nullptr, int(bySource.size())),
             sources,
             tr("Database: %1").arg(QDir::toNativeSeparators(database.path()).toHtmlEscaped()));
}

void AboutBox::show(QWidget *parent, const Store &database)
{
    MessageBox::show(parent, QMessageBox::Information, tr("About ParDesk"), text(database));
}

} // namespace pardesk
