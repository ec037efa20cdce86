#pragma once

#include <QString>

/**
 * `portdeck-cli drill firewall --seed N [--level 1-3] [--grade RULES.json]`: prints the
 * firewall scenario of a seed and its answer key as JSON, made from the collection's entries
 * (the built-in deck's when the data folder has no collection yet); with --grade, grades the
 * rule table in RULES.json ("-": standard input), an array of rules each an object as the key
 * prints them or a line as a learner types it ("allow tcp 443 out"). Bad input: a message on
 * standard error, exit code 1 (2 for a usage mistake).
 */
int runDrillCommand(const QString &dataDir, const QString &kind, const QString &seed, const QString &level,
                    const QString &rulesPath);
