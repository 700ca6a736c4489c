#pragma once
// The PAR Index self-assessment (tự chấm điểm): choose or create an agency's assessment for a
// criteria set and a period, score its sub-criteria from the keyboard with explanations and
// evidence, see what is still missing, send it (Gửi), withdraw it to correct it (Rút lại), enter the
// council's points and comments and save the appraisal (Thẩm định); take a ratio sub-criterion's
// points computed from the reported figures; enter a survey sub-criterion's points (the office that
// organises the survey); and the province's estimate
// with the lost points and what moves them. Every change is in the store as soon as it is made,
// and undone with Edit › Undo (the window's stack). In / Xuất… prints the table of what is shown.

#include "shell/AppView.h"
#include "util/Result.h"

#include <QVariant>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace pardesk {

class AssessmentModel;
class AssessmentPicker;
class AssessmentTreeView;
class EvidencePanel;
class FindingsPanel;
class MessageBar;
class ProvincePicturePanel;
class Store;
struct StoreChange;

class AssessmentView : public AppView {
    Q_OBJECT
public:
    AssessmentView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("assessment"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built; built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    // The id of the open self-assessment; invalid when none is open.
    QVariant selection() const override;
    void restoreSelection(const QVariant &selection) override;
    // The open self-assessment's table (its appraisal once it is sent), or on the province's tab
    // the ranking of its province and year.
    QVariant printSelection() const override;
    // "In / Xuất…": the print dialog (as Ctrl+P) with the table of what is shown.
    void printTable();

    bool openAssessment(qint64 assessmentId);
    // The actions behind the buttons, each asking for confirmation (MessageBox) first.
    void submit();
    void withdraw();
    void appraise();

    AssessmentModel *model() const { return m_model; }
    AssessmentTreeView *grid() const { return m_grid; }
    AssessmentPicker *picker() const { return m_picker; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ProvincePicturePanel *provincePanel() const { return m_province; }
    MessageBar *messageBar() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *appraiseButton() const { return m_appraise; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *exchangeButton() const { return m_exchange; }
    QAction *exportPackageAction() const { return m_exportPackage; }
    QAction *exportTemplateAction() const { return m_exportTemplate; }
    // A template for a set, an agency and a period that has no self-assessment yet.
    QAction *blankTemplateAction() const { return m_blankTemplate; }
    QAction *importAction() const { return m_import; }
    // On a ratio sub-criterion's row: its points computed from the reported figures become its
    // self-score (Ctrl+Shift+R, the grid's context menu).
    QAction *acceptComputedAction() const { return m_acceptComputed; }

private:
    QWidget *buildScoringPane();
    void create(qint64 setId, qint64 agencyId, const QString &period);
    void buildExchangeMenu();
    void importFile();
    void afterStatusChange(const Status &status, const QString &done);
    void storeChanged(const StoreChange &change);
    void showCode(const QString &code);
    void updateHeader();
    void updatePanels();

    Store &m_db;
    AssessmentModel *m_model;
    AssessmentPicker *m_picker;
    AssessmentTreeView *m_grid;
    FindingsPanel *m_findings;
    EvidencePanel *m_evidence;
    ProvincePicturePanel *m_province;
    MessageBar *m_messages;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QPushButton *m_submit;
    QPushButton *m_withdraw;
    QPushButton *m_appraise;
    QPushButton *m_print;
    QPushButton *m_exchange;
    QAction *m_exportPackage;
    QAction *m_exportTemplate;
    QAction *m_blankTemplate;
    QAction *m_import;
    QAction *m_acceptComputed;
};

} // namespace pardesk
