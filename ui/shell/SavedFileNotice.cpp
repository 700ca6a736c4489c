#include "shell/SavedFileNotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace pardesk {
namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(SavedFileNotice)
public:
    static QString title() { return tr("File saved"); }
    static QString text(const QString &path) { return tr("Saved to:\n%1").arg(QDir::toNativeSeparators(path)); }
    static QString openFile() { return tr("Open the file"); }
    static QString openFolder() { return tr("Open the folder"); }
    static QString close() { return tr("Close"); }
};

QString &last()
{
    static QString path;
    return path;
}

} // namespace

void SavedFileNotice::show(QWidget *parent, const QString &path)
{
    last() = path;
    auto *box = new QMessageBox(QMessageBox::Information, Texts::title(), Texts::text(path), QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    QPushButton *file = box->addButton(Texts::openFile(), QMessageBox::ActionRole);
    QPushButton *folder = box->addButton(Texts::openFolder(), QMessageBox::ActionRole);
    box->addButton(Texts::close(), QMessageBox::RejectRole);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [file, folder, path](QAbstractButton *clicked) {
        if (clicked == file)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        else if (clicked == folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    box->show();
}

QString SavedFileNotice::lastPath()
{
    return last();
}

} // namespace pardesk
