#pragma once
// Where a record comes from, named the way an official cites it: the document ("Kế hoạch số
// 268/KH-UBND"; an unnumbered one by its date and issuer, "Kế hoạch hành động tháng 7/2024 của Ủy
// ban nhân dân tỉnh Tuyên Quang") and the part of it ("mục II.2.14", "Phụ lục, dòng 10"). Every
// list, chart, print and the command line show these; the machine field `src` ("001:II.2.14")
// stays for tests and tools.

#include <QCoreApplication>
#include <QString>

namespace pardesk {

// The facts of a document that its name is made of.
struct DocumentCitation {
    QString typeLabel; // the document's own word: "Kế hoạch", "Báo cáo", "Công văn"
    QString number;    // "268/KH-UBND"; blank or "/KH-UBND" when the document leaves it blank
    QString issued;    // ISO, possibly partial ("2024-07")
    QString issuer;
};

class SourceName {
    Q_DECLARE_TR_FUNCTIONS(SourceName)
public:
    static QString document(const DocumentCitation &document);
    // The part of the document that a provenance names, or empty when it names only file lines
    // (which a reader of the printed document cannot follow).
    static QString part(const QString &source);
    // "Kế hoạch số 268/KH-UBND, mục II.2.14"
    static QString of(const DocumentCitation &document, const QString &source);
    // A number the document left blank ("/KH-UBND", "", "Số: /BC-STTTT").
    static bool isUnnumbered(const QString &number);
};

} // namespace pardesk
