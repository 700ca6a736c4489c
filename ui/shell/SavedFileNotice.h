#pragma once
// After an export: where the file went, with buttons to open it or the folder that holds it.
// Not modal: the official goes on working and closes it when done (and tests that export are not
// held by a box waiting for a click).

#include <QString>

class QWidget;

namespace pardesk {

class SavedFileNotice {
public:
    static void show(QWidget *parent, const QString &path);
    // Tests: the file of the last notice shown.
    static QString lastPath();
};

} // namespace pardesk
