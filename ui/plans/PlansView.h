#pragma once
// Plans and targets: the documents, filtered by province, year and kind and searched without
// needing accents, and the page of the one selected with its targets and their evaluation.
// Documents and targets are created, edited and deleted here, each change undoable.

#include "shell/AppView.h"
#include "domain/Records.h"
#include "targets/TargetReport.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QUndoStack;

namespace pardesk {

class Store;
class DocumentFilterModel;
class DocumentListModel;
class DocumentPage;
class PlanWrites;
class SearchHighlightDelegate;
class TargetTableModel;

class PlansView : public AppView {
    Q_OBJECT
public:
    PlansView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("plans"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built; built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    QVariant selection() const override; // the selected document's key
    void restoreSelection(const QVariant &selection) override;

    // Selects the document with this key (clearing filters that hide it); false when there is none.
    bool selectDocument(const QString &key);
    QString currentDocumentKey() const;
    qint64 currentTargetId() const; // 0 when none

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *provinceFilter() const { return m_province; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *typeFilter() const { return m_type; }
    QTableView *documentView() const { return m_documentView; }
    QTableView *targetView() const;
    DocumentPage *page() const { return m_page; }
    PlanWrites *writes() const { return m_writes; }
    QLabel *messageBanner() const { return m_message; }

    QAction *newDocumentAction() const { return m_newDocument; }
    QAction *editDocumentAction() const { return m_editDocument; }
    QAction *deleteDocumentAction() const { return m_deleteDocument; }
    QAction *newTargetAction() const { return m_newTarget; }
    QAction *editTargetAction() const { return m_editTarget; }
    QAction *deleteTargetAction() const { return m_deleteTarget; }

    void reload(); // reads the store again, keeping the selection

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildDocumentList();
    void buildActions();
    void fillFilters();
    void showDocument();
    void showMessage(const QString &message);
    void selectTarget(qint64 id);

    Store &m_db;
    PlanWrites *m_writes;
    DocumentListModel *m_documents;
    DocumentFilterModel *m_filter;
    TargetTableModel *m_targets;
    QLineEdit *m_search;
    QComboBox *m_province;
    QComboBox *m_year;
    QComboBox *m_type;
    QLabel *m_filterLabel;
    QTableView *m_documentView;
    SearchHighlightDelegate *m_documentHighlight;
    QToolBar *m_toolBar;
    QLabel *m_message;
    DocumentPage *m_page;
    QAction *m_findAction;
    QAction *m_newDocument;
    QAction *m_editDocument;
    QAction *m_deleteDocument;
    QAction *m_newTarget;
    QAction *m_editTarget;
    QAction *m_deleteTarget;

    QHash<QString, QList<Target>> m_targetsByDocument;
    QHash<QString, QHash<QString, QStringList>> m_tasksByDocument; // document → target STT → task texts
    QHash<qint64, TargetReportRow> m_reports;
    bool m_stale = false;
};

} // namespace pardesk
