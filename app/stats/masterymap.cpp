#include "masterymap.h"

#include "theme.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

#include <cmath>

namespace {

constexpr int kGap = 6;
constexpr int kMargin = 2;
constexpr int kLegendGap = 10;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/** The legend: what each colour means, at the horizon the levels are judged at. */
std::array<std::pair<Mastery, QString>, 4> legendEntries(MasteryMap::Horizon horizon)
{
    if (horizon == MasteryMap::Horizon::ExamDay) {
        return {{
            {Mastery::Unseen, MasteryMap::tr("Not learned by exam day")},
            {Mastery::Weak, MasteryMap::tr("Weak: under 70% on exam day")},
            {Mastery::Shaky, MasteryMap::tr("Shaky: 70–90% on exam day")},
            {Mastery::Solid, MasteryMap::tr("Solid: likely to recall on exam day (90% and up)")},
        }};
    }
    return {{
        {Mastery::Unseen, MasteryMap::tr("Never seen")},
        {Mastery::Weak, MasteryMap::tr("Weak: under 70% in a week")},
        {Mastery::Shaky, MasteryMap::tr("Shaky: 70–90% in a week")},
        {Mastery::Solid, MasteryMap::tr("Solid: likely to recall in a week (90% and up)")},
    }};
}

QString percent(double value)
{
    // Rounded down, so that a tile short of a threshold never shows the threshold's figure.
    return MasteryMap::tr("%1%").arg(QLocale().toString(std::floor(value * 100 + 1e-9), 'f', 0));
}

} // namespace

MasteryMap::MasteryMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("masteryMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Mastery map"));
}

void MasteryMap::setData(const QList<Fact> &facts, const QHash<qint64, FactRecall> &recall)
{
    m_facts = facts;
    m_recall.clear();
    m_recall.reserve(facts.size());
    for (const Fact &f : facts)
        m_recall.append(recall.value(f.id, FactRecall{f.id, 0, 0, 0, 0}));
    m_hover = -1;
    m_current = -1; // another list: the keyboard starts afresh
    setMinimumHeight(heightForWidth(width() > 0 ? width() : sizeHint().width()));
    updateGeometry();
    update();
}

void MasteryMap::setHorizon(Horizon horizon)
{
    if (horizon == m_horizon)
        return;
    m_horizon = horizon; // the legend's words change, and with them its rows
    setMinimumHeight(heightForWidth(width() > 0 ? width() : sizeHint().width()));
    updateGeometry();
    update();
}

QString MasteryMap::levelName(Mastery level)
{
    switch (level) {
    case Mastery::Unseen: return tr("Never seen");
    case Mastery::Weak: return tr("Weak");
    case Mastery::Shaky: return tr("Shaky");
    case Mastery::Solid: return tr("Solid");
    }
    return {};
}

QColor MasteryMap::colourFor(Mastery level, const QPalette &palette)
{
    const Accents a = accentsFor(palette);
    const QColor base = palette.color(QPalette::Base);
    const double strength = isDarkPalette(palette) ? 0.42 : 0.30;
    switch (level) {
    case Mastery::Unseen: return a.badge;
    case Mastery::Weak: return mix(base, a.insecure, strength);
    case Mastery::Shaky: return mix(base, a.partial, strength);
    case Mastery::Solid: return mix(base, a.secure, strength);
    }
    return base;
}

Mastery MasteryMap::levelOf(int index) const
{
    return index >= 0 && index < m_recall.size() ? m_recall.at(index).level() : Mastery::Unseen;
}

std::array<int, 4> MasteryMap::levelCounts() const
{
    std::array<int, 4> counts{};
    for (const FactRecall &r : m_recall)
        ++counts[static_cast<int>(r.level())];
    return counts;
}

QSize MasteryMap::tileSize() const
{
    const QFontMetrics fm(font());
    return {std::max(124, fm.horizontalAdvance(QStringLiteral("MMMMMMMMMMM"))), fm.height() * 2 + 16};
}

QList<QRect> MasteryMap::legendLayout(int width) const
{
    const QFontMetrics fm(font());
    const int line = fm.height() + 6;
    const int swatch = fm.height() - 2;
    QList<QRect> out;
    int x = kMargin;
    int y = kMargin;
    for (const auto &[level, label] : legendEntries(m_horizon)) {
        const int w = swatch + 6 + fm.horizontalAdvance(label) + 2;
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            y += line;
        }
        out.append(QRect(x, y, w, line));
        x += w + 18;
    }
    return out;
}

