#include "mainwindow.h"

#include "backupflow.h"
#include "browse/browsepage.h"
#include "carddialog.h"
#include "cardtypesdialog.h"
#include "clock.h"
#include "collection.h"
#include "entrydialog.h"
#include "exportdialog.h"
#include "importflow.h"
#include "lazypage.h"
#include "deckstore.h"
#include "notes/notespage.h"
#include "searchservice.h"
#include "quiz/quizpage.h"
#include "stats/progresspage.h"
#include "study/cardinfodialog.h"
#include "study/studypage.h"
#include "studysession.h"
#include "syncflow.h"
#include "table/factstablemodel.h"
#include "table/tablepage.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace {

// How long after launch the note search starts building its index.
constexpr int kSearchBuildDelayMs = 2000;

} // namespace

MainWindow::MainWindow(DeckStore *store, AppSettings *settings, const QString &language,
                       const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    m_language = language;
    m_collection = new Collection(store, this);
    setWindowTitle(tr("Portdeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portdeck.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(150);
    m_navigation->setFocusPolicy(Qt::NoFocus);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); border: none; padding: 10px 6px; }"
        "QListWidget::item { padding: 7px 8px; border-radius: 5px; color: palette(window-text); }"
        "QListWidget::item:hover { background: palette(midlight); }"
        "QListWidget::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Every page is built when first shown (LazyPage): at 100,000 cards each reads the
    // collection for a tenth of a second or more, and a launch shows one of them.
    m_notes = addPage(QStringLiteral("notes"), tr("Notes"), QStringLiteral(":/icons/notes.svg"),
                      [this](QWidget *parent) { return buildNotesPage(parent); });
    m_table = addPage(QStringLiteral("table"), tr("Table"), QStringLiteral(":/icons/table.svg"),
                      [this](QWidget *parent) { return buildTablePage(parent); });
    m_study = addPage(QStringLiteral("study"), tr("Study"), QStringLiteral(":/icons/study.svg"),
                      [this](QWidget *parent) { return buildStudyPage(parent); });
    m_quiz = addPage(QStringLiteral("quiz"), tr("Quiz"), QStringLiteral(":/icons/quiz.svg"),
                     [this](QWidget *parent) { return buildQuizPage(parent); });
    m_progress = addPage(QStringLiteral("stats"), tr("Progress"), QStringLiteral(":/icons/progress.svg"),
                         [this](QWidget *parent) { return buildProgressPage(parent); });
    m_browse = addPage(QStringLiteral("browse"), tr("Browse"), QStringLiteral(":/icons/browse.svg"),
                       [this](QWidget *parent) { return buildBrowsePage(parent); });
    updateIcons();
    // Pages refresh from what the collection says changed; a page not built yet reads the
    // collection as it is when it is.
    connect(m_collection, &Collection::changed, this, [this](const CollectionChanges &changes) {
        updateStatus();
        m_search->collectionChanged(changes);
        if (changes.facts) // read now, once, if a page shows them, else when one does
            m_facts = m_notesPage || m_tablePage || m_progressPage || m_browsePage
                          ? std::optional(m_store->facts(m_language))
                          : std::nullopt;
        if (m_tablePage && (changes.facts || !changes.cards.isEmpty()))
            m_tablePage->collectionChanged();
        if (m_notesPage && changes.facts)
            m_notesPage->factsChanged();
        else if (m_notesPage && (!changes.cards.isEmpty() || changes.reviews))
            m_notesPage->collectionChanged();
        if (m_progressPage) {
            if (changes.facts)
                m_progressPage->setFacts(facts());
            m_progressPage->collectionChanged();
        }
        if (m_browsePage) {
            if (changes.facts)
                m_browsePage->setFacts(facts());
            m_browsePage->collectionChanged(changes);
        }
    });

    // A cleaning tool or a moved folder took the file away: nothing is lost, but the learner
    // should know before they quit, and where to look if another file took its place.
    connect(m_collection, &Collection::fileGone, this, [this](const QString &path) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Collection file moved or deleted"),
            tr("%1 was moved or deleted while Portdeck had it open.\n\nNothing is lost: Portdeck keeps "
               "your collection open, with every answer, and writes it back to that place when you "
               "quit. Until then it is not where Portdeck keeps it, so quit soon to put it back. If another "
               "file is there by then, it is left alone, and your collection is saved beside it as "
               "portdeck-rescued-<date>.sqlite.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("fileGoneMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        emit currentPageChanged(m_pageIds.at(row));
    });

    m_importFlow = new ImportFlow(m_collection, this);
    m_backupFlow = new BackupFlow(m_collection, this);
    connect(m_backupFlow, &BackupFlow::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    m_syncFlow = new SyncFlow(m_collection, m_clock, this);
    connect(m_syncFlow, &SyncFlow::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_syncFlow, &SyncFlow::statusChanged, this, &MainWindow::updateSyncStatus);
    createMenus();
    // The note search builds its index off this thread, once the learner has the first card
    // and the window is settled (a search before that builds it at once).
    m_search = new SearchService(m_store, m_language, notesFolder(), this);
    m_search->setShowDrafts(m_showDraftNotes);
    QTimer::singleShot(kSearchBuildDelayMs, m_search, [this] {
        if (!m_search->isBuildAsked())
            m_search->rebuild();
    });
    // Ctrl+Z is Edit → Undo in every page; see eventFilter().
    qApp->installEventFilter(this);

    resize(1240, 760);
    if (m_settings) {
        restoreGeometry(m_settings->windowGeometry());
        restoreState(m_settings->windowState());
        if (!setCurrentPage(m_settings->lastPage()))
            setCurrentPage(m_pageIds.constFirst());
    } else {
        setCurrentPage(m_pageIds.constFirst());
    }
}

MainWindow::~MainWindow()
{
    // The pages use the clock this window may own; they go first, while it still exists.
    delete m_pages;
}

void MainWindow::updateIcons()
{
    // Monochrome icons drawn in the palette's text colours, legible in light and dark.
    const QPalette p = palette();
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        item->setIcon(tintedIcon(item->data(Qt::UserRole + 1).toString(),
                                 p.color(QPalette::WindowText), p.color(QPalette::HighlightedText)));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

LazyPage *MainWindow::addPage(const QString &id, const QString &title, const QString &iconPath,
                              LazyPage::Builder build)
{
    auto *page = new LazyPage(std::move(build), this);
    page->setObjectName(id + QStringLiteral("Page"));
    m_pageIds.append(id);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::UserRole + 1, iconPath);
    item->setToolTip(tr("%1 (Ctrl+%2 or Alt+%2)").arg(title).arg(m_pageIds.size()));
    return page;
}

void MainWindow::addEntry()
{
    EntryDialog dialog(m_collection, 0, m_language, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Entry added: its cards are among your new cards. Ctrl+Z takes it back."), 8000);
}

void MainWindow::makeEntryOf(const RegistryService &service)
{
    EntryDialog dialog(m_collection, 0, m_language, this);
    dialog.prefill(service);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Entry added: its cards are among your new cards. Ctrl+Z takes it back."), 8000);
    if (const std::optional<Fact> fact = m_store->fact(dialog.savedId(), m_language)) {
        TablePage *table = tablePage();
        table->setLookupMode(false);
        table->reload();
        table->selectFact(fact->key);
    }
}

void MainWindow::addCard()
{
    CardDialog dialog(m_collection, 0, m_language, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Card added: it is among your new cards. Ctrl+Z takes it back."), 8000);
}

void MainWindow::editCard(qint64 cardId)
{
    const std::optional<CardInfo> card = m_store->card(cardId, m_language);
    if (!card)
        return;
    if (card->tmpl == CardTemplate::Basic) {
        CardDialog dialog(m_collection, cardId, m_language, this);
        dialog.exec();
    } else {
        editEntry(card->factId);
    }
}

void MainWindow::editEntry(qint64 factId)
{
    EntryDialog dialog(m_collection, factId, m_language, this);
    dialog.exec();
}

void MainWindow::chooseCardTypes()
{
    CardTypesDialog dialog(m_collection, this);
    dialog.exec();
}

void MainWindow::showCardHistory(qint64 cardId)
{
    CardInfoDialog dialog(m_store, cardId, m_language, m_clock->nowMs(), this);
    dialog.exec();
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_pageIds.at(row) : QString();
}

NotesPage *MainWindow::notesPage()
{
    return static_cast<NotesPage *>(m_notes->content());
}

TablePage *MainWindow::tablePage()
{
    return static_cast<TablePage *>(m_table->content());
}

StudyPage *MainWindow::studyPage()
{
    return static_cast<StudyPage *>(m_study->content());
}

QuizPage *MainWindow::quizPage()
{
    return static_cast<QuizPage *>(m_quiz->content());
}

ProgressPage *MainWindow::progressPage()
{
    return static_cast<ProgressPage *>(m_progress->content());
}

BrowsePage *MainWindow::browsePage()
{
    return static_cast<BrowsePage *>(m_browse->content());
}

bool MainWindow::isPageBuilt(const QString &id) const
{
    const auto *lazy = qobject_cast<const LazyPage *>(page(id));
    return lazy && lazy->isBuilt();
}

bool MainWindow::isSettled() const
{
    return m_firstFramePainted && !m_store->isVerdictPending()
           && (!m_studyPage || m_studyPage->session()->areTextsRead())
           && (!m_progressPage || m_progressPage->areChartsDrawn());
}

QString MainWindow::notesFolder() const
{
    return QFileInfo(m_store->filePath()).absoluteDir().filePath(QStringLiteral("notes"));
}

const QList<Fact> &MainWindow::facts()
{
    // The Study page read them at launch, and reads them again after every change to entries
    // (its session's own handler): borrowed, not read a second time.
    if (!m_facts)
        m_facts = m_studyPage ? m_studyPage->session()->texts().facts() : m_store->facts(m_language);
    return *m_facts;
}

QWidget *MainWindow::buildNotesPage(QWidget *parent)
{
    m_notesPage = new NotesPage(m_store, m_language, notesFolder(), [this] { return facts(); }, parent);
    m_notesPage->setObjectName(QStringLiteral("notesContent"));
    m_notesPage->setSearch(m_search);
    connect(m_notesPage, &NotesPage::notesChanged, m_search, &SearchService::rebuild);
    if (m_showDraftNotes)
        m_notesPage->setShowDrafts(true);
    connect(m_notesPage, &NotesPage::quizRequested, this, [this](const QString &key) {
        setCurrentPage(QStringLiteral("quiz"));
        quizPage()->startForFact(key);
    });
    connect(m_notesPage, &NotesPage::factRequested, this, [this](const QString &key) {
        setCurrentPage(QStringLiteral("table"));
        tablePage()->selectFact(key);
    });
    connect(m_notesPage, &NotesPage::cardInfoRequested, this, &MainWindow::showCardHistory);
    return m_notesPage;
}

QWidget *MainWindow::buildTablePage(QWidget *parent)
{
    m_tablePage = new TablePage(m_store, m_settings, m_language, [this] { return facts(); }, parent);
    m_tablePage->setObjectName(QStringLiteral("tableContent"));
    m_tablePage->setClock(m_clock);
    connect(m_tablePage, &TablePage::noteRequested, this, [this](const QString &key) {
        setCurrentPage(QStringLiteral("notes"));
        notesPage()->openFactPage(key);
    });
    connect(m_tablePage, &TablePage::cardInfoRequested, this, &MainWindow::showCardHistory);
    connect(m_tablePage, &TablePage::editEntryRequested, this, &MainWindow::editEntry);
    connect(m_tablePage, &TablePage::makeEntryRequested, this, &MainWindow::makeEntryOf);
    connect(m_tablePage, &TablePage::registryImportRequested, m_importFlow, [this](const QString &path) {
        m_importFlow->start(path);
    });
    return m_tablePage;
}

QWidget *MainWindow::buildStudyPage(QWidget *parent)
{
    m_studyPage = new StudyPage(m_store, m_clock, m_language, parent, m_collection);
    m_studyPage->setObjectName(QStringLiteral("studyContent"));
    connect(m_studyPage, &StudyPage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_studyPage, &StudyPage::editRequested, this, &MainWindow::editCard);
    return m_studyPage;
}

QWidget *MainWindow::buildQuizPage(QWidget *parent)
{
    m_quizPage = new QuizPage(m_store, m_clock, m_language, parent, m_collection);
    m_quizPage->setObjectName(QStringLiteral("quizContent"));
    connect(m_quizPage, &QuizPage::reviewsChanged, this, &MainWindow::updateStatus);
    connect(m_quizPage, &QuizPage::factRequested, this, [this](const QString &key) {
        setCurrentPage(QStringLiteral("table"));
        tablePage()->selectFact(key);
    });
    return m_quizPage;
}

QWidget *MainWindow::buildProgressPage(QWidget *parent)
{
    m_progressPage = new ProgressPage(m_store, m_clock, m_language, parent);
    m_progressPage->setObjectName(QStringLiteral("statsContent"));
    m_progressPage->setFacts(facts());
    connect(m_progressPage, &ProgressPage::studyRequested, this, [this] {
        studyPage()->endFocus();
        setCurrentPage(QStringLiteral("study"));
    });
    connect(m_progressPage, &ProgressPage::studyWeakestRequested, this, [this](const QList<qint64> &cards) {
        setCurrentPage(QStringLiteral("study"));
        studyPage()->studyCards(cards);
    });
    connect(m_progressPage, &ProgressPage::factPageRequested, this, [this](const QString &key) {
        setCurrentPage(QStringLiteral("notes"));
        notesPage()->openFactPage(key);
    });
    connect(m_progressPage, &ProgressPage::examOptionsRequested, this, [this] { studyPage()->showOptions(true); });
    connect(m_progressPage, &ProgressPage::studySettingsRequested, this, [this](const StudySettings &settings) {
        if (!studyPage()->session()->setSettings(settings))
            QMessageBox::warning(this, tr("Options not saved"), studyPage()->session()->errorString());
    });
    return m_progressPage;
}

QWidget *MainWindow::buildBrowsePage(QWidget *parent)
{
    m_browsePage = new BrowsePage(m_collection, m_clock, m_language, m_settings, parent);
    m_browsePage->setObjectName(QStringLiteral("browseContent"));
    m_browsePage->setFacts(facts());
    connect(m_browsePage, &BrowsePage::editRequested, this, &MainWindow::editCard);
    connect(m_browsePage, &BrowsePage::cardInfoRequested, this, &MainWindow::showCardHistory);
    connect(m_browsePage, &BrowsePage::exportRequested, this, &MainWindow::exportCards);
    connect(m_browsePage, &BrowsePage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    return m_browsePage;
}

bool MainWindow::setCurrentPage(const QString &id)
{
    // The Progress page's id is "stats"; its name works too.
    const int row = static_cast<int>(m_pageIds.indexOf(id == QLatin1String("progress") ? QStringLiteral("stats") : id));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

QWidget *MainWindow::page(const QString &id) const
{
    const int row = static_cast<int>(m_pageIds.indexOf(id));
    return row >= 0 ? m_pages->widget(row) : nullptr;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"),
                                            this, [this] { m_importFlow->start(); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I)); // Ctrl+Shift+I is Browse's card info
    file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this,
                    [this] { exportCards({}); });
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back Up Now"), this, [this] { m_backupFlow->backUpNow(); });
    backUp->setObjectName(QStringLiteral("backUpNow"));
    QMenu *restore = file->addMenu(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Restore Backup"));
    restore->setObjectName(QStringLiteral("restoreBackupMenu"));
    // Filled as it opens, so it lists the backups of that moment and launch reads no folder.
    connect(restore, &QMenu::aboutToShow, this, [this, restore] { m_backupFlow->fillRestoreMenu(restore); });
    file->addSeparator();
    QAction *syncNow = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("S&ync Now"), this,
                                       [this] { m_syncFlow->syncNow(); });
    syncNow->setObjectName(QStringLiteral("syncNow"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    QAction *syncSettings = file->addAction(tr("Sync &Settings…"), this, [this] { m_syncFlow->openSettings(); });
    syncSettings->setObjectName(QStringLiteral("syncSettings"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this, [this] {
        if (!m_collection->undo() && !m_collection->errorString().isEmpty())
            QMessageBox::warning(this, tr("Undo failed"), m_collection->errorString());
    });
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_collection, &Collection::undoChanged, this, &MainWindow::updateUndo);
    updateUndo();
    edit->addSeparator();
    QAction *addEntryAction = edit->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Entry…"),
                                              this, &MainWindow::addEntry);
    addEntryAction->setShortcut(QKeySequence::New);
    addEntryAction->setToolTip(tr("Your own protocol or service, with its ports"));
    QAction *addCardAction = edit->addAction(tr("Add &Card…"), this, &MainWindow::addCard);
    addCardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    edit->addAction(tr("Card &Types…"), this, &MainWindow::chooseCardTypes);
    edit->addSeparator();
    // Find means "in this page" on the Notes, and the table's filter everywhere else.
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), this, [this] {
        if (currentPageId() == QLatin1String("notes")) {
            notesPage()->showFind();
            return;
        }
        if (currentPageId() == QLatin1String("browse")) {
            browsePage()->searchField()->setFocus(Qt::ShortcutFocusReason);
            browsePage()->searchField()->selectAll();
            return;
        }
        setCurrentPage(QStringLiteral("table"));
        tablePage()->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *search = edit->addAction(tr("&Search Notes and Cards…"), this, [this] {
        setCurrentPage(QStringLiteral("notes"));
        notesPage()->showSearch();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageIds.size(); ++i) {
        const QString id = m_pageIds.at(i);
        // On the Study page Ctrl+1–4 flag the card, as in Anki; Alt+1… switch pages everywhere.
        QAction *go = view->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text(), this, [this, i, id] {
            // With a card in front the key flags it, whether or not that worked (it says why).
            if (i < 4 && currentPageId() == QLatin1String("study") && studyPage()->session()->hasCard()) {
                studyPage()->flagCard(i + 1);
                return;
            }
            if (i < 4 && currentPageId() == QLatin1String("browse") && !browsePage()->selectedIds().isEmpty()) {
                browsePage()->flagSelection(i + 1);
                return;
            }
            setCurrentPage(id);
        });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        auto *alt = new QAction(this);
        alt->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(alt, &QAction::triggered, this, [this, id] { setCurrentPage(id); });
        addAction(alt);
    }
    view->addSeparator();
    QAction *drafts = view->addAction(tr("Show &Draft Notes"));
    drafts->setCheckable(true);
    drafts->setChecked(m_settings && m_settings->showDraftNotes());
    m_showDraftNotes = drafts->isChecked();
    connect(drafts, &QAction::toggled, this, [this](bool show) {
        m_showDraftNotes = show;
        m_search->setShowDrafts(show);
        if (m_notesPage)
            m_notesPage->setShowDrafts(show);
        if (m_settings && m_persistent)
            m_settings->setShowDraftNotes(show);
    });
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const Theme current = m_settings ? m_settings->theme() : Theme::System;
    const std::pair<Theme, QString> themes[] = {{Theme::System, tr("&System")},
                                                {Theme::Light, tr("&Light")},
                                                {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, label] : themes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setData(themeKey(theme));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Portdeck"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeKey(theme));
    if (m_settings && m_persistent)
        m_settings->setTheme(theme);
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // A window's frame is painted and flushed in its UpdateRequest; a timer of 0 set before it
    // would run first (it did: the counts held the first card back by a third).
    if (event->type() == QEvent::UpdateRequest && !m_firstFramePainted) {
        m_firstFramePainted = true;
        QTimer::singleShot(0, this, &MainWindow::afterFirstFrame);
    }
    return handled;
}

void MainWindow::afterFirstFrame()
{
    // The collection's fingerprint is read while the learner looks at the card; a change
    // made before it is known waits for it (Collection::run).
    m_store->startVerdict().then(this, [this] {
        if (!m_store->awaitVerdict())
            emit collectionDamaged(m_store->errorString());
    });
    updateStatus();
    updateSyncStatus(m_syncFlow->statusText());
    if (m_persistent)
        m_syncFlow->syncOnStart();
    // Every entry, for the first typed answer and the pages that list them, off this thread.
    if (m_studyPage)
        m_studyPage->session()->prefetchTexts();
    m_store->releaseMemory(); // what launch read is not needed again soon
}

void MainWindow::updateStatus()
{
    if (!m_countsLabel) {
        m_countsLabel = new QLabel(this);
        m_countsLabel->setObjectName(QStringLiteral("deckCounts"));
        m_countsLabel->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(m_countsLabel);
    }
    const DeckCounts counts = m_store->counts();
    m_countsLabel->setText(tr("Facts: %1 · Cards: %2 · Reviews: %3")
                               .arg(counts.facts)
                               .arg(counts.cards)
                               .arg(counts.reviews));
}

void MainWindow::updateSyncStatus(const QString &text)
{
    if (!m_syncLabel) {
        m_syncLabel = new QLabel(this);
        m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
        m_syncLabel->setContentsMargins(8, 0, 8, 0);
        m_syncLabel->setToolTip(tr("File → Sync Settings… lists your computers"));
        statusBar()->addPermanentWidget(m_syncLabel);
    }
    m_syncLabel->setText(text);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Portdeck"),
                       tr("<h3>Portdeck %1</h3>"
                          "<p>Learn network ports and protocols for CompTIA Network+ and beyond, "
                          "with a reference table and spaced repetition.</p>"
                          "<p>Your deck: %2</p>"
                          "<p>Free software under the GNU General Public License, version 3 or "
                          "later (%3). It comes with no warranty.</p>")
                           .arg(QStringLiteral(PORTDECK_VERSION),
                                m_store->filePath().toHtmlEscaped(),
                                QStringLiteral(PORTDECK_LICENSE)));
}

void MainWindow::updateUndo()
{
    m_undo->setEnabled(m_collection->canUndo());
    m_undo->setText(m_collection->canUndo() ? tr("&Undo %1").arg(m_collection->undoText()) : tr("&Undo"));
}

// A text field of this window with no typing of its own to undo lets Ctrl+Z through to
// Edit → Undo, so the last answer can be taken back whichever field has the focus.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo)) {
        auto *field = qobject_cast<QLineEdit *>(watched);
        if (field && field->window() == this && !field->isUndoAvailable()) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::exportCards(const QList<qint64> &selection)
{
    ExportDialog dialog(m_store, m_language, this);
    dialog.setSelection(selection);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported."), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings && m_persistent) {
        if (m_tablePage)
            m_tablePage->saveState();
        if (m_browsePage)
            m_browsePage->saveState();
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
        m_settings->setLastPage(currentPageId());
        m_settings->sync();
        // Last, out of sight: the learner does not wait for the copy.
        hide();
        m_syncFlow->syncOnClose();
        m_backupFlow->backUpOnClose();
    }
    event->accept();
}
