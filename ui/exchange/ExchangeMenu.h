#pragma once
// File › Import…, Export Package… and Export Template…: the main window's way to the exchange
// between offices. Import previews the file (ImportDialog) before anything is written; the
// exports take the submission open in the Submissions area, and a package may be signed.

#include "exchange/ImportSource.h"

#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace pardesk {

class Store;
class PackageSigner;
class MainWindow;

class ExchangeMenu : public QObject {
    Q_OBJECT
public:
    // Adds the actions to `file`, before `before`; the window owns them.
    ExchangeMenu(MainWindow *window, QMenu *file, QAction *before);

    void chooseFileToImport();
    void chooseExportPackage();
    void chooseExportTemplate();

    // Reads, previews (ImportDialog), and writes on the user's word. A CSV names no submission: it
    // is taken as the submission open in the Submissions area. Returns the submission written.
    static std::optional<qint64> importFile(MainWindow &window, const QString &path);
    static void exportTemplate(Store &db, const ExchangeIdentity &identity, QWidget *parent);
    // Asks whether to sign, which PKCS#12 file and its password; false when the user cancelled (or
    // the file could not be opened, which is said). `signer` stays empty for an unsigned package.
    // `title` is the export's (a submission's or a self-assessment's package).
    static bool chooseSigner(QWidget *parent, const QString &title, std::unique_ptr<PackageSigner> &signer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    std::optional<qint64> openSubmission() const;
    void showUnsignedRule();
    void setUnsignedRule(bool refuse);

    MainWindow *m_window;
    QAction *m_import;
    QAction *m_exportPackage;
    QAction *m_exportTemplate;
    QAction *m_refuseUnsigned; // checked: unsigned packages are refused (PackagePolicy)
};

} // namespace pardesk
