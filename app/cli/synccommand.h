#pragma once

#include <QString>

/**
 * `portdeck-cli sync --folder DIR [--name NAME]`: one sync of the collection through the
 * folder (SyncService); JSON out: what came in and went out, the computers, problems, and a
 * fingerprint of the collection that two collections share exactly when they agree.
 */
int runSync(const QString &dataDir, const QString &folder, const QString &computerName);

/**
 * `portdeck-cli answer CARD-KEY RATING [--at UTC-MS]`: answers one card as the Study page
 * would (1–4 or again, hard, good, easy), at @p atText or now; JSON out: the card's new state.
 */
int runAnswer(const QString &dataDir, const QString &cardKey, const QString &ratingText, const QString &atText);
