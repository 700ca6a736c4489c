#pragma once
// A submission's findings, the one answer that the entry grid, the command line, printing,
// packages and consolidation all give (STYLE item 14): the Validator's rules over its entered
// values, the derived values they compute, and for a stored submission the VALUE_OUTLIER warnings
// against its agency's own history.

#include "util/Result.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QList>

namespace pardesk {

class Store;

class SubmissionFindings {
    Q_DECLARE_TR_FUNCTIONS(SubmissionFindings)
public:
    // Values that are not a stored submission (a file, an import, an earlier period shown for
    // comparison): the rules only, as there is no history to compare with. `outliers` are the
    // warnings found against a history elsewhere (outliersOf). The form must outlive this.
    SubmissionFindings(const FormDefinition &form, QList<EnteredValue> entered, QList<Finding> outliers = {},
                       ValidationOptions options = {});

    // Whether a stored submission is compared with its agency's history (NotRead: when only the
    // errors matter, as outliers are warnings).
    enum class History { Compared, NotRead };
    // A stored submission of `form`: its values as stored, and its agency's history.
    static Result<SubmissionFindings> ofStored(const Store &store, const FormDefinition &form, qint64 submissionId,
                                               History history = History::Compared);

    // The seam to the agency's history (core/aggregate): the outlier warnings of a stored
    // submission's values as stored, in the form's order. The only call into the history.
    static Result<QList<Finding>> outliersOf(const Store &store, qint64 submissionId);

    // Every finding: the rules' in the form's order, then the outliers in the form's order.
    QList<Finding> all() const;
    // The findings about one item (rules, then outliers).
    QList<Finding> of(int item) const;
    bool hasErrors() const { return m_validator.hasErrors(); }
    int errorCount() const;

    const FormDefinition &form() const { return m_validator.form(); }
    const QList<EnteredValue> &entered() const { return m_validator.entered(); }
    const DerivedValues &derived() const { return m_validator.derived(); }
    std::optional<double> computed(int item) const { return m_validator.derived().computed(item); }
    const QList<Finding> &outliers() const { return m_outliers; }

    // One edit: re-checks the rules of the item and of the derived items that depend on it.
    // Returns the items re-checked.
    QList<int> set(int item, EnteredValue value);
    // The outliers of `items` replaced by those among `fresh` (a new outliersOf); the others kept.
    // Returns the items whose outliers changed.
    QList<int> replaceOutliers(const QList<int> &items, const QList<Finding> &fresh);
    // Checks every value again (the messages follow the language).
    void revalidate();

private:
    Validator m_validator;
    QList<Finding> m_outliers;
};

} // namespace pardesk
