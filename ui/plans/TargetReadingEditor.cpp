#include "plans/TargetReadingEditor.h"

#include "plans/FieldForm.h"
#include "plans/PlanFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pardesk {

TargetReadingEditor::TargetReadingEditor(QWidget *parent)
    : QWidget(parent), m_form(new FieldForm), m_kind(new QComboBox), m_comparator(new QComboBox), m_value(new QLineEdit),
      m_unit(new QComboBox), m_direction(new QComboBox), m_level(new QComboBox), m_aspirational(new QCheckBox),
      m_baselineYear(new QLineEdit)
{
    // The combo boxes hold the enums (domain/Vocabulary.h) as ints in their item data.
    for (TargetKind kind : {TargetKind::Level, TargetKind::Reduction, TargetKind::Qualitative})
        m_kind->addItem(QString(), int(kind));
    for (Comparator c : kComparators)
        m_comparator->addItem(comparatorSymbol(c), int(c));
    m_unit->setEditable(true);
    // The units the target parser reads (TargetWording.h); others may be typed.
    m_unit->addItems({QStringLiteral("%"), QStringLiteral("phút"), QStringLiteral("giờ"), QStringLiteral("ngày"),
                      QStringLiteral("ngày làm việc"), QStringLiteral("điểm")});
    for (Direction direction : {Direction::Higher, Direction::Lower})
        m_direction->addItem(QString(), int(direction));
    m_level->addItem(QString(), int(AdminLevel::None));
    for (AdminLevel level : kTargetLevels)
        m_level->addItem(QString(), int(level));

    m_form->addField(QStringLiteral("kind"), m_kind);
    m_form->addField(QStringLiteral("comparator"), m_comparator);
    m_form->addField(QStringLiteral("value"), m_value);
    m_form->addField(QStringLiteral("unit"), m_unit);
    m_form->addField(QStringLiteral("direction"), m_direction);
    m_form->addField(QStringLiteral("level"), m_level);
    m_form->addField(QStringLiteral("aspirational"), m_aspirational);
    m_form->addField(QStringLiteral("baseline_year"), m_baselineYear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    const auto changed = [this] {
        updateEnabled();
        if (!m_filling)
            emit edited();
    };
    for (QComboBox *box : {m_kind, m_comparator, m_direction, m_level})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_unit, &QComboBox::currentTextChanged, this, changed);
    connect(m_value, &QLineEdit::textEdited, this, changed);
    connect(m_baselineYear, &QLineEdit::textEdited, this, changed);
    connect(m_aspirational, &QCheckBox::toggled, this, changed);
    retranslate();
}

void TargetReadingEditor::retranslate()
{
    m_form->setLabel(QStringLiteral("kind"), tr("&Kind:"));
    m_form->setLabel(QStringLiteral("comparator"), tr("&Comparison:"));
    m_form->setLabel(QStringLiteral("value"), tr("&Value:"));
    m_form->setLabel(QStringLiteral("unit"), tr("&Unit:"));
    m_form->setLabel(QStringLiteral("direction"), tr("&Better when:"));
    m_form->setLabel(QStringLiteral("level"), tr("&Level:"));
    m_form->setLabel(QStringLiteral("aspirational"), QString());
    m_form->setLabel(QStringLiteral("baseline_year"), tr("Baseline &year:"));
    m_aspirational->setText(tr("Strive &for it (phấn đấu)"));
    m_value->setPlaceholderText(tr("e.g. 80 or 0,45"));
    m_baselineYear->setPlaceholderText(tr("for a reduction: the year compared with"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, PlanFormat::kindName(static_cast<TargetKind>(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_direction->count(); ++i)
        m_direction->setItemText(i, PlanFormat::directionName(static_cast<Direction>(m_direction->itemData(i).toInt())));
    m_level->setItemText(0, tr("(none)"));
    for (int i = 1; i < m_level->count(); ++i)
        m_level->setItemText(i, PlanFormat::levelName(static_cast<AdminLevel>(m_level->itemData(i).toInt())));
}

void TargetReadingEditor::show(const Target &t)
{
    m_filling = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(t.kind))));
    const Comparator shown = t.comparator == Comparator::None ? Comparator::AtLeast : t.comparator;
    m_comparator->setCurrentIndex(std::max(0, m_comparator->findData(int(shown))));
    m_value->setText(t.value ? PlanFormat::number(*t.value, 4) : QString());
    m_unit->setCurrentText(t.unit);
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(int(t.direction))));
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(t.level))));
    m_aspirational->setChecked(t.aspirational);
    m_baselineYear->setText(t.baselineYear ? QString::number(*t.baselineYear) : QString());
    m_filling = false;
    updateEnabled();
}

QList<FieldIssue> TargetReadingEditor::apply(Target &t) const
{
    QList<FieldIssue> issues;
    t.kind = static_cast<TargetKind>(m_kind->currentData().toInt());
    const bool measurable = t.kind != TargetKind::Qualitative;
    t.comparator = measurable ? static_cast<Comparator>(m_comparator->currentData().toInt()) : Comparator::None;
    t.value = measurable ? PlanChecks::readNumber(m_value->text(), QStringLiteral("value"), issues) : std::nullopt;
    t.unit = measurable ? m_unit->currentText().trimmed() : QString();
    t.direction = static_cast<Direction>(m_direction->currentData().toInt());
    t.level = static_cast<AdminLevel>(m_level->currentData().toInt());
    t.aspirational = m_aspirational->isChecked();
    t.baselineYear = PlanChecks::readYear(m_baselineYear->text(), QStringLiteral("baseline_year"), issues);
    return issues;
}

void TargetReadingEditor::updateEnabled()
{
    const bool measurable = static_cast<TargetKind>(m_kind->currentData().toInt()) != TargetKind::Qualitative;
    for (QWidget *w : std::initializer_list<QWidget *>{m_comparator, m_value, m_unit})
        w->setEnabled(measurable);
}

} // namespace pardesk
