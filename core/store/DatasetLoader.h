#pragma once
// Fills an empty store from the bundled dataset (resources/dataset/*.json, compiled in), inside
// the caller's transaction. See docs/dataset.md for the format.

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

class QJsonObject;

namespace pardesk {

class JsonRecord;

class DatasetLoader {
public:
    explicit DatasetLoader(QSqlDatabase db);

    Status loadBundled();
    // Loads provinces.json, themes.json and the seed files (0*.json) of a folder, in name order.
    Status loadFolder(const QString &folder);

private:
    struct FormItemInfo {
        qint64 id;
        QString unit;
        QString kind;
    };
    struct FormInfo {
        qint64 id;
        QHash<QString, FormItemInfo> items;
    };

    void loadProvinces(const QJsonObject &root, const QString &file);
    void loadThemes(const QJsonObject &root, const QString &file);
    void loadAgencies(const QJsonObject &root, const QString &file);
    void linkAgencyParents();
    void loadDocuments(const QJsonObject &root, const QString &file);
    void loadTargets(const QJsonObject &root, const QString &file);
    void loadTasks(const QJsonObject &root, const QString &file);
    void loadForms(const QJsonObject &root, const QString &file);
    void loadSubmissions(const QJsonObject &root, const QString &file);
    void loadDossierCounts(const QJsonObject &root, const QString &file);
    void loadScores(const QJsonObject &root, const QString &file);
    void loadIndicators(const QJsonObject &root, const QString &file);
    void loadCriteriaSets(const QJsonObject &root, const QString &file);

    QVariant agencyId(const JsonRecord &record, const QString &key);
    QVariant documentId(const JsonRecord &record, const QString &key);
    void linkAgencies(const JsonRecord &record, const QString &table, const QString &column, qint64 ownerId);
    qint64 exec(const JsonRecord &record, const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QStringList m_errors;
    QHash<QString, qint64> m_agencies;
    QHash<QString, QString> m_agencyParents;
    QHash<QString, qint64> m_documents;
    QHash<QString, QString> m_citedBy;
    QHash<QString, FormInfo> m_forms;
    QHash<QString, QString> m_provinceOfFile;
};

} // namespace pardesk
