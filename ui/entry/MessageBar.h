#pragma once
// A line that says what went wrong (an entry refused, a write that failed) or what happened, until
// the next message or until closed: never a modal box in the middle of typing. Laid over the foot of
// the grid (overlay()), it appears without moving the grid: a row never slides away under the mouse.

#include <QFrame>

class QLabel;
class QToolButton;

namespace pardesk {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }
    void retranslate();
    // Floats over the bottom of `host` (the grid), following its size, instead of taking a place in
    // a layout.
    void overlay(QWidget *host);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace pardesk
