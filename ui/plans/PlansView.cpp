#include "plans/PlansView.h"

#include "plans/DocumentFilterModel.h"
#include "plans/DocumentListModel.h"
#include "plans/DocumentPage.h"
#include "plans/PlanFormat.h"
#include "plans/PlanWrites.h"
#include "plans/TargetTableModel.h"
#include "shell/RightsGate.h"
#include "shell/SearchHighlightDelegate.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "text/SearchText.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace pardesk {
namespace {

// The text searched with a target: its words, its reading's name and its theme's name.
QString targetSearchText(const Target &t)
{
    return QStringList{t.stt, t.text, t.indicator}.join(u' ');
}

} // namespace

PlansView::PlansView(Store &db, QUndoStack *undo, QWidget *parent)
    : AppView(parent), m_db(db), m_writes(new PlanWrites(db, undo, this)),
      m_documents(new DocumentListModel(this)), m_filter(new DocumentFilterModel(this)),
      m_targets(new TargetTableModel(this)), m_search(new QLineEdit), m_province(new QComboBox), m_year(new QComboBox),
      m_type(new QComboBox), m_filterLabel(new QLabel), m_documentView(new QTableView),
      m_documentHighlight(new SearchHighlightDelegate(this)), m_toolBar(new QToolBar),
      m_message(new QLabel), m_page(new DocumentPage(m_targets))
{
    m_filter->setSourceModel(m_documents);
    setFocusProxy(m_documentView); // switching to the area puts the keyboard on the document list
    buildActions();

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_toolBar);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_page, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(buildDocumentList());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 920});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_writes, &PlanWrites::failed, this, &PlansView::showMessage);
    connect(m_writes, &PlanWrites::written, this, [this](PlanEntity entity, qint64 id) {
        if (entity == PlanEntity::Target)
            selectTarget(id);
    });
    // Every committed write, whoever made it (an undo, another area, an import, another program
    // found when the window is activated); a hidden area reads the store when shown again.
    connect(&m_db.events(), &StoreEvents::changed, this, [this](const StoreChange &change) {
        if (!change.concerns(QStringLiteral("documents")) && !change.concerns(QStringLiteral("targets"))
            && !change.concerns(QStringLiteral("tasks")))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    // activated comes on a double click (and Enter) already: a doubleClicked connection as well
    // opened the dialog twice.
    connect(targetView(), &QTableView::activated, this, [this] { m_editTarget->trigger(); });
    retranslate();
    reload();
}

QWidget *PlansView::buildDocumentList()
{
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("documentSearch"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        m_documents->setQuery(text);
        m_documentHighlight->setQuery(text);
        m_documentView->viewport()->update();
        m_page->setSearch(text);
        showDocument();
    });
    const auto filterChanged = [this] {
        m_filter->setProvince(m_province->currentData().toString());
        m_filter->setYear(m_year->currentData().toInt());
        m_filter->setType(m_type->currentData().toString());
        if (!m_documentView->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_documentView->setCurrentIndex(m_filter->index(0, 0));
        showDocument();
    };
    for (QComboBox *box : {m_province, m_year, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, filterChanged);

    m_documentView->setModel(m_filter);
    for (const int column : {int(DocumentListModel::Name), int(DocumentListModel::Title)})
        m_documentView->setItemDelegateForColumn(column, m_documentHighlight);
    m_documentView->setObjectName(QStringLiteral("documentTable"));
    m_documentView->setSortingEnabled(true);
    m_documentView->sortByColumn(-1, Qt::AscendingOrder); // the store's order until a header is clicked
    m_documentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentView->setAlternatingRowColors(true);
    // One line per document, so that all of them fit: the whole title is in the tooltip.
    m_documentView->setWordWrap(false);
    m_documentView->setTextElideMode(Qt::ElideRight);
    m_documentView->verticalHeader()->setVisible(false);
    m_documentView->horizontalHeader()->setSectionResizeMode(DocumentListModel::Title, QHeaderView::Stretch);
    for (const int column : {int(DocumentListModel::Issued), int(DocumentListModel::Tasks)})
        m_documentView->hideColumn(column);
    m_documentView->setColumnWidth(DocumentListModel::Name, 165);
    for (const int column : {int(DocumentListModel::Province), int(DocumentListModel::Year), int(DocumentListModel::Targets)})
        m_documentView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlansView::showDocument);

    auto *filters = new QWidget;
    auto *filterLayout = new QHBoxLayout(filters);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterLabel);
    filterLayout->addWidget(m_province, 1);
    filterLayout->addWidget(m_year, 1);
    filterLayout->addWidget(m_type, 1);

    auto *left = new QWidget;
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(filters);
    layout->addWidget(m_documentView, 1);
    return left;
}

