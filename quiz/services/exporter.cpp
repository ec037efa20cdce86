#include "exporter.h"
#include "diskproblem.h"

#include "ankipackage.h"
#include "cardtext.h"
#include "csvwriter.h"
#include "deckstore.h"
#include "exportstore.h"
#include "parallelfor.h"
#include "studyday.h"
#include "studysettings.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>

Exporter::Exporter(const DeckStore &store, const QString &lang)
    : m_store(store)
    , m_lang(lang)
{
}

std::optional<QByteArray> Exporter::cardsAsText(const QList<qint64> &cardIds, QChar separator, QString *error) const
{
    const QString sepName = separator == QLatin1Char('\t') ? QStringLiteral("tab")
                            : separator == QLatin1Char(';') ? QStringLiteral("semicolon")
                                                            : QStringLiteral("comma");
    QByteArray out = "#separator:" + sepName.toUtf8() + "\n#html:false\n#columns:"
                     + QStringList{QStringLiteral("Question"), QStringLiteral("Answer"), QStringLiteral("Tags"),
                                   QStringLiteral("Key")}
                           .join(separator)
                           .toUtf8()
                     + "\n#tags column:3\n#guid column:4\n";
    const std::optional<QList<ExportedCard>> cards = ExportStore(m_store).cards(cardIds, m_lang, error);
    if (!cards)
        return std::nullopt;
    const CardTexts texts(m_store.facts(m_lang));
    for (const ExportedCard &c : *cards) {
        const CardText text = texts.render(c.card);
        out += csvRow({text.question, text.answer, c.tags.join(QLatin1Char(' ')), c.card.key}, separator);
    }
    return out;
}

QByteArray Exporter::entriesAsText(QChar separator) const
{
    return factsToCsv(m_store.facts(m_lang), separator);
}

std::optional<QByteArray> Exporter::revlogCsv(const std::optional<QList<qint64>> &cardIds, QString *error) const
{
    const std::optional<QList<ExportedReview>> reviews = ExportStore(m_store).studyReviews(cardIds, error);
    if (!reviews)
        return std::nullopt;
    QByteArray out = "card_id,review_time,review_rating,review_state,review_duration\n";
    out.reserve(out.size() + reviews->size() * 40);
    for (const ExportedReview &r : *reviews) {
        out += QByteArray::number(r.cardId) + ',' + QByteArray::number(r.timeMs) + ',' + QByteArray::number(r.rating)
               + ',' + QByteArray::number(r.stateBefore) + ',' + QByteArray::number(std::max<qint64>(r.responseMs, 0))
               + '\n';
    }
    return out;
}

bool Exporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = DiskProblem::explain(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), path);
        return false;
    }
    return true;
}

namespace {

QString asHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Anki's review-log type from the state before the answer: learn, review, relearn.
int ankiReviewType(int stateBefore)
{
    switch (stateBefore) {
    case 2: return 1;
    case 3: return 2;
    default: return 0;
    }
}

} // namespace

bool Exporter::writeAnkiPackage(const QList<qint64> &cardIds, bool scheduling, const QString &path, QString *error) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const StudySettings settings = m_store.studySettings();
    const StudyDay day(settings.rolloverHour);
    // Anki counts review days from the collection's creation; ten years back keeps every due
    // day of a Portdeck collection positive.
    constexpr int kDaysBack = 3650;
    const qint64 today = day.startOfDay(now);
    const qint64 created = today - qint64(kDaysBack) * 86400000;

    AnkiCollection package;
    package.schemaVersion = 11;
    package.createdSecs = created / 1000;
    AnkiNotetype basic;
    basic.id = now;
    basic.name = kAnkiNotetypeName;
    basic.fields = {QStringLiteral("Front"), QStringLiteral("Back")};
    basic.templates = {{QStringLiteral("Card 1"), 0, QStringLiteral("{{Front}}"),
                        QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")}};
    package.notetypes.append(basic);
    const qint64 deckId = now + 1;
    package.decks.append({deckId, QStringLiteral("Portdeck")});

    const std::optional<QList<ExportedCard>> cards = ExportStore(m_store).cards(cardIds, m_lang, error);
    if (!cards)
        return false;
    const CardTexts texts(m_store.facts(m_lang));
    // Note i has the id now + 2 + 2i, its card the next one.
    const qsizetype count = cards->size();
    package.notes.resize(count);
    AnkiNote *notes = package.notes.data();
    // Rendering is the most of building a large package's notes: two halves at once.
    parallelFor(count, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const ExportedCard &row = cards->at(i);
            const CardText text = texts.render(row.card);
            AnkiNote &note = notes[i];
            note.id = now + 2 + 2 * i;
            note.guid = row.card.key;
            note.notetypeId = basic.id;
            note.fields = {asHtml(text.question), asHtml(text.answer)};
            note.tags = row.tags;
            note.modifiedSecs = now / 1000;
        }
    });
    QHash<qint64, qint64> ankiIds;
    ankiIds.reserve(count);
    package.cards.reserve(count);
    int position = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const ExportedCard &row = cards->at(i);
        AnkiCard card;
        card.id = now + 3 + 2 * i;
        card.noteId = notes[i].id;
        card.deckId = deckId;
        card.flags = row.flag;
        card.due = ++position;
        if (scheduling && row.card.state != CardState::New) {
            card.reps = row.card.reps;
            card.lapses = row.card.lapses;
            card.factor = 2500;
            card.data = QStringLiteral("{\"s\":%1,\"d\":%2}").arg(row.card.stability, 0, 'f', 4).arg(row.card.difficulty, 0, 'f', 4);
            if (row.card.state == CardState::Review) {
                card.type = 2;
                card.queue = 2;
                card.interval = std::max(1, row.intervalDays);
                card.due = kDaysBack + day.daysBetween(today, row.dueMs);
            } else {
                card.type = row.card.state == CardState::Relearning ? 3 : 1;
                card.queue = 1;
                card.due = row.dueMs / 1000;
            }
        }
        if (row.suspended)
            card.queue = -1;
        ankiIds.insert(row.card.id, card.id);
        package.cards.append(card);
    }
    if (scheduling) {
        const std::optional<QList<ExportedReview>> reviews = ExportStore(m_store).studyReviews(cardIds, error);
        if (!reviews)
            return false;
        QSet<qint64> taken;
        QHash<qint64, int> lastInterval;
        for (const ExportedReview &r : *reviews) {
            AnkiReview review;
            review.id = r.timeMs;
            while (taken.contains(review.id)) // Anki's review ids are times and must differ
                ++review.id;
            taken.insert(review.id);
            review.cardId = ankiIds.value(r.cardId);
            review.ease = r.rating;
            review.interval = r.scheduledDays;
            review.lastInterval = lastInterval.value(r.cardId);
            lastInterval.insert(r.cardId, r.scheduledDays);
            review.factor = 2500;
            review.timeMs = int(std::clamp<qint64>(r.responseMs, 0, 60000));
            review.type = ankiReviewType(r.stateBefore);
            package.reviews.append(review);
        }
    }
    return ::writeAnkiPackage(path, package, error);
}
