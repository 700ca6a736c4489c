#include "entry/EntryModel.h"

#include "entry/CellInput.h"
#include "entry/CellText.h"
#include "entry/EditCellsCommand.h"
#include "store/Submissions.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>
#include <QUndoStack>
#include <algorithm>

namespace pardesk {
namespace {

const QColor kUnsaved(0xff, 0xd5, 0xa8);
const QColor kError(0xfb, 0xdc, 0xdc);
const QColor kWarning(0xff, 0xf1, 0xc6);
const QColor kDerived(0xe9, 0xed, 0xf2);
const QColor kDerivedText(0x2f, 0x45, 0x5f);

// A total or percentage the submission states that its rows contradict.
bool statedDisagrees(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.rule == rules::PercentMismatch || f.rule == rules::SumMismatch;
    });
}

bool hasError(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

} // namespace

EntryModel::EntryModel(EditSession *session, QUndoStack *undo, QObject *parent)
    : QAbstractItemModel(parent), m_session(session), m_undo(undo)
{
    if (m_session->isOpen())
        m_sheet = std::make_unique<SubmissionSheet>(*m_session);
    connect(m_session, &EditSession::aboutToOpen, this, [this] {
        beginResetModel();
        m_sheet.reset();
    });
    connect(m_session, &EditSession::opened, this, [this] {
        m_sheet = std::make_unique<SubmissionSheet>(*m_session);
        endResetModel();
        emit opened();
    });
    connect(m_session, &EditSession::cellsChanged, this, &EntryModel::rowsChanged);
    connect(m_session, &EditSession::findingsChanged, this, &EntryModel::findingsChanged);
    connect(m_session, &EditSession::saved, this, &EntryModel::saved);
    connect(m_session, &EditSession::savedLater, this, &EntryModel::savedLater);
    connect(m_session, &EditSession::problem, this, &EntryModel::problem);
    connect(m_session, &EditSession::revisited, this, [this](int item, CellWrite::Field field) {
        emit revisited(indexOf(item, field == CellWrite::Field::Value ? ValueColumn : NoteColumn));
    });
}

EntryModel::~EntryModel() = default;

int EntryModel::pendingRetries() const
{
    return m_session->pendingRetries();
}

void EntryModel::setRetryInterval(int milliseconds)
{
    m_session->setRetryInterval(milliseconds);
}

Status EntryModel::open(qint64 submissionId)
{
    return m_session->open(submissionId);
}

Status EntryModel::refreshHeader()
{
    return m_session->refreshHeader();
}

void EntryModel::setConvention(NumberConvention convention)
{
    m_convention = convention;
    for (int i = 0; isOpen() && i < m_sheet->size(); ++i)
        emit dataChanged(indexOf(i, ValueColumn), indexOf(i, ValueColumn), {Qt::DisplayRole});
}

QModelIndex EntryModel::indexOf(int item, int column) const
{
    if (!isOpen() || item < 0 || item >= m_sheet->size())
        return {};
    return createIndex(m_sheet->tree().rowOf(item), column, quintptr(item));
}

bool EntryModel::isEditable(const QModelIndex &index) const
{
    const int c = index.column();
    return isOpen() && (c == ValueColumn || c == NoteColumn) && m_sheet->isEditable(itemOf(index), fieldOf(c));
}

QString EntryModel::whyNotEditable(const QModelIndex &index) const
{
    if (!isOpen())
        return tr("Open or create a submission first.");
    if (m_sheet->isReadOnly() || index.column() == ValueColumn || index.column() == NoteColumn)
        return m_sheet->whyNotEditable(itemOf(index), fieldOf(index.column()));
    return tr("The code, the item and its unit belong to the form; type in the value or note column.");
}

