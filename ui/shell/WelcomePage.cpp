#include "shell/WelcomePage.h"

#include "plans/PlanFormat.h"
#include "store/Store.h"
#include "store/StoreInfo.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pardesk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel), m_summary(new QLabel), m_enter(new QCommandLinkButton),
      m_print(new QCommandLinkButton), m_meeting(new QCommandLinkButton), m_manual(new QPushButton),
      m_browse(new QPushButton)
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enter->setObjectName(QStringLiteral("welcomeEnter"));
    m_print->setObjectName(QStringLiteral("welcomePrint"));
    m_meeting->setObjectName(QStringLiteral("welcomeMeeting"));
    m_manual->setObjectName(QStringLiteral("welcomeManual"));
    m_browse->setObjectName(QStringLiteral("welcomeBrowse"));
    connect(m_enter, &QPushButton::clicked, this, [this] { emit areaChosen(QStringLiteral("submissions")); });
    connect(m_print, &QPushButton::clicked, this, &WelcomePage::printChosen);
    connect(m_meeting, &QPushButton::clicked, this, [this] { emit areaChosen(QStringLiteral("charts")); });
    connect(m_manual, &QPushButton::clicked, this, &WelcomePage::manualChosen);
    connect(m_browse, &QPushButton::clicked, this, [this] { emit areaChosen(QStringLiteral("plans")); });

    // A column of readable width in the middle of the window, as a letter is read.
    auto *column = new QWidget;
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    for (QCommandLinkButton *job : {m_enter, m_print, m_meeting})
        layout->addWidget(job);
    layout->addSpacing(12);
    auto *links = new QHBoxLayout;
    links->addWidget(m_manual);
    links->addStretch(1);
    links->addWidget(m_browse);
    layout->addLayout(links);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    outer->addLayout(middle, 8);
    outer->addStretch(1);
    retranslate();
}

void WelcomePage::describe(const Store &store)
{
    m_storePath = store.path();
    const auto counts = store.rowCounts();
    m_counts = counts ? counts.value() : QList<std::pair<QString, int>>{};
    m_provinces.clear();
    if (const auto provinces = store.references().provinces())
        for (const ProvinceName &p : provinces.value())
            m_provinces << p.name;
    m_synthetic = store.isSynthetic();
    retranslate();
}

QString WelcomePage::summaryText() const
{
    return m_summary->text();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_heading->setText(tr("Welcome to ParDesk"));
    const auto count = [this](const char *table) {
        for (const auto &[name, n] : m_counts)
            if (name == QLatin1String(table))
                return PlanFormat::number(n, 0);
        return QStringLiteral("0");
    };
    QString summary = tr("The store %1 holds %2 documents with %3 targets and %4 tasks of %5; %6 agencies; %7 statistics "
                         "forms with %8 submissions; %9 index scores.")
                          .arg(QDir::toNativeSeparators(m_storePath), count("documents"), count("targets"),
                               count("tasks"), m_provinces.isEmpty() ? tr("no province") : m_provinces.join(QStringLiteral(", ")),
                               count("agencies"), count("forms"), count("submissions"), count("scores"));
    if (m_synthetic)
        summary += u' ' + StoreInfo::syntheticNotice();
    m_summary->setText(summary);
    m_enter->setText(tr("Enter a report"));
    m_enter->setDescription(tr("Open an agency's statistics form for a period, type or import its figures; every "
                               "figure is checked as it is typed."));
    m_print->setText(tr("Print an appendix"));
    m_print->setDescription(tr("A plan's targets, a form's figures or the progress against targets, in the official "
                               "layout, to print, PDF, XLSX or ODT."));
    m_meeting->setText(tr("Prepare a meeting"));
    m_meeting->setDescription(tr("The three provinces' targets side by side, trends against targets, index scores; "
                                 "F11 shows a chart full screen."));
    m_manual->setText(tr("User Manual (F1)"));
    m_browse->setText(tr("Go to the plans and targets"));
}

} // namespace pardesk
