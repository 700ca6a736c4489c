#include "exchange/CriteriaSetXlsx.h"

#include "exchange/XlsxReader.h"
#include "io/StagedWorkbook.h"
#include "text/NumberFormat.h"

#include <QHash>
#include <xlsxwriter.h>

namespace pardesk {
namespace {

const QString kSetSheet = QStringLiteral("set");
const QString kNodeSheet = QStringLiteral("nodes");
const QStringList kSetKeys = {QStringLiteral("key"),      QStringLiteral("name"),         QStringLiteral("document"),
                              QStringLiteral("year_from"), QStringLiteral("year_to"),     QStringLiteral("agency_group"),
                              QStringLiteral("province"), QStringLiteral("note"),         QStringLiteral("src")};

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QString cellText(const XlsxSheet &sheet, int row, int column)
{
    const XlsxCell *c = sheet.cell(row, column);
    return c ? c->text.trimmed() : QString();
}

// A number cell, or text written either way ("1,5", "1.5"); empty is none.
Result<std::optional<double>> cellNumber(const XlsxSheet &sheet, int row, int column)
{
    const XlsxCell *c = sheet.cell(row, column);
    if (!c || c->text.trimmed().isEmpty())
        return std::optional<double>();
    if (c->number)
        return std::optional<double>(*c->number);
    const ParsedNumber n = parseNumber(c->text, UnitScale::Points);
    if (!n.isNumber())
        return Error{CriteriaSetXlsx::tr("Cell %1 of sheet \"%2\": \"%3\" is not a number.")
                         .arg(XlsxReader::cellName(row, column), sheet.name, c->text)};
    return std::optional<double>(n.value);
}

// "Chưa=0; Một phần=0,5; Đủ=1"
Result<QList<ScoreLevel>> parseLevels(const QString &text, const QString &cell)
{
    QList<ScoreLevel> out;
    for (const QString &piece : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = piece.lastIndexOf(u'=');
        const ParsedNumber n = eq > 0 ? parseNumber(piece.mid(eq + 1), UnitScale::Points) : ParsedNumber{};
        if (eq <= 0 || !n.isNumber())
            return Error{CriteriaSetXlsx::tr("Cell %1: the level \"%2\" is not written as label=points.").arg(cell, piece.trimmed())};
        out.append({piece.left(eq).trimmed(), n.value});
    }
    return out;
}

QString numberText(double v)
{
    return formatNumber(v, 4);
}

} // namespace

const QStringList &CriteriaSetXlsx::nodeColumns()
{
    static const QStringList columns = {
        QStringLiteral("code"),         QStringLiteral("parent_code"),       QStringLiteral("level"),
        QStringLiteral("label"),        QStringLiteral("max"),               QStringLiteral("kind"),
        QStringLiteral("levels"),       QStringLiteral("rate_full_at"),      QStringLiteral("rate_form"),
        QStringLiteral("rate_formula"), QStringLiteral("evidence_required"), QStringLiteral("responsible"),
        QStringLiteral("plan_document"), QStringLiteral("plan_stt"),         QStringLiteral("note"),
        QStringLiteral("src")};
    return columns;
}

Result<CriteriaSet> CriteriaSetXlsx::read(const QString &path)
{
    const auto sheets = XlsxReader::read(path);
    if (!sheets)
        return sheets.failure();
    const XlsxSheet *setSheet = nullptr;
    const XlsxSheet *nodeSheet = nullptr;
    for (const XlsxSheet &s : sheets.value()) {
        if (s.name == kSetSheet)
            setSheet = &s;
        if (s.name == kNodeSheet)
            nodeSheet = &s;
    }
    if (!setSheet || !nodeSheet)
        return Error{tr("%1 is not a criteria set: it needs the sheets \"set\" and \"nodes\" (docs/criteria-sets.md).").arg(path)};

    CriteriaSet set;
    QHash<QString, QString> facts;
    int lastRow = 0;
    for (const XlsxCell &c : setSheet->cells)
        lastRow = qMax(lastRow, c.row);
    for (int r = 1; r <= lastRow; ++r) {
        const QString key = cellText(*setSheet, r, 1);
        if (key.isEmpty())
            continue;
        if (!kSetKeys.contains(key))
            return Error{tr("Cell %1 of sheet \"set\": \"%2\" is not one of %3.")
                             .arg(XlsxReader::cellName(r, 1), key, kSetKeys.join(QStringLiteral(", ")))};
        facts.insert(key, cellText(*setSheet, r, 2));
    }
    set.key = facts.value(QStringLiteral("key"));
    set.name = facts.value(QStringLiteral("name"));
    set.document = facts.value(QStringLiteral("document"));
    set.agencyGroup = facts.value(QStringLiteral("agency_group"));
    set.province = facts.value(QStringLiteral("province"));
    set.note = facts.value(QStringLiteral("note"));
    set.source = facts.value(QStringLiteral("src"));
    bool ok = true;
    set.yearFrom = facts.value(QStringLiteral("year_from")).toInt(&ok);
    if (!ok)
        return Error{tr("Sheet \"set\": year_from \"%1\" is not a year.").arg(facts.value(QStringLiteral("year_from")))};
    if (const QString to = facts.value(QStringLiteral("year_to")); !to.isEmpty()) {
        set.yearTo = to.toInt(&ok);
        if (!ok)
            return Error{tr("Sheet \"set\": year_to \"%1\" is not a year.").arg(to)};
    }
    if (set.key.isEmpty())
        return Error{tr("Sheet \"set\" has no key: the set needs one to be told apart from others.")};

    const QStringList &columns = nodeColumns();
    for (int c = 0; c < columns.size(); ++c)
        if (cellText(*nodeSheet, 1, c + 1) != columns[c])
            return Error{tr("Cell %1 of sheet \"nodes\" must be the heading \"%2\"; the columns are: %3.")
                             .arg(XlsxReader::cellName(1, c + 1), columns[c], columns.join(QStringLiteral(", ")))};
    lastRow = 0;
    for (const XlsxCell &c : nodeSheet->cells)
        lastRow = qMax(lastRow, c.row);
    auto col = [&](const char *name) { return int(columns.indexOf(QLatin1String(name))) + 1; };
    for (int r = 2; r <= lastRow; ++r) {
        bool empty = true;
        for (int c = 1; c <= columns.size() && empty; ++c)
            empty = cellText(*nodeSheet, r, c).isEmpty();
        if (empty)
            continue;
        CriteriaNode n;
        n.row = r;
        n.code = cellText(*nodeSheet, r, col("code"));
        n.parentCode = cellText(*nodeSheet, r, col("parent_code"));
        const QString level = cellText(*nodeSheet, r, col("level"));
        const auto lv = criteria::levelOf(level);
        if (!lv)
            return Error{tr("Row %1 (code %2): the level \"%3\" is not area, criterion or sub.").arg(r).arg(n.code, level)};
        n.level = *lv;
        n.label = cellText(*nodeSheet, r, col("label"));
        const auto max = cellNumber(*nodeSheet, r, col("max"));
        if (!max)
            return max.failure();
        n.maxPoints = max.value();
        const QString kind = cellText(*nodeSheet, r, col("kind"));
        const auto k = kind.isEmpty() ? std::optional<ScoringKind>(ScoringKind::Points) : criteria::kindOf(kind);
        if (!k)
            return Error{tr("Row %1 (code %2): the scoring kind \"%3\" is not yesno, points, levels, ratio, survey or deduction.")
                             .arg(r)
                             .arg(n.code, kind)};
        n.kind = *k;
        const auto levels = parseLevels(cellText(*nodeSheet, r, col("levels")), XlsxReader::cellName(r, col("levels")));
        if (!levels)
            return levels.failure();
        n.levels = levels.value();
        const auto full = cellNumber(*nodeSheet, r, col("rate_full_at"));
        if (!full)
            return full.failure();
        n.rateFullAt = full->value_or(100);
        n.rateForm = cellText(*nodeSheet, r, col("rate_form"));
        n.rateFormula = cellText(*nodeSheet, r, col("rate_formula"));
        const QString evidence = cellText(*nodeSheet, r, col("evidence_required")).toLower();
        n.evidenceRequired = evidence == u"1" || evidence == u"x" || evidence == u"có" || evidence == u"yes";
        n.responsible = cellText(*nodeSheet, r, col("responsible"));
        n.planDocument = cellText(*nodeSheet, r, col("plan_document"));
        n.planStt = cellText(*nodeSheet, r, col("plan_stt"));
        n.note = cellText(*nodeSheet, r, col("note"));
        n.source = cellText(*nodeSheet, r, col("src"));
        set.nodes.append(n);
    }
    return set;
}

Status CriteriaSetXlsx::write(const CriteriaSet &set, const QString &path)
{
    // Written under another name and renamed when complete: a failure leaves no partial workbook.
    StagedWorkbook staged(path);
    if (Status s = staged.open(); !s)
        return s;
    lxw_workbook *book = staged.book();
    lxw_worksheet *facts = workbook_add_worksheet(book, utf8(kSetSheet).constData());
    const QStringList values = {set.key,
                                set.name,
                                set.document,
                                QString::number(set.yearFrom),
                                set.yearTo ? QString::number(set.yearTo) : QString(),
                                set.agencyGroup,
                                set.province,
                                set.note,
                                set.source};
    for (int r = 0; r < kSetKeys.size(); ++r) {
        worksheet_write_string(facts, lxw_row_t(r), 0, utf8(kSetKeys[r]).constData(), nullptr);
        worksheet_write_string(facts, lxw_row_t(r), 1, utf8(values[r]).constData(), nullptr);
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, utf8(kNodeSheet).constData());
    const QStringList &columns = nodeColumns();
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), utf8(columns[c]).constData(), nullptr);
    lxw_row_t row = 1;
    for (const CriteriaNode &n : set.nodes) {
        QStringList levels;
        for (const ScoreLevel &l : n.levels)
            levels << QStringLiteral("%1=%2").arg(l.label, numberText(l.points));
        const QStringList cells = {n.code,
                                   n.parentCode,
                                   criteria::levelWord(n.level),
                                   n.label,
                                   QString(), // max: a number cell below
                                   criteria::kindWord(n.kind),
                                   levels.join(QStringLiteral("; ")),
                                   QString(), // rate_full_at: a number cell below
                                   n.rateForm,
                                   n.rateFormula,
                                   n.evidenceRequired ? QStringLiteral("1") : QString(),
                                   n.responsible,
                                   n.planDocument,
                                   n.planStt,
                                   n.note,
                                   n.source};
        for (int c = 0; c < cells.size(); ++c)
            if (!cells[c].isEmpty())
                worksheet_write_string(sheet, row, lxw_col_t(c), utf8(cells[c]).constData(), nullptr);
        if (n.maxPoints)
            worksheet_write_number(sheet, row, lxw_col_t(columns.indexOf(QStringLiteral("max"))), *n.maxPoints, nullptr);
        if (n.kind == ScoringKind::Ratio)
            worksheet_write_number(sheet, row, lxw_col_t(columns.indexOf(QStringLiteral("rate_full_at"))), n.rateFullAt, nullptr);
        ++row;
    }
    return staged.commit();
}

} // namespace pardesk
