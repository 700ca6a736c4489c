#pragma once
// Entering an agency's submission, the heart of ParDesk: choose or create a submission, type its
// figures into the form's grid as into a spreadsheet, see at once what validation finds and what
// the agency reported in earlier periods, and move it from draft to submitted to approved.
// Every change is in the database as soon as it is made.

#include "store/Store.h"

#include "shell/AppView.h"

#include <QVariant>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace pardesk {

class Store;
class EditSession;
class EntryModel;
class EntryTreeView;
class FindingsModel;
class HistoryModel;
class MessageBar;
class SubmissionPicker;

class SubmissionView : public AppView {
    Q_OBJECT
public:
    SubmissionView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~SubmissionView() override;

    QString viewKey() const override { return QStringLiteral("submissions"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built; built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    // The id of the open submission; invalid when none is open.
    QVariant selection() const override;
    void restoreSelection(const QVariant &selection) override;

    bool openSubmission(qint64 submissionId);

    EditSession *session() const { return m_session; }
    EntryModel *model() const { return m_model; }
    EntryTreeView *grid() const { return m_grid; }
    SubmissionPicker *picker() const { return m_picker; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableView *historyView() const { return m_historyView; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *reopenButton() const { return m_reopen; }

public slots:
    void copy();
    void paste();

private:
    QWidget *buildEntryPane();
    void create(qint64 formId, qint64 agencyId, const QString &period);
    void submit();
    void afterStatusChange(const Status &status, const QString &done);
    void showCell(const QModelIndex &cell);
    void showFinding(const QModelIndex &index);
    void showHistoryOf(const QModelIndex &cell);
    void updateHeader();
    void updateFindings();

    Store &m_db;
    EditSession *m_session;
    EntryModel *m_model;
    FindingsModel *m_findings;
    HistoryModel *m_history;
    SubmissionPicker *m_picker;
    EntryTreeView *m_grid;
    QTableView *m_findingsView;
    QTableView *m_historyView;
    MessageBar *m_messages;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_explanation;
    QLabel *m_findingsLabel;
    QLabel *m_historyLabel;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_reopen;
    QSplitter *m_split;
};

} // namespace pardesk
