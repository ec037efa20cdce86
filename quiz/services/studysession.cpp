#include "studysession.h"

#include "collection.h"
#include "examschedule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QLocale>
#include <QPointer>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadPool>
#include <QVariant>

#include <limits>

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kUndoDepth = 100;

} // namespace

StudySession::StudySession(DeckStore *store, const Clock *clock, const QString &language,
                           const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_language(language)
    , m_zone(zone)
    , m_studyStore(*store)
{
    applySettings(store->studySettings());
    rebuild();
    pickNext();
}

StudySession::~StudySession()
{
    *m_stopPrefetch = true;
    m_prefetch.waitForFinished();
}

void StudySession::applySettings(const StudySettings &settings)
{
    m_settings = settings.normalized();
    m_day = StudyDay(m_settings.rolloverHour, m_zone);
    m_scheduler = fsrs::Scheduler(m_settings.schedulerSettings());
}

bool StudySession::setSettings(const StudySettings &settings)
{
    auto save = [&](QString *) { return m_store->setStudySettings(settings); };
    CollectionChanges changes;
    changes.settings = true;
    QString ignored;
    if (!(m_collection ? m_collection->run({}, changes, save) : save(&ignored)))
        return fail(QCoreApplication::translate("StudySession", "The settings could not be saved."));
    applySettings(settings);
    refresh();
    return true;
}

bool StudySession::fail(const QString &what)
{
    m_error = what;
    return false;
}

int StudySession::elapsedDaysFor(const CardInfo &card, qint64 nowMs) const
{
    if (card.state == CardState::New || card.lastReviewMs == 0)
        return 0;
    return m_day.daysBetween(card.lastReviewMs, nowMs);
}

void StudySession::rebuild()
{
    const qint64 now = m_clock->nowMs();
    m_dayStart = m_day.startOfDay(now);
    m_dayEnd = m_day.startOfNextDay(now);

    // The day's queue as StudyQueue builds it (the Progress page counts the same one); a focus
    // takes only the day's answers and studies its own cards.
    const StudyQueue queue = m_focused ? StudyQueue::answersOfDay(m_studyStore, m_day, now)
                                       : StudyQueue::build(m_studyStore, m_settings, m_day, now);
    m_newDone = queue.newDone;
    m_newLimit = queue.newLimit;
    m_reviewsDone = queue.reviewsDone;
    m_answeredToday = queue.answered;
    m_buried = queue.answeredFacts;
    m_reviewQueue = queue.reviews;
    m_newQueue = queue.newCards;
    m_error = queue.error.isEmpty()
                  ? QString()
                  : QCoreApplication::translate("StudySession", "The deck could not be read: %1").arg(queue.error);

    if (m_focused) {
        for (qint64 id : std::as_const(m_focusLeft))
            m_reviewQueue.append({id, 0});
        updateLearningCount();
        return;
    }
    m_counts = {static_cast<int>(m_newQueue.size()), queue.learning, static_cast<int>(m_reviewQueue.size())};
}

void StudySession::trimNewQueue()
{
    const int limitLeft = std::max(0, m_settings.reviewsPerDay - m_reviewsDone - m_newDone);
    const int allowed = std::max(0, std::min(m_newLimit - m_newDone,
                                             limitLeft - static_cast<int>(m_reviewQueue.size())));
    while (m_newQueue.size() > allowed)
        m_newQueue.removeLast();
    m_counts.newCards = static_cast<int>(m_newQueue.size());
    m_counts.review = static_cast<int>(m_reviewQueue.size());
}

void StudySession::updateLearningCount()
{
    if (m_focused) {
        nextFocusLearning(m_dayEnd, &m_counts.learning);
        m_counts.newCards = 0;
        m_counts.review = static_cast<int>(m_reviewQueue.size());
        return;
    }
    m_counts.learning = m_studyStore.learningCardCount(m_dayEnd, m_clock->nowMs());
    m_counts.newCards = static_cast<int>(m_newQueue.size());
    m_counts.review = static_cast<int>(m_reviewQueue.size());
}

std::optional<qint64> StudySession::nextFocusLearning(qint64 dueBefore, int *count) const
{
    if (count)
        *count = 0;
    QList<qint64> answered;
    for (qint64 id : m_focusIds) {
        if (!m_focusLeft.contains(id))
            answered.append(id);
    }
    if (answered.isEmpty())
        return std::nullopt;
    const QList<qint64> due = m_studyStore.learningCardsAmong(answered, dueBefore, count ? -1 : 1);
    if (count)
        *count = static_cast<int>(due.size());
    if (due.isEmpty())
        return std::nullopt;
    return due.constFirst();
}

void StudySession::startFocus(const QList<qint64> &cardIds)
{
    m_focused = true;
    m_focusIds = cardIds;
    m_focusLeft = cardIds;
    refresh();
}

void StudySession::endFocus()
{
    if (!m_focused)
        return;
    m_focused = false;
    m_focusIds.clear();
    m_focusLeft.clear();
    refresh();
}

std::optional<qint64> StudySession::nextLearning(qint64 dueBefore)
{
    if (m_focused)
        return nextFocusLearning(dueBefore + 1);
    return m_studyStore.nextLearningCard(dueBefore, m_clock->nowMs());
}

void StudySession::pickNext()
{
    const qint64 now = m_clock->nowMs();
    if (now >= m_dayEnd || now < m_dayStart)
        rebuild(); // a new study day (or a clock that jumped back across the rollover)

    std::optional<qint64> id = nextLearning(now);
    if (!id && !m_reviewQueue.isEmpty())
        id = m_reviewQueue.constFirst().cardId;
    if (!id && !m_newQueue.isEmpty())
        id = m_newQueue.constFirst().cardId;
    if (!id)
        id = nextLearning(now + qint64(m_settings.learnAheadMinutes) * kMinuteMs);

    m_current.reset();
    if (id)
        m_current = m_store->card(*id, m_language);
    emit currentChanged();
}

void StudySession::refresh()
{
    rebuild();
    pickNext();
}

bool StudySession::takeStoredCurrent()
{
    if (!m_current)
        return false;
    const std::optional<CardInfo> stored = m_store->card(m_current->id, m_language);
    const bool stays = stored && !stored->suspended && !stored->retired && stored->buriedUntilMs <= m_clock->nowMs()
                       && stored->state == m_current->state && stored->dueMs == m_current->dueMs
                       && stored->reps == m_current->reps;
    if (stays)
        m_current = stored;
    return stays;
}

void StudySession::refreshKeepingCurrent()
{
    rebuild();
    if (takeStoredCurrent()) {
        emit countsChanged();
        return;
    }
    pickNext();
}

bool StudySession::canUndo() const
{
    return m_collection ? m_collection->canUndo() : !m_undo.isEmpty();
}

CardText StudySession::currentText() const
{
    return m_current ? render(*m_current) : CardText();
}

const CardTexts &StudySession::texts() const
{
    // A prefetch of the entries as they are is already reading them: waiting for it costs less
    // than reading them a second time beside it.
    if (!m_texts && m_prefetch.isValid() && m_prefetchGeneration == m_textsGeneration) {
        m_prefetch.waitForFinished();
        if (m_prefetch.resultCount() > 0 && m_prefetch.result())
            m_texts = *m_prefetch.result();
    }
    if (!m_texts)
        m_texts.emplace(m_store->facts(m_language));
    if (m_prefetch.isFinished())
        m_prefetch = {}; // its copy of older texts is not kept beside ours
    return *m_texts;
}

CardText StudySession::render(const CardInfo &card) const
{
    // At 20,000 entries reading them all is most of a launch; the first card needs a few.
    return m_texts ? m_texts->render(card) : CardTexts(m_store->factsForCard(card, m_language)).render(card);
}

void StudySession::prefetchTexts()
{
    if (m_texts || m_prefetch.isRunning())
        return;
    QPromise<std::optional<CardTexts>> promise;
    QFuture<std::optional<CardTexts>> read = promise.future();
    promise.start();
    QThreadPool::globalInstance()->start(
        [dataDir = QFileInfo(m_store->filePath()).absolutePath(), language = m_language, stop = m_stopPrefetch,
         promise = std::make_shared<QPromise<std::optional<CardTexts>>>(std::move(promise))] {
            std::optional<CardTexts> texts;
            {
                DeckStore reader;
                if (reader.open(dataDir, DeckStore::Mode::ReadOnly, Deck()) == DeckStore::Status::Ok) {
                    QList<Fact> facts = reader.facts(language, stop.get());
                    if (!*stop)
                        texts.emplace(facts);
                }
            }
            promise->addResult(std::move(texts));
            promise->finish();
        });
    // What is waited for at close is the reader, not this continuation, which needs the
    // event loop.
    m_prefetch = read;
    m_prefetchGeneration = m_textsGeneration;
    read.then(this, [this, generation = m_textsGeneration](const std::optional<CardTexts> &texts) {
        if (texts && !m_texts && generation == m_textsGeneration)
            m_texts = texts;
        if (m_prefetch.isFinished())
            m_prefetch = {};
    });
}

static fsrs::Card schedulingCard(const CardInfo &info)
{
    fsrs::Card c;
    c.state = info.state;
    c.step = info.step;
    c.stability = info.stability;
    c.difficulty = info.difficulty;
    c.dueMs = info.dueMs;
    if (info.lastReviewMs != 0)
        c.lastReviewMs = info.lastReviewMs;
    c.reps = info.reps;
    c.lapses = info.lapses;
    c.scheduledDays = info.scheduledDays;
    return c;
}

std::array<fsrs::Card, 4> StudySession::preview() const
{
    if (!m_current)
        return {};
    const qint64 now = m_clock->nowMs();
    std::array<fsrs::Card, 4> cards =
        m_scheduler.preview(schedulingCard(*m_current), now, elapsedDaysFor(*m_current, now),
                            fsrs::Scheduler::cardSeed(cardSeedNumber(m_current->key), m_current->reps + 1));
    const ExamSchedule exam(m_settings, m_day, m_scheduler);
    for (fsrs::Card &card : cards)
        card = exam.capped(card, now);
    return cards;
}

std::array<qint64, 4> StudySession::previewIntervals() const
{
    const qint64 now = m_clock->nowMs();
    const std::array<fsrs::Card, 4> cards = preview();
    std::array<qint64, 4> out{};
    for (int i = 0; i < 4; ++i)
        out[i] = cards[i].dueMs - now;
    return out;
}

bool StudySession::answer(fsrs::Rating rating, qint64 responseMs, const QString &typedAnswer,
                          const QString &verdict)
{
    if (!m_current)
        return fail(QCoreApplication::translate("StudySession", "There is no card to answer."));
    const CardInfo before = *m_current;
    const qint64 now = m_clock->nowMs();
    const int elapsed = elapsedDaysFor(before, now);
    // The exam date may bring the due date forward; the memory state is the scheduler's alone.
    const fsrs::Card after = ExamSchedule(m_settings, m_day, m_scheduler)
                                 .capped(m_scheduler.next(schedulingCard(before), now, elapsed, rating,
                                                          fsrs::Scheduler::cardSeed(cardSeedNumber(before.key), before.reps + 1)),
                                         now);
    // What the scheduler expected of this answer, kept for the retention chart.
    const double recall = before.state == CardState::New || before.stability <= 0
                              ? -1
                              : m_scheduler.forgettingCurve(elapsed, before.stability);

    StudyAnswer row;
    row.cardId = before.id;
    row.timeMs = now;
    row.rating = rating;
    row.stateBefore = before.state;
    row.after = after;
    row.elapsedDays = elapsed;
    row.responseMs = responseMs;
    row.typedAnswer = typedAnswer;
    row.verdict = verdict;
    row.recall = recall;
    qint64 reviewId = 0;
    qint64 boostDay = 0;
    const bool isLeech = after.lapses >= m_settings.leechLapses && before.lapses < m_settings.leechLapses;
    // The card and its review-log row, in the caller's transaction.
    auto write = [&](QString *error) {
        const std::optional<WrittenAnswer> written = m_studyStore.writeAnswer(row);
        if (!written) {
            *error = m_studyStore.errorString();
            return false;
        }
        reviewId = written->reviewId;
        boostDay = written->boostDay;
        // The lapse that makes a leech tags the card (and suspends it) in the same change.
        if (isLeech && (!m_store->tagCards({before.id}, QStringLiteral("leech"))
                        || (m_settings.leechSuspends && !m_store->setSuspended({before.id}, true)))) {
            *error = m_store->errorString();
            return false;
        }
        return true;
    };
    if (m_collection) {
        // One undo step of the collection's; undoing it puts this session back as it was.
        CollectionChanges changes;
        changes.cards = {before.id};
        changes.reviews = true;
        QString question = render(before).question.simplified();
        if (question.size() > 48)
            question = question.left(47) + QChar(0x2026);
        m_answering = true;
        const bool ok = m_collection->run(
            QCoreApplication::translate("StudySession", "Answer to “%1”").arg(question), changes, write,
            [session = QPointer<StudySession>(this), id = before.id] {
                if (session)
                    session->restoreUndone(id);
            });
        m_answering = false;
        if (!ok)
            return fail(QCoreApplication::translate("StudySession", "The answer was not saved: %1")
                            .arg(m_collection->errorString()));
    } else {
        QSqlDatabase db = m_store->database();
        QString error;
        if (!db.transaction())
            return fail(db.lastError().text());
        if (!write(&error) || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            return fail(QCoreApplication::translate("StudySession", "The answer was not saved: %1").arg(error));
        }
    }

    m_undo.append({before, reviewId, boostDay, static_cast<int>(m_focusLeft.indexOf(before.id))});
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();

    auto removeCard = [id = before.id](QList<Entry> &queue) {
        queue.removeIf([id](const Entry &e) { return e.cardId == id; });
    };
    removeCard(m_reviewQueue);
    removeCard(m_newQueue);
    m_focusLeft.removeOne(before.id);
    ++m_answeredToday;
    if (before.state == CardState::New)
        ++m_newDone;
    else if (before.state == CardState::Review)
        ++m_reviewsDone;
    if (before.factId != 0 && !m_focused)
        bury(before.factId);
    trimNewQueue();
    updateLearningCount();
    emit answered(before.id, int(rating));
    if (isLeech)
        emit leech(before.id, m_settings.leechSuspends);
    pickNext();
    return true;
}

qint64 StudySession::lastReviewId() const
{
    return m_undo.isEmpty() ? 0 : m_undo.constLast().reviewId;
}

void StudySession::bury(qint64 factId)
{
    m_buried.insert(factId);
    auto sameFact = [factId](const Entry &e) { return e.factId == factId; };
    m_reviewQueue.removeIf(sameFact);
    m_newQueue.removeIf(sameFact);
}

bool StudySession::undo()
{
    if (m_collection)
        return m_collection->undo() || fail(m_collection->errorString());
    if (m_undo.isEmpty())
        return false;
    const UndoRecord record = m_undo.constLast();
    const CardInfo &b = record.before;
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return fail(db.lastError().text());
    const bool ok = m_studyStore.takeBackAnswer(b, record.reviewId, record.boostDay);
    if (!ok || !db.commit()) {
        const QString message = ok ? db.lastError().text() : m_studyStore.errorString();
        db.rollback();
        return fail(QCoreApplication::translate("StudySession", "The answer could not be taken back: %1")
                        .arg(message));
    }
    restoreUndone(b.id);
    return true;
}

void StudySession::restoreUndone(qint64 cardId)
{
    qsizetype index = m_undo.size() - 1;
    while (index >= 0 && m_undo.at(index).before.id != cardId)
        --index;
    if (index >= 0) {
        const UndoRecord record = m_undo.takeAt(index);
        // In a focus, a card this answer took off the list goes back where it stood.
        if (m_focused && record.focusIndex >= 0 && !m_focusLeft.contains(cardId))
            m_focusLeft.insert(std::min<qsizetype>(record.focusIndex, m_focusLeft.size()), cardId);
    }
    rebuild();
    m_current = m_store->card(cardId, m_language);
    emit undone(cardId);
    emit currentChanged();
}

void StudySession::setCollection(Collection *collection)
{
    if (m_collection)
        disconnect(m_collection, nullptr, this, nullptr);
    m_collection = collection;
    if (!collection)
        return;
    // Changes made elsewhere (a suspend, say) reach the queue; the session's own answers and
    // their undo are handled where they happen.
    connect(collection, &Collection::changed, this, [this](const CollectionChanges &changes) {
        if (m_answering)
            return;
        // New parameters or limits saved elsewhere (the optimizer, a reschedule, its undo).
        if (changes.settings)
            applySettings(m_store->studySettings());
        // Entries added or edited: new texts, and cards that came or went.
        if (changes.facts) {
            m_texts.reset(); // read again when next needed
            ++m_textsGeneration;
            emit factsChanged();
            rebuild();
            if (takeStoredCurrent()) {
                emit countsChanged();
                emit currentUpdated();
            } else {
                pickNext();
            }
            return;
        }
        if (changes.cards.isEmpty())
            return;
        // The card in front changed. Suspended, buried, rescheduled: the queue decides afresh.
        // Flagged, tagged or its text edited: it stays, shown as it is now.
        if (m_current && changes.cards.contains(m_current->id)) {
            if (takeStoredCurrent()) {
                emit currentUpdated();
                return;
            }
            refresh();
        } else {
            refreshKeepingCurrent();
        }
    });
}

std::optional<qint64> StudySession::nextDueMs() const
{
    if (m_focused) {
        std::optional<qint64> next;
        if (const std::optional<qint64> id = nextFocusLearning(std::numeric_limits<qint64>::max())) {
            if (const std::optional<CardInfo> card = m_store->card(*id))
                next = card->dueMs;
        }
        return next;
    }
    std::optional<qint64> best;
    auto consider = [&best](qint64 ms) {
        if (!best || ms < *best)
            best = ms;
    };
    if (const std::optional<qint64> due = m_studyStore.earliestLearningDue())
        consider(*due);
    if (const std::optional<qint64> due = m_studyStore.earliestReviewDue())
        consider(*due < m_dayEnd ? m_dayEnd : m_day.startOfDay(*due));
    if (m_newLimit > 0 && m_studyStore.hasNewCards())
        consider(m_dayEnd);
    return best;
}

QString formatInterval(qint64 ms)
{
    const QLocale locale;
    const double minutes = ms / 60000.0;
    if (minutes < 1)
        return QCoreApplication::translate("Interval", "<1m");
    if (minutes < 60)
        return QCoreApplication::translate("Interval", "%1m").arg(qRound(minutes));
    const double hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Interval", "%1h").arg(locale.toString(hours, 'f', hours < 10 && std::fmod(hours, 1.0) >= 0.05 ? 1 : 0));
    const double days = hours / 24;
    if (days < 30)
        return QCoreApplication::translate("Interval", "%1d").arg(qRound(days));
    const double months = days / 30.4375;
    if (months < 12)
        return QCoreApplication::translate("Interval", "%1mo").arg(locale.toString(months, 'f', 1));
    return QCoreApplication::translate("Interval", "%1y").arg(locale.toString(days / 365.25, 'f', 1));
}
