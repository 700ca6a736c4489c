#pragma once
// What the tests of entering submissions share: a fresh store from the bundled dataset for each
// test, the seeded submission of seed 002, the grid's cells by item code, and typing as a user
// does (each key to the widget that has the focus).

#include "domain/Records.h"

#include <QModelIndex>
#include <QString>
#include <memory>
#include <optional>

namespace pardesk {
class Store;
class EntryModel;
} // namespace pardesk

namespace pardesk::test {

// A copy of a store built once per test run from the bundled dataset, in `folder`.
std::unique_ptr<Store> freshStore(const QString &folder);
// Seed 002: Sở TT&TT Tuyên Quang's Phụ lục 02 (TQ-PL02-CCHC) for the first half of 2022.
qint64 seededSubmission(Store &db);
// What the store holds for an item, read back through the catalog; nothing when it holds no row.
std::optional<SubmissionValue> storedValue(Store &db, qint64 submissionId, const QString &code);

QModelIndex cellOf(const EntryModel &model, const QString &code, int column);
// Keys as a user types them: each goes to the focused widget (the grid, then its editor).
void typeText(const QString &text);
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

} // namespace pardesk::test
