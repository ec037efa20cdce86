// A learner who never stops: opens the deck in argv[1] and answers cards in a loop, printing
// "committed <review id>" after each answer is committed. tst_crashsafety kills it at random.
#include "deckstore.h"
#include "studysession.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: studyworker DATA_DIR [MAX_ANSWERS]\n");
        return 2;
    }
    DeckStore store;
    if (store.open(QString::fromLocal8Bit(argv[1])) != DeckStore::Status::Ok) {
        std::fprintf(stderr, "studyworker: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    StudySettings settings;
    settings.newPerDay = 100000;
    settings.reviewsPerDay = 100000;
    store.setStudySettings(settings);
    // Time moves on with every answer, so there is always something to study.
    const qint64 start = QDateTime::fromString(QStringLiteral("2025-01-06T08:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    ManualClock clock(start + store.counts().reviews * 7LL * 60 * 1000);
    StudySession session(&store, &clock, QString(), QTimeZone::utc());
    const long long maxAnswers = argc > 2 ? std::atoll(argv[2]) : 200000;
    for (long long i = 0; i < maxAnswers; ++i) {
        while (!session.hasCard()) {
            clock.advance(6LL * 3600 * 1000);
            session.refresh();
        }
        const auto rating = static_cast<fsrs::Rating>(1 + (i * 7 + i / 3) % 4);
        if (!session.answer(rating, 1000 + i % 5000, QStringLiteral("answer %1").arg(i), QStringLiteral("correct"))) {
            std::fprintf(stderr, "studyworker: %s\n", qPrintable(session.errorString()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(session.lastReviewId()));
        std::fflush(stdout);
        clock.advance(7 * 60 * 1000);
    }
    return 0;
}
