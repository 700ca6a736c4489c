#pragma once
// The comparison table: each theme (the same kind of target across provinces) with the targets of
// every province side by side; a province without a target for a theme shows as having none.

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class ComparisonAppendix {
    Q_DECLARE_TR_FUNCTIONS(ComparisonAppendix)
public:
    static Result<AppendixTable> build(const Store &store);
};

} // namespace pardesk
