#pragma once
// A criteria set as JSON: the facts of the set and its tree, one object per node, in the words of
// criteria::levelWord / kindWord. The bundled dataset (resources/dataset) and the self-assessment
// packages write it the same way, and one reader reads both, strictly: an unknown key or a wrong
// type is an error naming the set and the node. Empty text is written as null.

#include "assessment/CriteriaSet.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace pardesk::criteriajson {

QJsonObject write(const CriteriaSet &set);

// The bundled dataset states where every set and node comes from; a set an office imported from
// a spreadsheet may not, and travels without.
enum class Provenance { Required, Optional };

// `where` names the object in the messages ("file criteria set K"); each problem is appended to
// `errors`. The set is returned even when there are errors, for the caller to decide.
CriteriaSet read(const QJsonObject &object, const QString &where, Provenance provenance, QStringList *errors);

} // namespace pardesk::criteriajson
