#pragma once
// Filters the tasks by province, document, and "due in the next N days" (from today, not done),
// and sorts them the Vietnamese way (vietnameseLess), deadlines as dates.

#include <QDate>
#include <QSortFilterProxyModel>

namespace pardesk {

class TaskFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    static constexpr int kDueSoonDays = 30;

    explicit TaskFilterModel(QObject *parent = nullptr);

    void setProvince(const QString &province); // empty: every province
    void setDocument(const QString &key);      // empty: every document
    // Only the tasks not done whose deadline lies from `today` to `today` + kDueSoonDays.
    void setDueSoon(bool on, const QDate &today);

    static bool isDueSoon(const QDate &deadline, const QString &status, const QDate &today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_province;
    QString m_document;
    bool m_dueSoon = false;
    QDate m_today;
};

} // namespace pardesk
