#pragma once
// Names in the order a Vietnamese reader expects: "Đài Phát thanh …" after "Cục …" and before
// "Văn phòng …", numbers by value ("Kế hoạch 37" before "Kế hoạch 268"). Code-point order (SQLite's
// ORDER BY, QString's operator<) puts "Đ" and "Ủ" after "Z". Every list or model that sorts names
// asks here, so that they all agree.

#include <QCollator>
#include <QString>

namespace pardesk {

// Vietnamese (Vietnam), numeric mode; one per thread (a QCollator is not shared across threads).
const QCollator &vietnameseCollator();

inline bool vietnameseLess(const QString &a, const QString &b)
{
    return vietnameseCollator().compare(a, b) < 0;
}

} // namespace pardesk
