#pragma once

#include "fact.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * RFC 4180 CSV: fields quoted when they hold the separator, a quote or a line break; CRLF rows.
 * A tab separator makes the TSV that Anki reads and writes, quoted the same way.
 */
QByteArray csvRow(const QStringList &fields, QChar separator = QLatin1Char(','));

/**
 * The facts with a header row: protocol, full_name, ports, transport, secure, function. The
 * column names are the ones an import maps back to entries.
 */
QByteArray factsToCsv(const QList<Fact> &facts, QChar separator = QLatin1Char(','));
