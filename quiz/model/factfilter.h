#pragma once

#include "fact.h"

#include <QList>
#include <QString>

/**
 * Which facts the learner wants to see: a free-text query plus quick filters.
 *
 * The query is read as a learner types it. Words are all required (AND):
 * - a number ("22") matches facts on that port, and the port ranges that contain it;
 * - "tcp/22", "22/tcp", "udp:53", "tcp 22" match that port on that transport;
 * - "tcp" or "udp" alone match facts that use that transport (and the protocol itself);
 * - "port" and "ports" are ignored ("port 22" means 22);
 * - any other word matches, case-insensitively, part of a name, full name, alias, function,
 *   port role or topic tag ("ssh", "mail", "encrypted").
 * Filtering lives in the engine; the GUI's proxy model only adapts it.
 */
class FactFilter
{
public:
    FactFilter() = default;
    explicit FactFilter(const QString &query) { setQuery(query); }

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    bool tcpOnly = false;       ///< only facts that use TCP
    bool udpOnly = false;       ///< only facts that use UDP
    bool secureOnly = false;    ///< only facts graded secure (yes)
    bool objectiveOnly = false; ///< only N10-009 objective 1.4 items

    bool isEmpty() const;
    bool matches(const Fact &fact) const;

private:
    struct Term
    {
        enum class Kind { Port, PortOnTransport, Transport, Text } kind = Kind::Text;
        int port = -1;
        Transport transport = Transport::Tcp;
        QString text; ///< lower case
    };
    static bool matchesTerm(const Fact &fact, const Term &term);

    QString m_query;
    QList<Term> m_terms;
};
