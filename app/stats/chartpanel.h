#pragma once

#include <QFrame>

class QAbstractAxis;
class QValueAxis;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

/**
 * A rounded panel in the palette's base colour (or a quieter shade) with a thin border, painted
 * rather than styled, so that it follows a palette change like any plain widget.
 */
class PanelFrame : public QFrame
{
    Q_OBJECT

public:
    enum class Fill { Base, Quiet };
    explicit PanelFrame(QWidget *parent = nullptr, Fill fill = Fill::Base);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Fill m_fill;
};

/**
 * One chart of the Progress page in a framed panel: a title, room for the chart's own controls,
 * a one-line reading of the chart, and the chart itself, or a sentence saying why there is
 * nothing to draw yet. Charts follow the palette, light or dark.
 */
class ChartPanel : public PanelFrame
{
    Q_OBJECT

public:
    ChartPanel(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QHBoxLayout *toolLayout() const { return m_tools; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *emptyLabel() const { return m_empty; }

    /** Removes every series and axis, ready to draw afresh. */
    void clear();
    /** Adds @p axis on @p alignment, styled for the palette. */
    void addAxis(QAbstractAxis *axis, Qt::Alignment alignment);
    /** @p x below and @p y on the left, attached to every series of the chart. */
    void setAxes(QAbstractAxis *x, QAbstractAxis *y);
    /** Shows the chart, or the empty text when @p empty. */
    void setEmpty(bool empty);
    bool isEmpty() const;
    void setSummary(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void styleAxis(QAbstractAxis *axis) const;

    QLabel *m_title = nullptr;
    QHBoxLayout *m_tools = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
};

/** A percentage axis from @p bottom to 100, ticked every @p interval from 0. */
QValueAxis *percentAxis(double bottom, double interval);
