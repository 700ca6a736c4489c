#pragma once
// The main window of this first version: the documents of the store and the targets of the one
// selected. The full navigation comes with the main-window issue.

#include <QMainWindow>

class QListView;
class QTableView;
class QLabel;

namespace pardesk {

class Database;
class DocumentListModel;
class TargetTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

    // Selects the document with this key; false when there is none.
    bool selectDocument(const QString &key);
    QTableView *targetView() const { return m_targetView; }
    QListView *documentView() const { return m_documentView; }

private:
    void showTargetsOf(int row);
    void reportError(const QString &message);

    Database &m_database;
    DocumentListModel *m_documents;
    TargetTableModel *m_targets;
    QListView *m_documentView;
    QTableView *m_targetView;
    QLabel *m_documentTitle;
};

} // namespace pardesk
