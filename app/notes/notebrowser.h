#pragma once

#include <QTextBrowser>

/**
 * The text view of the Notes page. It loads nothing but Portdeck's own resources: a note's
 * HTML or an image address cannot reach the network or the file system. The mouse's back and
 * forward buttons navigate. The text column is capped at about 80 characters and centred.
 */
class NoteBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NoteBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;

    /** Widest text column in characters: longer lines are hard to read. */
    static constexpr int kReadingWidth = 80;
    /** The text column's width in pixels at most: kReadingWidth average characters. */
    int readingColumnWidth() const;
    /** Sets the page's HTML, with the text column capped and centred. */
    void setPage(const QString &html);

signals:
    void backRequested();
    void forwardRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Side margins that keep the text column at kReadingWidth characters at most. */
    void fitReadingWidth();
};
