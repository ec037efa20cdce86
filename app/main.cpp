#include "appsettings.h"
#include "damageddialog.h"
#include "datadir.h"
#include "deckstore.h"
#include "localization.h"
#include "mainwindow.h"
#include "quizpage.h"
#include "searchservice.h"
#include "startuptrace.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// --help and --version only print text, so they need no display.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// Qt aborts with a terse message when it cannot reach a display; say what to do instead.
bool displayMissing(int argc, char *argv[])
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0
            || std::strncmp(argv[i], "-platform=", 10) == 0)
            return false;
    }
    auto set = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    return !set("DISPLAY") && !set("WAYLAND_DISPLAY") && !set("QT_QPA_PLATFORM");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return false;
#endif
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("portdeck: ") + text + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    StartupTrace::mark("main");
#ifdef __GLIBC__
    // A page's first open at 100,000 cards fills buffers of a few MiB (sort keys, rows, entries).
    // Past glibc's default of 128 KiB each would be a fresh mapping, every 4 KiB of it a page
    // fault (13 µs each on some virtual machines: a tenth of the page's open). Taken from the
    // heap instead, what one page freed serves the next. What is free is handed back after the
    // search index's build and once changes have rested (Collection::releaseIdleMemory).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    if (StartupTrace::isEnabled())
        std::atexit([] { StartupTrace::mark("closed"); }); // after the collection has closed
    if (printsOnly(argc, argv) && std::getenv("QT_QPA_PLATFORM") == nullptr)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (displayMissing(argc, argv)) {
        std::fputs("portdeck: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Run it in a virtual X server:  xvfb-run -a portdeck\n"
                   "or render a page to PNG:        portdeck -platform offscreen --page table "
                   "--screenshot page.png\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setPortdeckApplicationNames();
    // Matches the installed desktop file, so docks and Wayland compositors find the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(PORTDECK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Learn network ports with a reference table and "
                                            "spaced repetition."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Show the version and the licence, then exit."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the deck and settings in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface, e.g. de or en."),
        QStringLiteral("code"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QCoreApplication::translate("main", "Open on <page>: notes, table, study, quiz, stats or browse."),
        QStringLiteral("page"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour scheme: system, light or dark."),
        QStringLiteral("theme"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the page to the PNG <file> and exit."),
        QStringLiteral("file"));
    parser.addOptions({versionOption, dataDirOption, langOption, pageOption, themeOption,
                       screenshotOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(versionText(QStringLiteral("portdeck"))), stdout);
        return 0;
    }

    const QString language = installTranslations(&app, parser.value(langOption));
    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    const bool screenshot = parser.isSet(screenshotOption);

    AppSettings settings(parser.isSet(dataDirOption) ? dataDir : QString());
    Theme theme = settings.theme();
    if (parser.isSet(themeOption)) {
        const std::optional<Theme> chosen = themeFromKey(parser.value(themeOption).toLower());
        if (!chosen) {
            printErr(QCoreApplication::translate("main", "unknown theme '%1' (system, light, dark)")
                         .arg(parser.value(themeOption)));
            return 2;
        }
        theme = *chosen;
    }
    applyTheme(theme);

    StartupTrace::mark("application ready");
    DeckStore store;
    // The certified file's fingerprint is read while the window is built; nothing is written
    // before the window has it, just after its first frame.
    store.setVerdictDeferred(true);
    const auto refuse = [screenshot](const QString &message) {
        printErr(message);
        if (!screenshot && QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Portdeck"), message);
    };
    DeckStore::Status opened = store.open(dataDir);
    // A damaged (or emptied) collection: the learner may bring back the newest good backup at
    // once, and Portdeck opens on it.
    QString restoredNote;
    const bool interactive = !screenshot && QGuiApplication::platformName() != QLatin1String("offscreen");
    if (opened == DeckStore::Status::Damaged && interactive
        && DamagedDialog::offer(dataDir, store.errorString(), &restoredNote))
        opened = store.open(dataDir);
    if (opened != DeckStore::Status::Ok) {
        refuse(store.errorString());
        return 1;
    }

    StartupTrace::mark("collection open");
    MainWindow window(&store, &settings, language);
    StartupTrace::mark("window built");
    // Found damaged after all: said as an open that finds it so says it, and nothing written.
    QObject::connect(&window, &MainWindow::collectionDamaged, &app, [&](const QString &message) {
        window.hide();
        refuse(message);
        QCoreApplication::exit(1);
    }, Qt::QueuedConnection);
    window.setPersistent(!screenshot && !parser.isSet(themeOption));
    if (parser.isSet(pageOption) && !window.setCurrentPage(parser.value(pageOption))) {
        printErr(QCoreApplication::translate("main", "there is no page '%1' in this version; "
                                                     "pages: %2")
                     .arg(parser.value(pageOption), window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (!restoredNote.isEmpty())
        window.statusBar()->showMessage(restoredNote, 30000);
    const MergeReport merge = store.lastMerge();
    if (merge.fromVersion > 0)
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "The built-in deck was updated: %1 new and %2 "
                                                "corrected entries, %3 new cards. Your reviews "
                                                "are unchanged.")
                .arg(merge.factsAdded)
                .arg(merge.factsUpdated)
                .arg(merge.cardsAdded),
            15000);

    if (screenshot) {
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName()
                                                         != QLatin1String("offscreen"));
        window.show();
        // A moment of the event loop: what comes just after the first frame (the status bar's
        // counts) is in the picture too.
        QEventLoop settle;
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
        if (!store.awaitVerdict())
            return 1; // said by collectionDamaged
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file, "PNG")) {
            printErr(QCoreApplication::translate("main", "cannot write the screenshot to %1")
                         .arg(QDir::toNativeSeparators(file)));
            return 1;
        }
        return 0;
    }

    StartupTrace::markOnFirstPaint(&window, "window shown");
    if (StartupTrace::toursPages()) {
        // Every other page, a quiz started, the Study page again, then Search Notes and Cards as
        // the learner types "ssh", right after launch (its index not built yet) and again once it is.
        QStringList tour = window.pageIds();
        tour.removeAll(window.currentPageId());
        tour << QStringLiteral("quiz start") << QStringLiteral("study again") << QStringLiteral("search")
             << QStringLiteral("search again");
        StartupTrace::setPageTour(tour, [&window](const QString &id) -> QWidget * {
            if (id.startsWith(QLatin1String("search"))) {
                for (const QString &typed : {QStringLiteral("s"), QStringLiteral("ss"), QStringLiteral("ssh")}) {
                    window.search()->search(typed, 30);
                    StartupTrace::mark(QStringLiteral("%1 typed %2").arg(id, typed).toUtf8().constData());
                }
                return nullptr;
            }
            if (id == QLatin1String("quiz start")) { // the quiz's first question, from the setup
                window.setCurrentPage(QStringLiteral("quiz"));
                window.quizPage()->start();
                return window.page(QStringLiteral("quiz"));
            }
            if (id == QLatin1String("study again")) { // back to the card, the queue brought up to date
                window.setCurrentPage(QStringLiteral("study"));
                return window.page(QStringLiteral("study"));
            }
            window.setCurrentPage(id);
            return window.page(id);
        }, [&window] { return window.isSettled(); });
    }
    window.show();
    return app.exec();
}
