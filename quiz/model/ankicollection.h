#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Anki's collection as plain values: what an Anki package (.apkg, .colpkg) carries that
 * Portdeck reads or writes. Numbers keep Anki's own units and codes (see each field), so a
 * round trip through `AnkiCollectionWriter` and `AnkiCollectionReader` keeps them exactly.
 */

/** One card template of a note type: the question and answer of one card of each note. */
struct AnkiTemplate
{
    QString name;
    int ord = 0;             ///< 0-based position in the note type; a card's `ord`
    QString questionFormat;  ///< Anki's `qfmt`: HTML with {{Field}} replacements
    QString answerFormat;    ///< Anki's `afmt`
};

/** A note type ("model"): its fields and templates. A cloze note type has one template. */
struct AnkiNotetype
{
    qint64 id = 0;
    QString name;
    bool cloze = false;
    QStringList fields;  ///< field names in order
    QList<AnkiTemplate> templates;
    QString css;
};

/** One note: the field values (HTML) of one note type. */
struct AnkiNote
{
    qint64 id = 0;  ///< creation time in ms, by Anki's convention
    QString guid;   ///< globally unique id Anki uses to recognise the note on import
    qint64 notetypeId = 0;
    QStringList fields;  ///< values in the note type's field order (HTML)
    QStringList tags;
    qint64 modifiedSecs = 0;  ///< UTC seconds
};

/** One card. Codes and units as Anki stores them. */
struct AnkiCard
{
    qint64 id = 0;
    qint64 noteId = 0;
    qint64 deckId = 0;
    int ord = 0;     ///< template ordinal; for cloze notes the cloze number - 1
    int type = 0;    ///< 0 new, 1 learning, 2 review, 3 relearning
    int queue = 0;   ///< 0 new, 1 learning, 2 review, 3 day learning, -1 suspended, -2/-3 buried
    qint64 due = 0;  ///< new: position; review: days since the collection's creation; learning: UTC seconds
    int interval = 0;  ///< days (negative: seconds, for learning cards)
    int factor = 0;    ///< ease in permille (2500 = 250 %)
    int reps = 0;
    int lapses = 0;
    int flags = 0;  ///< the flag colour in the low 3 bits (1 red … 7 purple)
    QString data;   ///< JSON; FSRS memory as {"s": stability, "d": difficulty}
};

/** One row of Anki's review log. */
struct AnkiReview
{
    qint64 id = 0;  ///< the review's time in UTC milliseconds
    qint64 cardId = 0;
    int ease = 0;          ///< 1 Again … 4 Easy; 0 for a manual reschedule
    int interval = 0;      ///< days after the review (negative: seconds)
    int lastInterval = 0;  ///< days before the review (negative: seconds)
    int factor = 0;        ///< ease in permille after the review (FSRS: difficulty × 100 + 100)
    int timeMs = 0;        ///< time the learner took
    int type = 0;          ///< 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled
};

/** One deck. Subdecks are named with "::" between the levels ("Languages::French"). */
struct AnkiDeck
{
    qint64 id = 0;
    QString name;
};

/** Everything Portdeck reads from or writes to an Anki collection. */
struct AnkiCollection
{
    int schemaVersion = 11;   ///< `col.ver`: 11 for legacy files, 18 for `collection.anki21b`
    qint64 createdSecs = 0;   ///< `col.crt`: UTC seconds; review cards' due days count from it
    QList<AnkiNotetype> notetypes;
    QList<AnkiNote> notes;
    QList<AnkiCard> cards;
    QList<AnkiReview> reviews;
    QList<AnkiDeck> decks;
    int mediaCount = 0;  ///< media files in the package (Portdeck does not read them)
};
