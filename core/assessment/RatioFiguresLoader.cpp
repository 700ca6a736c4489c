#include "assessment/RatioFiguresLoader.h"

#include "forms/Formula.h"
#include "store/Store.h"

namespace pardesk {

Result<QHash<QString, RatioReading>> RatioFiguresLoader::load(const Store &store, const CriteriaSet &set, qint64 agencyId,
                                                              const AssessmentPeriod &until)
{
    QHash<QString, RatioReading> out;
    for (const CriteriaNode &node : set.nodes) {
        if (!RatioFigures::measured(node))
            continue;
        const auto form = store.forms().find(node.rateForm);
        if (!form)
            return form.failure();
        if (!form->has_value()) {
            out.insert(node.code, RatioFigures::failed(node, until, RatioFigures::tr("the store has no form %1").arg(node.rateForm)));
            continue;
        }
        const auto formula = Formula::fromJson(node.rateFormula);
        if (!formula) {
            out.insert(node.code, RatioFigures::failed(node, until, formula.error()));
            continue;
        }
        // Only this agency's values of the items the formula reads.
        const auto values = store.formValues().load(node.rateForm, {{}, formula->inputs(), agencyId});
        if (!values) {
            out.insert(node.code, RatioFigures::failed(node, until, values.error()));
            continue;
        }
        out.insert(node.code, RatioFigures::read(node, form.value()->name, values.value(), agencyId, until));
    }
    return out;
}

} // namespace pardesk