void PlansView::buildActions()
{
    const auto action = [this](QAction *&slot, const QKeySequence &key, auto handler) {
        slot = new QAction(this);
        slot->setShortcut(key);
        slot->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(slot, &QAction::triggered, this, handler);
        addAction(slot);
    };
    action(m_findAction, QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    action(m_newDocument, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        m_writes->newDocument(m_province->currentData().toString());
    });
    action(m_editDocument, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        if (const Document *d = m_documents->documentAt(m_documents->rowOf(currentDocumentKey())))
            m_writes->editDocument(d->id);
    });
    action(m_deleteDocument, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] {
        if (const Document *d = m_documents->documentAt(m_documents->rowOf(currentDocumentKey())))
            m_writes->deleteDocument(d->id);
    });
    action(m_newTarget, QKeySequence(Qt::Key_Insert), [this] {
        if (!currentDocumentKey().isEmpty())
            m_writes->newTarget(currentDocumentKey());
    });
    action(m_editTarget, QKeySequence(Qt::Key_F2), [this] {
        if (const qint64 id = currentTargetId())
            m_writes->editTarget(id);
    });
    m_deleteTarget = new QAction(this);
    m_deleteTarget->setShortcut(QKeySequence::Delete);
    m_deleteTarget->setShortcutContext(Qt::WidgetShortcut); // Delete in the search box edits the text
    connect(m_deleteTarget, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTargetId())
            m_writes->deleteTarget(id);
    });
    targetView()->addAction(m_deleteTarget);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_newDocument, m_editDocument, m_deleteDocument});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_newTarget, m_editTarget, m_deleteTarget});
    offerActionsOnlyIf(m_db.rights().mayManage(),
                       {m_newDocument, m_editDocument, m_deleteDocument, m_newTarget, m_editTarget, m_deleteTarget});
}

AppViewDescriptor PlansView::descriptor()
{
    return {QStringLiteral("plans"), [] { return tr("Plans and targets"); }};
}

void PlansView::retranslate()
{
    m_search->setPlaceholderText(tr("Search number, title, targets (accents optional)… Ctrl+F"));
    m_filterLabel->setText(tr("Show:"));
    m_findAction->setText(tr("&Find"));
    m_newDocument->setText(tr("New &document"));
    m_editDocument->setText(tr("&Edit document"));
    m_deleteDocument->setText(tr("Delete document"));
    m_newTarget->setText(tr("&New target"));
    m_editTarget->setText(tr("Edit &target"));
    m_deleteTarget->setText(tr("Delete target"));
    for (QAction *a : {m_newDocument, m_editDocument, m_deleteDocument, m_newTarget, m_editTarget, m_deleteTarget})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText)));
    m_documents->retranslate();
    m_targets->retranslate();
    m_page->retranslate();
    fillFilters();
}


void PlansView::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

QTableView *PlansView::targetView() const
{
    return m_page->targetView();
}

void PlansView::fillFilters()
{
    const QString province = m_province->currentData().toString();
    const int year = m_year->currentData().toInt();
    const QString type = m_type->currentData().toString();
    QList<int> years;
    QStringList types;
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const Document *d = m_documents->documentAt(row);
        if (d->year && !years.contains(*d->year))
            years << *d->year;
        if (!types.contains(d->type))
            types << d->type;
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    {
        const QSignalBlocker a(m_province), b(m_year), c(m_type);
        m_province->clear();
        m_province->addItem(tr("All provinces"), QString());
        if (const auto provinces = m_db.planEditor().provinces())
            for (const Province &p : provinces.value())
                m_province->addItem(p.name, p.code);
        m_year->clear();
        m_year->addItem(tr("All years"), 0);
        for (const int y : years)
            m_year->addItem(QString::number(y), y);
        m_type->clear();
        m_type->addItem(tr("All kinds"), QString());
        for (const QString &t : std::as_const(types))
            m_type->addItem(PlanFormat::documentTypeName(t), t);
        m_province->setCurrentIndex(std::max(0, m_province->findData(province)));
        m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
        m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    }
    m_filter->setProvince(m_province->currentData().toString());
    m_filter->setYear(m_year->currentData().toInt());
    m_filter->setType(m_type->currentData().toString());
}

