#pragma once

#include "registryservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class DeckStore;

/**
 * The port registry in the collection file (table registry_services): IANA's services or a
 * services file, looked up by the Table's "All registered ports". One source at a time: the
 * two describe the same ports (Debian's /etc/services is drawn from IANA's list), so keeping
 * both would show most services twice; the last import is the registry.
 *
 * The rows are not entries or cards, and nothing studies them. Every value is bound.
 */
class RegistryStore
{
    Q_DECLARE_TR_FUNCTIONS(RegistryStore)

public:
    /** Told how far a replace is; returning false cancels it. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit RegistryStore(DeckStore &store);

    /**
     * Replaces the whole registry with @p services from @p source, in the caller's transaction
     * (an import job's): false on a failed statement (errorString()) or a cancel
     * (wasCancelled()); the caller rolls back either way.
     */
    bool replace(RegistrySource source, const QList<RegistryService> &services, const Progress &progress = {});
    /** How many services the registry holds. */
    int count() const;
    /** Where the registry came from; std::nullopt when none is loaded. */
    std::optional<RegistrySource> source() const;
    /**
     * The services @p query matches, by port, then name and transport: a port inside a range
     * matches it; a transport matches also the rows that name none; every word must be in the
     * name, an alias or the description. One statement; at most query.limit rows (0: all).
     */
    QList<RegistryService> search(const RegistryQuery &query) const;

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

private:
    DeckStore &m_store;
    bool m_cancelled = false;
    mutable QString m_error;
};
