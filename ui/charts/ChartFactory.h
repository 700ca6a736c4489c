#pragma once
// Builds the figure of a ChartSpec from the store: its chart(s) and a footnote that names the
// source documents, says what the chart cannot show (a single period, gaps) and carries the
// synthetic-data notice when the store is synthetic.

#include "charts/ChartFigure.h"
#include "charts/ChartSpec.h"
#include "charts/ChartStyle.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class ChartFactory {
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
public:
    // The caller owns the figure. Errors (unknown theme, item, agency, province, bad period) are
    // messages for the user.
    static Result<ChartFigure *> build(const Store &store, const ChartSpec &spec, const ChartStyle &style = {});
};

} // namespace pardesk