void PlansView::reload()
{
    m_stale = false;
    const QString documentKey = currentDocumentKey();
    const qint64 targetId = currentTargetId();
    const auto documents = m_db.plans().documents();
    const auto targets = m_db.plans().targets();
    const auto tasks = m_db.plans().tasks();
    if (!documents || !targets || !tasks) {
        showMessage(!documents ? documents.error() : !targets ? targets.error() : tasks.error());
        return;
    }
    if (const auto themes = m_db.plans().themes()) {
        QHash<QString, QString> names;
        for (const Theme &t : themes.value())
            names.insert(t.key, t.name);
        m_targets->setThemeNames(names);
    }
    m_reports.clear();
    if (const auto reports = TargetReport::build(m_db)) {
        for (const TargetReportRow &r : reports.value())
            m_reports.insert(r.target.id, r);
    } else {
        showMessage(reports.error()); // the targets are still shown, without their evaluation
    }
    m_targetsByDocument.clear();
    QHash<QString, QStringList> searchTexts;
    for (const Target &t : targets.value()) {
        m_targetsByDocument[t.documentKey] << t;
        searchTexts[t.documentKey] << targetSearchText(t);
    }
    m_tasksByDocument.clear();
    for (const Task &k : tasks.value())
        if (!k.targetStt.isEmpty())
            m_tasksByDocument[k.documentKey][k.targetStt] << QStringLiteral("• ") + k.text;
    // Documents only listed in a report's appendix have no page of their own.
    QList<Document> shown;
    for (const Document &d : documents.value())
        if (d.citedBy.isEmpty())
            shown << d;
    m_documents->setDocuments(shown, searchTexts);
    m_documents->setQuery(m_search->text());
    fillFilters();
    if (!selectDocument(documentKey) && m_filter->rowCount() > 0)
        m_documentView->setCurrentIndex(m_filter->index(0, 0));
    showDocument();
    selectTarget(targetId);
}

void PlansView::showDocument()
{
    const QModelIndex current = m_documentView->currentIndex();
    const Document *d = current.isValid() ? m_documents->documentAt(m_filter->mapToSource(current).row()) : nullptr;
    const qint64 targetId = currentTargetId();
    if (!d) {
        m_targets->setTargets({});
        m_page->setDocument(nullptr);
        return;
    }
    QList<Target> targets = m_targetsByDocument.value(d->key);
    // A search that the document matches only through some of its targets shows those targets.
    const SearchQuery query(m_search->text());
    if (!query.isEmpty()) {
        // The best answers first: the phrase searched, then every word whole, then parts of words
        // ("tuyen" in "Tuyên Quang" is not what "ho so truc tuyen" asks for).
        const bool documentMatches = query.matches(foldForSearch(QStringList{d->number, d->typeLabel, d->title}.join(u' ')));
        QHash<qint64, SearchRank> rank;
        for (const Target &t : std::as_const(targets))
            rank.insert(t.id, query.rank(foldForSearch(targetSearchText(t))));
        if (!documentMatches)
            targets.removeIf([&](const Target &t) { return rank.value(t.id) == SearchRank::None; });
        std::stable_sort(targets.begin(), targets.end(), [&](const Target &a, const Target &b) { return rank[a.id] > rank[b.id]; });
    }
    QHash<qint64, TargetReportRow> reports;
    for (const Target &t : std::as_const(targets))
        if (const auto it = m_reports.constFind(t.id); it != m_reports.cend())
            reports.insert(t.id, *it);
    m_targets->setTargets(targets, reports, m_tasksByDocument.value(d->key));
    m_page->setDocument(d);
    selectTarget(targetId);
}

void PlansView::selectTarget(qint64 id)
{
    const int row = m_targets->rowOf(id);
    if (row >= 0)
        targetView()->setCurrentIndex(m_targets->index(row, TargetTableModel::Text));
}

bool PlansView::selectDocument(const QString &key)
{
    const int row = m_documents->rowOf(key);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_documents->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: the filters step aside so that the document can be shown.
        m_search->clear();
        for (QComboBox *box : {m_province, m_year, m_type})
            box->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_documents->index(row, 0));
    }
    m_documentView->setCurrentIndex(index);
    return true;
}

QString PlansView::currentDocumentKey() const
{
    return m_documentView->currentIndex().data(DocumentListModel::KeyRole).toString();
}

qint64 PlansView::currentTargetId() const
{
    return targetView()->currentIndex().data(TargetTableModel::IdRole).toLongLong();
}

QVariant PlansView::selection() const
{
    const QString key = currentDocumentKey();
    return key.isEmpty() ? QVariant() : QVariant(key);
}

void PlansView::restoreSelection(const QVariant &selection)
{
    selectDocument(selection.toString());
}

void PlansView::showMessage(const QString &message)
{
    m_message->setText(QStringLiteral("⚠ ") + message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace pardesk
