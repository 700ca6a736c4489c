#pragma once
// The header block of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the left
// the parent body (cơ quan chủ quản) over the issuing body and the "Số: …" line, on the right the
// national name, the motto and under it the place and date. Builders fill an AppendixIdentity
// from the data here; every printer (PDF, printer, ODT, XLSX) asks lines() for what to print, so
// that they agree, and a value the data lacks prints as dots for the official to fill by hand.

#include <QCoreApplication>
#include <QString>

namespace pardesk {

struct AppendixIdentity;

// What the header block prints, blanks already dotted. `parentBody` may be empty (a body that has
// none prints only its own name); the others never are.
struct HeaderLines {
    QString parentBody;   // "UBND TỈNH TUYÊN QUANG"
    QString issuingBody;  // "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    QString number;       // "Số: …/BC-STTTT"
    QString nationalName; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto;        // "Độc lập - Tự do - Hạnh phúc"
    QString placeAndDate; // "Tuyên Quang, ngày 14 tháng 6 năm 2022"
};

class DocumentHeader {
    Q_DECLARE_TR_FUNCTIONS(DocumentHeader)
public:
    struct Issuer {
        QString parentBody; // in capitals; empty when the body has none
        QString body;       // in capitals
        QString place;      // the place name of the date line: "Tuyên Quang", "Duyên Hải"
    };
    // The header of a body named as the data names it ("Sở Thông tin và Truyền thông tỉnh",
    // "Chủ tịch UBND tỉnh", "Ủy ban nhân dân thị xã Duyên Hải") in the province `province` (its name).
    static Issuer issuer(const QString &name, const QString &province);

    // Sets the identity's parent body, issuing body, place, number ("268/KH-UBND"; empty or
    // "/KH-UBND" when unnumbered) and date (ISO "2023-12-23", "2024-07" or empty).
    static void fill(AppendixIdentity &identity, const QString &issuerName, const QString &province,
                     const QString &number = {}, const QString &isoDate = {});

    static HeaderLines lines(const AppendixIdentity &identity);
    // "Số: 268/KH-UBND"; an unnumbered "/KH-UBND" gives "Số: …/KH-UBND", nothing "Số: …/…".
    static QString numberLine(const QString &number);
    // "Tuyên Quang, ngày 05 tháng 02 năm 2024" (Nghị định 30: a zero before days under 10 and
    // months 1 and 2); the parts not known are dotted: "Tuyên Quang, ngày … tháng 7 năm 2024".
    static QString dateLine(const QString &place, const QString &isoDate);
    // The dots of a blank to fill by hand.
    static QString blank() { return QStringLiteral("……………"); }
};

} // namespace pardesk
