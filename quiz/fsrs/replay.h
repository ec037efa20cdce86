#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * Runs the scheduler over review sequences given as JSON, so that anyone can compare it
 * with another FSRS implementation (portdeck-cli replay; the ts-fsrs parity fixtures).
 *
 * Input: {"parameters": [17|19|21 numbers] (optional), "desired_retention": 0.9,
 *   "maximum_interval": 36500, "enable_short_term": true, "enable_fuzz": false,
 *   "learning_steps": ["1m","10m"], "relearning_steps": ["10m"],
 *   "cards": [{"id": 1, "reviews": [{"time": <UTC ms>, "rating": 1-4}, …]}, …]}
 * Output: {"cards": [{"id": 1, "reviews": [{"state", "step", "stability", "difficulty",
 *   "scheduled_days", "due", "elapsed_days", "lapses"}, …]}, …]}
 * Elapsed days are UTC calendar days, as ts-fsrs counts them. Errors name the card and review.
 */
std::optional<QJsonObject> replayReviews(const QJsonObject &request, QString *error);

/** replayReviews() on JSON text; returns compact JSON text. */
std::optional<QByteArray> replayJson(const QByteArray &input, QString *error);
