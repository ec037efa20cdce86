#include "notebrowser.h"

#include <QMouseEvent>
#include <QTextFrame>
#include <QUrl>

#include <algorithm>

NoteBrowser::NoteBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(18);
}

QVariant NoteBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {}; // nothing from the network or the disk
}

void NoteBrowser::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton) {
        emit backRequested();
        return;
    }
    if (event->button() == Qt::ForwardButton) {
        emit forwardRequested();
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

void NoteBrowser::setPage(const QString &html)
{
    setHtml(html);
    fitReadingWidth();
}

void NoteBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitReadingWidth();
}

int NoteBrowser::readingColumnWidth() const
{
    // Average character width of the body font, so the cap follows the learner's font size.
    return fontMetrics().averageCharWidth() * kReadingWidth;
}

void NoteBrowser::fitReadingWidth()
{
    const qreal column = readingColumnWidth();
    const qreal margin = document()->documentMargin();
    const qreal side = std::max<qreal>(0, (viewport()->width() - 2 * margin - column) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin() + 1, side + 1))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(format);
}
