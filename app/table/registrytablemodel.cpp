#include "registrytablemodel.h"

#include <algorithm>

RegistryTableModel::RegistryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegistryTableModel::setFacts(const QList<Fact> &facts)
{
    m_studied.clear();
    for (const Fact &fact : facts) {
        if (fact.kind != FactKind::Protocol)
            continue; // "IANA system ports 0–1023" does not study every service below 1024
        QStringList names{fact.name.toCaseFolded()};
        for (const QString &alias : fact.aliases)
            names.append(alias.toCaseFolded());
        for (const PortSpec &p : fact.ports)
            m_studied.push_back({p.port, p.transport, fact.key, fact.name, names});
    }
    std::stable_sort(m_studied.begin(), m_studied.end(),
                     [](const StudiedPort &a, const StudiedPort &b) { return a.port < b.port; });
    beginResetModel();
    mark();
    endResetModel();
}

void RegistryTableModel::setServices(const QList<RegistryService> &services)
{
    beginResetModel();
    m_services = services;
    mark();
    endResetModel();
}

void RegistryTableModel::mark()
{
    m_covering.resize(m_services.size());
    for (qsizetype i = 0; i < m_services.size(); ++i)
        m_covering[i] = coveringEntry(m_services.at(i));
}

int RegistryTableModel::coveringEntry(const RegistryService &s) const
{
    Transport transport = Transport::Tcp;
    const bool anyTransport = s.transport.isEmpty();
    if (!anyTransport && !parseTransport(s.transport, &transport))
        return -1; // SCTP and DCCP: no entry studies them
    auto it = std::lower_bound(m_studied.begin(), m_studied.end(), s.portLow,
                               [](const StudiedPort &p, int port) { return p.port < port; });
    // Several entries may share a port (SSH, SFTP and SCP on 22): the one named like the
    // service wins, else the first in port order.
    int first = -1;
    const QString name = s.name.toCaseFolded();
    for (; it != m_studied.end() && it->port <= s.portHigh; ++it) {
        if (!anyTransport && it->transport != transport)
            continue;
        const int index = int(it - m_studied.begin());
        if (it->names.contains(name))
            return index;
        if (first < 0)
            first = index;
    }
    return first;
}

QString RegistryTableModel::studiedKey(int row) const
{
    const int covering = m_covering.value(row, -1);
    return covering < 0 ? QString() : m_studied.at(size_t(covering)).key;
}

int RegistryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int RegistryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const RegistryService &s = m_services.at(index.row());
    const int covering = m_covering.at(index.row());
    if (role == StudiedKeyRole)
        return studiedKey(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Port:
            return s.portsText();
        case TransportColumn:
            return s.transport.isEmpty() ? tr("any") : s.transport.toUpper();
        case Service:
            return s.aliases.isEmpty() ? s.name
                                       : QStringLiteral("%1 (%2)").arg(s.name, s.aliases.join(QStringLiteral(", ")));
        case Description:
            if (role == Qt::ToolTipRole && !s.reference.isEmpty())
                return QStringLiteral("%1\n%2").arg(s.description, s.reference);
            return s.description;
        case Studied:
            return covering < 0 ? tr("not studied") : tr("studied: %1").arg(m_studied.at(size_t(covering)).name);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Port:
            return s.portLow * 65536 + s.portHigh;
        case TransportColumn:
            return s.transport;
        case Service:
            return s.name.toLower();
        case Description:
            return s.description.toLower();
        case Studied:
            return covering < 0 ? 1 : 0;
        }
    }
    return {};
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Port:
        return tr("Port");
    case TransportColumn:
        return tr("Transport");
    case Service:
        return tr("Service");
    case Description:
        return tr("Description");
    case Studied:
        return tr("Studied");
    }
    return {};
}
