#pragma once

#include "cardlist.h"

#include <QList>
#include <QWidget>

class AppSettings;
class CardBrowseModel;
class Clock;
class Collection;
class DeckStore;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
struct CollectionChanges;

/**
 * Every card of the collection in one sortable table, found with the search language
 * (README, "Searching cards"), and acted on in bulk: suspend, bury, flag, tag, forget, set the
 * due date, delete own cards. Every action is one change of the collection, so Ctrl+Z takes it
 * back. The page reads nothing until it is first shown, and then only what the signals of the
 * collection say changed.
 */
class BrowsePage : public QWidget
{
    Q_OBJECT

public:
    BrowsePage(Collection *collection, const Clock *clock, const QString &language, AppSettings *settings,
               QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    CardBrowseModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    /** The actions of the selection, as the context menu and the Cards menu show them. */
    QMenu *actionsMenu() const { return m_actions; }

    /** Runs @p text as the search (the field shows it); false when it cannot be read. */
    bool search(const QString &text);
    /** The ids of the selected cards, in the table's order. */
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    /** Shows column @p column or hides it; remembered. */
    void setColumnVisible(BrowseColumn column, bool visible);
    void sortBy(BrowseColumn column, Qt::SortOrder order);

    /** Flags the selection 1–4 (Ctrl+1–4 while this page is open); the flag all have clears. */
    bool flagSelection(int flag);
    bool suspendSelection(bool suspend);
    bool burySelection();
    bool forgetSelection();
    /** Makes the selection due @p days from today (studied cards; new ones stay new). */
    bool setDueOfSelection(int days);
    bool addTagsToSelection(const QStringList &tags);
    bool removeTagsFromSelection(const QStringList &tags);
    /** Deletes the learner's own cards of the selection; @p confirm asks first. */
    bool deleteSelection(bool confirm = true);

    /**
     * The entries, as the window loaded them for every page: templated questions are made
     * from them. Without them the page loads its own on first show. The window sets them
     * again when entries change.
     */
    void setFacts(const QList<Fact> &facts);
    /** Any change: the same search runs again when the page is next in view. */
    void collectionChanged(const CollectionChanges &changes);
    void saveState();

signals:
    /** Edit the card (Enter or a double click): its text, or its entry. */
    void editRequested(qint64 cardId);
    void cardInfoRequested(qint64 cardId);
    /** Cards → Export Selected…: the main window offers them to the export dialog. */
    void exportRequested(const QList<qint64> &cardIds);
    /** A short message for the status bar. */
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void runSearch(bool keepPosition);
    void updateStatus();
    void showColumnMenu(const QPoint &pos);
    CardQueryContext context() const;
    bool act(const std::function<bool(const QList<qint64> &)> &change, const QString &failed);

    Collection *m_collection;
    DeckStore *m_store;
    const Clock *m_clock;
    QString m_language;
    AppSettings *m_settings;
    QLineEdit *m_search;
    QLabel *m_status;
    QTableView *m_view;
    CardBrowseModel *m_model;
    QMenu *m_actions;
    BrowseColumn m_sortColumn = BrowseColumn::Due;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_query;
    QString m_error;
    bool m_loaded = false;
    bool m_outdated = false;
    bool m_factsOutdated = true;
};
