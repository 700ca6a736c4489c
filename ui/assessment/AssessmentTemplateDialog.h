#pragma once
// Asks whose Excel template to make when the agency has no self-assessment yet (Package / template ›
// Blank template for an agency…), as pardesk-cli assessment template --id --agency --period does:
// a criteria set, an agency the set scores and a period, chosen as the picker's New box chooses
// them (AssessmentChoices). On a server store only the agencies the login may see are offered: an
// agency's login gets its own. AssessmentExchange writes the workbook.

#include "exchange/AssessmentSource.h"
#include "store/CriteriaSets.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pardesk {

class Store;

class AssessmentTemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit AssessmentTemplateDialog(const Store &store, QWidget *parent = nullptr);

    // Chooses this set, agency and period where they are offered (the open self-assessment's set
    // and agency, its next period).
    void preset(const AssessmentIdentity &identity);
    // What is chosen; its fields are empty where nothing could be (no set, no agency).
    AssessmentIdentity identity() const;

    QComboBox *setBox() const { return m_set; }
    QComboBox *agencyBox() const { return m_agency; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *periodBox() const { return m_period; }
    QPushButton *saveButton() const;

private:
    void fillAgencies();
    void updateNote();
    const CriteriaSetSummary *chosenSet() const;

    const Store &m_store;
    QList<CriteriaSetSummary> m_sets;
    QString m_loadError;
    QComboBox *m_set;
    QComboBox *m_agency;
    QSpinBox *m_year;
    QComboBox *m_period;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace pardesk