QModelIndex EntryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!isOpen() || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = m_sheet->tree().childrenOf(itemOf(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex EntryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_sheet->tree().parentOf(itemOf(child));
    return p < 0 ? QModelIndex() : createIndex(m_sheet->tree().rowOf(p), 0, quintptr(p));
}

int EntryModel::rowCount(const QModelIndex &parent) const
{
    if (!isOpen() || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(m_sheet->tree().childrenOf(itemOf(parent)).size());
}

int EntryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int i = itemOf(index);
    const FormItem &item = m_sheet->item(i);
    const SubmissionSheet::Cell &cell = m_sheet->cell(i);
    if (role == ItemIndexRole)
        return i;
    if (role == Qt::BackgroundRole)
        return background(i, index.column());
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic((index.column() == ValueColumn && cell.value) || (index.column() == NoteColumn && cell.note));
        font.setBold(index.column() <= LabelColumn && (item.kind == ItemKind::Group || m_sheet->look(i).bold));
        return font;
    }
    switch (index.column()) {
    case CodeColumn:
        return role == Qt::DisplayRole ? QVariant(item.code) : QVariant();
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return item.label;
        if (role == Qt::ToolTipRole)
            return m_sheet->look(i).hint.isEmpty() ? item.label : item.label + u'\n' + m_sheet->look(i).hint;
        return {};
    case UnitColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(item.unit) : QVariant();
    case ValueColumn:
        return valueData(i, role);
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return cell.note ? cell.note->text : cell.stored.note;
        if (role == Qt::ToolTipRole)
            return cell.note ? tr("Not saved: %1").arg(cell.note->error) : cell.stored.note;
        if (role == UnsavedRole)
            return cell.note.has_value();
        return {};
    default:
        return {};
    }
}

QVariant EntryModel::valueData(int i, int role) const
{
    const FormItem &item = m_sheet->item(i);
    const SubmissionSheet::Cell &cell = m_sheet->cell(i);
    const SubmissionFindings &findings = m_sheet->findings();
    switch (role) {
    case Qt::DisplayRole:
        if (cell.value)
            return cell.value->text;
        return CellText::shown(item, m_sheet->look(i), cell.stored, findings.computed(i), m_convention,
                               statedDisagrees(findings.of(i)));
    case Qt::EditRole:
        return cell.value ? cell.value->text : cell.stored.raw;
    case Qt::ToolTipRole:
        return valueToolTip(i);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (CellInput::isCoded(item) || item.kind == ItemKind::Text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return m_sheet->form().isDerived(i) ? QVariant(kDerivedText) : QVariant();
    case Qt::DecorationRole: {
        const QList<Finding> found = findings.of(i);
        if (cell.value)
            return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        if (found.isEmpty())
            return {};
        return QApplication::style()->standardIcon(hasError(found) ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning);
    }
    case CodedValueRole:
        return CellInput::isCoded(item) && cell.stored.value ? QVariant(*cell.stored.value) : QVariant();
    case OptionsRole: {
        QVariantList options;
        for (const auto &[value, label] : m_sheet->look(i).options)
            options.append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}});
        return options;
    }
    case UnsavedRole:
        return cell.value.has_value();
    case ComputedRole:
        return !m_sheet->isTypedInSequence(i, CellWrite::Field::Value);
    default:
        return {};
    }
}

QString EntryModel::valueToolTip(int i) const
{
    const FormItem &item = m_sheet->item(i);
    const SubmissionSheet::Cell &cell = m_sheet->cell(i);
    QStringList lines;
    if (cell.value)
        lines.append(tr("Not saved: %1").arg(cell.value->error));
    for (const Finding &f : m_sheet->findings().of(i))
        lines.append(f.message);
    if (item.formula) {
        const std::optional<double> computed = m_sheet->findings().computed(i);
        lines.append(computed ? tr("Computed: %1 = %2").arg(CellText::formula(item), CellText::computed(*computed, m_convention))
                              : tr("Computed: %1").arg(CellText::formula(item)));
        if (!cell.stored.raw.isEmpty())
            lines.append(tr("Stated in the submission: %1")
                             .arg(CellText::entered(item, m_sheet->look(i), cell.stored, m_convention)));
        else if (m_sheet->isEditable(i, CellWrite::Field::Value))
            lines.append(tr("Type the total the paper states to keep it beside the computed one."));
    }
    return lines.join(u'\n');
}

