#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** Where the registry's rows came from. */
enum class RegistrySource {
    Iana,         ///< IANA's service-names-port-numbers.csv
    ServicesFile, ///< a system's /etc/services
};

QString registrySourceKey(RegistrySource source); ///< "iana" / "services"
std::optional<RegistrySource> parseRegistrySource(const QString &key);

/**
 * One registered service on a port or a range of ports: a row of the registry the Table
 * looks up. Not a card and not an entry: nothing studies it until the learner makes an entry
 * of it.
 */
struct RegistryService
{
    QString name;            ///< IANA's service name, e.g. "ssh"
    int portLow = 0;         ///< inclusive; portLow == portHigh for one port
    int portHigh = 0;
    QString transport;       ///< "tcp", "udp", "sctp", "dccp" (lower case)
    QString description;     ///< IANA's description, or the services file's comment
    QString assignee;        ///< IANA's assignee, e.g. "[Tatu_Ylonen]"
    QString reference;       ///< IANA's reference, e.g. "[RFC4251]"
    QStringList aliases;     ///< the services file's aliases
    qint64 line = 0;         ///< the line of the file it was read from

    bool isRange() const { return portHigh > portLow; }
    /** "22" or "6000–6063". */
    QString portsText() const;
};

/**
 * A search of the registry as the Table's filter box reads it: a number is a port (a range
 * holding it matches), "tcp", "udp", "sctp" or "dccp" a transport ("tcp/22" and "22/udp"
 * both), every other word must occur in the name, an alias or the description.
 */
struct RegistryQuery
{
    std::optional<int> port;
    QString transport;
    QStringList words;
    int limit = 0; ///< at most this many rows; 0 for all

    static RegistryQuery parse(const QString &text);
    bool isEmpty() const { return !port && transport.isEmpty() && words.isEmpty(); }
};
