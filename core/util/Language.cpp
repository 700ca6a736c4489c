#include "util/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace pardesk {

void installLanguage(const QString &language)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {own.get(), qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    own.reset();
    qt.reset();
    if (language == u"en")
        return;

    own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/pardesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own.get());
    qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

QString defaultLanguage()
{
    const QString env = qEnvironmentVariable("PARDESK_LANG");
    return env == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
}

} // namespace pardesk
