#include "assessment/EvidencePanel.h"

#include "assessment/AssessmentModel.h"
#include "assessment/AssessmentText.h"
#include "io/FileRead.h"
#include "io/StagedFile.h"
#include "plans/PlanFormat.h"
#include "shell/FileDialog.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QCryptographicHash>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pardesk {

EvidencePanel::EvidencePanel(const Store &store, AssessmentModel *model, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(model), m_title(new QLabel), m_table(new QTableWidget(0, 4)),
      m_attach(new QPushButton), m_open(new QPushButton), m_save(new QPushButton), m_numberLabel(new QLabel),
      m_number(new QLineEdit), m_dateLabel(new QLabel), m_date(new QDateEdit), m_addDocument(new QPushButton)
{
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_title->setWordWrap(true);
    m_title->setBuddy(m_table);
    m_number->setObjectName(QStringLiteral("evidenceNumber"));
    m_date->setObjectName(QStringLiteral("evidenceDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setDate(QDate::currentDate());
    m_numberLabel->setBuddy(m_number);
    m_dateLabel->setBuddy(m_date);

    auto *files = new QHBoxLayout;
    files->addWidget(m_attach);
    files->addWidget(m_open);
    files->addWidget(m_save);
    files->addStretch(1);
    auto *document = new QHBoxLayout;
    document->addWidget(m_numberLabel);
    document->addWidget(m_number, 1);
    document->addWidget(m_dateLabel);
    document->addWidget(m_date);
    document->addWidget(m_addDocument);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(files);
    layout->addLayout(document);

    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::attachFile);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_save, &QPushButton::clicked, this, &EvidencePanel::saveSelected);
    connect(m_addDocument, &QPushButton::clicked, this, &EvidencePanel::addDocument);
    connect(m_number, &QLineEdit::returnPressed, this, &EvidencePanel::addDocument);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const Evidence *e = selected();
        m_open->setEnabled(e && e->kind == u"file");
        m_save->setEnabled(e && e->kind == u"file");
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openSelected(); });
    retranslate();
}

bool EvidencePanel::canAdd() const
{
    const CriteriaNode *n = m_model->set().node(m_code);
    return m_model->isOpen() && m_model->header().status == u"draft" && n && n->scored();
}

void EvidencePanel::showCode(const QString &code)
{
    m_code = code;
    refresh();
}

void EvidencePanel::refresh()
{
    const CriteriaNode *n = m_model->isOpen() ? m_model->set().node(m_code) : nullptr;
    if (!n || !n->scored()) {
        m_code.clear();
        m_shown.clear();
    } else {
        m_shown = m_model->evidenceOf(m_code);
    }
    retranslate();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Evidence &e = m_shown[row];
        const bool file = e.kind == u"file";
        const QStringList cells{file ? tr("File") : tr("Document"), file ? e.fileName : e.documentNumber,
                                file ? formatByteSize(e.size, AssessmentText::convention()) : PlanFormat::date(e.documentDate),
                                file ? e.sha256.left(12) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 3)
                item->setToolTip(tr("SHA-256: %1").arg(e.sha256));
            m_table->setItem(row, column, item);
        }
    }
    const bool add = canAdd();
    m_attach->setEnabled(add);
    m_addDocument->setEnabled(add);
    m_number->setEnabled(add);
    m_date->setEnabled(add);
    m_open->setEnabled(false);
    m_save->setEnabled(false);
}

const Evidence *EvidencePanel::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_shown.size() && m_table->selectionModel()->isRowSelected(row) ? &m_shown[row] : nullptr;
}

void EvidencePanel::attachFile()
{
    if (!canAdd())
        return;
    const QString path = FileDialog::openFile(this, tr("Attach evidence to %1").arg(m_code), tr("All files (*)"));
    if (path.isEmpty())
        return;
    const auto bytes = FileRead::read(path, SelfAssessments::kMaxEvidenceBytes, tr("an evidence file"));
    if (!bytes) {
        emit message(tr("%1 Nothing was attached.").arg(bytes.error()), true);
        return;
    }
    const QString code = m_code;
    if (Status s = m_store.selfAssessments().addFile(m_model->assessmentId(), code, QFileInfo(path).fileName(), bytes.value()); !s) {
        emit message(s.error(), true);
        return;
    }
    emit message(tr("%1 is attached to %2.").arg(QFileInfo(path).fileName(), code), false);
}

void EvidencePanel::addDocument()
{
    if (!canAdd())
        return;
    const QString code = m_code;
    const QString number = m_number->text().trimmed();
    if (Status s = m_store.selfAssessments().addDocument(m_model->assessmentId(), code, number, m_date->date().toString(Qt::ISODate));
        !s) {
        emit message(s.error(), true);
        return;
    }
    m_number->clear();
    emit message(tr("Document %1 is attached to %2.").arg(number, code), false);
}

QByteArray EvidencePanel::checkedContent(const Evidence &e)
{
    const auto content = m_store.selfAssessments().evidenceContent(e.id);
    if (!content) {
        emit message(content.error(), true);
        return {};
    }
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex());
    if (digest != e.sha256) {
        emit message(tr("The stored file %1 is not the one that was attached (its SHA-256 differs); it is not opened.").arg(e.fileName),
                     true);
        return {};
    }
    return content.value();
}

void EvidencePanel::openSelected()
{
    const Evidence *e = selected();
    if (!e || e->kind != u"file")
        return;
    const QByteArray content = checkedContent(*e);
    if (content.isEmpty())
        return;
    // A copy in a folder of its own, opened by the program the desktop has for its kind.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("pardesk-evidence-%1").arg(e->id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(e->fileName).fileName());
    if (Status s = StagedFile::writeAll(path, content); !s) {
        emit message(s.error(), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit message(tr("No program opens %1; it is saved as %2.").arg(e->fileName, path), true);
}

void EvidencePanel::saveSelected()
{
    const Evidence *e = selected();
    if (!e || e->kind != u"file")
        return;
    const Evidence shown = *e;
    const QString path = FileDialog::saveFile(this, tr("Save evidence"), shown.fileName, tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QByteArray content = checkedContent(shown);
    if (content.isEmpty())
        return;
    if (Status s = StagedFile::writeAll(path, content); !s) {
        emit message(s.error(), true);
        return;
    }
    emit message(tr("%1 is saved as %2.").arg(shown.fileName, path), false);
}

void EvidencePanel::retranslate()
{
    m_title->setText(m_code.isEmpty() ? tr("E&vidence: select a sub-criterion in the grid.")
                                      : tr("E&vidence of %1 (%n item(s)):", nullptr, int(m_shown.size())).arg(m_code));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("File or document number"), tr("Size or date"), tr("SHA-256")});
    m_attach->setText(tr("Attach &file…"));
    m_attach->setToolTip(tr("Keep a file in the store as evidence, with its SHA-256; at most %1.")
                             .arg(formatByteSize(SelfAssessments::kMaxEvidenceBytes, AssessmentText::convention())));
    m_open->setText(tr("&Open"));
    m_save->setText(tr("Save &as…"));
    m_numberLabel->setText(tr("Document &no.:"));
    m_dateLabel->setText(tr("Dat&e:"));
    m_addDocument->setText(tr("Add &document"));
    m_addDocument->setToolTip(tr("Cite a document (its number and date) as evidence."));
}

} // namespace pardesk
