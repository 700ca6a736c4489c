#include "EntryTestSupport.h"

#include "entry/EntryModel.h"
#include "store/Store.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace pardesk::test {

std::unique_ptr<Store> freshStore(const QString &folder)
{
    static QTemporaryDir templateDir;
    static const QString templatePath = [] {
        const QString path = templateDir.filePath(QStringLiteral("template.sqlite"));
        // Closing the store folds its journal into the file, so that a copy of the file is whole.
        if (auto db = Store::open(path); !db)
            qFatal("%s", qPrintable(db.error()));
        return path;
    }();
    static int copies = 0;
    const QString path = folder + QStringLiteral("/entry%1.sqlite").arg(++copies);
    if (!QFile::copy(templatePath, path))
        return nullptr;
    auto db = Store::open(path);
    return db ? std::move(db).value() : nullptr;
}

qint64 seededSubmission(Store &db)
{
    const QList<Submission> submissions = db.submissions().list().value();
    for (const Submission &s : submissions)
        if (s.form == u"TQ-PL02-CCHC" && s.agencyKey == u"TQ.STTTT" && s.period == u"2022S1")
            return s.id;
    return 0;
}

std::optional<SubmissionValue> storedValue(Store &db, qint64 submissionId, const QString &code)
{
    const QList<SubmissionValue> values = db.submissions().values(submissionId).value();
    for (const SubmissionValue &v : values)
        if (v.code == code)
            return v;
    return std::nullopt;
}

QModelIndex cellOf(const EntryModel &model, const QString &code, int column)
{
    return model.indexOf(model.sheet().form().indexOf(code), column);
}

void typeText(const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key key = c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), key, QString(c), Qt::NoModifier);
    }
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace pardesk::test
