#include "plans/DocumentDialog.h"

#include "plans/FieldForm.h"
#include "plans/PlanFormat.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pardesk {

DocumentDialog::DocumentDialog(PlanEditor editor, const Document &document, std::function<Status(const Document &)> save,
                               QWidget *parent)
    : RecordDialog(parent), m_editor(std::move(editor)), m_document(document), m_save(std::move(save)),
      m_form(new FieldForm), m_number(new QLineEdit(document.number)), m_type(new QComboBox),
      m_typeLabel(new QLineEdit(document.typeLabel)), m_issued(new QLineEdit(PlanFormat::date(document.issued))),
      m_issuer(new QLineEdit(document.issuer)), m_province(new QComboBox),
      m_year(new QLineEdit(document.year ? QString::number(*document.year) : QString())), m_title(new QPlainTextEdit),
      m_legalBasis(new QPlainTextEdit)
{
    for (const QString &type : PlanChecks::documentTypes())
        m_type->addItem(QString(), type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(document.type)));
    if (const auto provinces = m_editor.provinces())
        for (const Province &p : provinces.value())
            m_province->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.code);
    m_province->setCurrentIndex(m_province->findData(document.province));
    m_title->setPlainText(document.title);
    m_title->setTabChangesFocus(true);
    m_title->setFixedHeight(m_title->fontMetrics().lineSpacing() * 4);
    m_legalBasis->setPlainText(document.legalBasis.join(u'\n'));
    m_legalBasis->setTabChangesFocus(true);

    m_form->addField(QStringLiteral("number"), m_number);
    m_form->addField(QStringLiteral("type"), m_type);
    m_form->addField(QStringLiteral("type_label"), m_typeLabel);
    m_form->addField(QStringLiteral("issued"), m_issued);
    m_form->addField(QStringLiteral("issuer"), m_issuer);
    m_form->addField(QStringLiteral("province"), m_province);
    m_form->addField(QStringLiteral("year"), m_year);
    m_form->addField(QStringLiteral("title"), m_title);
    m_form->addField(QStringLiteral("legal_basis"), m_legalBasis);
    addForm(m_form);
    body()->addWidget(m_form);
    retranslate();
    resize(720, 560);
}

void DocumentDialog::retranslate()
{
    setWindowTitle(m_document.id == 0 ? tr("New document") : tr("Edit document %1").arg(m_document.number));
    m_form->setLabel(QStringLiteral("number"), tr("&Number and symbol:"));
    m_form->setLabel(QStringLiteral("type"), tr("&Kind:"));
    m_form->setLabel(QStringLiteral("type_label"), tr("Kind as &written:"));
    m_form->setLabel(QStringLiteral("issued"), tr("&Issued on:"));
    m_form->setLabel(QStringLiteral("issuer"), tr("Issued &by:"));
    m_form->setLabel(QStringLiteral("province"), tr("&Province:"));
    m_form->setLabel(QStringLiteral("year"), tr("&Year:"));
    m_form->setLabel(QStringLiteral("title"), tr("&Title:"));
    m_form->setLabel(QStringLiteral("legal_basis"), tr("&Legal basis (one per line):"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, PlanFormat::documentTypeName(m_type->itemData(i).toString()));
    m_number->setPlaceholderText(tr("e.g. 268/KH-UBND"));
    m_issued->setPlaceholderText(tr("day/month/year, e.g. 23/12/2023"));
    m_typeLabel->setPlaceholderText(tr("e.g. Kế hoạch"));
}

QList<FieldIssue> DocumentDialog::read()
{
    QList<FieldIssue> issues;
    m_document.number = m_number->text().trimmed();
    m_document.type = m_type->currentData().toString();
    m_document.typeLabel = m_typeLabel->text().trimmed();
    m_document.issued = PlanChecks::readDate(m_issued->text(), QStringLiteral("issued"), true, issues);
    m_document.issuer = m_issuer->text().trimmed();
    m_document.province = m_province->currentData().toString();
    m_document.year = PlanChecks::readYear(m_year->text(), QStringLiteral("year"), issues);
    m_document.title = m_title->toPlainText().simplified();
    m_document.legalBasis.clear();
    for (const QString &line : m_legalBasis->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            m_document.legalBasis << line.trimmed();
    return issues;
}

QList<FieldIssue> DocumentDialog::check() const
{
    return m_editor.check(m_document);
}

Status DocumentDialog::save()
{
    return m_save(m_document);
}

} // namespace pardesk