int MasteryMap::legendHeight(int width) const
{
    const QList<QRect> entries = legendLayout(width);
    return entries.constLast().bottom() + 1 - kMargin;
}

int MasteryMap::legendWidth() const
{
    int widest = 0;
    for (const QRect &r : legendLayout(width()))
        widest = std::max(widest, r.right() + 1);
    return widest;
}

int MasteryMap::columnsFor(int width) const
{
    const int tile = tileSize().width();
    return std::max(1, (width - 2 * kMargin + kGap) / (tile + kGap));
}

int MasteryMap::heightForWidth(int width) const
{
    const int columns = columnsFor(width);
    // An empty map keeps a row for its message.
    const int rows = std::max(1, static_cast<int>((m_facts.size() + columns - 1) / columns));
    return legendHeight(width) + kLegendGap + rows * (tileSize().height() + kGap) + 2 * kMargin;
}

QSize MasteryMap::sizeHint() const
{
    const int width = 8 * (tileSize().width() + kGap);
    return {width, heightForWidth(width)};
}

QSize MasteryMap::minimumSizeHint() const
{
    const int width = tileSize().width() + 2 * kMargin;
    return {width, legendHeight(width) + tileSize().height()};
}

void MasteryMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Layouts inside a scroll area do not always ask for the height a width needs; say it.
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

QRect MasteryMap::tileRect(int index) const
{
    const int columns = columnsFor(width());
    const QSize tile = tileSize();
    // Tiles stretch to fill the row evenly.
    const int tileWidth = (width() - 2 * kMargin - (columns - 1) * kGap) / columns;
    const int row = index / columns;
    const int column = index % columns;
    return {kMargin + column * (tileWidth + kGap),
            kMargin + legendHeight(width()) + kLegendGap + row * (tile.height() + kGap), tileWidth, tile.height()};
}

int MasteryMap::tileAt(const QPoint &pos) const
{
    if (m_facts.isEmpty())
        return -1;
    // Only the tile under the row and column the point falls in can hold it.
    const int columns = columnsFor(width());
    const QRect first = tileRect(0);
    const int column = (pos.x() - first.left()) / (first.width() + kGap);
    const int row = (pos.y() - first.top()) / (first.height() + kGap);
    const int index = row * columns + column;
    if (pos.x() < first.left() || pos.y() < first.top() || column >= columns || index >= m_facts.size())
        return -1;
    return tileRect(index).contains(pos) ? index : -1;
}

