// The reference of the start-up benchmark: a bare Qt Widgets main window of the same size, with the
// same first-paint probe as ParDesk, built in the same tree.
#include "shell/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1400, 850);
    new pardesk::FirstPaintProbe(&window);
    window.show();
    return app.exec();
}
