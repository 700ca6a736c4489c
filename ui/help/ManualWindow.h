#pragma once
// Help › User Manual (F1): the user manual, bundled in the program (docs/huong-dan-su-dung.md or
// docs/user-manual.md with their pictures, as Qt resources), so that it opens offline. Its headings
// are listed beside it; the language follows the program's.

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace pardesk {

class ManualWindow : public QWidget {
    Q_OBJECT
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // The bundled manual in the language now installed, e.g. "qrc:/manual/huong-dan-su-dung.md".
    static QUrl manualUrl();

    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void listHeadings();
    void fitPictures();
    void showHeading(int row);

    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QList<int> m_headingBlocks; // block numbers of the headings listed in m_contents
};

} // namespace pardesk
