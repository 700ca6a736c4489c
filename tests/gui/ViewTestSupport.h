#pragma once
// What the tests of the plans, tasks and scores views share: a fresh store from the bundled
// dataset, the audit rows written, and a picture of a view.

#include "store/Store.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <memory>

namespace pardesk::test {

inline std::unique_ptr<Store> openStore(const QTemporaryDir &dir)
{
    auto db = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return std::move(db.value());
}

struct Audit {
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString user;
    QString oldValue;
    QString newValue;
};

inline QList<Audit> auditRows(const Store &db)
{
    QList<Audit> out;
    QSqlQuery q(db.database().connection());
    q.exec(QStringLiteral("SELECT entity, entity_id, action, user, old_value, new_value FROM audit_log ORDER BY id"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

// Types text key by key like QTest::keyClicks, which takes Latin-1 only: Vietnamese letters
// ("ố", "ự") arrive as the text of key events, as an input method delivers them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Renders the view at a desk-sized window; into PARDESK_SCREENSHOT_DIR when it is set (the
// pictures in docs/screenshots), else into `fallbackDir`.
inline QString screenshot(QWidget &view, const QString &name, const QString &fallbackDir)
{
    view.resize(1440, 860);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    QTest::qWait(50);
    const QString dir = qEnvironmentVariableIsSet("PARDESK_SCREENSHOT_DIR") ? qEnvironmentVariable("PARDESK_SCREENSHOT_DIR")
                                                                             : fallbackDir;
    const QString path = QDir(dir).filePath(name);
    return view.grab().save(path, "PNG") ? path : QString();
}

} // namespace pardesk::test
