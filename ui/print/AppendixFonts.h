#pragma once
// The serif font of printed appendices: Times New Roman where it is installed (Nghị định 30/2020
// prescribes it), else Liberation Serif 2, which has the same metrics and the Vietnamese letters,
// bundled as "ParDesk Serif" (resources/fonts/README.md says why renamed), so that a page breaks at
// the same place on every machine.

#include <QFont>
#include <QString>

namespace pardesk {

class AppendixFonts {
public:
    // Registers the bundled fonts once; the family to use.
    static QString family();
    static QFont font(double pointSize, bool bold = false, bool italic = false);
    // The family that documents for others to edit (ODT) name: Word has it, LibreOffice maps it to
    // Liberation Serif.
    static QString documentFamily() { return QStringLiteral("Times New Roman"); }
};

} // namespace pardesk
