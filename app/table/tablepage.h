#pragma once

#include "factssource.h"
#include "registryservice.h"

#include <QWidget>

class AppSettings;
class Clock;
class MasteryMap;
class QScrollArea;
class DeckStore;
class FactDetailView;
class FactFilterProxyModel;
class FactsTableModel;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class RegistryPanel;

/**
 * The reference table: every fact, sortable and filterable, with the selected one in detail;
 * or, in lookup mode ("All registered ports"), the port registry searched with the same filter.
 */
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(DeckStore *store, AppSettings *settings, const QString &language, FactsSource facts = {},
              QWidget *parent = nullptr);

    /** Reloads the facts from the store, keeping the selection. */
    void reload();
    /** Cards or facts changed: reloads now if shown, else the next time it is shown. */
    void collectionChanged();
    /** Selects the fact with @p key, clearing the filter if it hides it. False if unknown. */
    bool selectFact(const QString &key);
    QString currentFactKey() const;
    void focusFilter();
    void saveState();
    /** Where "now" comes from for the mastery map; the system clock until set. */
    void setClock(const Clock *clock);
    /** Shows the mastery map of the filtered entries instead of the rows, or the rows again. */
    void setMapShown(bool shown);
    bool isMapShown() const;
    MasteryMap *masteryMap() const { return m_map; }
    QToolButton *mapButton() const { return m_mapButton; }

    /** "All registered ports" (the registry) instead of "My deck". */
    void setLookupMode(bool lookup);
    bool isLookupMode() const;
    RegistryPanel *registryPanel() const { return m_registry; }
    QToolButton *deckButton() const { return m_deckButton; }
    QToolButton *lookupButton() const { return m_lookupButton; }

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTableView *tableView() const { return m_view; }
    FactsTableModel *model() const { return m_model; }
    FactFilterProxyModel *proxy() const { return m_proxy; }
    FactDetailView *detailView() const { return m_detail; }
    QToolButton *tcpButton() const { return m_tcp; }
    QToolButton *udpButton() const { return m_udp; }
    QToolButton *secureButton() const { return m_secure; }
    QToolButton *objectiveButton() const { return m_objective; }

signals:
    /** The selected fact changed; empty when nothing is selected. */
    void currentFactChanged(const QString &key);
    /** The learner wants the fact's page in the Notes. */
    void noteRequested(const QString &key);
    /** The learner wants a card's history. */
    void cardInfoRequested(qint64 cardId);
    /** Edit the entry (its detail's "Edit entry…"). */
    void editEntryRequested(qint64 factId);
    /** Make one of the learner's own entries of a registered service (Add Entry, prefilled). */
    void makeEntryRequested(const RegistryService &service);
    /** Import the registry file at @p path (the empty lookup's /etc/services button). */
    void registryImportRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showCurrent();
    void updateMap();
    /** The registry's search: the filter text, and the transport of the TCP or UDP toggle. */
    void applyRegistryFilter();

    DeckStore *m_store = nullptr;
    FactsSource m_factsSource;
    AppSettings *m_settings = nullptr;
    QString m_language;
    bool m_outdated = false; ///< a change arrived while hidden
    FactsTableModel *m_model = nullptr;
    FactFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_tcp = nullptr;
    QToolButton *m_udp = nullptr;
    QToolButton *m_secure = nullptr;
    QToolButton *m_objective = nullptr;
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    FactDetailView *m_detail = nullptr;
    QToolButton *m_mapButton = nullptr;
    QScrollArea *m_mapArea = nullptr;
    MasteryMap *m_map = nullptr;
    const Clock *m_clock = nullptr;
    QToolButton *m_deckButton = nullptr;
    QToolButton *m_lookupButton = nullptr;
    QStackedWidget *m_modeStack = nullptr;
    RegistryPanel *m_registry = nullptr;
    bool m_registryOutdated = true; ///< facts or the registry changed since it last searched
};
