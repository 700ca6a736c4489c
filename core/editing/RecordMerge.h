#pragma once
// What an edit dialog shows after "Reload" when the record changed elsewhere while it was open:
// the record as stored now, with every field the user had changed put back as typed. Nothing typed
// is lost, and nothing the other person saved is lost where the user did not touch it. A field both
// changed is named, so that the dialog can mark it for the user to decide.

#include "domain/Records.h"

#include <QList>
#include <QString>

namespace pardesk {

struct ChangedMeanwhile {
    QString field; // as the dialogs and PlanChecks name it ("text", "value", "legal_basis")
    QString stored; // what is stored now, for people; empty where it has no short form
};

template <typename Record>
struct MergedEdit {
    Record record;
    QList<ChangedMeanwhile> conflicts; // changed by the user and, differently, by someone else
};

// `read`: the record when the dialog opened; `typed`: what the dialog holds; `stored`: now.
MergedEdit<Document> mergeEdit(const Document &read, const Document &typed, const Document &stored);
MergedEdit<Target> mergeEdit(const Target &read, const Target &typed, const Target &stored);
MergedEdit<Task> mergeEdit(const Task &read, const Task &typed, const Task &stored);

} // namespace pardesk
