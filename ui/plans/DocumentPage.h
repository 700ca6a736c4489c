#pragma once
// One document's page: its header (number, kind, date, issuer, title, legal basis), a count of its
// targets by evaluation, and its targets as the appendix table.

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace pardesk {

class SearchHighlightDelegate;

class TargetTableModel;

class DocumentPage : public QWidget {
    Q_OBJECT
public:
    explicit DocumentPage(TargetTableModel *targets, QWidget *parent = nullptr);

    // nullptr: no document (the page says so). The targets are set on the model by the caller.
    void setDocument(const Document *document);
    QTableView *targetView() const { return m_targetView; }
    // The words searched, marked in the targets' text.
    void setSearch(const QString &query);
    const SearchHighlightDelegate *searchHighlight() const { return m_highlight; }
    QString headerText() const;  // what the header shows, for tests
    QString summaryText() const; // the count of targets by evaluation
    void retranslate();

private:
    void showSummary();

    TargetTableModel *m_targets;
    std::optional<Document> m_document;
    QLabel *m_heading;
    QLabel *m_facts;
    QLabel *m_legalBasisLabel;
    QPlainTextEdit *m_legalBasis;
    QLabel *m_summary;
    QTableView *m_targetView;
    SearchHighlightDelegate *m_highlight;
};

} // namespace pardesk
