#pragma once
// The targets of one document as the appendix lays them out (STT, content, tasks, lead and
// coordinating agencies, legal basis, timeframe), with the structured reading beside the verbatim
// text and the current evaluation (TargetVerdict: met / not met / no figures for its year, the
// actual, its period and coverage, the gap).

#include "domain/Records.h"
#include "targets/TargetReport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pardesk {

class TargetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Stt,
        Text,
        Comparison,
        Evaluation, // the verdict beside the target, then what it rests on
        Actual,     // the figure the verdict rests on, or the earlier year's figure given as context
        Period,     // that figure's period
        Coverage,   // "1/3 agencies"
        Gap,
        Level,
        Theme,
        Tasks,
        Lead,
        Coordinating,
        LegalBasis,
        Timeframe,
        Source,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // EvaluationStatus as int
    };

    explicit TargetTableModel(QObject *parent = nullptr);
    void setTargets(QList<Target> targets); // without evaluations or linked tasks
    // `reports`: each target's row of TargetReport, by target id; `tasksByStt`: the texts of the
    // document's tasks that serve a target, by the target's STT (shown where the appendix has no
    // tasks cell of its own).
    void setTargets(QList<Target> targets, QHash<qint64, TargetReportRow> reports, QHash<QString, QStringList> tasksByStt);
    void setThemeNames(QHash<QString, QString> names); // key → name shown in the Theme column
    const Target *targetAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent
    EvaluationStatus statusAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QString display(int row, int column) const;
    QString actualText(int row) const;

    QList<Target> m_targets;
    QHash<qint64, TargetReportRow> m_reports;
    QHash<QString, QStringList> m_tasksByStt;
    QHash<QString, QString> m_themeNames;
};

} // namespace pardesk
