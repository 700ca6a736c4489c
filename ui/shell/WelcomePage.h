#pragma once
// The first-start page: what the open store holds, and the three everyday jobs (enter a report,
// print an appendix, prepare a meeting) a button away, with the manual beside them. It is shown
// on the first start and from Help › Start Page; choosing anything leaves it.

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace pardesk {

class Store;

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Says what `store` holds; read again each time the page is shown.
    void describe(const Store &store);
    QString summaryText() const; // for tests

signals:
    void areaChosen(const QString &viewKey); // "submissions", "charts", "plans"
    void printChosen();
    void manualChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_summary;
    QCommandLinkButton *m_enter;
    QCommandLinkButton *m_print;
    QCommandLinkButton *m_meeting;
    QPushButton *m_manual;
    QPushButton *m_browse;
    QString m_storePath;
    QList<std::pair<QString, int>> m_counts;
    QStringList m_provinces;
    bool m_synthetic = false;
};

} // namespace pardesk
