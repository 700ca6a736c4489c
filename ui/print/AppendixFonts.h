#pragma once
// The serif font of printed appendices: Times New Roman where it is installed (Nghị định 30/2020
// prescribes it), else Liberation Serif, which has the same metrics and is bundled with ParDesk
// (resources/fonts, version 2 with Vietnamese letters), so that a page breaks at the same place.

#include <QFont>
#include <QString>

namespace pardesk {

class AppendixFonts {
public:
    // Registers the bundled fonts once; the family to use.
    static QString family();
    static QFont font(double pointSize, bool bold = false, bool italic = false);
};

} // namespace pardesk
