// Peak memory (getrusage ru_maxrss) of the consolidation view open on a 1.2 million-value
// synthetic store (SyntheticProvince: 250 agencies × 150 items × 32 quarters), against a bare
// QApplication with the same store opened and no view, each in its own process, in the same run.
// A second reference shows an empty QMainWindow of the same size: a shown window holds a backing
// store (1440 × 860 × 4 bytes, about 5 MiB) and fonts that the windowless reference does not.
// A third shows, at the same size, the kinds of widget the area is made of (labels, combo boxes,
// a table, a tree, a text box, buttons, a splitter), empty: what any window of them costs, the
// floor under the area's own figure (the code of Qt's widgets and of the font stack it touches).
// `bench_consolidation_memory` builds the store and runs itself: `--child view|bare|window STORE`.
#include "BenchReport.h"
#include "SyntheticProvince.h"
#include "exchange/ConsolidationView.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace pardesk;
using bench::SyntheticProvince;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// The synthetic province's form and its last quarter, chosen as an official would: the area opens
// on the first form of the list, a small one of the bundled dataset.
bool chooseSynthetic(ConsolidationView &view, const QString &formKey, const QString &period)
{
    const int form = view.formBox()->findData(formKey);
    if (form < 0)
        return false;
    view.formBox()->setCurrentIndex(form);
    const int quarter = view.periodBox()->findData(period);
    if (quarter < 0)
        return false;
    view.periodBox()->setCurrentIndex(quarter);
    QCoreApplication::processEvents();
    return view.consolidation().has_value();
}

// The consolidation area's kinds of widget, empty, with a line of text each where the area has one.
void addTheAreasKindsOfWidget(QWidget &window)
{
    auto *layout = new QVBoxLayout(&window);
    auto *choosers = new QHBoxLayout;
    choosers->addWidget(new QLabel(QStringLiteral("Biểu mẫu:")));
    auto *form = new QComboBox;
    form->addItem(QStringLiteral("Biểu mẫu"));
    choosers->addWidget(form);
    choosers->addWidget(new QPushButton(QStringLiteral("Nhập gói…")));
    layout->addLayout(choosers);
    auto *splitter = new QSplitter;
    auto *table = new QTableWidget(0, 6);
    table->setHorizontalHeaderLabels({QStringLiteral("Cơ quan"), QStringLiteral("Cấp")});
    splitter->addWidget(table);
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels({QStringLiteral("Chỉ tiêu"), QStringLiteral("Tổng")});
    splitter->addWidget(tree);
    layout->addWidget(splitter, 1);
    auto *text = new QPlainTextEdit;
    text->setReadOnly(true);
    layout->addWidget(text);
}

int child(int argc, char *argv[], const QByteArray &mode, const QString &store, const QString &formKey, const QString &period)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto db = Store::open(store);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    if (mode == "window" || mode == "widgets") {
        QMainWindow window;
        if (mode == "widgets") {
            auto *central = new QWidget;
            addTheAreasKindsOfWidget(*central);
            window.setCentralWidget(central);
        }
        window.resize(1440, 860);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        std::printf("%.1f\n", peakMiB());
        return 0;
    }
    if (mode == "view") {
        ConsolidationView view(*db.value(), nullptr, nullptr);
        view.resize(1440, 860);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view) || !chooseSynthetic(view, formKey, period)) {
            std::fprintf(stderr, "the consolidation of %s, %s did not load\n", qPrintable(formKey), qPrintable(period));
            return 1;
        }
        std::fprintf(stderr, "consolidation of %s, %s: %d agencies, %d totals\n", qPrintable(view.formBox()->currentData().toString()),
                     qPrintable(view.periodBox()->currentData().toString()), int(view.consolidation()->statuses().size()),
                     int(view.consolidation()->totals().size()));
    }
    std::printf("%.1f\n", peakMiB());
    return 0;
}

double measure(const QString &mode, const QString &store, const QString &formKey, const QString &period)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, store, formKey, period});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_consolidation_memory: the %s run failed\n", qPrintable(mode));
        std::exit(1);
    }
    return p.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 6 && QByteArray(argv[1]) == "--child")
        return child(1, argv, QByteArray(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]),
                     QString::fromLocal8Bit(argv[5]));
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("province.sqlite"));
    QString formKey, lastQuarter;
    {
        Database::Options synthetic;
        synthetic.loadBundledDataset = false;
        auto db = Database::open(store, synthetic);
        if (!db)
            return 1;
        const auto written = SyntheticProvince::write(db.value()->connection());
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        formKey = written->formKey;
        lastQuarter = written->periods.constLast();
        std::printf("synthetic store: %d agencies, %d items, %lld values\n", written->agencies, written->items,
                    static_cast<long long>(written->values));
    }
    // A process's peak counts the pages of its libraries that the kernel mapped around each one it
    // touched, and how many it maps depends on what the page cache holds: one run of each moved by
    // a MiB from run to run. Five rounds, the four processes in turn, the median of each.
    const QStringList modes = {QStringLiteral("view"), QStringLiteral("bare"), QStringLiteral("window"), QStringLiteral("widgets")};
    QHash<QString, QList<double>> peaks;
    for (int round = 0; round < 5; ++round)
        for (const QString &mode : modes)
            peaks[mode].append(measure(mode, store, formKey, lastQuarter));
    const auto median = [&](const QString &mode) {
        QList<double> all = peaks.value(mode);
        std::sort(all.begin(), all.end());
        return all[all.size() / 2];
    };
    const double view = median(QStringLiteral("view"));
    const double bare = median(QStringLiteral("bare"));
    const double window = median(QStringLiteral("window"));
    const double widgets = median(QStringLiteral("widgets"));
    bench::reportResult("peak RSS, consolidation view open on 1.2 million values (median of 5)", view,
                        "bare QApplication with the same store open", bare, "MiB");
    bench::reportResult("peak RSS, consolidation view open on 1.2 million values (median of 5)", view,
                        "an empty QMainWindow of the same size shown, the same store open", window, "MiB");
    bench::reportResult("peak RSS, consolidation view open on 1.2 million values (median of 5)", view,
                        "the area's kinds of widget, empty, shown at the same size, the same store open", widgets, "MiB");
    bench::reportResult("peak RSS, the area's kinds of widget, empty, shown (the floor under the area; median of 5)", widgets,
                        "bare QApplication with the same store open", bare, "MiB");
    return 0;
}
