#include "shell/DocumentsOverview.h"

#include "plans/DocumentListModel.h"
#include "plans/TargetTableModel.h"
#include "store/Catalog.h"
#include "store/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pardesk {

DocumentsOverview::DocumentsOverview(Database &database, QUndoStack *undo, QWidget *parent)
    : AppView(parent), m_database(database), m_documents(new DocumentListModel(this)),
      m_targets(new TargetTableModel(this)), m_documentView(new QListView), m_targetView(new QTableView),
      m_documentTitle(new QLabel)
{
    Q_UNUSED(undo) // read-only for now
    m_documentView->setModel(m_documents);
    m_documentView->setAlternatingRowColors(true);
    m_documentView->setWordWrap(true);
    m_documentView->setSpacing(2);

    m_targetView->setModel(m_targets);
    m_targetView->setWordWrap(true);
    m_targetView->setAlternatingRowColors(true);
    m_targetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_targetView->horizontalHeader()->setSectionResizeMode(TargetTableModel::Text, QHeaderView::Stretch);
    m_targetView->verticalHeader()->setVisible(false);
    const std::pair<int, int> widths[] = {{TargetTableModel::Stt, 55},        {TargetTableModel::Comparison, 110},
                                          {TargetTableModel::Level, 60},      {TargetTableModel::Theme, 150},
                                          {TargetTableModel::Timeframe, 120}, {TargetTableModel::Lead, 130},
                                          {TargetTableModel::Source, 90}};
    for (const auto &[column, width] : widths)
        m_targetView->setColumnWidth(column, width);
    m_targetView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_documentTitle->setWordWrap(true);
    QFont titleFont = m_documentTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_documentTitle->setFont(titleFont);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_documentTitle);
    rightLayout->addWidget(m_targetView, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_documentView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 940});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    const Catalog catalog(database.connection());
    if (const auto themes = catalog.themes()) {
        QHash<QString, QString> names;
        for (const Theme &t : themes.value())
            names.insert(t.key, t.name);
        m_targets->setThemeNames(names);
    }
    const auto documents = catalog.documents();
    if (!documents) {
        m_documentTitle->setText(documents.error());
    } else {
        // Documents only listed in a report's appendix have no targets of their own to show.
        QList<Document> shown;
        for (const Document &d : documents.value())
            if (d.citedBy.isEmpty())
                shown.append(d);
        m_documents->setDocuments(shown);
    }
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTargetsOf(current.row()); });
    if (m_documents->rowCount() > 0)
        m_documentView->setCurrentIndex(m_documents->index(0));
    setFocusProxy(m_documentView);
}

QString DocumentsOverview::title() const
{
    return tr("Plans and targets");
}

QVariant DocumentsOverview::selection() const
{
    const Document *document = m_documents->documentAt(m_documentView->currentIndex().row());
    return document ? QVariant(document->key) : QVariant();
}

void DocumentsOverview::restoreSelection(const QVariant &selection)
{
    selectDocument(selection.toString());
}

bool DocumentsOverview::selectDocument(const QString &key)
{
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->documentAt(row)->key == key) {
            m_documentView->setCurrentIndex(m_documents->index(row));
            return true;
        }
    }
    return false;
}

void DocumentsOverview::showTargetsOf(int row)
{
    const Document *document = m_documents->documentAt(row);
    if (!document) {
        m_targets->setTargets({});
        m_documentTitle->clear();
        return;
    }
    m_documentTitle->setText(QStringLiteral("%1 %2 — %3").arg(document->typeLabel, document->number, document->title));
    TargetFilter filter;
    filter.plan = document->key;
    const auto targets = Catalog(m_database.connection()).targets(filter);
    if (!targets) {
        m_targets->setTargets({});
        m_documentTitle->setText(targets.error());
        return;
    }
    m_targets->setTargets(targets.value());
}

} // namespace pardesk
