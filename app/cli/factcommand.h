#pragma once

#include <QString>
#include <QStringList>

/**
 * `portdeck-cli fact add FILE.json` and `fact edit KEY FILE.json`: one entry in the deck
 * file's format (resources/deck/FORMAT.md), "-" for standard input. The change is one
 * transaction; bad input gets a message on standard error, exit code 1, and nothing is written.
 * @p args are the words after "fact". Returns the exit code.
 */
int runFactCommand(const QString &dataDir, const QStringList &args);
