#pragma once
// The system's font configuration read on a worker thread while the main thread starts Qt, loads
// the translations and parses the options. On Linux, Qt's font database begins with fontconfig's
// FcInit, which parses /etc/fonts and every file of conf.d: a quarter of the work before the
// window's first paint (callgrind), which a bare window that draws no text never does. fontconfig
// initialises once per process and safely from any thread (an atomic exchange of its
// configuration), so Qt's own FcInit later finds it done. Where Qt does not use fontconfig
// (Windows, macOS, a Qt built without it) nothing is started.

#include <thread>

namespace pardesk {

class FontConfigWarmUp {
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp() { wait(); }
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    // Before the first text is measured: then the main thread waits for the worker instead of
    // reading the same configuration a second time beside it.
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

} // namespace pardesk
