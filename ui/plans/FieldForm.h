#pragma once
// Labelled fields, each able to show under it what is wrong with it: the field is outlined in
// red and the message, behind a warning sign, says why (colour and words, for every reader).

#include "store/PlanChecks.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace pardesk {

class FieldForm : public QWidget {
    Q_OBJECT
public:
    explicit FieldForm(QWidget *parent = nullptr);

    // `field` is the name PlanChecks gives it ("text", "value"); the label comes with setLabel().
    void addField(const QString &field, QWidget *editor);
    void addRow(QWidget *widget); // spans both columns
    void setLabel(const QString &field, const QString &text);
    QWidget *editor(const QString &field) const;

    // Marks the fields of `issues` that this form holds (the first message of each) and returns
    // the editor of the first one marked, or nullptr.
    QWidget *showIssues(const QList<FieldIssue> &issues);
    void clearIssues();
    bool isMarked(const QString &field) const;
    QString issue(const QString &field) const; // the message shown under the field, or empty

private:
    struct Field {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };
    void mark(const Field &field, const QString &message);

    QFormLayout *m_layout;
    QHash<QString, Field> m_fields;
    QStringList m_order;
};

} // namespace pardesk
