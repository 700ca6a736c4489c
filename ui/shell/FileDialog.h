#pragma once
// File choosers that tests can answer: with a path queued, no dialog is shown and the path is returned.

#include <QString>

class QWidget;

namespace pardesk {

class FileDialog {
public:
    // An existing file to open; empty when cancelled.
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    // An existing folder; empty when cancelled.
    static QString folder(QWidget *parent, const QString &title);
    // A file to write; `confirmOverwrite` asks before an existing file is chosen.
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                            bool confirmOverwrite = true);

    // Tests: the next chooser returns `path` (empty: as if cancelled) without being shown; several
    // calls queue paths for the choosers that follow, in order.
    static void setNextPath(const QString &path);
    // Tests: the name the last save chooser suggested.
    static QString lastSuggested();
};

} // namespace pardesk
