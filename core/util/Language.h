#pragma once
// Which language ParDesk speaks: Vietnamese by default, English on request.

#include <QString>

namespace pardesk {

// Installs the translations of ParDesk (and, where they exist, of Qt itself) for `language`
// ("vi" or "en"), replacing any installed before. English is the language of the source texts.
void installLanguage(const QString &language);

// "vi" unless the PARDESK_LANG environment variable says "en".
QString defaultLanguage();

} // namespace pardesk
