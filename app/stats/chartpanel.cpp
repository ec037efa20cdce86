#include "chartpanel.h"

#include "theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>

PanelFrame::PanelFrame(QWidget *parent, Fill fill)
    : QFrame(parent)
    , m_fill(fill)
{
}

void PanelFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_fill == Fill::Quiet) {
        p.setPen(Qt::NoPen);
        p.setBrush(accentsFor(pal).badge);
    } else {
        QColor border = pal.color(QPalette::WindowText);
        border.setAlpha(isDarkPalette(pal) ? 60 : 45);
        p.setPen(QPen(border, 1));
        p.setBrush(pal.color(QPalette::Base));
    }
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

ChartPanel::ChartPanel(const QString &title, const QString &emptyText, QWidget *parent)
    : PanelFrame(parent)
{
    setObjectName(QStringLiteral("chartPanel"));
    m_title = new QLabel(title, this);
    m_title->setFont(scaledFont(font(), 1.1, true));
    m_tools = new QHBoxLayout;
    m_tools->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addLayout(m_tools);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 4, 18, 0)); // room for the last date label
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));
    m_view->setMinimumHeight(220);

    m_empty = new QLabel(emptyText, this);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    applyPalette();
}

void ChartPanel::clear()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartPanel::addAxis(QAbstractAxis *axis, Qt::Alignment alignment)
{
    m_chart->addAxis(axis, alignment);
    styleAxis(axis);
}

void ChartPanel::setAxes(QAbstractAxis *x, QAbstractAxis *y)
{
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QValueAxis *percentAxis(double bottom, double interval)
{
    auto *axis = new QValueAxis;
    axis->setRange(bottom, 100);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
    return axis;
}

void ChartPanel::styleAxis(QAbstractAxis *axis) const
{
    const QPalette p = palette();
    const Accents a = accentsFor(p);
    axis->setLabelsColor(a.muted);
    axis->setTitleBrush(a.muted);
    QColor grid = p.color(QPalette::WindowText);
    grid.setAlpha(isDarkPalette(p) ? 40 : 28);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(grid);
    QColor line = p.color(QPalette::WindowText);
    line.setAlpha(90);
    axis->setLinePenColor(line);
    const QFont f = scaledFont(font(), 0.9);
    axis->setLabelsFont(f);
    axis->setTitleFont(f);
}

void ChartPanel::setEmpty(bool empty)
{
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

bool ChartPanel::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartPanel::setSummary(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void ChartPanel::applyPalette()
{
    const QPalette p = palette();
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, accentsFor(p).muted);
    m_summary->setPalette(muted);
    m_chart->legend()->setLabelColor(p.color(QPalette::WindowText));
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis);
}

void ChartPanel::changeEvent(QEvent *event)
{
    PanelFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
