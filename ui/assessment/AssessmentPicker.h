#pragma once
// Chooses the self-assessment to work on: an existing one from the list (agency, period by name,
// status, criteria set), or a new one by criteria set, agency (those the set's group scores) and
// period (a month, a quarter or the year, listed by name).

#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pardesk {

class Store;

class AssessmentPicker : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentPicker(const Store &store, QWidget *parent = nullptr);

    // Reads the sets and the self-assessments again; what was chosen stays chosen.
    Status reload();
    // Reads only the list of self-assessments again (after a score, a status change).
    Status reloadList();
    // Marks this assessment's row in the list (0: none), without asking to open it.
    void select(qint64 assessmentId);
    // Presets the new self-assessment's set and agency to the open one's, and its period to the
    // next: the agency's next monthly scoring is one click away.
    void presetNewAfter(const AssessmentHeader &open);
    void retranslate();

    QTableWidget *list() const { return m_list; }
    QComboBox *setBox() const { return m_set; }
    QComboBox *agencyBox() const { return m_agency; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *periodBox() const { return m_period; }
    QPushButton *createButton() const { return m_create; }

signals:
    void openRequested(qint64 assessmentId);
    void createRequested(qint64 setId, qint64 agencyId, const QString &period);

private:
    void fillAgencies();
    void fillPeriods();
    void fillList();
    void requestCreate();
    const CriteriaSetSummary *chosenSet() const;

    const Store &m_store;
    QList<CriteriaSetSummary> m_sets;
    QLabel *m_listLabel;
    QTableWidget *m_list;
    QGroupBox *m_newBox;
    QLabel *m_setLabel;
    QLabel *m_agencyLabel;
    QLabel *m_yearLabel;
    QLabel *m_periodLabel;
    QComboBox *m_set;
    QComboBox *m_agency;
    QSpinBox *m_year;
    QComboBox *m_period;
    QPushButton *m_create;
    bool m_filling = false; // the list is being refilled: its selection changes are not the user's
};

} // namespace pardesk
