#pragma once
// The rules of sending a submission, the same for every way of sending it: the entry grid's "Gửi",
// an imported file or package (the GUI, the command line, a folder of packages). Errors left in
// the values are sent only with an explanation; a form mostly empty is sent only once confirmed.

#include "forms/FormDefinition.h"
#include "util/Result.h"
#include "validation/Finding.h"

#include <QCoreApplication>

namespace pardesk {

class SubmitRule {
    Q_DECLARE_TR_FUNCTIONS(SubmitRule)
public:
    static int errorCount(const QList<Finding> &findings);
    static bool needsExplanation(int errorCount) { return errorCount > 0; }
    // Refused, saying why, when errors are left and the explanation is blank.
    static Status check(int errorCount, const QString &explanation);

    // How much of a form is left empty: the items an official fills in (not groups, not computed).
    struct Emptiness {
        int empty = 0;
        int fillable = 0;
        int percent() const { return fillable == 0 ? 0 : (empty * 100 + fillable / 2) / fillable; }
    };
    // `filled(i)`: whether item i holds a value.
    template <typename Filled>
    static Emptiness emptiness(const FormDefinition &form, Filled filled)
    {
        Emptiness e;
        for (int i = 0; i < form.items().size(); ++i) {
            if (form.item(i).kind == ItemKind::Group || form.isDerived(i))
                continue;
            ++e.fillable;
            if (!filled(i))
                ++e.empty;
        }
        return e;
    }
    // A form at least half empty is sent only after the official confirms it.
    static bool needsConfirmation(const Emptiness &e) { return e.fillable > 0 && e.empty * 2 >= e.fillable; }
};

} // namespace pardesk
