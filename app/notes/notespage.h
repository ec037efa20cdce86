#pragma once

#include "factssource.h"
#include "notelibrary.h"
#include "searchindex.h"

#include <QWidget>

#include <memory>

class DeckStore;
class SearchService;
class NoteBrowser;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

/**
 * The Notes page: the learner's Ports note and a page for every protocol and concept it links
 * to, read like a small reference book. Links resolve to pages by their last path segment or
 * their text; names the deck knows without a page open a "not written yet" page with the
 * deck's facts. Back and forward (Alt+Left/Right, mouse buttons), home, an index, contents,
 * find in page (Ctrl+F) and search across notes and cards (Ctrl+K). External links open in the
 * system browser only after showing their address. The learner's own notes in
 * <data-dir>/notes appear beside the built-in ones and reload when they change.
 */
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    NotesPage(DeckStore *store, const QString &language, const QString &notesFolder,
              FactsSource facts = {}, QWidget *parent = nullptr);
    ~NotesPage() override;

    /** Opens "page:<slug>", "fact:<key>", "card:<id>", "index:" or "missing:<name>". */
    void open(const QString &target);
    void openFactPage(const QString &factKey);
    void back();
    void forward();
    void home();
    void showFind();
    /** Search Notes and Cards (Ctrl+K) through @p search, which the window owns. */
    void setSearch(SearchService *search) { m_search = search; }
    void showSearch();
    void setShowDrafts(bool show);
    void reload();
    /** Cards changed: the page's progress is drawn again now if shown, else when next shown. */
    void collectionChanged();
    /** Entries changed: every page is made again from them, now if shown, else when next shown. */
    void factsChanged();

    QString currentTarget() const { return m_current; }
    NoteBrowser *browser() const { return m_browser; }
    const NoteLibrary &library() const { return *m_library; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QLabel *findStatus() const { return m_findStatus; }
    QPushButton *quizButton() const { return m_quiz; }
    QToolButton *contentsButton() const { return m_contents; }
    /** Follows a link the way a click does (external links ask first). */
    void followLink(const QUrl &url);

signals:
    /** The learner's note files changed and were read again. */
    void notesChanged();
    /** "Quiz me on this": a quiz on the cards of @p factKey. */
    void quizRequested(const QString &factKey);
    /** "Show in Table". */
    void factRequested(const QString &factKey);
    /** The learner asked for a card's history (from a page, or a card found by search). */
    void cardInfoRequested(qint64 cardId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render(int scroll = 0);
    QString pageHtml(const NotePage &page, QStringList *headings) const;
    QString factHtml(const Fact &fact) const;
    QString indexHtml() const;
    QString portsTable(const Fact &fact) const;
    QString servicesTable(Transport transport) const;
    QString progressHtml(const Fact &fact) const;
    QString cardLinksHtml(const Fact &fact) const;
    RenderContext renderContext() const;
    void find(bool backwards);
    const Fact *factByKey(const QString &key) const;

    DeckStore *m_store;
    FactsSource m_factsSource;
    QString m_language;
    QString m_notesFolder;
    bool m_showDrafts = false;
    QList<Fact> m_facts;
    std::unique_ptr<NoteLibrary> m_library;
    SearchService *m_search = nullptr;
    /** A page in the history and how far down the learner had read it. */
    struct Place
    {
        QString target;
        int scroll = 0;
    };
    QList<Place> m_back;
    QList<Place> m_forward;
    QString m_current;
    QString m_currentFact;
    bool m_outdated = false;      ///< a change arrived while hidden
    bool m_factsOutdated = false; ///< entries changed while hidden

    NoteBrowser *m_browser = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_contents = nullptr;
    QPushButton *m_quiz = nullptr;
    QPushButton *m_showInTable = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
};
