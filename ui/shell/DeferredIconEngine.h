#pragma once
// An icon made only when first asked for a size, a pixmap or a paint (StartUpStyle): until then it
// holds the function that makes it.

#include <QIcon>
#include <QIconEngine>
#include <functional>
#include <memory>
#include <optional>

namespace pardesk {

class DeferredIconEngine : public QIconEngine {
public:
    explicit DeferredIconEngine(std::function<QIcon()> make);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override { return QStringLiteral("pardesk-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon();

    // Shared by the copies QIcon makes, so that the icon is made once.
    struct Made {
        std::function<QIcon()> make;
        std::optional<QIcon> icon;
    };
    std::shared_ptr<Made> m_made;
};

} // namespace pardesk
