#include "exchange/AssessmentTemplate.h"

#include "assessment/ScoreRules.h"
#include "exchange/TemplateLayout.h"
#include "exchange/TemplateSheet.h"
#include "io/FileRead.h"
#include "io/StagedWorkbook.h"
#include "io/XlsxRowHeight.h"
#include "store/Store.h"
#include "text/DateText.h"
#include "text/NumberFormat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <xlsxwriter.h>

namespace pardesk {
namespace {

using namespace TemplateLayout::Assessment;
using TemplateLayout::kHeaderRow;

const QString kKind = QStringLiteral("self-assessment");

// Column widths of code, label, maximum, rule, points, explanation, document number, date.
const QList<double> kColumnChars = {10, 60, 9, 28, 10, 40, 22, 14};

// The header names of the columns read back, in English and Vietnamese (the template writes them
// in the user's language).
const QStringList kCodeNames = {QStringLiteral("code"), QStringLiteral("mã"), QStringLiteral("mã số")};
const QStringList kPointsNames = {QStringLiteral("points"), QStringLiteral("điểm tự chấm"), QStringLiteral("điểm")};
const QStringList kExplanationNames = {QStringLiteral("explanation"), QStringLiteral("giải trình")};
const QStringList kDocumentNames = {QStringLiteral("evidence document"), QStringLiteral("số văn bản kiểm chứng"),
                                    QStringLiteral("số văn bản")};
const QStringList kDateNames = {QStringLiteral("document date"), QStringLiteral("ngày văn bản")};

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

// Points between the sub-criterion's bounds; Excel tells the official at once, ParDesk checks
// again (levels included) on import.
void limitPoints(lxw_worksheet *sheet, int row, const CriteriaNode &node)
{
    if (!node.maxPoints)
        return;
    const bool deduction = node.kind == ScoringKind::Deduction;
    const QByteArray message = AssessmentTemplate::tr("%1: points from %2 to %3.")
                                   .arg(node.code, formatNumber(deduction ? -*node.maxPoints : 0, 4),
                                        formatNumber(deduction ? 0 : *node.maxPoints, 4))
                                   .toUtf8()
                                   .left(255);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    validation.minimum_number = deduction ? -*node.maxPoints : 0;
    validation.maximum_number = deduction ? 0 : *node.maxPoints;
    validation.error_message = const_cast<char *>(message.constData());
    worksheet_data_validation_cell(sheet, lxw_row_t(row), kPointsColumn, &validation);
}

struct Stored {
    QHash<QString, AssessmentScore> scores;
    QHash<QString, QList<Evidence>> documents;
};

Result<Stored> storedOf(const Store &store, const AssessmentTarget &target)
{
    Stored stored;
    if (!target.existing)
        return stored;
    const auto scores = store.selfAssessments().scores(target.existing->id);
    const auto evidence = store.selfAssessments().evidence(target.existing->id);
    if (!scores)
        return scores.failure();
    if (!evidence)
        return evidence.failure();
    for (const AssessmentScore &s : scores.value())
        stored.scores.insert(s.code, s);
    for (const Evidence &e : evidence.value())
        if (e.kind == u"document")
            stored.documents[e.code].append(e);
    return stored;
}

// "12/KH-UBND; 15/BC-STTTT" and "05/03/2024; 07/03/2024": the documents of a sub-criterion.
std::pair<QString, QString> documentTexts(const QList<Evidence> &documents)
{
    QStringList numbers, dates;
    for (const Evidence &e : documents) {
        numbers << e.documentNumber;
        dates << dateText(QDate::fromString(e.documentDate, Qt::ISODate));
    }
    return {numbers.join(QStringLiteral("; ")), dates.join(QStringLiteral("; "))};
}

void writeNode(lxw_worksheet *sheet, int row, const CriteriaNode &node, const Stored &stored, const TemplateSheet::Formats &f)
{
    const bool heading = !node.scored();
    lxw_format *fixed = heading ? f.heading : f.locked;
    const QString label = node.unnamed() ? AssessmentTemplate::tr("(not named in the source)") : node.label;
    const QString rule = heading ? QString() : ScoreRules::describe(node);
    writeText(sheet, row, kCodeColumn, node.code, fixed);
    writeText(sheet, row, kLabelColumn, label, fixed);
    if (node.maxPoints)
        worksheet_write_number(sheet, lxw_row_t(row), kMaxColumn, *node.maxPoints, fixed);
    else
        worksheet_write_blank(sheet, lxw_row_t(row), kMaxColumn, fixed);
    writeText(sheet, row, kRuleColumn, rule, fixed);
    const AssessmentScore score = stored.scores.value(node.code);
    const auto [numbers, dates] = documentTexts(stored.documents.value(node.code));
    // LibreOffice does not measure the rows of a file it opens: wrapped text gets its height here.
    const int lines = std::max({xlsxWrappedLines(label, kColumnChars[kLabelColumn], 11, heading),
                                xlsxWrappedLines(rule, kColumnChars[kRuleColumn]),
                                xlsxWrappedLines(score.explanation, kColumnChars[kExplanationColumn]),
                                xlsxWrappedLines(numbers, kColumnChars[kDocumentColumn])});
    worksheet_set_row(sheet, lxw_row_t(row), xlsxRowHeight(lines), nullptr);
    if (heading || node.kind == ScoringKind::Survey) { // not the agency's to type
        for (int c = kPointsColumn; c <= kDateColumn; ++c)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(c), fixed);
        return;
    }
    if (score.points)
        worksheet_write_number(sheet, lxw_row_t(row), kPointsColumn, *score.points, f.open);
    else
        worksheet_write_blank(sheet, lxw_row_t(row), kPointsColumn, f.open);
    limitPoints(sheet, row, node);
    writeText(sheet, row, kExplanationColumn, score.explanation, f.openText);
    writeText(sheet, row, kDocumentColumn, numbers, f.openText);
    writeText(sheet, row, kDateColumn, dates, f.openText);
}

// A day as officials type it (05/03/2024, 5/3/2024) or as ISO; nullopt when it is not one.
std::optional<QDate> dayOf(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy")})
        if (const QDate d = QDate::fromString(text.trimmed(), format); d.isValid())
            return d;
    return std::nullopt;
}

struct Columns {
    int code = 0, points = 0, explanation = 0, document = 0, date = 0;
};

// The row's cells as the source takes them.
class RowReader {
public:
    RowReader(AssessmentSource &source, const XlsxSheet &sheet, const Columns &columns)
        : m_source(source), m_sheet(sheet), m_columns(columns)
    {
    }

