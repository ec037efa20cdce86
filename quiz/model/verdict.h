#pragma once

#include <QString>

/** How right an answer is. */
enum class Verdict { Correct, Partial, Wrong };

QString verdictKey(Verdict v); ///< "correct", "partial", "wrong"
