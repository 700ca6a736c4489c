#pragma once
// The application's style, with the one icon Qt reads while building the menu bar deferred until it
// is shown: QMenuBar's constructor asks the style for the arrow of its overflow button
// (SP_ToolBarHorizontalExtensionButton), which the common style reads from three PNGs with
// QIcon::addFile, and finding their format loads every image-format plugin (GIF, JPEG, TIFF, SVG,
// WebP, … and their libraries): a twentieth of the work before the window's first paint
// (callgrind), for a button shown only when the window is too narrow for its menus. Everything else
// is the style the application would have had (QApplication::style(): the platform's, -style,
// QT_STYLE_OVERRIDE); the icon, once asked for, is the one that style gives.

#include <QProxyStyle>

namespace pardesk {

class StartUpStyle : public QProxyStyle {
public:
    // Installs itself over the application's current style; in the GUI's main, after QApplication.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    explicit StartUpStyle(const QString &key);
};

} // namespace pardesk
