#pragma once

#include <QTextBrowser>

/**
 * The text view of the Notes page. It loads nothing but Portdeck's own resources: a note's
 * HTML or an image address cannot reach the network or the file system. The mouse's back and
 * forward buttons navigate.
 */
class NoteBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NoteBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void backRequested();
    void forwardRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
};
