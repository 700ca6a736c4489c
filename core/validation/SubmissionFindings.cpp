#include "validation/SubmissionFindings.h"

#include "aggregate/OutlierFindings.h"
#include "store/Store.h"

#include <algorithm>

namespace pardesk {

SubmissionFindings::SubmissionFindings(const FormDefinition &form, QList<EnteredValue> entered, QList<Finding> outliers,
                                       ValidationOptions options)
    : m_validator(form, options), m_outliers(std::move(outliers))
{
    m_validator.setAll(std::move(entered));
}

Result<SubmissionFindings> SubmissionFindings::ofStored(const Store &store, const FormDefinition &form, qint64 submissionId,
                                                        History history)
{
    auto entered = store.submissions().entered(form, submissionId);
    if (!entered)
        return entered.failure();
    if (history == History::NotRead)
        return SubmissionFindings(form, std::move(entered).value());
    auto outliers = outliersOf(store, submissionId);
    if (!outliers)
        return outliers.failure();
    return SubmissionFindings(form, std::move(entered).value(), std::move(outliers).value());
}

Result<QList<Finding>> SubmissionFindings::outliersOf(const Store &store, qint64 submissionId)
{
    // The agency's own history of the form, read through the repository; the comparison is pure.
    const auto history = store.formValues().historyOf(submissionId);
    if (!history)
        return history.failure();
    return OutlierFindings::of(history->values, history->agency, history->period);
}

QList<Finding> SubmissionFindings::all() const
{
    return m_validator.findings() + m_outliers;
}

QList<Finding> SubmissionFindings::of(int item) const
{
    QList<Finding> out = m_validator.findingsOf(item);
    const QString &code = form().item(item).code;
    for (const Finding &f : m_outliers)
        if (f.code == code)
            out.append(f);
    return out;
}

int SubmissionFindings::errorCount() const
{
    const QList<Finding> found = m_validator.findings();
    return int(std::count_if(found.begin(), found.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
}

QList<int> SubmissionFindings::set(int item, EnteredValue value)
{
    return m_validator.set(item, std::move(value));
}

QList<int> SubmissionFindings::replaceOutliers(const QList<int> &items, const QList<Finding> &fresh)
{
    const auto concerns = [&](const Finding &f) { return items.contains(form().indexOf(f.code)); };
    QList<int> changed;
    for (const Finding &f : std::as_const(m_outliers))
        if (concerns(f))
            changed.append(form().indexOf(f.code));
    m_outliers.removeIf(concerns);
    for (const Finding &f : fresh) {
        if (!concerns(f))
            continue;
        m_outliers.append(f);
        changed.append(form().indexOf(f.code));
    }
    // In the form's order, as outliersOf gives them.
    std::stable_sort(m_outliers.begin(), m_outliers.end(),
                     [&](const Finding &a, const Finding &b) { return form().indexOf(a.code) < form().indexOf(b.code); });
    return changed;
}

void SubmissionFindings::revalidate()
{
    m_validator.setAll(m_validator.entered());
}

} // namespace pardesk
