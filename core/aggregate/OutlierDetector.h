#pragma once
// Flags a value that is far from the same agency's own history of the item, by the median and the
// median absolute deviation, which hold up on skewed, zero-heavy counts where mean and standard
// deviation do not.

#include "aggregate/FormValues.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <utility>

namespace pardesk {

// A warning, with what the value was compared to.
struct Outlier {
    QString rule = rules::ValueOutlier;
    QString severity = QStringLiteral("warning");
    QString code;      // the item
    qint64 agencyId = 0;
    QString agency;    // its name
    QString period;
    double value = 0;
    double median = 0; // of the history
    double spread = 0; // the scale the distance was measured in
    double score = 0;  // |value − median| / spread
    QList<std::pair<QString, double>> history; // period key and value, in calendar order
    QString message;
};

class OutlierDetector {
    Q_DECLARE_TR_FUNCTIONS(OutlierDetector)
public:
    // The rule (Iglewicz and Hoaglin's modified z-score):
    //   median m of the history, MAD = median |h − m|, spread s = 1.4826 · MAD (for normal data an
    //   estimate of the standard deviation); score = |x − m| / s; an outlier when score > 3.5.
    // When MAD is 0 (more than half the history is one value, as zero-heavy counts often are),
    //   s = 1.2533 · mean |h − m| (the mean absolute deviation, scaled the same way).
    // s is never below max(1, √|m|): counts vary by about their square root when nothing is wrong
    //   (as a Poisson count does), which a MAD of a few values often underestimates, and a
    //   difference under one unit (one dossier, one percentage point) means nothing. So a history
    //   of zeros flags a 4 but not a 3, a history around 100 flags 140 or 60, not 130 or 70, and a
    //   value typed with an extra zero stands far beyond it.
    // With fewer than kMinHistory values there is no verdict.
    static constexpr double kThreshold = 3.5;
    static constexpr int kMinHistory = 4;
    static constexpr int kMaxHistory = 12;

    struct Verdict {
        double median = 0;
        double mad = 0;
        double spread = 0;
        double score = 0;
        bool outlier = false;
    };
    static std::optional<Verdict> judge(double value, QList<double> history);

    // Each value the agency gave for the period, against its own values of the same item in earlier
    // periods of the same kind (quarters with quarters), the kMaxHistory most recent; for a
    // cumulative item only the same quarter or half of earlier years, as a running total grows
    // through the year. Judged: the entered counts, numbers and percentages; a derived item (a
    // ratio, a total) through the items it is computed from, as a percentage of a few dossiers
    // swings widely with no mistake in it. Not yes/no or coded answers, nor periods of a kind
    // FormValues does not read.
    static QList<Outlier> inPeriod(const FormValues &values, int agency, int period);
    // Every agency and period of the form.
    static QList<Outlier> inForm(const FormValues &values);
};

} // namespace pardesk
