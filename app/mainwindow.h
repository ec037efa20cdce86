#pragma once

#include "registryservice.h"

#include "appsettings.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

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
    QWidget *page(const QString &id) const;
    TablePage *tablePage() const { return m_tablePage; }
    /** The Notes page, built now if it has not been shown yet (see notesPageBuilt()). */
    NotesPage *notesPage();
    /** Whether the Notes page exists: it is built when first shown, not at launch. */
    bool notesPageBuilt() const { return m_notesPage != nullptr; }
    StudyPage *studyPage() const { return m_studyPage; }
    QuizPage *quizPage() const { return m_quizPage; }
    ProgressPage *progressPage() const { return m_progressPage; }
    BrowsePage *browsePage() const { return m_browsePage; }
    QListWidget *navigation() const { return m_navigation; }
    /** Every change the pages make, with undo and the signals pages refresh from. */
    Collection *collection() const { return m_collection; }
    /** Edit → Undo: the collection's last change, named; Ctrl+Z from every page. */
    QAction *undoAction() const { return m_undo; }
    /** File → Back Up Now and Restore Backup…, and the automatic backups. */
    class BackupFlow *backupFlow() const { return m_backupFlow; }

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

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, const QString &iconPath, QWidget *page);
    void updateIcons();
    void createMenus();
    void updateStatus();
    void updateUndo();
    void showAbout();

    DeckStore *m_store = nullptr;
    AppSettings *m_settings = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    QString m_language;
    TablePage *m_tablePage = nullptr;
    NotesPage *m_notesPage = nullptr; ///< built on first show, into m_notesHolder
    QWidget *m_notesHolder = nullptr;
    bool m_showDraftNotes = false;
    StudyPage *m_studyPage = nullptr;
    QuizPage *m_quizPage = nullptr;
    ProgressPage *m_progressPage = nullptr;
    BrowsePage *m_browsePage = nullptr;
    QLabel *m_countsLabel = nullptr;
    Collection *m_collection = nullptr;
    class ImportFlow *m_importFlow = nullptr;
    class BackupFlow *m_backupFlow = nullptr;
    QAction *m_undo = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QStringList m_pageIds;
    bool m_persistent = true;
};
