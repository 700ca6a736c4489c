#pragma once
// The consolidating office's area: for a form and a period, every expected agency with its status
// (not received, on time, late), completeness and timeliness, the validation errors of each
// submission (a double click opens it), the province and level totals of every item with the
// agencies behind each, and the reminder list to copy into an email.

#include "exchange/Consolidation.h"
#include "shell/AppView.h"

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace pardesk {

class Store;

class ConsolidationView : public AppView {
    Q_OBJECT
public:
    ConsolidationView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("consolidation"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built: the area is built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    QVariant selection() const override; // "FORM|PERIOD"
    void restoreSelection(const QVariant &selection) override;

    // Builds the consolidation of the chosen form and period again (after an import).
    void reload();
    const std::optional<Consolidation> &consolidation() const { return m_consolidation; }

    QComboBox *formBox() const { return m_form; }
    QComboBox *periodBox() const { return m_period; }
    QTableWidget *statusTable() const { return m_statuses; }
    QTreeWidget *totalsTree() const { return m_totals; }
    QPlainTextEdit *reminder() const { return m_reminder; }
    QLabel *ratesLabel() const { return m_rates; }

    // The actions behind the buttons, for the menu and the tests.
    void exportCsv();
    void importPackages();
    void exportTemplateForSelectedAgency();
    // One template per agency whose report has not arrived, into a folder, each named after its
    // agency: what the consolidating office sends out every quarter.
    void exportTemplatesForMissingAgencies();
    void copyReminder();
    void openSubmissionOfRow(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillForms();
    void fillPeriods();
    void showStatuses();
    void showTotals();
    void fillDrillDown(QTreeWidgetItem *item);

    Store &m_db;
    bool m_loaded = false;
    QVariant m_pendingSelection;
    std::optional<Consolidation> m_consolidation;
    QLabel *m_formLabel;
    QComboBox *m_form;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QLabel *m_synthetic;
    QLabel *m_rates;
    QLabel *m_statusTitle;
    QTableWidget *m_statuses;
    QLabel *m_totalsTitle;
    QTreeWidget *m_totals;
    QLabel *m_reminderTitle;
    QPlainTextEdit *m_reminder;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_importPackages;
    QPushButton *m_template;
    QPushButton *m_templatesForAll;
};

} // namespace pardesk
