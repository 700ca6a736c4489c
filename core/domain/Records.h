#pragma once
// Plain records read from the store: what the command line, the views and the printing show.

#include "domain/Vocabulary.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace pardesk {

struct Theme {
    QString key;
    QString name;
    QString nameEn;
    QMap<QString, int> targetsPerProvince; // every province, 0 where it has no target of the theme
};

struct Document {
    qint64 id = 0;
    QString key;
    QString number;
    QString type;
    QString typeLabel;
    QString issued;
    QString issuer;
    QString province;
    std::optional<int> year;
    QString title;
    QStringList legalBasis;
    QString citedBy; // key of the document that lists this one, if any
    QString source;
    QString name; // as a user cites it (SourceName::document): "Kế hoạch số 268/KH-UBND"
    int targetCount = 0;
    int taskCount = 0;
};

struct Target {
    qint64 id = 0;
    QString province;
    QString documentKey;
    QString plan; // the document's number
    QString documentName;       // as a user cites it (SourceName::document)
    std::optional<int> planYear; // the year the document is for
    QString stt;
    int part = 1;
    QString area;
    QString text;
    QString fragment;
    QString indicator;
    QString theme;
    TargetKind kind = TargetKind::Level;
    Comparator comparator = Comparator::None;
    std::optional<double> value;
    QString unit;
    Direction direction = Direction::Higher;
    AdminLevel level = AdminLevel::None;
    std::optional<int> baselineYear;
    std::optional<double> baselineValue;
    bool aspirational = false;
    bool eachUnit = false; // "100% các sở … đạt từ 80%": every unit must reach the value, not their sum
    QString timeframe;
    QString deadline;
    QString lead;
    QString coordinating;
    QString legalBasis;
    QString tasksText; // the appendix's "Nhiệm vụ, giải pháp" cell, where the document has one
    QString source;     // machine provenance ("001:II.2.14"), for tests and tools
    QString sourceName; // the same for people (SourceName::of): "Kế hoạch số 268/KH-UBND, mục II.2.14"
};

struct Task {
    qint64 id = 0;
    QString province;
    QString documentKey;
    QString plan;
    QString documentName;
    QString stt;
    QString group;
    QString text;
    QString lead;
    QString coordinating;
    QString timeframe;
    QString deadline;
    QStringList dueDates; // a recurring duty's dates, ISO, ascending (TaskDeadline); deadline is then empty
    QString output;
    QString status;
    QString targetStt;
    QString source;
    QString sourceName;
};

struct Form {
    qint64 id = 0;
    QString key;
    QString name;
    QString province;
    QStringList periodKinds;
    int version = 1;
    int itemCount = 0;
    QString source;
};

struct Submission {
    qint64 id = 0;
    QString form;
    QString agencyKey;
    QString agency;
    QString period;
    QString status;
    QString updatedAt;
    int valueCount = 0;
    QString source;
};

struct SubmissionValue {
    QString code;
    QString label;
    QString unit;
    QString kind;
    std::optional<double> value;
    QString raw; // exactly as written
    QString note;
    QString source;
};

// A form item that measures a theme (resources/dataset/indicators.json).
struct Indicator {
    QString theme;
    QString form;
    QString item;
    AdminLevel level = AdminLevel::None; // None: not tied to one administrative level
    QString scope; // "province": the province's own total; "agency": each agency's, added up
    QString why;
};

struct Score {
    QString index;
    QString province;
    int year = 0;
    QString code;
    QString parentCode;
    QString name;
    std::optional<double> achieved;
    std::optional<double> max;
    QString unit;
    std::optional<int> rank;
    std::optional<int> rankOf;
    QString scope;
    QString note;
    QString source;
};

} // namespace pardesk
