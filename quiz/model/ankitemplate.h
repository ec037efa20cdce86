#pragma once

#include "ankicollection.h"

#include <QHash>
#include <QString>

/** A card's two sides as plain text, as Portdeck shows cards. */
struct AnkiRenderedCard
{
    QString question;
    QString answer;
};

/**
 * Anki's card templates, rendered the way Anki renders them, then reduced to plain text.
 *
 * Templates: `{{Field}}`, `{{FrontSide}}` (the answer's copy of the question), sections
 * `{{#Field}}…{{/Field}}` (shown when the field has text) and `{{^Field}}…{{/Field}}` (when it
 * has none), `{{#c2}}` on cloze cards, and filters applied right to left: `text:` (HTML
 * removed), `type:` (the typing box: dropped, Portdeck asks for typed answers itself), `hint:`
 * (the hint's text), `cloze:` (the question shows `[...]` or `[hint]` for the card's cloze and
 * the text of the others, the answer shows all text), `kana:`, `kanji:`, `furigana:`. `Tags`,
 * `Type` and `Card` are the note's tags, note type and template. An unknown field or filter
 * renders its text unchanged, or nothing for an unknown field. Never fails.
 */
namespace ankitemplate {

/** The question and answer of card @p ord of @p note, as plain text. */
AnkiRenderedCard render(const AnkiNotetype &notetype, const AnkiNote &note, int ord);

/**
 * One side of a card as HTML. @p fields maps field names to their HTML; @p ord is the
 * template's ordinal, or the cloze number - 1 for cloze note types.
 */
QString renderHtml(const QString &format, const QHash<QString, QString> &fields, int ord,
                   bool answerSide, const QString &frontSide = {});

/** The cloze deletions of @p text for cloze number @p clozeNumber (1 for c1), as HTML. */
QString renderCloze(const QString &text, int clozeNumber, bool answerSide);

/**
 * HTML as plain text: `<br>` and block elements (`<div>`, `<p>`, `<li>` …) end lines, entities
 * are decoded, other tags, `<img>`, `<style>`, `<script>`, comments and `[sound:…]` go, spaces
 * collapse and lines are trimmed (at most one empty line between paragraphs).
 */
QString htmlToText(const QString &html);

/** True when @p html has no text: only whitespace, `<br>` and `<div>` (Anki's rule). */
bool isFieldEmpty(const QString &html);

} // namespace ankitemplate
