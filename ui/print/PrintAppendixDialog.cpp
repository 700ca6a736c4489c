#include "print/PrintAppendixDialog.h"

#include "assessment/AssessmentText.h"
#include "periods/Period.h"
#include "print/AppendixExport.h"
#include "print/AppendixPainter.h"
#include "report/AssessmentTables.h"
#include "report/ComparisonAppendix.h"
#include "report/FormAppendix.h"
#include "report/PlanAppendix.h"
#include "report/ProgressAppendix.h"
#include "report/TaskAppendix.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/SavedFileNotice.h"
#include "store/Store.h"
#include "text/FileName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pardesk {

PrintAppendixDialog::PrintAppendixDialog(Store &db, const QString &viewKey, const QVariant &selection, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Print Appendix"));
    setObjectName(QStringLiteral("printAppendixDialog"));
    m_form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Plan appendix: targets, tasks and measures"), int(Kind::Plan));
    m_kind->addItem(tr("Task appendix"), int(Kind::Tasks));
    m_kind->addItem(tr("Statistics form of a submission"), int(Kind::Form));
    m_kind->addItem(tr("Progress towards the targets"), int(Kind::Progress));
    m_kind->addItem(tr("Targets of the provinces compared"), int(Kind::Comparison));
    m_kind->addItem(tr("Self-assessment table (tự chấm điểm)"), int(Kind::Assessment));
    m_kind->addItem(tr("Ranking of the self-assessments"), int(Kind::Ranking));
    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("document"));
    m_submission = new QComboBox(this);
    m_submission->setObjectName(QStringLiteral("submission"));
    m_empty = new QCheckBox(tr("&Empty, to fill in by hand"), this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_findings = new QCheckBox(tr("With the &validation findings"), this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_assessment = new QComboBox(this);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_appraisal = new QCheckBox(tr("The &appraisal: the council's points and comments beside the agency's"), this);
    m_appraisal->setObjectName(QStringLiteral("appraisal"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("province"));
    m_period = new QLineEdit(QString::number(QDate::currentDate().year()), this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(QStringLiteral("2024Q2, 2024S1, 2024"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_placeAndDate = new QLineEdit(this);
    m_placeAndDate->setObjectName(QStringLiteral("placeAndDate"));
    m_signRole = new QLineEdit(this);
    m_signRole->setObjectName(QStringLiteral("signRole"));
    m_signName = new QLineEdit(this);
    m_number->setPlaceholderText(tr("e.g. 12/BC-STTTT; empty: the document's, or dots to fill by hand"));
    // Printed under the motto (Nghị định 30), not with the signature.
    m_placeAndDate->setPlaceholderText(tr("e.g. Tuyên Quang, ngày 15 tháng 6 năm 2024; empty: the document's, or dots"));
    m_signRole->setPlaceholderText(tr("e.g. GIÁM ĐỐC; empty: no signature block"));

    m_form->addRow(tr("&Table:"), m_kind);
    m_form->addRow(tr("&Document:"), m_document);
    m_form->addRow(tr("&Submission:"), m_submission);
    m_form->addRow(QString(), m_empty);
    m_form->addRow(QString(), m_findings);
    m_form->addRow(tr("Self-&assessment:"), m_assessment);
    m_form->addRow(QString(), m_appraisal);
    m_form->addRow(tr("P&rovince:"), m_province);
    m_form->addRow(tr("Pe&riod:"), m_period);
    m_form->addRow(tr("&Year:"), m_year);
    m_form->addRow(tr("N&umber:"), m_number);
    m_form->addRow(tr("Place and &date:"), m_placeAndDate);
    m_form->addRow(tr("Si&gner's title:"), m_signRole);
    m_form->addRow(tr("Signer's &name:"), m_signName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_print->setObjectName(QStringLiteral("print"));
    m_export->setObjectName(QStringLiteral("export"));
    connect(m_preview, &QPushButton::clicked, this, &PrintAppendixDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &PrintAppendixDialog::print);
    connect(m_export, &QPushButton::clicked, this, &PrintAppendixDialog::exportToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    fillChoices();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintAppendixDialog::updateFields);

    preselect(viewKey, selection);
    updateFields();
}

// What the current area shows is what the user most likely wants printed.
void PrintAppendixDialog::preselect(const QString &viewKey, const QVariant &selection)
{
    if (!selection.isValid())
        return;
    if (viewKey == u"submissions") {
        setKind(Kind::Form);
        m_submission->setCurrentIndex(std::max(0, m_submission->findData(selection.toLongLong())));
    } else if (viewKey == u"plans") {
        setKind(Kind::Plan);
        m_document->setCurrentIndex(std::max(0, m_document->findData(selection.toString())));
    } else if (viewKey == u"assessment") {
        const QVariantMap chosen = selection.toMap();
        if (chosen.value(QStringLiteral("table")).toString() == u"ranking") {
            setKind(Kind::Ranking);
            m_province->setCurrentIndex(std::max(0, m_province->findData(chosen.value(QStringLiteral("province")))));
            m_year->setValue(chosen.value(QStringLiteral("year")).toInt());
        } else if (chosen.contains(QStringLiteral("assessment"))) {
            setKind(Kind::Assessment);
            m_assessment->setCurrentIndex(std::max(0, m_assessment->findData(chosen.value(QStringLiteral("assessment")).toLongLong())));
            m_appraisal->setChecked(chosen.value(QStringLiteral("appraisal")).toBool());
        }
    }
}

void PrintAppendixDialog::fillChoices()
{
    if (const auto documents = m_db.plans().documents()) {
        for (const Document &d : documents.value()) {
            if (d.targetCount > 0 || d.taskCount > 0)
                m_document->addItem(QStringLiteral("%1 — %2").arg(d.name, d.title.left(80)), d.key);
        }
    }
    if (const auto submissions = m_db.submissions().list()) {
        for (const Submission &s : submissions.value())
            m_submission->addItem(QStringLiteral("%1 · %2 · %3 · %4").arg(s.id).arg(s.form, s.agency, Period::labelOf(s.period)), s.id);
    }
    if (const auto assessments = m_db.selfAssessments().list()) {
        for (const AssessmentHeader &a : assessments.value())
            m_assessment->addItem(QStringLiteral("%1 · %2 · %3 · %4")
                                      .arg(a.id)
                                      .arg(a.agencyName, AssessmentText::period(a.period), AssessmentText::status(a.status)),
                                  a.id);
    }
    if (const auto provinces = m_db.references().provinces()) {
        for (const ProvinceName &p : provinces.value())
            m_province->addItem(p.name, p.code);
    }
}

PrintAppendixDialog::Kind PrintAppendixDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void PrintAppendixDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void PrintAppendixDialog::updateFields()
{
    const Kind k = kind();
    const auto show = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    show(m_document, k == Kind::Plan || k == Kind::Tasks);
    show(m_submission, k == Kind::Form);
    show(m_empty, k == Kind::Form);
    show(m_findings, k == Kind::Form);
    show(m_assessment, k == Kind::Assessment);
    show(m_appraisal, k == Kind::Assessment);
    show(m_province, k == Kind::Progress || k == Kind::Ranking);
    show(m_period, k == Kind::Progress);
    show(m_year, k == Kind::Ranking);
}

Result<AppendixTable> PrintAppendixDialog::table() const
{
    Result<AppendixTable> table = Error{};
    switch (kind()) {
    case Kind::Plan:
        table = PlanAppendix::build(m_db, m_document->currentData().toString());
        break;
    case Kind::Tasks:
        table = TaskAppendix::build(m_db, m_document->currentData().toString());
        break;
    case Kind::Form:
        table = FormAppendix::build(m_db, m_submission->currentData().toLongLong(), {m_empty->isChecked(), m_findings->isChecked()});
        break;
    case Kind::Progress:
        table = ProgressAppendix::build(m_db, m_province->currentData().toString(), m_period->text().trimmed());
        break;
    case Kind::Comparison:
        table = ComparisonAppendix::build(m_db);
        break;
    case Kind::Assessment:
        table = m_assessment->count() == 0
                    ? Result<AppendixTable>(Error{tr("The store holds no self-assessment yet: create one in the "
                                                     "Self-assessment area first.")})
                    : AssessmentTables::assessment(m_db, m_assessment->currentData().toLongLong(), m_appraisal->isChecked());
        break;
    case Kind::Ranking:
        table = AssessmentTables::ranking(m_db, m_province->currentData().toString(), m_year->value());
        break;
    }
    if (!table)
        return table;
    if (const QString number = m_number->text().trimmed(); !number.isEmpty())
        table->identity.number = number;
    if (const QString placeAndDate = m_placeAndDate->text().trimmed(); !placeAndDate.isEmpty())
        table->identity.placeAndDate = placeAndDate;
    if (!m_signRole->text().trimmed().isEmpty())
        table->signature = SignatureBlock{m_signRole->text().trimmed(), m_signName->text().trimmed()};
    return table;
}

void PrintAppendixDialog::showError(const QString &message)
{
    MessageBox::critical(this, tr("Print Appendix"), message);
}

void PrintAppendixDialog::preview()
{
    const auto chosen = table();
    if (!chosen)
        return showError(chosen.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(AppendixPainter::pageLayout(chosen.value()));
    printer.setDocName(chosen->identity.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview"));
    const AppendixTable &t = chosen.value();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&t](QPrinter *p) { AppendixPainter(t).paint(*p); });
    dialog.exec();
}

void PrintAppendixDialog::print()
{
    const auto chosen = table();
    if (!chosen)
        return showError(chosen.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(AppendixPainter::pageLayout(chosen.value()));
    printer.setDocName(chosen->identity.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        AppendixPainter(chosen.value()).paint(printer);
}

void PrintAppendixDialog::exportToFile()
{
    const auto chosen = table();
    if (!chosen)
        return showError(chosen.error());
    // Named for what it holds: "Phụ lục 02 - THỐNG KÊ SỐ LIỆU ….pdf".
    const AppendixIdentity &identity = chosen->identity;
    const QString suggested = QDir::home().filePath(
        fileNameOf(QStringList{identity.label.isEmpty() ? tr("appendix") : identity.label, identity.title}.join(QStringLiteral(" - ")),
                   QStringLiteral("pdf")));
    const QString path = FileDialog::saveFile(this, tr("Export Appendix"), suggested, AppendixExport::fileFilter());
    if (path.isEmpty())
        return;
    if (const Status written = AppendixExport::write(chosen.value(), path); !written)
        showError(written.error());
    else
        SavedFileNotice::show(this, path);
}

} // namespace pardesk
