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
    for (const char *kind : {"level", "reduction", "qualitative"})
        m_kind->addItem(QString(), QString::fromLatin1(kind));
    for (const QString &c : PlanChecks::comparators())
        m_comparator->addItem(PlanFormat::comparatorSymbol(c), c);
    m_unit->setEditable(true);
    // The units the target parser reads (TargetWording.h); others may be typed.
    m_unit->addItems({QStringLiteral("%"), QStringLiteral("phút"), QStringLiteral("giờ"), QStringLiteral("ngày"),
                      QStringLiteral("ngày làm việc"), QStringLiteral("điểm")});
    for (const char *direction : {"higher", "lower"})
        m_direction->addItem(QString(), QString::fromLatin1(direction));
    for (const char *level : {"", "province", "district", "commune"})
        m_level->addItem(QString(), QString::fromLatin1(level));

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
        m_kind->setItemText(i, PlanFormat::kindName(m_kind->itemData(i).toString()));
    for (int i = 0; i < m_direction->count(); ++i)
        m_direction->setItemText(i, PlanFormat::directionName(m_direction->itemData(i).toString()));
    m_level->setItemText(0, tr("(none)"));
    for (int i = 1; i < m_level->count(); ++i)
        m_level->setItemText(i, PlanFormat::levelName(m_level->itemData(i).toString()));
}

void TargetReadingEditor::show(const Target &t)
{
    m_filling = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(t.kind)));
    m_comparator->setCurrentIndex(std::max(0, m_comparator->findData(t.comparator.isEmpty() ? QStringLiteral(">=") : t.comparator)));
    m_value->setText(t.value ? PlanFormat::number(*t.value, 4) : QString());
    m_unit->setCurrentText(t.unit);
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(t.direction)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(t.level)));
    m_aspirational->setChecked(t.aspirational);
    m_baselineYear->setText(t.baselineYear ? QString::number(*t.baselineYear) : QString());
    m_filling = false;
    updateEnabled();
}

QList<FieldIssue> TargetReadingEditor::apply(Target &t) const
{
    QList<FieldIssue> issues;
    t.kind = m_kind->currentData().toString();
    const bool measurable = t.kind != u"qualitative";
    t.comparator = measurable ? m_comparator->currentData().toString() : QString();
    t.value = measurable ? PlanChecks::readNumber(m_value->text(), QStringLiteral("value"), issues) : std::nullopt;
    t.unit = measurable ? m_unit->currentText().trimmed() : QString();
    t.direction = m_direction->currentData().toString();
    t.level = m_level->currentData().toString();
    t.aspirational = m_aspirational->isChecked();
    t.baselineYear = PlanChecks::readYear(m_baselineYear->text(), QStringLiteral("baseline_year"), issues);
    return issues;
}

void TargetReadingEditor::updateEnabled()
{
    const bool measurable = m_kind->currentData().toString() != u"qualitative";
    for (QWidget *w : std::initializer_list<QWidget *>{m_comparator, m_value, m_unit})
        w->setEnabled(measurable);
}

} // namespace pardesk
