#pragma once
// The self-assessment area's exchange with other offices: the open self-assessment exported as a
// package (signed or not) or as an Excel template, a blank template for an agency that has no
// self-assessment yet (AssessmentTemplateDialog asks whose), and a package or a filled template
// imported after its preview (AssessmentImportDialog). Each asks for its file; failures are said
// in a box.

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace pardesk {

class Store;
struct AssessmentIdentity;

class AssessmentExchange {
    Q_DECLARE_TR_FUNCTIONS(AssessmentExchange)
public:
    static void exportPackage(Store &db, qint64 assessmentId, QWidget *parent);
    static void exportTemplate(Store &db, qint64 assessmentId, QWidget *parent);
    // Asks for a set, an agency and a period (preset to `preset` when given), then the file.
    static void exportBlankTemplate(Store &db, const AssessmentIdentity *preset, QWidget *parent);
    // The self-assessment written, or nullopt when cancelled or refused (which is said).
    static std::optional<qint64> importFile(Store &db, QWidget *parent);
    static std::optional<qint64> importFile(Store &db, const QString &path, QWidget *parent);
};

} // namespace pardesk
