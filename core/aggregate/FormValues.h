#pragma once
// The values of one statistics form for every agency and period, read from the store into memory
// in one pass, with its derived items computed from their inputs: what aggregates and outlier
// checks read.

#include "forms/Formula.h"
#include "periods/Period.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace pardesk {

class FormValues {
    Q_DECLARE_TR_FUNCTIONS(FormValues)
public:
    struct Item {
        qint64 id = 0;
        QString code;
        QString label;
        QString hint;
        QString unit;
        QString kind; // form_items.kind
        std::optional<Formula> formula;
        QList<int> inputs;       // the formula's items, as indexes into items()
        bool cumulative = false; // CumulativeRule; a derived item also when one of its inputs is
    };
    struct Agency {
        qint64 id = 0;
        QString key;
        QString name;
        QString province;
        QString level;
        int parent = -1; // index into agencies()
        QDate validFrom;  // null: always
        QDate validTo;
    };
    struct Period {
        QString key;                           // submissions.period: "2024Q1", "2024S1", "2024N9", "2024"
        std::optional<pardesk::Period> parsed; // none when the key is not a period key (Period::parse)
    };
    // What an edit touched: one agency's period, the item and the derived items computed from it.
    struct Change {
        int agency = -1;
        int period = -1;
        QList<int> items;
    };

    // With onlyAgency, the values of that agency alone (its history), every agency still listed.
    static Result<FormValues> load(QSqlDatabase db, const QString &formKey, std::optional<qint64> onlyAgency = {});

    const QString &formKey() const { return m_formKey; }
    const QString &province() const { return m_province; } // the form's, empty when shared
    const QList<Item> &items() const { return m_items; }
    const QList<Agency> &agencies() const { return m_agencies; }     // every agency of the store
    const QList<Period> &periods() const { return m_periods; }      // in calendar order
    int itemIndex(const QString &code) const { return m_itemIndex.value(code, -1); }
    Result<int> findItem(const QString &code) const; // itemIndex, or a message naming the code
    int agencyIndex(qint64 id) const { return m_agencyIndex.value(id, -1); }
    int periodIndex(const QString &key) const { return m_periodIndex.value(key, -1); }

    // Whether the agency existed during the period (agencies.valid_from / valid_to), so that its
    // report was expected.
    bool expected(int agency, int period) const { return m_expected[period * m_agencies.size() + agency]; }

    // The agency's value: as entered, or for a derived item computed from its inputs. A ratio is
    // only ever computed; a total stays as the agency wrote it when a part is missing.
    std::optional<double> value(int item, int agency, int period) const;
    // The item's values in the period, one per agency (agencies() order), NaN where missing.
    const double *row(int item, int period) const;

    // The derived items computed from the item, directly or through others, in computing order.
    const QList<int> &dependents(int item) const { return m_dependents[item]; }

    // Reads one value of a submission again after an edit, and recomputes what is derived from it.
    Result<Change> reload(qint64 submissionId, const QString &itemCode);

private:
    FormValues() = default;
    QString readError(const QSqlQuery &query) const;
    Status readItems();
    Status readAgencies();
    Status readValues();
    void setPeriods(const QStringList &keys);
    void computeDerived(int item, int agency, int period);
    qsizetype cell(int item, int period, int agency) const
    {
        return (qsizetype(item) * m_periods.size() + period) * m_agencies.size() + agency;
    }

    QSqlDatabase m_db;
    QString m_formKey;
    qint64 m_formId = 0;
    std::optional<qint64> m_onlyAgency;
    QString m_province;
    QList<Item> m_items;
    QList<Agency> m_agencies;
    QList<Period> m_periods;
    QHash<QString, int> m_itemIndex;
    QHash<qint64, int> m_agencyIndex;
    QHash<QString, int> m_periodIndex;
    QList<bool> m_expected;          // period × agency
    QList<QList<int>> m_dependents;  // per item: FormDefinition::affectedBy
    QList<int> m_derivedOrder;       // FormDefinition::derivedOrder
    QList<double> m_entered;         // item × period × agency, as the store holds them
    QList<double> m_computed;        // the same for derived items (others stay NaN)
    QList<std::optional<double>> m_inputs; // scratch for Formula::compute
};

} // namespace pardesk
