#include "plans/DocumentListModel.h"

#include "plans/PlanFormat.h"
#include "text/SearchText.h"
#include "text/SourceName.h"

#include <algorithm>

namespace pardesk {
namespace {

// Also for a document just created or edited here, whose stored name is not read back yet.
DocumentCitation citationOf(const Document &d)
{
    return {d.typeLabel.isEmpty() ? PlanFormat::documentTypeName(d.type) : d.typeLabel, d.number, d.issued, d.issuer};
}

QString nameOf(const Document &d)
{
    return SourceName::document(citationOf(d));
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setDocuments(QList<Document> documents, const QHash<QString, QStringList> &targetTexts)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_search.clear();
    m_matching.clear();
    for (const Document &d : std::as_const(m_documents)) {
        const QString documentText = QStringList{d.number, d.typeLabel, d.title}.join(u'\n');
        const QStringList targets = targetTexts.value(d.key);
        m_search << SearchEntry{QStringList(QStringList{documentText} + targets).join(u'\n'), documentText, targets, false};
    }
    endResetModel();
}

DocumentListModel::SearchEntry &DocumentListModel::searchEntry(int row) const
{
    // Folded on the first search, not on every load: folding every target's text of every
    // document was a twentieth of the start-up, and most sessions never search.
    SearchEntry &entry = m_search[row];
    if (!entry.folded) {
        entry.text = foldForSearch(entry.text);
        entry.documentText = foldForSearch(entry.documentText);
        for (QString &t : entry.targetTexts)
            t = foldForSearch(t);
        entry.folded = true;
    }
    return entry;
}

int DocumentListModel::matchingTargets(int row, const SearchQuery &query) const
{
    const SearchEntry &entry = searchEntry(row);
    if (query.matches(entry.documentText))
        return m_documents[row].targetCount;
    return int(std::count_if(entry.targetTexts.begin(), entry.targetTexts.end(),
                             [&](const QString &t) { return query.matches(t); }));
}

void DocumentListModel::setQuery(const QString &query)
{
    m_matching.clear();
    const SearchQuery search(query);
    if (!search.isEmpty())
        for (int row = 0; row < m_documents.size(); ++row)
            m_matching.append(matchingTargets(row, search));
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, Targets), index(rowCount() - 1, Targets), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

const Document *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents[row] : nullptr;
}

int DocumentListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_documents.size(); ++row)
        if (m_documents[row].key == key)
            return row;
    return -1;
}

QModelIndex DocumentListModel::index(int row, int column, const QModelIndex &parent) const
{
    return QAbstractTableModel::index(row, column, parent);
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    const Document *d = index.isValid() ? documentAt(index.row()) : nullptr;
    if (!d)
        return {};
    switch (role) {
    case KeyRole:
        return d->key;
    case ProvinceRole:
        return d->province;
    case YearRole:
        return d->year ? QVariant(*d->year) : QVariant();
    case TypeRole:
        return d->type;
    case SearchRole:
        return searchEntry(index.row()).text;
    case Qt::ToolTipRole:
        if (index.column() == Targets && !m_matching.isEmpty())
            return tr("The search finds %1 of the document's %2 targets.").arg(m_matching[index.row()]).arg(d->targetCount);
        return tr("%1\n%2\n%3 targets, %4 tasks\nSource: %5")
            .arg(nameOf(*d), d->title)
            .arg(d->targetCount)
            .arg(d->taskCount)
            .arg(SourceName::of(citationOf(*d), d->source));
    case Qt::TextAlignmentRole:
        return index.column() >= Year ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case Name:
        return nameOf(*d);
    case Title:
        return d->title;
    case Province:
        return d->province;
    case Year:
        return d->year ? QVariant(*d->year) : QVariant();
    case Issued:
        return sorting ? d->issued : PlanFormat::date(d->issued);
    case Targets: {
        const int found = m_matching.isEmpty() ? d->targetCount : m_matching[index.row()];
        if (sorting || found == d->targetCount)
            return found;
        return QStringLiteral("%1/%2").arg(found).arg(d->targetCount);
    }
    case Tasks:
        return d->taskCount;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Document");
    case Title:
        return tr("Title");
    case Province:
        return tr("Province");
    case Year:
        return tr("Year");
    case Issued:
        return tr("Issued");
    case Targets:
        return tr("Targets");
    case Tasks:
        return tr("Tasks");
    default:
        return {};
    }
}

void DocumentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace pardesk
