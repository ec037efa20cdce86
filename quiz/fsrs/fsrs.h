#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * FSRS-6 as ts-fsrs 5.4.2 computes it, bit for bit (see ../shared/FSRS.md, and the parity
 * fixtures in tests/data/fsrs). Everything here is a pure function: time, elapsed days and
 * the fuzz seed come in as arguments; nothing reads a clock or a database.
 */
namespace fsrs {

/** FSRS learning state of a card, numbered as ts-fsrs numbers them. */
enum class State { New = 0, Learning = 1, Review = 2, Relearning = 3 };

/** The learner's answer. */
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

constexpr int kParameterCount = 21;
using Weights = std::array<double, kParameterCount>;

/** The FSRS-6 default parameters. */
const Weights &defaultWeights();

/** Scheduler settings, as ts-fsrs's generatorParameters takes them. */
struct Settings
{
    /** 17 (FSRS-4.5), 19 (FSRS-5) or 21 (FSRS-6) values, migrated and clipped; empty: defaults. */
    std::vector<double> parameters;
    double desiredRetention = 0.9; ///< in (0, 1]; the app offers 0.70–0.99
    int maximumInterval = 36500;   ///< days
    bool enableShortTerm = true;   ///< learning/relearning steps and same-day stability
    bool enableFuzz = false;
    QList<int> learningSteps{1, 10}; ///< minutes
    QList<int> relearningSteps{10};  ///< minutes
};

/** Parses "1m", "10m", "2h", "1d" into minutes. */
std::optional<int> parseStep(const QString &text);
/** Formats minutes the way parseStep reads them ("10m", "2h", "1d"). */
QString formatStep(int minutes);

/**
 * Migrates a 17/19/21-value parameter set to 21 values and clips every value to its range,
 * exactly as ts-fsrs 5.4.2 does (including the w17/w18 ceiling for several relearning steps).
 * Returns std::nullopt for any other length.
 */
std::optional<Weights> migrateParameters(const std::vector<double> &parameters,
                                         int relearningSteps, bool enableShortTerm);

/** Clamps 21 values to FSRS-6's ranges, as migrateParameters() does: the optimizer's bounds. */
Weights clipWeights(const Weights &w, int relearningSteps, bool enableShortTerm);

/** Difficulty and stability: FSRS's memory state. */
struct MemoryState
{
    double difficulty = 0; ///< 1–10
    double stability = 0;  ///< days until recall probability falls to 90%
};

/** A card as the scheduler sees it. */
struct Card
{
    State state = State::New;
    int step = 0;                 ///< index into the (re)learning steps
    double stability = 0;
    double difficulty = 0;
    qint64 dueMs = 0;             ///< UTC milliseconds
    std::optional<qint64> lastReviewMs;
    int reps = 0;
    int lapses = 0;
    int scheduledDays = 0;
};

/** JavaScript's Math.round: halves round towards +infinity. */
double jsRound(double x);
/** Rounds to 8 decimals as ts-fsrs's roundTo(x, 8). */
double round8(double x);
/**
 * Appends @p value as std::to_chars writes it (the shortest text that reads back the same,
 * as JavaScript prints numbers in this range); quick for what round8() gives.
 */
void appendShortest(std::string *out, double value);
/** Whole UTC calendar days from @p fromMs to @p toMs, as ts-fsrs counts elapsed days. */
int utcDaysBetween(qint64 fromMs, qint64 toMs);

/** The Alea generator (Baagøe), as ts-fsrs seeds and runs it. */
class Alea
{
public:
    explicit Alea(const QString &seed);
    /** The same generator for a seed of Latin-1 characters, without a QString. */
    explicit Alea(std::string_view seed);
    double next();
    /** Alea(seed).next(), a third of the work: the first value needs one of the seed's three hashes. */
    static double firstValue(std::string_view seed);
    static double firstValue(const QString &seed);

private:
    double m_c = 1;
    double m_s0 = 0;
    double m_s1 = 0;
    double m_s2 = 0;
};

/**
 * The scheduler: FSRS-6's memory model plus ts-fsrs's short-term (steps) and long-term
 * state machines. Construct once per settings; every call is const and pure.
 */
class Scheduler
{
public:
    explicit Scheduler(const Settings &settings = {});

