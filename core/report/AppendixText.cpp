#include "report/AppendixText.h"

#include "report/AppendixTable.h"
#include "report/DocumentHeader.h"
#include "store/Store.h"
#include "store/StoreInfo.h"

#include <QRegularExpression>

namespace pardesk {

Result<Document> AppendixText::document(const Store &store, const QString &plan)
{
    const auto all = store.plans().documents();
    if (!all)
        return all.failure();
    QList<Document> found;
    for (const Document &d : all.value()) {
        if (d.key == plan)
            return d;
        if (d.number == plan)
            found.append(d);
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error{tr("No plan numbered \"%1\".").arg(plan)};
    QStringList keys;
    for (const Document &d : std::as_const(found))
        keys.append(d.key);
    return Error{tr("Several documents are numbered \"%1\": give one of their keys (%2).").arg(plan, keys.join(QStringLiteral(", ")))};
}

QString AppendixText::plain(const QString &text)
{
    static const QRegularExpression paragraph(QStringLiteral("</p>\\s*<p>|<br\\s*/?>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    QString out = text;
    out.replace(paragraph, QStringLiteral("\n"));
    out.remove(tag);
    return out.trimmed();
}

QString AppendixText::attachedTo(const Document &document)
{
    const QString kind = document.typeLabel.isEmpty() ? tr("document") : document.typeLabel;
    // An unnumbered draft ("/KH-UBND") keeps its blank, as the seeds print it.
    return tr("Attached to %1 No. %2 dated %3 of %4")
        .arg(kind, document.number, appendixDate(document.issued), document.issuer);
}

void AppendixText::fillHeader(const Store &store, const Document &document, AppendixIdentity &identity)
{
    DocumentHeader::fill(identity, document.issuer, provinceName(store, document.province), document.number, document.issued);
}

QString AppendixText::nationalName()
{
    return tr("SOCIALIST REPUBLIC OF VIET NAM");
}

QString AppendixText::motto()
{
    return tr("Independence - Freedom - Happiness");
}

QString AppendixText::numberHeader()
{
    return tr("No.");
}

QString AppendixText::leadAgency()
{
    return tr("Lead agency");
}

QString AppendixText::coordinatingAgencies()
{
    return tr("Coordinating agencies");
}

QString AppendixText::appendixLabel()
{
    return tr("Appendix");
}

void AppendixText::markIfSynthetic(const Store &store, AppendixIdentity &identity)
{
    if (store.isSynthetic())
        identity.notice = StoreInfo::syntheticNotice();
}

QString AppendixText::provinceName(const Store &store, const QString &code)
{
    const auto name = store.references().provinceName(code);
    return name && name.value() ? *name.value() : code;
}

} // namespace pardesk
