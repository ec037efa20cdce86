#pragma once

#include "fact.h"
#include "registryservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <vector>

/**
 * The port registry's services as table rows (Table, "All registered ports"), each marked
 * with the deck entry that studies its port, if one does. The rows come from one search of
 * RegistryStore; the marks from the entries in memory, so no row costs a query.
 */
class RegistryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Port, TransportColumn, Service, Description, Studied, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for ports, lower-case text, studied first
        StudiedKeyRole,              ///< the key of the entry that studies the port, or ""
    };

    explicit RegistryTableModel(QObject *parent = nullptr);

    /** The entries whose ports count as studied (protocols only: a range studies no service). */
    void setFacts(const QList<Fact> &facts);
    void setServices(const QList<RegistryService> &services);
    const RegistryService &service(int row) const { return m_services.at(row); }
    /** The key of the deck entry that studies the row's port and transport, or "". */
    QString studiedKey(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct StudiedPort
    {
        int port;
        Transport transport;
        QString key;
        QString name;
        QStringList names; ///< name and aliases, case-folded: the entry that is this service
    };
    /** Index into m_studied of the entry covering @p s, or -1. */
    int coveringEntry(const RegistryService &s) const;
    void mark();

    QList<RegistryService> m_services;
    QList<int> m_covering; ///< one a service: index into m_studied or -1
    std::vector<StudiedPort> m_studied; ///< sorted by port
};
