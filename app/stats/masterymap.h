#pragma once

#include "fact.h"
#include "progress.h"

#include <QHash>
#include <QWidget>

/**
 * The reference table as a heatmap: one tile a fact, coloured by the chance of recalling its
 * cards a week from now (kMasteryHorizonDays: never seen, weak, shaky, solid), with a legend
 * above. Hovering shows the figures; a click, or Enter on the keyboard's current tile, asks
 * for the fact's page.
 */
class MasteryMap : public QWidget
{
    Q_OBJECT

public:
    /** When recall is judged: in a week (kMasteryHorizonDays), or on the learner's exam day. */
    enum class Horizon { Week, ExamDay };

    explicit MasteryMap(QWidget *parent = nullptr);

    /** What the tiles' figures mean; the data comes with setData(). */
    void setHorizon(Horizon horizon);
    Horizon horizon() const { return m_horizon; }

    /** The facts to show, in order, and their recall at the horizon (facts without an entry are unseen). */
    void setData(const QList<Fact> &facts, const QHash<qint64, FactRecall> &recall);
    int tileCount() const { return static_cast<int>(m_facts.size()); }
    /** Where tile @p index is drawn, in widget coordinates. */
    QRect tileRect(int index) const;
    int tileAt(const QPoint &pos) const;
    Mastery levelOf(int index) const;
    QString toolTipFor(int index) const;
    int currentIndex() const { return m_current; }
    /** How many facts stand at each level, Unseen first. */
    std::array<int, 4> levelCounts() const;
    /** The widest row of the legend, which wraps to the map's width, in pixels. */
    int legendWidth() const;

    /** The tile colour for @p level in @p palette. */
    static QColor colourFor(Mastery level, const QPalette &palette);
    static QString levelName(Mastery level);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The learner clicked a tile (or pressed Enter on it). */
    void factActivated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    /** The legend's entries (a swatch and its text) laid out in rows for a map @p width wide. */
    QList<QRect> legendLayout(int width) const;
    int legendHeight(int width) const;
    QSize tileSize() const;
    void setCurrent(int index);

    QList<Fact> m_facts;
    QList<FactRecall> m_recall; ///< parallel to m_facts
    Horizon m_horizon = Horizon::Week;
    int m_hover = -1;
    int m_current = -1;
};
