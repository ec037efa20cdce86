#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x26, 0x28, 0x2c);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

/**
 * Fusion, with check box indicators outlined in a colour that stands out from a dark window.
 * Fusion outlines them in the window colour darkened, which on a dark window is all but
 * invisible: an unchecked box vanished from the page.
 */
class DarkFusionStyle : public QProxyStyle
{
public:
    DarkFusionStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox || !isDarkPalette(option->palette))
            return;
        // Fusion's own highlighted outline shows keyboard focus; keep it.
        if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
            return;
        const QColor base = option->palette.color(QPalette::Base);
        const QColor text = option->palette.color(QPalette::WindowText);
        const double t = (option->state & State_Enabled) ? 0.55 : 0.3;
        const QColor outline = QColor::fromRgbF(float(base.redF() * (1 - t) + text.redF() * t),
                                                float(base.greenF() * (1 - t) + text.greenF() * t),
                                                float(base.blueF() * (1 - t) + text.blueF() * t));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(outline, 1));
        // The rectangle Fusion draws its own outline on.
        painter->translate(0.5, 0.5);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

void applyTheme(Theme theme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(new DarkFusionStyle);
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

Accents accentsFor(const QPalette &palette)
{
    Accents a;
    const bool dark = isDarkPalette(palette);
    a.secure = dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x8e, 0x3e);
    a.partial = dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xb0, 0x6d, 0x00);
    a.insecure = dark ? QColor(0xf2, 0x7d, 0x72) : QColor(0xc5, 0x22, 0x1f);
    a.muted = dark ? QColor(0xa0, 0xa4, 0xaa) : QColor(0x5f, 0x63, 0x68);
    a.link = palette.color(QPalette::Link);
    a.badge = dark ? QColor(0x3a, 0x3d, 0x42) : QColor(0xe8, 0xea, 0xed);
    a.info = dark ? QColor(0x6e, 0xa8, 0xfe) : QColor(0x2f, 0x6f, 0xd0);
    a.practice = dark ? QColor(0xe0, 0x8e, 0xe8) : QColor(0x9c, 0x27, 0xb0);
    return a;
}

QIcon tintedIcon(const QString &path, const QColor &colour, const QColor &selected)
{
    const QIcon source(path);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        const QPixmap shape = source.pixmap(size, size);
        for (const auto &[mode, tint] : {std::pair{QIcon::Normal, colour}, std::pair{QIcon::Selected, selected}}) {
            QPixmap pixmap = shape;
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), tint);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QColor flagColor(int flag)
{
    switch (flag) {
    case 1: return QColor(0xe0, 0x4e, 0x4e);
    case 2: return QColor(0xf0, 0x8c, 0x2e);
    case 3: return QColor(0x3f, 0xae, 0x5a);
    case 4: return QColor(0x3d, 0x8b, 0xe0);
    default: break;
    }
    return {};
}
