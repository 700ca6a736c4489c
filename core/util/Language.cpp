#include "util/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <array>
#include <memory>

namespace pardesk {

void installLanguage(const QString &language)
{
    // Qt's own translation, ParDesk's words for Qt where Qt has none, then ParDesk's: the one
    // installed last is asked first.
    static std::array<std::unique_ptr<QTranslator>, 3> installed;
    for (auto &t : installed) {
        if (t)
            QCoreApplication::removeTranslator(t.get());
        t.reset();
    }
    if (language == u"en")
        return;

    const std::array<std::pair<QString, QString>, 3> files = {{
        {QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("qt_extra_%1").arg(language), QStringLiteral(":/i18n")},
        {QStringLiteral("pardesk_%1").arg(language), QStringLiteral(":/i18n")},
    }};
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(files[i].first, files[i].second)) {
            QCoreApplication::installTranslator(translator.get());
            installed[i] = std::move(translator);
        }
    }
}

QString defaultLanguage()
{
    const QString env = qEnvironmentVariable("PARDESK_LANG");
    return env == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
}

} // namespace pardesk
