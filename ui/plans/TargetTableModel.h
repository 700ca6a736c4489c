#pragma once
// The targets of one document as a table: the verbatim text beside its structured reading.

#include "domain/Records.h"

#include <QAbstractTableModel>

namespace pardesk {

class TargetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Stt, Text, Comparison, Level, Theme, Timeframe, Lead, Source, ColumnCount };

    explicit TargetTableModel(QObject *parent = nullptr);
    void setTargets(QList<Target> targets);
    void setThemeNames(QHash<QString, QString> names); // key → name shown in the Theme column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "≥ 80%", "≤ 25 phút", "reduce ≥ 20%", or "—" for a target with no number to measure.
    static QString comparisonText(const Target &t);

private:
    QString levelName(const QString &level) const;
    QList<Target> m_targets;
    QHash<QString, QString> m_themeNames;
};

} // namespace pardesk
