// Printing a 2,000-row statistics table to PDF: ParDesk's own layout (AppendixPainter on a
// QPdfWriter) against LibreOffice converting the same table, exported as XLSX, to PDF, in the same
// run. The table is generated (a synthetic form of groups, counts and percentages with fixed-seed
// figures) and says so on every page. Goal: ParDesk at least 5 times faster.
// `bench_print [FOLDER]` keeps the files in FOLDER (default: a temporary folder).
#include "BenchReport.h"
#include "print/AppendixExport.h"
#include "report/FormAppendix.h"
#include "report/XlsxExport.h"
#include "store/StoreInfo.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace pardesk;
using bench::median;

namespace {

constexpr int kRows = 2000;
constexpr int kRuns = 3;

// Groups of 20 rows: a bold group, then pairs of counts each followed by their percentage.
AppendixTable syntheticTable()
{
    QList<FormItem> items;
    QList<FormLine> lines;
    QList<EnteredValue> entered;
    std::mt19937 random(20240615);
    std::uniform_int_distribution<int> count(0, 5000);
    for (int group = 0; items.size() < kRows; ++group) {
        const QString g = QString::number(group + 1);
        items.append(FormItem{0, g, QStringLiteral("Nhóm chỉ tiêu tổng hợp số %1 (dữ liệu tổng hợp)").arg(g), QString(), ItemKind::Group, std::nullopt, {}, false});
        lines.append(FormLine{g, QString(), true});
        entered.append(EnteredValue{});
        for (int i = 1; items.size() < kRows && i <= 6; ++i) {
            const QString total = QStringLiteral("%1.%2").arg(g).arg(i), part = total + QStringLiteral(".1"), ratio = total + QStringLiteral(".2");
            const int whole = count(random), done = std::uniform_int_distribution<int>(0, whole)(random);
            items.append(FormItem{0, total, QStringLiteral("Tổng số hồ sơ tiếp nhận của lĩnh vực %1").arg(total), QStringLiteral("Hồ sơ"), ItemKind::Count, std::nullopt, {}, false});
            items.append(FormItem{0, part, QStringLiteral("Số hồ sơ giải quyết đúng hạn, trước hạn của lĩnh vực %1").arg(total), QStringLiteral("Hồ sơ"), ItemKind::Count, std::nullopt, {}, false});
            items.append(FormItem{0, ratio, QStringLiteral("Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn"), QStringLiteral("%"), ItemKind::Percent, Formula::ratio(part, total), {}, false});
            lines << FormLine{total, {}, false} << FormLine{part, {}, false} << FormLine{ratio, {}, false};
            entered << EnteredValue{double(whole), false} << EnteredValue{double(done), false} << EnteredValue{};
        }
    }
    while (items.size() > kRows) {
        items.removeLast();
        lines.removeLast();
        entered.removeLast();
    }
    const auto form = FormDefinition::build(QStringLiteral("SYNTHETIC-2000"), QStringLiteral("Biểu mẫu tổng hợp"), items);
    if (!form) {
        std::fprintf(stderr, "%s\n", qPrintable(form.error()));
        std::exit(1);
    }
    AppendixTable table = FormAppendix::layout(form.value(), lines, entered, {}, {});
    table.identity.issuingBody = QStringLiteral("TỈNH MẪU (DỮ LIỆU TỔNG HỢP)");
    table.identity.label = QStringLiteral("Phụ lục");
    table.identity.title = QStringLiteral("BIỂU THỐNG KÊ 2.000 DÒNG (DỮ LIỆU TỔNG HỢP)");
    table.identity.attachedTo = QStringLiteral("Bảng tạo cho phép đo hiệu năng");
    table.identity.notice = StoreInfo::syntheticNotice();
    return table;
}

QString runs(const QList<double> &v)
{
    QStringList out;
    for (double ms : v)
        out.append(QString::number(ms, 'f', 0));
    return out.join(u' ');
}

// soffice --convert-to pdf with its own (already created) profile; milliseconds, or -1.
double libreOfficeToPdf(const QString &xlsx, const QString &outDir, const QString &profile)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("soffice"), {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=file://") + profile,
                                              QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, xlsx});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    QDir().mkpath(folder);
    const AppendixTable table = syntheticTable();
    std::printf("synthetic table: %lld rows, %lld columns\n", qlonglong(table.rows.size()), qlonglong(table.columns.size()));

    QList<double> ours;
    AppendixPagination pagination;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Status written = AppendixExport::write(table, QDir(folder).filePath(QStringLiteral("pardesk.pdf")), &pagination);
        ours.append(double(timer.nsecsElapsed()) / 1e6);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
    }
    std::printf("ParDesk: %d pages, runs %s ms\n", pagination.pageCount(),
                qPrintable(runs(ours)));

    const QString xlsx = QDir(folder).filePath(QStringLiteral("libreoffice.xlsx"));
    if (!XlsxExport::write(table, xlsx)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(xlsx));
        return 1;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        std::printf("LibreOffice (soffice) is not installed: no reference.\n");
        return 0;
    }
    // The first conversion creates LibreOffice's profile: not timed, as a user's second use would not pay it.
    const QString profile = QStringLiteral("/tmp/lo-bench-print-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    if (libreOfficeToPdf(xlsx, folder, profile) < 0) {
        std::fprintf(stderr, "LibreOffice could not convert %s\n", qPrintable(xlsx));
        return 1;
    }
    QList<double> reference;
    for (int run = 0; run < kRuns; ++run)
        reference.append(libreOfficeToPdf(xlsx, folder, profile));
    QDir(profile).removeRecursively();
    std::printf("LibreOffice: runs %s ms\n", qPrintable(runs(reference)));
    bench::reportResult("a 2,000-row statistics table (synthetic) to PDF: AppendixPainter on QPdfWriter (median of 3)",
                        median(ours), "LibreOffice headless converting the same table, exported as XLSX, to PDF (warm profile, median of 3)",
                        median(reference));
    return 0;
}
