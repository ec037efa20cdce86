#pragma once

#include "fact.h"
#include "registryservice.h"

#include <QWidget>

class DeckStore;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class RegistryTableModel;

/**
 * The Table's "All registered ports": the port registry (IANA's or /etc/services) searched
 * with the Table's filter box, each service marked studied or not. "Make My Entry" turns the
 * selected service into the learner's own entry; a service the deck studies offers "Show in
 * Deck" instead. Without a registry it says how to load one.
 */
class RegistryPanel : public QWidget
{
    Q_OBJECT

public:
    /** At most this many rows a search: IANA's registry has about 12,000 services. */
    static constexpr int kMaxRows = 50000;

    RegistryPanel(DeckStore *store, QWidget *parent = nullptr);

    /** Searches the registry for @p text (a port, a transport, words), as the filter box reads it. */
    void setFilter(const QString &text, const QString &transport);
    /** The registry or the entries changed: the next setFilter() searches again. */
    void reload(const QList<Fact> &facts);
    /** Where this computer's services file is. */
    static QString servicesFilePath();

    QTableView *tableView() const { return m_view; }
    RegistryTableModel *model() const { return m_model; }
    QPushButton *entryButton() const { return m_entryButton; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    QLabel *countLabel() const { return m_countLabel; }
    /** The selected service, or nullptr. */
    const RegistryService *currentService() const;
    /** Make My Entry or Show in Deck, for the selected row (the button, double-click, Enter). */
    void activateCurrent();

signals:
    void makeEntryRequested(const RegistryService &service);
    void showInDeckRequested(const QString &factKey);
    void importRequested(const QString &path);

private:
    void search();
    void updateButton();
    /** The selected row in the model's rows, or -1. */
    int currentRow() const;

    DeckStore *m_store;
    QString m_text;
    QString m_transport;
    bool m_dirty = true;
    RegistryTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QWidget *m_emptyPage;
    QLabel *m_emptyLabel;
    QPushButton *m_importButton;
    QLabel *m_countLabel;
    QPushButton *m_entryButton;
};
