#pragma once
// Help › About: the version, the source documents the bundled data comes from, and the open file.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace pardesk {

class Store;

class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    // Rich text; the source documents are read from the store, one entry per source file.
    static QString text(const Store &database);
    static void show(QWidget *parent, const Store &database);
};

} // namespace pardesk
