#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

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
 * Returns compact JSON text, one line.
 */
std::optional<QByteArray> replayJson(const QByteArray &input, QString *error);

/**
 * replayJson() handing its output to @p write piece by piece, in order; nothing is written
 * when the input is refused. Parses in place when @p input has simdjson's padding (64 bytes)
 * of spare capacity. Long inputs are replayed on two threads.
 */
bool replayJson(const QByteArray &input, const std::function<void(std::string_view)> &write, QString *error);

/**
 * replayJson() over @p input, of which @p readable bytes from its start may be read: parsed in
 * place when that leaves simdjson's padding (64 bytes) after the text, as a mapped file's last
 * page often does.
 */
bool replayJson(std::string_view input, size_t readable, const std::function<void(std::string_view)> &write,
                QString *error);
