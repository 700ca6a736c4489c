// The bundled dataset against the wording parser: every stored target reads as its own words say,
// or the difference is listed and explained in resources/dataset/wording-differences.json.
#include "store/Store.h"
#include "store/Database.h"
#include "targets/TargetWording.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template <typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

// field → (stored, parsed), for the fields that the wording decides.
QList<std::tuple<QString, QJsonValue, QJsonValue>> fieldsOf(const Target &t, const ParsedTarget &p)
{
    return {
        {QStringLiteral("kind"), orNull(storeText(t.kind)), orNull(storeText(p.kind))},
        {QStringLiteral("comparator"), orNull(storeText(t.comparator)), orNull(storeText(p.comparator))},
        {QStringLiteral("value"), orNull(t.value), orNull(p.value)},
        {QStringLiteral("unit"), orNull(t.unit), orNull(p.unit)},
        {QStringLiteral("direction"), orNull(storeText(t.direction)), orNull(storeText(p.direction))},
        {QStringLiteral("level"), orNull(storeText(t.level)), orNull(storeText(p.level))},
        {QStringLiteral("baseline_year"), orNull(t.baselineYear), orNull(p.baselineYear)},
        {QStringLiteral("aspirational"), QJsonValue(t.aspirational), QJsonValue(p.aspirational)},
    };
}

QString keyOf(const QJsonObject &o)
{
    return QStringList{o[u"src"].toString(), o[u"stt"].toString(), QString::number(o[u"part"].toInt()),
                       o[u"field"].toString()}
        .join(u'|');
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestWordingDifferences : public QObject {
    Q_OBJECT
private slots:
    void listIsWellFormed();
    void datasetAgreesWithParser();

private:
    QJsonArray listed() const;
};

QJsonArray TestWordingDifferences::listed() const
{
    QFile file(QStringLiteral(":/dataset/wording-differences.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

void TestWordingDifferences::listIsWellFormed()
{
    QFile file(QStringLiteral(":/dataset/wording-differences.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QStringList keys = {"src", "stt", "part", "field", "stored", "parsed", "explanation"};
    QSet<QString> seen;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(QStringList(o.keys()).size(), keys.size());
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(compact(o) + QStringLiteral(" lacks ") + k));
        QVERIFY2(o[u"explanation"].toString().trimmed().size() > 20, qPrintable(compact(o)));
        QVERIFY2(!seen.contains(keyOf(o)), qPrintable(QStringLiteral("listed twice: ") + keyOf(o)));
        seen.insert(keyOf(o));
    }
}

void TestWordingDifferences::datasetAgreesWithParser()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("dataset.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    const auto targets = Plans(db.value()->connection()).targets();
    QVERIFY2(targets, qPrintable(targets.error()));
    QVERIFY(targets->size() > 100);

    QHash<QString, QJsonObject> expected;
    for (const QJsonValue &v : listed())
        expected.insert(keyOf(v.toObject()), v.toObject());

    QStringList problems;
    QSet<QString> stillDiffering;
    for (const Target &t : targets.value()) {
        const QString words = t.fragment.isEmpty() ? t.text : t.fragment;
        const QList<ParsedTarget> parsed = parseTargetWording(words);
        QVERIFY2(!parsed.isEmpty(), qPrintable(t.source));
        QList<std::tuple<QString, QJsonValue, QJsonValue>> fields = fieldsOf(t, parsed.first());
        if (parsed.size() != 1) // the fragment of one target should state one target
            fields.append({QStringLiteral("count"), QJsonValue(1), QJsonValue(int(parsed.size()))});
        for (const auto &[field, stored, read] : fields) {
            if (stored == read)
                continue;
            const QJsonObject found{{"src", t.source}, {"stt", t.stt}, {"part", t.part},
                                    {"field", field}, {"stored", stored}, {"parsed", read}};
            const QString key = keyOf(found);
            stillDiffering.insert(key);
            const auto entry = expected.constFind(key);
            if (entry == expected.cend())
                problems.append(QStringLiteral("unlisted difference: ") + compact(found));
            else if ((*entry)[u"stored"] != stored || (*entry)[u"parsed"] != read)
                problems.append(QStringLiteral("listed with other values, now: ") + compact(found));
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!stillDiffering.contains(it.key()))
            problems.append(QStringLiteral("listed but no longer differs: ") + compact(it.value()));
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), see the warnings").arg(problems.size())));
}

QTEST_GUILESS_MAIN(TestWordingDifferences)
#include "tst_wording_differences.moc"
