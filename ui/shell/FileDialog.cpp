#include "shell/FileDialog.h"

#include <QFileDialog>
#include <QStringList>
#include <optional>

namespace pardesk {
namespace {

// A queue: one flow may ask for several files (a package to write, then the certificate to sign it with).
QStringList &nextPaths()
{
    static QStringList paths;
    return paths;
}

QString &suggestedName()
{
    static QString name;
    return name;
}

std::optional<QString> takeNextPath()
{
    if (nextPaths().isEmpty())
        return std::nullopt;
    return nextPaths().takeFirst();
}

} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto path = takeNextPath())
        return *path;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileDialog::folder(QWidget *parent, const QString &title)
{
    if (const auto path = takeNextPath())
        return *path;
    return QFileDialog::getExistingDirectory(parent, title);
}

QString FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                             bool confirmOverwrite)
{
    suggestedName() = suggested;
    if (const auto path = takeNextPath())
        return *path;
    const QFileDialog::Options options = confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr, options);
}

QString FileDialog::lastSuggested()
{
    return suggestedName();
}

void FileDialog::setNextPath(const QString &path)
{
    nextPaths().append(path);
}

} // namespace pardesk
