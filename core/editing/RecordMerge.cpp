#include "editing/RecordMerge.h"

#include "text/NumberFormat.h"

namespace pardesk {
namespace {

// A stored value as the dialog would show it, where that is short and plain.
QString shown(const QString &v) { return v; }
QString shown(const QStringList &v) { return v.join(u'\n'); }
QString shown(int v) { return QString::number(v); }
QString shown(std::optional<int> v) { return v ? QString::number(*v) : QString(); }
QString shown(std::optional<double> v) { return v ? formatNumber(*v, 4, NumberConvention::Vietnamese) : QString(); }
template <typename T>
QString shown(const T &) { return {}; } // enums and flags: the dialog's own control shows them

// Three-way merge of one field: the user's change wins (it is what they typed and saw), the other
// side's change is kept where the user left the field alone.
template <typename Record>
class Merger {
public:
    Merger(const Record &read, const Record &typed, const Record &stored)
        : m_read(read), m_typed(typed), m_out{stored, {}} {}

    template <typename T>
    Merger &field(const char *name, T Record::*member)
    {
        if (m_typed.*member == m_read.*member)
            return *this;
        const T &stored = m_out.record.*member;
        if (stored != m_read.*member && stored != m_typed.*member)
            m_out.conflicts.append({QString::fromLatin1(name), shown(stored)});
        m_out.record.*member = m_typed.*member;
        return *this;
    }

    MergedEdit<Record> result() const { return m_out; }

private:
    const Record &m_read;
    const Record &m_typed;
    MergedEdit<Record> m_out;
};

} // namespace

MergedEdit<Document> mergeEdit(const Document &read, const Document &typed, const Document &stored)
{
    return Merger<Document>(read, typed, stored)
        .field("number", &Document::number)
        .field("type", &Document::type)
        .field("type_label", &Document::typeLabel)
        .field("issued", &Document::issued)
        .field("issuer", &Document::issuer)
        .field("province", &Document::province)
        .field("year", &Document::year)
        .field("title", &Document::title)
        .field("legal_basis", &Document::legalBasis)
        .result();
}

MergedEdit<Target> mergeEdit(const Target &read, const Target &typed, const Target &stored)
{
    return Merger<Target>(read, typed, stored)
        .field("document", &Target::documentKey)
        .field("stt", &Target::stt)
        .field("part", &Target::part)
        .field("text", &Target::text)
        .field("fragment", &Target::fragment)
        .field("theme", &Target::theme)
        .field("indicator", &Target::indicator)
        .field("area", &Target::area)
        .field("tasks_text", &Target::tasksText)
        .field("lead", &Target::lead)
        .field("coordinating", &Target::coordinating)
        .field("legal_basis", &Target::legalBasis)
        .field("timeframe", &Target::timeframe)
        .field("deadline", &Target::deadline)
        .field("kind", &Target::kind)
        .field("comparator", &Target::comparator)
        .field("value", &Target::value)
        .field("unit", &Target::unit)
        .field("direction", &Target::direction)
        .field("level", &Target::level)
        .field("baseline_year", &Target::baselineYear)
        .field("baseline_value", &Target::baselineValue)
        .field("aspirational", &Target::aspirational)
        .field("each_unit", &Target::eachUnit)
        .result();
}

MergedEdit<Task> mergeEdit(const Task &read, const Task &typed, const Task &stored)
{
    return Merger<Task>(read, typed, stored)
        .field("document", &Task::documentKey)
        .field("stt", &Task::stt)
        .field("group", &Task::group)
        .field("text", &Task::text)
        .field("lead", &Task::lead)
        .field("coordinating", &Task::coordinating)
        .field("timeframe", &Task::timeframe)
        .field("deadline", &Task::deadline)
        .field("due_dates", &Task::dueDates)
        .field("output", &Task::output)
        .field("target", &Task::targetStt)
        .field("status", &Task::status)
        .result();
}

} // namespace pardesk
