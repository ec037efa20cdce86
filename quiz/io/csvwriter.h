#pragma once

#include "fact.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF rows. */
QByteArray csvRow(const QStringList &fields);

/** The facts as CSV with a header: protocol, full_name, ports, transport, secure, function. */
QByteArray factsToCsv(const QList<Fact> &facts);