QString MasteryMap::toolTipFor(int index) const
{
    if (index < 0 || index >= m_facts.size())
        return {};
    const Fact &f = m_facts.at(index);
    const FactRecall &r = m_recall.at(index);
    QString text = QStringLiteral("<b>%1</b>").arg(f.name.toHtmlEscaped());
    if (!f.fullName.isEmpty() && f.fullName != f.name)
        text += QStringLiteral(" — %1").arg(f.fullName.toHtmlEscaped());
    if (!f.portsText().isEmpty())
        text += QStringLiteral("<br>%1").arg(f.portsText().toHtmlEscaped());
    const bool exam = m_horizon == Horizon::ExamDay;
    text += QStringLiteral("<br>%1").arg((exam ? tr("%1 of %n card(s) learned by exam day", nullptr, r.cards)
                                               : tr("%1 of %n card(s) studied", nullptr, r.cards))
                                             .arg(r.studied)
                                             .toHtmlEscaped());
    if (r.studied > 0) {
        text += QStringLiteral("<br>%1").arg((exam ? tr("Recall on exam day: %1 on average, %2 for the weakest card")
                                                   : tr("Recall in a week: %1 on average, %2 for the weakest card"))
                                                .arg(percent(r.mean), percent(r.lowest))
                                                .toHtmlEscaped());
    }
    text += QStringLiteral("<br><i>%1</i>").arg(levelName(r.level()).toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(tr("Click to open its page.").toHtmlEscaped());
    return text;
}

void MasteryMap::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Accents a = accentsFor(pal);

    // The legend: a swatch and a name for each level, wrapped to the width.
    const QFontMetrics fm(font());
    const int swatch = fm.height() - 2;
    const QList<QRect> legend = legendLayout(width());
    const auto entries = legendEntries(m_horizon);
    for (int i = 0; i < int(legend.size()); ++i) {
        const auto &[level, label] = entries[i];
        const QRect r = legend.at(i);
        p.setPen(Qt::NoPen);
        p.setBrush(colourFor(level, pal));
        p.drawRoundedRect(QRectF(r.left(), r.top() + 3, swatch, swatch), 3, 3);
        p.setPen(a.muted);
        p.drawText(r.adjusted(swatch + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    const QFont nameFont = scaledFont(font(), 1.0, true);
    const QFont smallFont = scaledFont(font(), 0.85);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(smallFont);
    const QColor text = pal.color(QPalette::Text);
    // Only the rows that show: a map of thousands of entries paints as fast as one of fifty.
    QRect area = event->rect();
    const QRect visible = visibleRegion().boundingRect();
    if (!visible.isEmpty())
        area &= visible;
    const int columns = columnsFor(width());
    const int rowHeight = tileSize().height() + kGap;
    const int top = kMargin + legendHeight(width()) + kLegendGap;
    const int firstRow = std::max(0, (area.top() - top) / rowHeight);
    const int lastRow = std::max(0, (area.bottom() - top) / rowHeight);
    const int end = std::min(static_cast<int>(m_facts.size()), (lastRow + 1) * columns);
    for (int i = firstRow * columns; i < end; ++i) {
        const QRect r = tileRect(i);
        if (!r.intersects(area))
            continue;
        const Fact &f = m_facts.at(i);
        const FactRecall &recall = m_recall.at(i);
        const Mastery level = recall.level();
        QColor fill = colourFor(level, pal);
        if (i == m_hover)
            fill = isDarkPalette(pal) ? fill.lighter(125) : fill.darker(108);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        if (i == m_current && hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(r).adjusted(1, 1, -1, -1), 6, 6);
        }
        const QRect inner = r.adjusted(8, 6, -8, -6);
        // The name on the first line; the ports below, with the recall chance at the right.
        p.setFont(nameFont);
        p.setPen(text);
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), nameMetrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(f.name, Qt::ElideRight, inner.width()));
        p.setFont(smallFont);
        const QRect second(inner.left(), inner.bottom() - smallMetrics.height(), inner.width(), smallMetrics.height());
        QString figure;
        if (recall.studied > 0)
            figure = percent(recall.mean);
        const int figureWidth = figure.isEmpty() ? 0 : smallMetrics.horizontalAdvance(figure) + 6;
        p.drawText(second, Qt::AlignRight | Qt::AlignVCenter, figure);
        p.setPen(level == Mastery::Unseen ? a.muted : text);
        const QString ports = f.portsText().isEmpty() ? f.fullName : f.portsText();
        p.drawText(second.adjusted(0, 0, -figureWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   smallMetrics.elidedText(ports, Qt::ElideRight, inner.width() - figureWidth));
    }
    if (m_facts.isEmpty()) {
        p.setPen(a.muted);
        p.drawText(rect().adjusted(0, legendHeight(width()) + kLegendGap, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                   tr("No protocols match."));
    }
}

bool MasteryMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tileAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, tileRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void MasteryMap::mouseMoveEvent(QMouseEvent *event)
{
    const int index = tileAt(event->position().toPoint());
    if (index != m_hover) {
        m_hover = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void MasteryMap::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void MasteryMap::mousePressEvent(QMouseEvent *event)
{
    const int index = tileAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        setCurrent(index);
        emit factActivated(m_facts.at(index).key);
        return;
    }
    QWidget::mousePressEvent(event);
}

void MasteryMap::setCurrent(int index)
{
    if (m_facts.isEmpty())
        return;
    m_current = std::clamp(index, 0, static_cast<int>(m_facts.size()) - 1);
    // Keep the keyboard's tile in view when the map sits in a scroll area.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            const QRect r = tileRect(m_current);
            const QPoint centre = mapTo(area->widget(), r.center());
            area->ensureVisible(centre.x(), centre.y(), r.width() / 2 + 8, r.height() / 2 + 8);
            break;
        }
    }
    update();
}

void MasteryMap::keyPressEvent(QKeyEvent *event)
{
    const int columns = columnsFor(width());
    const int current = m_current < 0 ? 0 : m_current;
    switch (event->key()) {
    case Qt::Key_Left: setCurrent(m_current < 0 ? 0 : current - 1); return;
    case Qt::Key_Right: setCurrent(m_current < 0 ? 0 : current + 1); return;
    case Qt::Key_Up: setCurrent(m_current < 0 ? 0 : current - columns); return;
    case Qt::Key_Down: setCurrent(m_current < 0 ? 0 : current + columns); return;
    case Qt::Key_Home: setCurrent(0); return;
    case Qt::Key_End: setCurrent(static_cast<int>(m_facts.size()) - 1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < m_facts.size()) {
            emit factActivated(m_facts.at(m_current).key);
            return;
        }
        break;
    default: break;
    }
    QWidget::keyPressEvent(event);
}