    // Whether the row brought anything; refused with the row and code named.
    Result<bool> read(int row);

private:
    QString text(int row, int column) const
    {
        const XlsxCell *c = column ? m_sheet.cell(row, column) : nullptr;
        return c ? c->text.trimmed() : QString();
    }
    Result<std::optional<double>> points(int row, const QString &where, const QString &code) const;
    Result<QStringList> dates(int row, const QString &where, const QString &code) const;

    AssessmentSource &m_source;
    const XlsxSheet &m_sheet;
    Columns m_columns;
};

Result<std::optional<double>> RowReader::points(int row, const QString &where, const QString &code) const
{
    const XlsxCell *cell = m_sheet.cell(row, m_columns.points);
    if (!cell)
        return std::optional<double>();
    if (cell->number && cell->format == XlsxCell::Format::DateTime)
        return Error{AssessmentTemplate::tr("%1, code %2: the points cell is formatted as a date, so it shows a day, not "
                                            "points; set its format to a number and type the points again.")
                         .arg(where, code)};
    if (cell->number)
        return std::optional<double>(*cell->number);
    const ParsedNumber n = parseNumber(cell->text, UnitScale::Points);
    if (n.kind == ParsedNumber::Kind::NoData)
        return std::optional<double>();
    if (!n.isNumber() || n.percentSign)
        return Error{AssessmentTemplate::tr("%1, code %2: \"%3\" is not a number of points.").arg(where, code, cell->text)};
    return std::optional<double>(n.value);
}

Result<QStringList> RowReader::dates(int row, const QString &where, const QString &code) const
{
    const XlsxCell *cell = m_columns.date ? m_sheet.cell(row, m_columns.date) : nullptr;
    if (!cell)
        return QStringList();
    if (cell->number && cell->format == XlsxCell::Format::DateTime) {
        const QDate day = TemplateSheet::excelDay(*cell->number);
        if (!day.isValid())
            return Error{AssessmentTemplate::tr("%1, code %2: the date cell holds %3, which is no day (Excel shows ####); "
                                                "type the date as DD/MM/YYYY.")
                             .arg(where, code, cell->text)};
        return QStringList{day.toString(Qt::ISODate)};
    }
    QStringList out;
    for (const QString &piece : cell->text.split(u';', Qt::SkipEmptyParts)) {
        const auto day = dayOf(piece);
        if (!day)
            return Error{AssessmentTemplate::tr("%1, code %2: \"%3\" is not a date; write it as DD/MM/YYYY.")
                             .arg(where, code, piece.trimmed())};
        out << day->toString(Qt::ISODate);
    }
    return out;
}

Result<bool> RowReader::read(int row)
{
    const QString code = TemplateSheet::codeText(m_sheet.cell(row, m_columns.code));
    if (code.isEmpty())
        return false; // a title, a signature line, a remark under the table
    const QString where = AssessmentTemplate::tr("%1, sheet %2, row %3").arg(m_source.fileName, m_sheet.name).arg(row);
    const auto typed = points(row, where, code);
    if (!typed)
        return typed.failure();
    const QString explanation = text(row, m_columns.explanation);
    QStringList numbers;
    for (const QString &n : text(row, m_columns.document).split(u';', Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            numbers << n.trimmed();
    const auto days = dates(row, where, code);
    if (!days)
        return days.failure();
    const bool anything = typed.value() || !explanation.isEmpty() || !numbers.isEmpty() || !days->isEmpty();
    const CriteriaNode *node = m_source.target.set.node(code);
    if (!anything)
        return false;
    if (!node)
        return Error{AssessmentTemplate::tr("%1, code %2: the criteria set %3 has no such code.")
                         .arg(where, code, m_source.target.set.key)};
    if (!node->scored())
        return Error{AssessmentTemplate::tr("%1, code %2: %2 is not a sub-criterion (its points are the sum of its "
                                            "children); type nothing in its row.")
                         .arg(where, code)};
    if (typed.value()) {
        if (Status s = m_source.addScore(where, code, *typed.value(), explanation); !s)
            return s.failure();
    } else if (!explanation.isEmpty()) {
        return Error{AssessmentTemplate::tr("%1, code %2: an explanation without points; type the points too, or clear the "
                                            "explanation.")
                         .arg(where, code)};
    }
    if (numbers.size() != days->size())
        return Error{AssessmentTemplate::tr("%1, code %2: %3 document numbers but %4 dates; give each document its date, "
                                            "in the same order, separated by \";\".")
                         .arg(where, code)
                         .arg(numbers.size())
                         .arg(days->size())};
    for (qsizetype i = 0; i < numbers.size(); ++i)
        if (Status s = m_source.addDocument(where, code, numbers[i], days->at(i)); !s)
            return s.failure();
    return true;
}

} // namespace

Status AssessmentTemplate::write(const Store &store, const AssessmentIdentity &identity, const QString &path)
{
    const auto target = AssessmentTarget::resolve(store, identity, path);
    if (!target)
        return target.failure();
    const auto stored = storedOf(store, target.value());
    if (!stored)
        return stored.failure();
    const CriteriaSet &set = target->set;

    // Written under another name and renamed when complete: a failure leaves no partial workbook.
    StagedWorkbook staged(path);
    if (Status s = staged.open(); !s)
        return s;
    const TemplateSheet::Formats f = TemplateSheet::makeFormats(staged.book());
    const QByteArray dataSheet = TemplateSheet::sheetName(set.key, QStringLiteral("Tu cham diem"));
    lxw_worksheet *sheet = workbook_add_worksheet(staged.book(), dataSheet.constData());
    TemplateSheet::writeHeading(sheet, f, kColumnChars, set.name,
                                tr("Agency: %1 — Period: %2 — Criteria set %3")
                                    .arg(target->agencyName, target->period.label(), set.key),
                                tr("Type the points, the explanation and the evidence documents (number and date, "
                                   "DD/MM/YYYY; several separated by \";\") in the yellow cells. Grey rows add up their "
                                   "sub-criteria. Evidence files are attached in ParDesk, not here."),
                                {tr("Code"), tr("Criterion"), tr("Maximum"), tr("How it is scored"), tr("Points"),
                                 tr("Explanation"), tr("Evidence document"), tr("Document date")});
    for (int i = 0; i < set.nodes.size(); ++i)
        writeNode(sheet, kHeaderRow + 1 + i, set.nodes[i], stored.value(), f);
    TemplateSheet::finish(sheet, int(set.nodes.size()), kDateColumn);
    TemplateSheet::writeIdentity(staged.book(), {
        {QStringLiteral("kind"), kKind},
        {QStringLiteral("criteria_set"), set.key},
        {QStringLiteral("criteria_set_name"), set.name},
        {QStringLiteral("agency"), target->agencyKey},
        {QStringLiteral("agency_name"), target->agencyName},
        {QStringLiteral("period"), target->period.key()},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("data_sheet"), QString::fromUtf8(dataSheet)},
        {QStringLiteral("header_row"), QString::number(kHeaderRow + 1)},
    });
    worksheet_activate(sheet);
    return staged.commit();
}

Result<AssessmentSource> AssessmentTemplate::read(const Store &store, const QString &path)
{
    const auto bytes = FileRead::read(path, XlsxReader::kMaxTotalBytes, tr("a self-assessment template"));
    if (!bytes)
        return bytes.failure();
    const auto sheets = XlsxReader::parse(bytes.value(), path);
    if (!sheets)
        return sheets.failure();
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    return readSheets(store, sheets.value(), path, digest);
}

Result<AssessmentSource> AssessmentTemplate::readSheets(const Store &store, const QList<XlsxSheet> &sheets,
                                                        const QString &fileName, const QString &digest)
{
    const auto facts = TemplateSheet::readIdentity(sheets);
    if (facts && facts->contains(QStringLiteral("form")))
        return Error{tr("%1: the workbook is the template of a report (form %2), not of a self-assessment; import it with "
                        "pardesk-cli import or File › Import….")
                         .arg(fileName, facts->value(QStringLiteral("form")))};
    if (!facts || facts->value(QStringLiteral("kind")) != kKind)
        return Error{tr("%1: the workbook is not a ParDesk self-assessment template (it has no hidden sheet \"%2\" naming "
                        "one); make one with pardesk-cli assessment template.")
                         .arg(fileName, TemplateLayout::kIdentitySheet)};
    const AssessmentIdentity identity{facts->value(QStringLiteral("criteria_set")), facts->value(QStringLiteral("agency")),
                                      facts->value(QStringLiteral("period"))};
    auto target = AssessmentTarget::resolve(store, identity, fileName);
    if (!target)
        return target.failure();
    const XlsxSheet *sheet = TemplateSheet::sheetNamed(sheets, facts->value(QStringLiteral("data_sheet")));
    const int headerRow = facts->value(QStringLiteral("header_row")).toInt();
    if (!sheet || headerRow <= 0)
        return Error{tr("%1: the sheet \"%2\" names no data sheet; the workbook was altered.")
                         .arg(fileName, TemplateLayout::kIdentitySheet)};
    // By their headers, not by position: a column inserted or moved must not turn points into text.
    Columns columns{TemplateSheet::columnNamed(*sheet, headerRow, kCodeNames),
                    TemplateSheet::columnNamed(*sheet, headerRow, kPointsNames),
                    TemplateSheet::columnNamed(*sheet, headerRow, kExplanationNames),
                    TemplateSheet::columnNamed(*sheet, headerRow, kDocumentNames),
                    TemplateSheet::columnNamed(*sheet, headerRow, kDateNames)};
    if (columns.code == 0 || columns.points == 0)
        return Error{tr("%1, sheet %2, row %3: the header row no longer names the columns \"Mã số\" (code) and \"Điểm tự "
                        "chấm\" (points); the rows cannot be matched. Restore the headers or use a new template.")
                         .arg(fileName, sheet->name)
                         .arg(headerRow)};

    AssessmentSource source;
    source.fileName = fileName;
    source.digest = digest;
    source.target = std::move(target).value();
    source.status = QStringLiteral("draft"); // a workbook is work in progress: the agency sends it from ParDesk
    RowReader reader(source, *sheet, columns);
    bool anything = false;
    int lastRow = 0;
    for (const XlsxCell &c : sheet->cells) {
        if (c.row <= headerRow || c.row == lastRow)
            continue;
        lastRow = c.row;
        const auto read = reader.read(c.row);
        if (!read)
            return read.failure();
        anything = anything || read.value();
    }
    if (!anything)
        return Error{tr("%1: no points, explanation or document is filled in; there is nothing to import.").arg(fileName)};
    return source;
}

} // namespace pardesk
