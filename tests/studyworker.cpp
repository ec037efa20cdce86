// A learner who never stops: opens the deck in argv[1] and answers cards in a loop, printing
// "committed <review id>" after each answer is committed. tst_crashsafety kills it at random.
// Given MAX_ANSWERS, it stops after them and prints the longest an answer took; given 0, it only
// opens the collection as the window does (migrating an older file, merging the deck). With
// --reschedule RETENTION instead, it applies a new desired retention as the optimizer's
// dialog does (every card replayed, then written in one change) and prints "committed".
#include "collection.h"
#include "deckstore.h"
#include "memorystore.h"
#include "rescheduler.h"
#include "studysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

int reschedule(DeckStore &store, double retention)
{
    QString error;
    const std::optional<std::vector<fsrs::LoggedReview>> answers = MemoryStore(store).studyAnswers(&error);
    if (!answers) {
        std::fprintf(stderr, "studyworker: %s\n", qPrintable(error));
        return 1;
    }
    StudySettings settings = store.studySettings();
    settings.desiredRetention = retention;
    const std::optional<std::vector<ReplayedCard>> cards =
        Rescheduler::replay(*answers, fsrs::Scheduler(settings.schedulerSettings()), StudyDay(settings.rolloverHour));
    Collection collection(&store);
    if (!cards || !collection.reschedule(settings, *cards, true)) {
        std::fprintf(stderr, "studyworker: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    std::printf("committed\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: studyworker DATA_DIR [MAX_ANSWERS | --reschedule RETENTION]\n");
        return 2;
    }
    DeckStore store;
    if (store.open(QString::fromLocal8Bit(argv[1])) != DeckStore::Status::Ok) {
        std::fprintf(stderr, "studyworker: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    if (argc > 3 && qstrcmp(argv[2], "--reschedule") == 0)
        return reschedule(store, std::atof(argv[3]));
    if (argc > 2 && std::atoll(argv[2]) == 0)
        return 0; // opening was the whole change: a migration and the built-in deck's merge
    StudySettings settings;
    settings.newPerDay = 100000;
    settings.reviewsPerDay = 100000;
    store.setStudySettings(settings);
    // Time moves on with every answer, so there is always something to study.
    const qint64 start = QDateTime::fromString(QStringLiteral("2025-01-06T08:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    ManualClock clock(start + store.counts().reviews * 7LL * 60 * 1000);
    StudySession session(&store, &clock, QString(), QTimeZone::utc());
    const long long maxAnswers = argc > 2 ? std::atoll(argv[2]) : 200000;
    QElapsedTimer answerTime;
    qint64 longest = 0;
    for (long long i = 0; i < maxAnswers; ++i) {
        while (!session.hasCard()) {
            clock.advance(6LL * 3600 * 1000);
            session.refresh();
        }
        const auto rating = static_cast<fsrs::Rating>(1 + (i * 7 + i / 3) % 4);
        answerTime.start();
        if (!session.answer(rating, 1000 + i % 5000, QStringLiteral("answer %1").arg(i), QStringLiteral("correct"))) {
            std::fprintf(stderr, "studyworker: %s\n", qPrintable(session.errorString()));
            return 1;
        }
        longest = std::max(longest, answerTime.nsecsElapsed());
        std::printf("committed %lld\n", static_cast<long long>(session.lastReviewId()));
        std::fflush(stdout);
        clock.advance(7 * 60 * 1000);
    }
    // The longest any answer kept the caller waiting, as the window would have waited.
    std::printf("longest answer %.1f ms\n", double(longest) / 1e6);
    return 0;
}
