// One client of the concurrency test (tst_server_concurrency, issue 14): a process of its own that
// opens a store through ParDesk's store layer, as a PC of an office would, and does one kind of work
// in a loop. After each write the store reports committed, it prints one line and flushes it, so the
// test knows what must be in the store even when it kills the process (kill -9) a moment later.
//
//   pardesk_stress_client writer URL FORM_ID AGENCY_ID FIRST_YEAR ROUNDS
//       per round: creates the agency's report of the next quarter from FIRST_YEAR Q1 on, writes
//       every count item (generated values, not figures of any agency), submits it:
//       "created ID", "wrote ID N", "submitted ID"
//   pardesk_stress_client approver URL STOP_FILE FIRST_YEAR
//       approves every submitted report it sees of FIRST_YEAR or later (the writers' generated ones,
//       not the bundled dataset's) ("approved ID"; "lost ID" when another approver was first) until
//       STOP_FILE exists and a last pass finds nothing left to approve.
//
// A write the store calls retryable (busy, a serialisation failure) is tried again, as the entry
// grid's retry queue does ("retry OP"). Any other failure: "failed OP …" and exit code 3.
#include "forms/FormDefinition.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <cstdio>
#include <functional>

using namespace pardesk;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &why)
{
    say(QStringLiteral("failed %1 %2").arg(what, QString(why).replace(u'\n', u' ')));
    std::exit(3);
}

// Runs `write` until it succeeds or fails for a reason that trying again does not mend.
template <typename Write>
auto retrying(const QString &what, Write write)
{
    for (int attempt = 0;; ++attempt) {
        auto result = write();
        if (result || !result.isRetryable() || attempt == 100)
            return result;
        say(QStringLiteral("retry %1").arg(what));
        QThread::msleep(5 + attempt % 20);
    }
}

int writer(Store &store, qint64 formId, qint64 agencyId, int firstYear, int rounds)
{
    const auto form = store.forms().definition(formId);
    if (!form)
        fail(QStringLiteral("form"), form.error());
    QList<int> counted;
    for (int i = 0; i < form->items().size(); ++i)
        if (form->item(i).kind == ItemKind::Count && !form->item(i).formula)
            counted.append(i);
    Submissions submissions = store.submissions();
    for (int round = 0; round < rounds; ++round) {
        const QString period = QStringLiteral("%1Q%2").arg(firstYear + round / 4).arg(round % 4 + 1);
        const auto created = retrying(QStringLiteral("create"), [&] { return submissions.create(formId, agencyId, period); });
        if (!created)
            fail(QStringLiteral("create %1").arg(period), created.error());
        const qint64 id = created.value();
        say(QStringLiteral("created %1").arg(id));

        QList<CellWrite> writes;
        for (int i : std::as_const(counted)) {
            const int generated = int((agencyId * 7 + round * 3 + i) % 1000);
            const QString text = QString::number(generated);
            writes.append(CellWrite{form->item(i).id, form->item(i).code, CellWrite::Field::Value, text, double(generated)});
        }
        if (const Status wrote = retrying(QStringLiteral("write"), [&] { return submissions.write(id, writes); }); !wrote)
            fail(QStringLiteral("write %1").arg(id), wrote.error());
        say(QStringLiteral("wrote %1 %2").arg(id).arg(writes.size()));

        if (const Status sent = retrying(QStringLiteral("submit"), [&] { return submissions.submit(id, QString()); }); !sent)
            fail(QStringLiteral("submit %1").arg(id), sent.error());
        say(QStringLiteral("submitted %1").arg(id));
    }
    return 0;
}

int approver(Store &store, const QString &stopFile, const QString &firstYear)
{
    Submissions submissions = store.submissions();
    for (;;) {
        const bool lastPass = QFile::exists(stopFile);
        const auto all = retrying(QStringLiteral("list"), [&] { return submissions.list(); });
        if (!all)
            fail(QStringLiteral("list"), all.error());
        int waiting = 0;
        for (const Submission &s : all.value()) {
            if (s.status != status::Submitted || s.period < firstYear)
                continue;
            ++waiting;
            if (const Status approved = retrying(QStringLiteral("approve"), [&] { return submissions.approve(s.id); }); approved) {
                say(QStringLiteral("approved %1").arg(s.id));
                continue;
            }
            // Refused: another approver was first, or something is wrong.
            const auto now = submissions.header(s.id);
            if (!now || now->status != status::Approved)
                fail(QStringLiteral("approve %1").arg(s.id), now ? now->status : now.error());
            say(QStringLiteral("lost %1").arg(s.id));
        }
        if (lastPass && waiting == 0)
            return 0;
        QThread::msleep(10);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const auto usage = [] {
        std::fputs("usage: pardesk_stress_client writer URL FORM_ID AGENCY_ID FIRST_YEAR ROUNDS\n"
                   "       pardesk_stress_client approver URL STOP_FILE FIRST_YEAR\n",
                   stderr);
        return 2;
    };
    if (args.size() < 2)
        return usage();
    Database::Options options;
    options.loadBundledDataset = false; // the test made the store; a client only opens it
    auto opened = Store::open(args.at(1), options);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    if (args.at(0) == u"writer" && args.size() == 6)
        return writer(*opened.value(), args.at(2).toLongLong(), args.at(3).toLongLong(), args.at(4).toInt(), args.at(5).toInt());
    if (args.at(0) == u"approver" && args.size() == 4)
        return approver(*opened.value(), args.at(2), args.at(3));
    return usage();
}