QVariant EntryModel::background(int i, int column) const
{
    const SubmissionSheet::Cell &cell = m_sheet->cell(i);
    if (column == NoteColumn)
        return cell.note ? QVariant(kUnsaved) : QVariant();
    if (column != ValueColumn)
        return {};
    if (cell.value)
        return kUnsaved;
    const QList<Finding> findings = m_sheet->findings().of(i);
    if (!findings.isEmpty())
        return hasError(findings) ? kError : kWarning;
    return m_sheet->form().isDerived(i) ? QVariant(kDerived) : QVariant();
}

QVariant EntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case LabelColumn:
        return tr("Item");
    case UnitColumn:
        return tr("Unit");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags EntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    if (!isEditable(index)) {
        emit problem(whyNotEditable(index));
        return false;
    }
    const int i = itemOf(index);
    const FormItem &item = m_sheet->item(i);
    const CellWrite::Field field = fieldOf(index.column());
    CellWrite write = CellInput::note(item, value.toString());
    if (field == CellWrite::Field::Value) {
        auto read = CellInput::value(item, m_sheet->look(i), value.toString(), m_convention);
        if (!read) {
            emit problem(read.error());
            return false;
        }
        write = std::move(read).value();
    }
    const SubmissionSheet::Cell &cell = m_sheet->cell(i);
    const bool pending = field == CellWrite::Field::Value ? cell.value.has_value() : cell.note.has_value();
    if (write == m_sheet->stored(i, field) && !pending)
        return true;
    return push({write}, tr("Edit %1").arg(item.code));
}

bool EntryModel::clear(const QModelIndexList &cells)
{
    QList<CellWrite> writes;
    for (const QModelIndex &cell : cells) {
        if (!isEditable(cell)) {
            emit problem(whyNotEditable(cell));
            return false;
        }
        if (auto cleared = m_sheet->cleared(itemOf(cell), fieldOf(cell.column())))
            writes.append(*cleared);
    }
    if (writes.isEmpty())
        return true;
    const QString text = writes.size() == 1 ? tr("Clear %1").arg(writes.first().code)
                                            : tr("Clear %n cell(s)", "", int(writes.size()));
    return push(writes, text);
}

bool EntryModel::paste(const QModelIndex &start, const QString &text)
{
    if (!isOpen() || m_sheet->isReadOnly()) {
        emit problem(whyNotEditable(start));
        return false;
    }
    auto pasted = m_sheet->readPaste(itemOf(start), fieldOf(start.column()), text, m_convention);
    if (!pasted) {
        emit problem(tr("Nothing was pasted: %1").arg(pasted.error()));
        return false;
    }
    if (pasted->writes.isEmpty() || !push(pasted->writes, tr("Paste %n value(s)", "", pasted->rows)))
        return false;
    if (pasted->leftOver > 0)
        emit problem(tr("%n value(s) did not fit below the last row and were not pasted.", "", pasted->leftOver));
    return true;
}

bool EntryModel::push(const QList<CellWrite> &writes, const QString &text)
{
    if (m_undo)
        m_undo->push(new EditCellsCommand(m_session, writes, text));
    else
        (void)m_session->apply(writes, text);
    return m_session->isStored(writes);
}

void EntryModel::rowsChanged(const QList<int> &items)
{
    if (!isOpen())
        return;
    QList<int> unique = items;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (int i : unique)
        emit dataChanged(indexOf(i, CodeColumn), indexOf(i, NoteColumn));
}

void EntryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    m_session->retranslate(); // the findings' messages follow the language; the cells are redrawn
}

} // namespace pardesk
