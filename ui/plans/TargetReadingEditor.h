#pragma once
// The structured reading of a target, as fields a user can correct: kind, comparison, value, unit,
// direction, level, "phấn đấu" and baseline year.

#include "domain/Records.h"
#include "store/PlanChecks.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace pardesk {

class FieldForm;

class TargetReadingEditor : public QWidget {
    Q_OBJECT
public:
    explicit TargetReadingEditor(QWidget *parent = nullptr);

    // Fills the fields from the target's reading; edited() is not emitted for it.
    void show(const Target &target);
    // Writes the fields into the target's reading; issues for text a field does not take.
    QList<FieldIssue> apply(Target &target) const;

    FieldForm *form() const { return m_form; }
    QComboBox *comparatorBox() const { return m_comparator; }
    QLineEdit *valueEdit() const { return m_value; }
    QComboBox *levelBox() const { return m_level; }
    void retranslate();

signals:
    void edited(); // the user changed a field

private:
    void updateEnabled();

    FieldForm *m_form;
    QComboBox *m_kind;
    QComboBox *m_comparator;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QComboBox *m_direction;
    QComboBox *m_level;
    QCheckBox *m_aspirational;
    QLineEdit *m_baselineYear;
    bool m_filling = false;
};

} // namespace pardesk
