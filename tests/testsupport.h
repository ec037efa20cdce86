#pragma once

// Helpers the GUI tests share.

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

namespace testsupport {

/** With PORTDECK_SHOTS=DIR set, keeps a picture of @p w's window as DIR/<name>.png for a look. */
inline void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PORTDECK_SHOTS");
    if (dir.isEmpty())
        return;
    // Let layouts and charts settle first, as they would on screen.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    w->window()->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

/** Like shot(), of @p w alone (e.g. the whole content of a scroll area). */
inline void shotWidget(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PORTDECK_SHOTS");
    if (dir.isEmpty())
        return;
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

/** The child of @p parent named @p name; a test without it stops at once, saying which. */
template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

/**
 * A 600 by 600 picture in @p dir, as a file: URL: markup that loaded it would make whatever
 * shows it that tall. Empty if it could not be saved.
 */
inline QString bigPictureIn(const QTemporaryDir &dir)
{
    QImage big(600, 600, QImage::Format_RGB32);
    big.fill(Qt::red);
    const QString png = dir.filePath(QStringLiteral("big.png"));
    return big.save(png) ? QUrl::fromLocalFile(png).toString() : QString();
}

/** Closes whatever modal dialog is open, so that a failing check cannot leave a test waiting. */
inline void closeModals()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

} // namespace testsupport
