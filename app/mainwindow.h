#pragma once

#include "registryservice.h"

#include "appsettings.h"
#include "fact.h"
#include "lazypage.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class BrowsePage;
class Clock;
class DeckStore;
class QLabel;
class NotesPage;
class ProgressPage;
class QuizPage;
class StudyPage;
class QActionGroup;
class Collection;
class QListWidget;
class QStackedWidget;
class TablePage;

/**
 * The window: a navigation list on the left and one page at a time. Only pages that work
 * are added. Geometry, the last page and the theme are remembered.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** @p clock: where "now" comes from; the system clock when null. */
    MainWindow(DeckStore *store, AppSettings *settings, const QString &language,
               const Clock *clock = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Page ids in navigation order ("table", …). */
    QStringList pageIds() const { return m_pageIds; }
    QString currentPageId() const;
    /** Shows page @p id; false if there is no such page. */
    bool setCurrentPage(const QString &id);
    /** The page stack's widget for @p id: a LazyPage, whose content is the page itself. */
    QWidget *page(const QString &id) const;
    /** Whether page @p id has been built: pages are built when first shown or asked for. */
    bool isPageBuilt(const QString &id) const;
    /**
     * Every entry, read once for the pages that share it (Notes, Table, Progress, Browse), and
     * again after an entry changed; borrowed from the Study page's texts when it has them.
     */
    const QList<Fact> &facts();
    /**
     * Whether nothing left for just after a frame is still to do: the collection's verdict is
     * in, the Study page (if built) has every entry's texts, the Progress page its charts.
     */
    bool isSettled() const;
    // Each page, built now if it has not been shown yet.
    NotesPage *notesPage();
    TablePage *tablePage();
    StudyPage *studyPage();
    QuizPage *quizPage();
    ProgressPage *progressPage();
    BrowsePage *browsePage();
    QListWidget *navigation() const { return m_navigation; }
    /** Search Notes and Cards (Ctrl+K): its index, built and kept current off this thread. */
    class SearchService *search() const { return m_search; }
    /** Every change the pages make, with undo and the signals pages refresh from. */
    Collection *collection() const { return m_collection; }
    /** Edit → Undo: the collection's last change, named; Ctrl+Z from every page. */
    QAction *undoAction() const { return m_undo; }
    /** File → Back Up Now and Restore Backup…, and the automatic backups. */
    class BackupFlow *backupFlow() const { return m_backupFlow; }
    class SyncFlow *syncFlow() const { return m_syncFlow; }

    /** With persistence off (screenshots), closing writes no settings. */
    void setPersistent(bool persistent) { m_persistent = persistent; }
    void setTheme(Theme theme);
    /** A card's history and recall curve, in a dialog. */
    void showCardHistory(qint64 cardId);
    /** Edit → Add Entry (Ctrl+N): the learner's own protocol with its ports. */
    void addEntry();
    /** Edit → Add Card (Ctrl+Shift+N): a plain question and answer. */
    void addCard();
    /** Edits a card: the text of a plain card, else the entry it asks about. */
    void editCard(qint64 cardId);
    /** The export dialog; with Browse's @p selection offered first when there is one. */
    void exportCards(const QList<qint64> &selection);
    void editEntry(qint64 factId);
    /** Add Entry, prefilled from a registered service (the Table's "Make My Entry"). */
    void makeEntryOf(const RegistryService &service);
    /** Edit → Card Types: the kinds of card the whole deck studies. */
    void chooseCardTypes();

signals:
    void currentPageChanged(const QString &id);
    /**
     * The collection's verdict, asked for just after the first frame, found the file damaged
     * (see DeckStore::setVerdictDeferred): nothing was written, and @p message says what to do.
     */
    void collectionDamaged(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    LazyPage *addPage(const QString &id, const QString &title, const QString &iconPath, LazyPage::Builder build);
    QWidget *buildNotesPage(QWidget *parent);
    QWidget *buildTablePage(QWidget *parent);
    QWidget *buildStudyPage(QWidget *parent);
    QWidget *buildQuizPage(QWidget *parent);
    QWidget *buildProgressPage(QWidget *parent);
    QWidget *buildBrowsePage(QWidget *parent);
    /** The learner's note files: <data-dir>/notes. */
    QString notesFolder() const;
    void updateIcons();
    void createMenus();
    void updateStatus();
    void updateSyncStatus(const QString &text);
    /** What waits for the first frame: the status bar's counts, the collection's verdict. */
    void afterFirstFrame();
    void updateUndo();
    void showAbout();

    DeckStore *m_store = nullptr;
    AppSettings *m_settings = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    QString m_language;
    LazyPage *m_notes = nullptr;
    LazyPage *m_table = nullptr;
    LazyPage *m_study = nullptr;
    LazyPage *m_quiz = nullptr;
    LazyPage *m_progress = nullptr;
    LazyPage *m_browse = nullptr;
    // Each page once built; null until then.
    NotesPage *m_notesPage = nullptr;
    TablePage *m_tablePage = nullptr;
    StudyPage *m_studyPage = nullptr;
    QuizPage *m_quizPage = nullptr;
    ProgressPage *m_progressPage = nullptr;
    BrowsePage *m_browsePage = nullptr;
    bool m_showDraftNotes = false;
    std::optional<QList<Fact>> m_facts;
    QLabel *m_countsLabel = nullptr;
    bool m_firstFramePainted = false;
    class SearchService *m_search = nullptr;
    Collection *m_collection = nullptr;
    class ImportFlow *m_importFlow = nullptr;
    class BackupFlow *m_backupFlow = nullptr;
    class SyncFlow *m_syncFlow = nullptr;
    QLabel *m_syncLabel = nullptr;
    QAction *m_undo = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QStringList m_pageIds;
    bool m_persistent = true;
};
