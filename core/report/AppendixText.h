#pragma once
// What every appendix builder shares: finding the document by number or key, its issuing body in
// capitals, the "(Kèm theo …)" line naming the document an appendix is attached to, plain cell text.

#include "domain/Records.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

struct AppendixIdentity;

class AppendixText {
    Q_DECLARE_TR_FUNCTIONS(AppendixText)
public:
    // The document a plan number ("268/KH-UBND") or key names; a number that several documents share
    // (unnumbered drafts, "/KH-UBND") is refused with their keys, so that the user can pick one.
    static Result<Document> document(const Store &store, const QString &plan);
    // Cell text without the HTML fragments some transcribed cells keep, white space tidied.
    static QString plain(const QString &text);
    // "Kèm theo Kế hoạch số 268/KH-UBND ngày 23/12/2023 của Ủy ban nhân dân tỉnh Tuyên Quang"
    static QString attachedTo(const Document &document);
    // The header block of a document's appendix: its issuer under its parent body, its number, and
    // the place and date it was issued (DocumentHeader).
    static void fillHeader(const Store &store, const Document &document, AppendixIdentity &identity);
    // The header block's right side: the national name and the motto.
    static QString nationalName();
    static QString motto();
    // Column headers every table shares.
    static QString numberHeader(); // "STT"
    static QString leadAgency();
    static QString coordinatingAgencies();
    // The generic label "Appendix" (Phụ lục).
    static QString appendixLabel();
    // Adds the synthetic-data notice when the store is synthetic.
    static void markIfSynthetic(const Store &store, AppendixIdentity &identity);
    // The province's name ("Tuyên Quang") from its code; the code itself when unknown.
    static QString provinceName(const Store &store, const QString &code);
};

} // namespace pardesk
