#include "notebrowser.h"

#include <QMouseEvent>
#include <QUrl>

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
