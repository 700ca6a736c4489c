#pragma once
// The evidence (tài liệu kiểm chứng) of the sub-criterion under the grid's cursor: the files and
// document references attached, and the ways to add one (a file chosen with FileDialog, kept in the
// store with its SHA-256; or a document's number and date, typed here without a dialog) and to
// open or save a file again, its digest checked first.

#include "store/SelfAssessments.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pardesk {

class AssessmentModel;
class Store;

class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    EvidencePanel(const Store &store, AssessmentModel *model, QWidget *parent = nullptr);

    // The sub-criterion whose evidence is shown (empty: none).
    void showCode(const QString &code);
    QString code() const { return m_code; }
    void refresh();
    void retranslate();

    // The actions behind the buttons, for the tests.
    void attachFile();
    void addDocument();
    void openSelected();
    void saveSelected();

    QTableWidget *table() const { return m_table; }
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *addDocumentButton() const { return m_addDocument; }

signals:
    // What happened or went wrong, for the view's message line.
    void message(const QString &text, bool error);

private:
    const Evidence *selected() const;
    // The file's bytes from the store, provided they still have the digest they were attached with.
    QByteArray checkedContent(const Evidence &e);
    bool canAdd() const;

    const Store &m_store;
    AssessmentModel *m_model;
    QString m_code;
    QList<Evidence> m_shown;
    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_save;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QPushButton *m_addDocument;
};

} // namespace pardesk
