#pragma once
// A line above the grid that says what went wrong (an entry refused, a write that failed) or what
// happened, until the next message or until closed: never a modal box in the middle of typing.

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

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace pardesk
