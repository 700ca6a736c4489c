#pragma once
// Creates or edits a target. As the user types its Vietnamese text, the structured reading is
// proposed by the core parser (parseTargetWording) and can be corrected; a text that holds several
// targets ("tỉnh 90%, huyện 80%, xã 75%") is offered as that many targets, created together.

#include "domain/Records.h"
#include "plans/RecordDialog.h"
#include "store/PlanEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace pardesk {

class FieldForm;
class TargetReadingEditor;

class TargetDialog : public RecordDialog {
    Q_OBJECT
public:
    // `target.id` 0: a new target of `target.documentKey`. `save` writes the targets (one, or every
    // one the text holds) and puts the command on the undo stack.
    TargetDialog(PlanEditor editor, const Target &target, std::function<Status(const QList<Target> &)> save,
                 QWidget *parent = nullptr);

    const QList<Target> &targets() const { return m_targets; }
    int proposalCount() const { return int(m_proposals.size()); }

    QLineEdit *sttEdit() const { return m_stt; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *createAllBox() const { return m_createAll; }
    QListWidget *proposalList() const { return m_proposalList; }
    TargetReadingEditor *readingEditor() const { return m_reading; }

protected:
    QList<FieldIssue> read() override;
    QList<FieldIssue> check() const override;
    Status save() override;
    void retranslate() override;

private:
    QWidget *buildTargetPage();
    QWidget *buildAppendixPage();
    void proposeFromText();
    void showProposal(int index);
    void keepEditedProposal();
    void updateProposalList();
    bool creating() const { return m_original.id == 0; }

    PlanEditor m_editor;
    Target m_original;
    std::function<Status(const QList<Target> &)> m_save;
    QList<Target> m_proposals; // the readings of the text, with the user's corrections
    int m_current = -1;
    bool m_readingEdited = false;
    QList<Target> m_targets;   // what OK read

    QTabWidget *m_tabs;
    FieldForm *m_wording;
    FieldForm *m_classification;
    FieldForm *m_appendix;
    QLabel *m_document;
    QLineEdit *m_stt;
    QSpinBox *m_part;
    QPlainTextEdit *m_text;
    QLabel *m_proposalHint;
    QListWidget *m_proposalList;
    QCheckBox *m_createAll;
    QPushButton *m_readAgain;
    TargetReadingEditor *m_reading;
    QComboBox *m_theme;
    QLineEdit *m_indicator;
    QLineEdit *m_area;
    QPlainTextEdit *m_tasksText;
    QLineEdit *m_lead;
    QLineEdit *m_coordinating;
    QPlainTextEdit *m_legalBasis;
    QLineEdit *m_timeframe;
    QLineEdit *m_deadline;
};

} // namespace pardesk
