#pragma once

#include "fsrs.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

/** One card of a replay's input: its id as JSON text, as written (empty: it has none), and its
 *  reviews, [first, first + count) of ReplayInput's arrays. */
struct ReplayCard
{
    std::string id;
    size_t first = 0;
    size_t count = 0;
};

/**
 * The input of replayJson(), read and checked in one pass with simdjson's On-Demand parser:
 * the settings, and every card's reviews as plain arrays of times and ratings, so that the
 * replay touches no JSON (a parsed document took more fresh memory than the input, and first
 * touches of fresh memory are what a short process pays most for).
 *
 * Fields may come in any order; the first of a repeated name counts. Every value is read
 * whole, also those the replay has no use for, so text that is not JSON is refused as such
 * wherever it is, before any other complaint.
 */
class ReplayInput
{
public:
    /**
     * Reads @p text, of which @p readable bytes from its start may be read: in place when that
     * leaves simdjson's padding (64 bytes) after the text. False, with @p error naming the
     * card and review, for an input that is refused; nothing is kept then.
     */
    bool read(std::string_view text, size_t readable, QString *error);

    fsrs::Settings settings;
    std::vector<ReplayCard> cards;
    std::vector<qint64> times;   // UTC ms, in order within each card
    std::vector<quint8> ratings; // 1-4
};
