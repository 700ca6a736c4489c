#pragma once
// The consolidating office's picture of a criteria set in a province and year, as
// `pardesk-cli assessment estimate` and `lost-points` compute it (ProvincePictureLoader): the
// estimate per area and in all against the maximum and the last official result, every agency's
// status, total and rank, the ratio sub-criteria measured by a form projected to the year's end,
// and the points lost, largest first, with the plan's targets, the latest reported figures and the
// open tasks that move them.

#include "assessment/ProvincePicture.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace pardesk {

class Store;

class ProvincePicturePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProvincePicturePanel(const Store &store, QWidget *parent = nullptr);

    // The province, year and set of the assessment that is open; the picture follows them.
    void follow(const QString &province, int year, std::optional<qint64> setId);
    // Builds the picture again now when it is shown, else when it is next shown.
    void reload();
    void retranslate();

    const std::optional<ProvincePicture> &picture() const { return m_picture; }
    QLabel *headline() const { return m_headline; }
    QTableWidget *areasTable() const { return m_areas; }
    QTableWidget *agenciesTable() const { return m_agencies; }
    QTableWidget *lostTable() const { return m_lost; }
    QTableWidget *yearEndTable() const { return m_yearEnd; }
    QComboBox *provinceBox() const { return m_province; }
    QSpinBox *yearBox() const { return m_year; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void showAreas(const ProvincePicture &p);
    void showAgencies(const ProvincePicture &p);
    void showLost(const ProvincePicture &p);
    void showYearEnd(const ProvincePicture &p);

    const Store &m_store;
    std::optional<qint64> m_setId;
    std::optional<ProvincePicture> m_picture;
    bool m_stale = true;
    QLabel *m_provinceLabel;
    QComboBox *m_province;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_headline;
    QLabel *m_areasTitle;
    QTableWidget *m_areas;
    QLabel *m_agenciesTitle;
    QTableWidget *m_agencies;
    QLabel *m_lostTitle;
    QTableWidget *m_lost;
    QLabel *m_yearEndTitle;
    QTableWidget *m_yearEnd;
    QWidget *m_yearEndBox;
};

} // namespace pardesk
