#pragma once
// The "plans" area until the full plans view arrives: the documents of the store and the targets of
// the one selected.

#include "shell/AppView.h"

class QLabel;
class QListView;
class QTableView;
class QUndoStack;

namespace pardesk {

class Database;
class DocumentListModel;
class TargetTableModel;

class DocumentsOverview : public AppView {
    Q_OBJECT
public:
    DocumentsOverview(Database &database, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("plans"); }
    QString title() const override;
    QVariant selection() const override; // the selected document's key
    void restoreSelection(const QVariant &selection) override;

    // Selects the document with this key; false when there is none.
    bool selectDocument(const QString &key);
    QListView *documentView() const { return m_documentView; }
    QTableView *targetView() const { return m_targetView; }

private:
    void showTargetsOf(int row);

    Database &m_database;
    DocumentListModel *m_documents;
    TargetTableModel *m_targets;
    QListView *m_documentView;
    QTableView *m_targetView;
    QLabel *m_documentTitle;
};

} // namespace pardesk
