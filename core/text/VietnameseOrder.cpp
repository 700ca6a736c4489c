#include "text/VietnameseOrder.h"

#include <QLocale>

namespace pardesk {

const QCollator &vietnameseCollator()
{
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

} // namespace pardesk