    const Settings &settings() const { return m_settings; }
    const Weights &weights() const { return m_w; }
    /** Days of interval per day of stability at the desired retention. */
    double intervalModifier() const { return m_intervalModifier; }

    /** The forgetting curve's exponent (negative: -w20) and factor, for SQL that evaluates it. */
    double decay() const { return m_decay; }
    double factor() const { return m_factor; }
    /**
     * Probability of recall after @p elapsedDays for @p stability: the FSRS-6 forgetting
     * curve, the only one in Portdeck. The scheduler, the statistics, the backfill of old
     * logs and card history all use it, or its SQL form (DeckStore::forgettingCurveSql),
     * whose agreement a test checks.
     */
    double forgettingCurve(double elapsedDays, double stability) const;
    /**
     * "Recall now": the forgetting curve from a review at @p lastReviewMs to @p nowMs, in
     * days of 86,400,000 ms (never negative), for a stability of at least kMinStability.
     */
    double recallAt(qint64 lastReviewMs, double stability, qint64 nowMs) const;
    /** The smallest stability (ts-fsrs S_MIN); the curve never divides by less. */
    static constexpr double kMinStability = 1e-3;
    /** The memory state after rating @p rating @p elapsedDays after the last review. */
    MemoryState nextState(std::optional<MemoryState> memory, int elapsedDays, Rating rating,
                          std::optional<double> retrievability = std::nullopt) const;
    /** Interval in days for @p stability, capped and fuzzed with @p seed. */
    int nextInterval(double stability, int elapsedDays, const QString &seed) const;

    /**
     * The card after one answer at @p nowMs. @p elapsedDays is the caller's count of days
     * since the last review (UTC calendar days for parity with ts-fsrs; the learner's local
     * days in the app); it is ignored for new cards. Negative values are treated as 0.
     */
    Card next(const Card &card, qint64 nowMs, int elapsedDays, Rating rating,
              const QString &seed = {}) const;
    /**
     * next() for all four ratings, Again first. @p seed overrides the fuzz seed; empty uses
     * ts-fsrs's default, which depends on the review time.
     */
    std::array<Card, 4> preview(const Card &card, qint64 nowMs, int elapsedDays,
                                const QString &seed = {}) const;

    /** ts-fsrs's default fuzz seed: "<now>_<reps after>_<D*S before>". */
    static QString fuzzSeed(qint64 nowMs, int repsAfter, double difficulty, double stability);
    /**
     * ts-fsrs's card-id seed (GenSeedStrategyWithCardId): String(card id + reps after). The same
     * for every moment of one review, so the intervals shown before answering are the ones saved.
     */
    static QString cardSeed(qint64 cardId, int repsAfter);

private:
    struct StepResult
    {
        int minutes = 0;
        int nextStep = 0;
    };
    /** One review's fuzz draw: Alea seeded once, and only if an interval needs it. */
    class Fuzz;
    double initDifficulty(int grade) const;
    double initStability(int grade) const;
    double nextDifficulty(double d, int grade) const;
    int interval(double stability, int elapsedDays, Fuzz &fuzz) const;
    std::optional<StepResult> learningStep(State state, int step, Rating rating) const;
    void applyLearningSteps(Card *next, const Card &before, Rating rating, State toState,
                            qint64 nowMs, int elapsedDays, Fuzz &fuzz) const;
    // The cards after each rating; with @p only, just what that rating's card depends on.
    std::array<Card, 4> shortTerm(const Card &card, qint64 nowMs, int elapsedDays, Fuzz &fuzz,
                                  std::optional<Rating> only) const;
    std::array<Card, 4> longTerm(const Card &card, qint64 nowMs, int elapsedDays, Fuzz &fuzz,
                                 std::optional<Rating> only) const;
    std::array<Card, 4> schedule(const Card &card, qint64 nowMs, int elapsedDays, const QString &seed,
                                 std::optional<Rating> only) const;

    Settings m_settings;
    Weights m_w{};
    double m_decay = 0;
    double m_factor = 0;
    double m_intervalModifier = 0;
};

QString stateName(State state); ///< "New", "Learning", "Review", "Relearning"

} // namespace fsrs
