#pragma once

#include "trainingset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

/**
 * The review-log CSV that fsrs-rs and its Node binding read:
 * card_id,review_time,review_rating,review_state,review_duration — a header naming the columns
 * (in any order; review_duration may be missing), then one answer a line. review_time is UTC
 * milliseconds. Rating 0 (Anki's manual reschedules) is skipped. card_id may be any text: a
 * whole number of 0 or more is kept, anything else is numbered below zero.
 * Anything else malformed is refused with the line it is on.
 */
class RevlogCsv
{
    Q_DECLARE_TR_FUNCTIONS(RevlogCsv)

public:
    static std::optional<std::vector<fsrs::LoggedReview>> read(const QByteArray &bytes, QString *error);
};
