#include "shell/FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace pardesk {
namespace {

std::optional<QString> &nextPath()
{
    static std::optional<QString> path;
    return path;
}

std::optional<QString> takeNextPath()
{
    std::optional<QString> path = nextPath();
    nextPath().reset();
    return path;
}

} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto path = takeNextPath())
        return *path;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                             bool confirmOverwrite)
{
    if (const auto path = takeNextPath())
        return *path;
    const QFileDialog::Options options = confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr, options);
}

void FileDialog::setNextPath(const QString &path)
{
    nextPath() = path;
}

} // namespace pardesk
