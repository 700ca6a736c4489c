// Help › User Manual (F1) on the real main window, offscreen: the bundled manual opens in the
// program's language with its headings listed, and every picture it shows loads from the resources.
#include "TestSupport.h"
#include "help/ManualWindow.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/StandardViews.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace pardesk;

namespace {

// The headings of a Markdown file as its reader sees them: "## 3. Nhập số liệu" → "3. Nhập số liệu".
QStringList markdownHeadings(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList headings;
    bool fenced = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String("```")))
            fenced = !fenced;
        else if (!fenced && line.startsWith(u'#'))
            headings.append(line.section(u' ', 1).trimmed());
    }
    return headings;
}

QStringList shownHeadings(const QTextDocument &document)
{
    QStringList headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() > 0)
            headings.append(block.text());
    return headings;
}

QList<QTextImageFormat> pictures(const QTextDocument &document)
{
    QList<QTextImageFormat> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextCharFormat f = it.fragment().charFormat(); f.isImageFormat())
                found.append(f.toImageFormat());
    return found;
}

// A picture as the document loads it to draw it: through the browser, relative to the manual.
QImage loadedPicture(QTextDocument &document, const QString &name)
{
    const QVariant resource = document.resource(QTextDocument::ImageResource, QUrl(name));
    if (resource.canConvert<QImage>() && resource.typeId() != QMetaType::QByteArray)
        return resource.value<QImage>();
    return QImage::fromData(resource.toByteArray());
}

} // namespace

class TestManual : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void f1OpensTheManualInTheProgramsLanguage_data();
    void f1OpensTheManualInTheProgramsLanguage();
    void theManualFollowsALanguageSwitch();

private:
    std::unique_ptr<MainWindow> newWindow();
    ManualWindow *pressF1(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_store;
};

void TestManual::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_store = m_dir.filePath(QStringLiteral("manual.sqlite"));
    QVERIFY(Store::open(m_store));
}

std::unique_ptr<MainWindow> TestManual::newWindow()
{
    auto db = Store::open(m_store);
    if (!db)
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    addStandardViews(*window);
    return window;
}

ManualWindow *TestManual::pressF1(MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_F1);
    auto *manual = window.findChild<ManualWindow *>();
    return manual && QTest::qWaitForWindowExposed(manual) ? manual : nullptr;
}

void TestManual::f1OpensTheManualInTheProgramsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("menuText");
    QTest::newRow("Vietnamese") << "vi" << "huong-dan-su-dung.md" << "Hướng dẫn sử dụng ParDesk" << "&Hướng dẫn sử dụng";
    QTest::newRow("English") << "en" << "user-manual.md" << "ParDesk user manual" << "&User Manual";
}

void TestManual::f1OpensTheManualInTheProgramsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, menuText);
    installLanguage(language);
    auto window = newWindow();
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("actionManual"));
    QVERIFY(action);
    QCOMPARE(action->text(), menuText);

    ManualWindow *manual = pressF1(*window);
    QVERIFY(manual);
    QCOMPARE(manual->browser()->source(), QUrl(QStringLiteral("qrc:/manual/") + file));
    QTextDocument &document = *manual->browser()->document();

    // Every heading of the file, in its order, and the first is the manual's title.
    const QStringList expected = markdownHeadings(QStringLiteral(":/manual/") + file);
    QVERIFY(expected.size() >= 10);
    QCOMPARE(shownHeadings(document), expected);
    QCOMPARE(expected.first(), title);
    auto *contents = manual->findChild<QListWidget *>(QStringLiteral("manualContents"));
    QVERIFY(contents && contents->count() >= 9);
    QCOMPARE(contents->item(0)->text(), title);

    // Drawn once, so that the pictures are loaded as a reader sees them; each is a real picture.
    QVERIFY(!manual->grab().isNull());
    const QList<QTextImageFormat> shown = pictures(document);
    QVERIFY(shown.size() >= 6);
    const int viewWidth = manual->browser()->viewport()->width();
    for (const QTextImageFormat &format : shown) {
        const QImage picture = loadedPicture(document, format.name());
        QVERIFY2(!picture.isNull(), qPrintable(format.name()));
        QVERIFY2(picture.width() >= 300 && picture.height() >= 150, qPrintable(format.name()));
        // Drawn no wider than the view, so that the text needs no sideways scrolling.
        QVERIFY2(format.width() > 0 && format.width() <= viewWidth, qPrintable(format.name()));
    }

    // F1 again brings the same window forward rather than opening another.
    QTest::keyClick(window.get(), Qt::Key_F1);
    QCOMPARE(window->findChildren<ManualWindow *>().size(), 1);

    // Choosing a heading in the list shows it.
    contents->setCurrentRow(contents->count() - 1);
    const QTextCursor at = manual->browser()->textCursor();
    QCOMPARE(at.block().text(), contents->item(contents->count() - 1)->text().trimmed());
}

void TestManual::theManualFollowsALanguageSwitch()
{
    installLanguage(QStringLiteral("vi"));
    auto window = newWindow();
    QVERIFY(window);
    ManualWindow *manual = pressF1(*window);
    QVERIFY(manual);
    QCOMPARE(shownHeadings(*manual->browser()->document()).value(0), QStringLiteral("Hướng dẫn sử dụng ParDesk"));
    window->setLanguage(QStringLiteral("en"));
    // Qt posts the language change to every window.
    QTRY_COMPARE(manual->browser()->source(), QUrl(QStringLiteral("qrc:/manual/user-manual.md")));
    QCOMPARE(shownHeadings(*manual->browser()->document()).value(0), QStringLiteral("ParDesk user manual"));
    window->setLanguage(QStringLiteral("vi"));
}

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
