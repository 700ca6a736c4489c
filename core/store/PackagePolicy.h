#pragma once
// What the receiving office accepts, kept in the store (store_info) so that the app and pardesk-cli
// follow the same rule: whether a package without a signature is refused or imported with a
// warning. A package whose signature is bad is always refused, whatever this says.

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace pardesk {

class PackagePolicy {
    Q_DECLARE_TR_FUNCTIONS(PackagePolicy)
public:
    enum class Unsigned { Warn, Refuse };
    // Warn until the office decides otherwise: packages made before signing existed still import.
    static constexpr Unsigned kDefaultUnsigned = Unsigned::Warn;

    static Unsigned unsignedPackages(const QSqlDatabase &db);
    static Status setUnsignedPackages(const QSqlDatabase &db, Unsigned policy); // its own transaction, audited

    static QString name(Unsigned policy); // "warn", "refuse"
    static std::optional<Unsigned> fromName(const QString &name);
};

} // namespace pardesk
