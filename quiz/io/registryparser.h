#pragma once

#include "importreport.h"
#include "registryservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/** The rows a registry file holds, and what could not be read. */
struct RegistryFile
{
    RegistrySource source = RegistrySource::Iana;
    QList<RegistryService> services;
    /** IANA rows without a service name or without a port: reserved or unassigned numbers. */
    int unassigned = 0;
    /** Services file lines for AppleTalk (ddp): not IP ports, left out without a complaint. */
    int notIp = 0;
    QList<ImportProblem> problems; ///< rows left out, with their lines and why
};

/**
 * Reads the port registries Portdeck looks ports up in: IANA's service-names-port-numbers.csv
 * (recognised by its header line; RFC 4180 quoting, fields over lines, ranges such as
 * "6000-6063") and the services file of Unix systems ("name port/proto [aliases…] # comment").
 * Text that is not UTF-8, NUL bytes and a file that is neither are refused with a sentence
 * that says why; a row that cannot be read is left out and reported by line.
 */
class RegistryParser
{
    Q_DECLARE_TR_FUNCTIONS(RegistryParser)

public:
    static constexpr qint64 kMaxFileBytes = qint64(64) << 20;

    static std::optional<RegistryFile> parse(const QByteArray &bytes, QString *error);

    /** The first line is IANA's header ("Service Name,Port Number,Transport Protocol,…"). */
    static bool isIanaHeader(const QByteArray &head);
    /**
     * Whether a file is a registry, from its first bytes and its name: IANA's header, or a
     * file named "services" whose first entry reads like one. A services line ("ssh 22/tcp")
     * is also a fine two-column card file, so content alone never makes a file a registry.
     */
    static bool isRegistryFile(const QByteArray &head, const QString &fileName);

private:
    static std::optional<RegistryFile> parseIana(const QByteArray &bytes, QString *error);
    static std::optional<RegistryFile> parseServices(const QByteArray &bytes, QString *error);
};
