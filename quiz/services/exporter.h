#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class DeckStore;

/**
 * What leaves the collection: cards as Anki's plain text (CSV or TSV with its header lines,
 * so Anki imports them and Portdeck imports them back), and the review log as the CSV that
 * fsrs-rs and the FSRS optimizer read. Files are written whole or not at all (QSaveFile).
 */
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    /** The note type of packages Portdeck writes; its notes' GUIDs are Portdeck card keys. */
    static inline const QString kAnkiNotetypeName = QStringLiteral("Portdeck Basic");

    /** @p lang: the language cards are rendered in (English when empty). */
    explicit Exporter(const DeckStore &store, const QString &lang = {});

    /**
     * The cards @p cardIds in Anki's plain-text format: "#separator:", "#html:false",
     * "#columns:Question, Answer, Tags, Key", "#tags column:3", "#guid column:4", then a row a
     * card, its question and answer as the learner sees them.
     */
    std::optional<QByteArray> cardsAsText(const QList<qint64> &cardIds, QChar separator, QString *error) const;
    /** The entries, a row each, with the columns an import reads back as entries. */
    QByteArray entriesAsText(QChar separator) const;
    /**
     * The study answers as fsrs-rs reads them: card_id, review_time (UTC ms), review_rating
     * (1–4), review_state (before the answer: 0 new, 1 learning, 2 review, 3 relearning),
     * review_duration (ms, 0 when unknown). All cards when @p cardIds is nullopt.
     */
    std::optional<QByteArray> revlogCsv(const std::optional<QList<qint64>> &cardIds, QString *error) const;

    /**
     * The cards @p cardIds as an Anki package (.apkg) that Anki and AnkiDroid import: a "Basic"
     * note a card, its question and answer as the learner sees them, its tags and flag, in a
     * deck named "Portdeck". With @p scheduling, each card keeps its state, due date, interval
     * and FSRS memory (Anki's card data), and its study answers go along as Anki's review log.
     */
    bool writeAnkiPackage(const QList<qint64> &cardIds, bool scheduling, const QString &path, QString *error) const;

    /** Writes @p bytes to @p path through QSaveFile: the old file stays until the new one is whole. */
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

private:
    const DeckStore &m_store;
    QString m_lang;
};
