#pragma once
// The values of one statistics form for agencies and periods, held in memory with its derived
// items computed from their inputs: what aggregates and outlier checks read. Built from plain
// rows (FormValueRepository reads them from the store; tests write them as literal tables).

#include "forms/Formula.h"
#include "periods/Period.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pardesk {

class FormValues {
    Q_DECLARE_TR_FUNCTIONS(FormValues)
public:
    struct Item {
        qint64 id = 0; // form_items.id; 0 for a form built in memory
        QString code;
        QString label;
        QString hint;
        QString unit;
        QString kind; // form_items.kind
        std::optional<Formula> formula;
        QList<int> inputs;       // the formula's items, as indexes into items() (set by create)
        bool cumulative = false; // CumulativeRule; a derived item also when one of its inputs is (set by create)
    };
    struct Agency {
        qint64 id = 0;
        QString key;
        QString name;
        QString province;
        QString level;
        int parent = -1; // index into agencies() (set by create from parentId)
        QDate validFrom;  // null: always
        QDate validTo;
        qint64 parentId = 0; // agencies.parent_id; 0: none
    };
    struct Period {
        QString key;                           // submissions.period: "2024Q1", "2024S1", "2024N9", "2024"
        std::optional<pardesk::Period> parsed; // none when the key is not a period key (Period::parse)
    };
    // What the values are of: the form and its items in form order.
    struct Form {
        QString key;
        QString province; // empty when shared by every province
        QList<Item> items;
    };
    // One stored value: the agency's, for the period, of the item; none when it was cleared.
    struct ValueRow {
        qint64 agencyId = 0;
        QString period;
        QString item; // code
        std::optional<double> value;
    };
    // What an edit touched: one agency's period, the item and the derived items computed from it.
    struct Change {
        int agency = -1;
        int period = -1;
        QList<int> items;
    };

    // Every value missing; the periods (keys, in any order) are put in calendar order. Fails when a
    // formula names an unknown item or derived items form a cycle (FormDefinition's checks).
    // `held`: the codes of the items to hold values for, with what derived ones read (withInputs);
    // empty: every item. An item not held has no value anywhere, and takes no memory: a loader that
    // reads a few items of a large form holds those only.
    static Result<FormValues> create(Form form, const QList<Agency> &agencies, const QStringList &periods,
                                     const QStringList &held = {});
    // create, then the rows (their periods are the ones read), then the derived items.
    static Result<FormValues> build(Form form, const QList<Agency> &agencies, const QList<ValueRow> &rows);

    // Filling in, for a loader: the value as entered (NaN: missing), then computeDerived() once.
    // A value of an item not held is not kept.
    void setEntered(int item, int agency, int period, double value)
    {
        if (holds(item))
            m_entered[cell(item, period, agency)] = value;
    }
    void computeDerived();
    bool holds(int item) const { return m_slot[item] >= 0; }

    const QString &formKey() const { return m_formKey; }
    const QString &province() const { return m_province; } // the form's, empty when shared
    const QList<Item> &items() const { return m_items; }
    const QList<Agency> &agencies() const { return m_agencies; }     // every agency given
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
    // The items the given ones read: themselves, and the inputs of derived ones, transitively.
    QList<int> withInputs(const QList<int> &items) const;

    // After an edit: the value as stored now (FormValueRepository::valueRow), and what is derived
    // from it recomputed. Fails for an agency, a period or an item the values were built without.
    Result<Change> apply(const ValueRow &row);

private:
    FormValues() = default;
    void setPeriods(const QStringList &keys);
    void computeDerived(int item, int agency, int period);
    qsizetype cell(int item, int period, int agency) const
    {
        return (qsizetype(m_slot[item]) * m_periods.size() + period) * m_agencies.size() + agency;
    }

    QString m_formKey;
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
    QList<int> m_slot;               // per item: its place in m_entered and m_computed; -1: not held
    QList<double> m_entered;         // held item × period × agency, as the store holds them
    QList<double> m_computed;        // the same for derived items (others stay NaN)
    QList<double> m_missing;         // a row of an item not held: every agency missing
    QList<std::optional<double>> m_inputs; // scratch for Formula::compute
};

} // namespace pardesk
