#include "shell/FontConfigWarmUp.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <dlfcn.h>
#endif

namespace pardesk {

FontConfigWarmUp::FontConfigWarmUp()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Looked up rather than linked: fontconfig is there when Qt's own libraries brought it in.
    using FcInitFunction = int (*)();
    if (auto fcInit = reinterpret_cast<FcInitFunction>(dlsym(RTLD_DEFAULT, "FcInit")))
        m_thread = std::thread([fcInit] { fcInit(); });
#endif
}

} // namespace pardesk
