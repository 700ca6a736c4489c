#pragma once
// The areas of the app side by side: a list to choose one (by mouse or keyboard) and the chosen view.

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace pardesk {

class AppView;

class ViewNavigator : public QWidget {
    Q_OBJECT
public:
    explicit ViewNavigator(QWidget *parent = nullptr);

    void addView(AppView *view); // takes ownership
    void removeAll();            // deletes the views

    QList<AppView *> views() const;
    AppView *currentView() const;
    AppView *view(const QString &key) const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    bool setCurrentKey(const QString &key);
    QListWidget *list() const { return m_list; }

signals:
    void currentViewChanged(pardesk::AppView *view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retitle();

    QListWidget *m_list;
    QStackedWidget *m_stack;
};

} // namespace pardesk
