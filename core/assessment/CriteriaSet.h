#pragma once
// A criteria set (bộ tiêu chí) of a PAR index: the tree lĩnh vực → tiêu chí → tiêu chí thành phần
// that an agency group is scored against. Plain values; the store reads and writes them.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pardesk {

enum class CriteriaLevel { Area, Criterion, SubCriterion };

// How a sub-criterion's points are found (DOMAIN.md, "Self-assessment").
enum class ScoringKind {
    YesNo,     // the maximum or nothing
    Points,    // any points from 0 to the maximum: the rule is the council's, or the source does not state it
    Levels,    // one of the listed levels, each with its points
    Ratio,     // maximum × rate / fullAt, capped at the maximum
    Survey,    // entered by the office that runs the survey, not self-scored
    Deduction, // points taken off the parent: from −maximum to 0
};

struct ScoreLevel {
    QString label;
    double points = 0;
    bool operator==(const ScoreLevel &) const = default;
};

struct CriteriaNode {
    int row = 0; // 1-based position in the set (the XLSX row after the heading), named in messages
    QString code;
    QString parentCode; // empty for an area
    CriteriaLevel level = CriteriaLevel::SubCriterion;
    // Empty: a place the source counts but does not name (seed 004 names 7 of 14 sub-criteria).
    QString label;
    // None: the source does not state this node's maximum; its parent's sum cannot be checked.
    std::optional<double> maxPoints;
    ScoringKind kind = ScoringKind::YesNo;
    QList<ScoreLevel> levels;  // Levels only
    double rateFullAt = 100;   // Ratio only: the rate (%) that earns the whole maximum
    QString rateForm;          // Ratio only, optional: the form whose items measure the rate
    QString rateFormula;       // Ratio only, optional: core/forms/Formula JSON over that form's items
    bool evidenceRequired = false;
    QString responsible;       // the responsible agency, as written
    // The plan whose targets and tasks numbered planStt (and below it) work on this node: how a lost
    // point is linked to what moves it (seed 004's appendix numbers its tasks by sub-criterion).
    QString planDocument;
    QString planStt;
    QString note;
    QString source;            // provenance: where the source states it

    bool unnamed() const { return label.isEmpty(); }
    bool scored() const { return level == CriteriaLevel::SubCriterion; }
    bool operator==(const CriteriaNode &) const = default; // every field: a round trip keeps them all
};

struct CriteriaSet {
    qint64 id = 0;
    QString key;
    QString name;
    QString document;    // the issuing document, as cited
    int yearFrom = 0;
    int yearTo = 0;
    QString agencyGroup; // province, department, district or commune
    QString province;    // empty: a national set
    QString note;
    QString source;
    QList<CriteriaNode> nodes; // parents before their children, in the source's order

    const CriteriaNode *node(const QString &code) const;
    QList<const CriteriaNode *> children(const QString &code) const;
};

// The words the store, the XLSX columns and JSON use for the vocabularies above.
namespace criteria {
QString levelWord(CriteriaLevel level);
std::optional<CriteriaLevel> levelOf(const QString &word);
QString kindWord(ScoringKind kind);
std::optional<ScoringKind> kindOf(const QString &word);
extern const QStringList kAgencyGroups;
} // namespace criteria

} // namespace pardesk
