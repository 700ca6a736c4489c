#pragma once
// Chooses the submission to enter: an existing one from the list, or a new one by form, agency and
// period (the kinds of period the form is reported for, in the chosen year).

#include "domain/Records.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pardesk {

class Store;

class SubmissionListModel;

class SubmissionPicker : public QWidget {
    Q_OBJECT
public:
    explicit SubmissionPicker(const Store &store, QWidget *parent = nullptr);

    // Reads the forms, agencies and submissions again (after one was created or changed status).
    Status reload();
    void select(qint64 submissionId);
    void retranslate();

    QTableView *list() const { return m_list; }
    QComboBox *formBox() const { return m_form; }
    QComboBox *agencyBox() const { return m_agency; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *periodBox() const { return m_period; }
    QPushButton *createButton() const { return m_create; }

signals:
    void openRequested(qint64 submissionId);
    void createRequested(qint64 formId, qint64 agencyId, const QString &period);

private:
    void fillAgencies();
    void fillPeriods();
    void requestOpen(const QModelIndex &index);

    const Store &m_store;
    QList<Form> m_forms;
    SubmissionListModel *m_model;
    QLabel *m_listLabel;
    QTableView *m_list;
    QGroupBox *m_newBox;
    QLabel *m_formLabel;
    QLabel *m_agencyLabel;
    QLabel *m_yearLabel;
    QLabel *m_periodLabel;
    QComboBox *m_form;
    QComboBox *m_agency;
    QSpinBox *m_year;
    QComboBox *m_period;
    QPushButton *m_create;
};

} // namespace pardesk
