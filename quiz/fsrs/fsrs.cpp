#include "fsrs.h"

#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>

// Every formula below follows ts-fsrs 5.4.2 operation by operation (the order of the
// floating-point operations matters for bit-exact results); see ../shared/FSRS.md §1–2.

namespace fsrs {

namespace {

constexpr double kMinStability = Scheduler::kMinStability; // ts-fsrs S_MIN
constexpr double kMaxStability = 36500;
constexpr double kInitMaxStability = 100;
constexpr double kFsrs5DefaultDecay = 0.5;
constexpr double kW17W18Ceiling = 2.0;
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

double clamp(double value, double lo, double hi)
{
    return std::min(std::max(value, lo), hi);
}

// JavaScript's `x || 0` for numbers: NaN and 0 become 0.
double orZero(double x)
{
    return std::isnan(x) ? 0.0 : x;
}

// Number.prototype.toFixed(8) followed by unary +: the exact decimal value rounded half up.
double toFixed8(double x)
{
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "%.40f", std::fabs(x));
    std::string digits(buffer);
    const auto dot = digits.find('.');
    std::string kept = digits.substr(0, dot) + digits.substr(dot + 1, 8);
    const bool roundUp = digits.at(dot + 9) >= '5';
    if (roundUp) {
        int i = static_cast<int>(kept.size()) - 1;
        while (i >= 0 && kept[i] == '9')
            kept[i--] = '0';
        if (i < 0)
            kept.insert(kept.begin(), '1');
        else
            ++kept[i];
    }
    kept.insert(kept.size() - 8, ".");
    const double value = std::strtod(kept.c_str(), nullptr);
    return x < 0 ? -value : value;
}

// String(number) in JavaScript for the values a seed holds (fixed notation, shortest digits).
QString jsNumber(double x)
{
    if (x == 0)
        return QStringLiteral("0");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed);
    return QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
}

struct Range
{
    double lo;
    double hi;
};

std::array<Range, kParameterCount> clampRanges(double w17w18Ceiling, bool enableShortTerm)
{
    return {{{kMinStability, kInitMaxStability},
             {kMinStability, kInitMaxStability},
             {kMinStability, kInitMaxStability},
             {kMinStability, kInitMaxStability},
             {1, 10},
             {1e-3, 4},
             {1e-3, 4},
             {1e-3, 0.75},
             {0, 4.5},
             {0, 0.8},
             {1e-3, 3.5},
             {1e-3, 5},
             {1e-3, 0.25},
             {1e-3, 0.9},
             {0, 4},
             {0, 1},
             {1, 6},
             {0, w17w18Ceiling},
             {0, w17w18Ceiling},
             {enableShortTerm ? 0.01 : 0, 0.8},
             {0.1, 0.8}}};
}

// ts-fsrs clipParameters: clamps the first parameters.size() values.
std::vector<double> clipParameters(const std::vector<double> &parameters, int relearningSteps,
                                   bool enableShortTerm)
{
    auto clip = clampRanges(kW17W18Ceiling, enableShortTerm);
    const size_t n = std::min(parameters.size(), clip.size());
    if (std::max(0, relearningSteps) > 1 && n > 14) {
        const double w11 = clamp(orZero(parameters[11]), clip[11].lo, clip[11].hi);
        const double w13 = clamp(orZero(parameters[13]), clip[13].lo, clip[13].hi);
        const double w14 = clamp(orZero(parameters[14]), clip[14].lo, clip[14].hi);
        const double value = -(std::log(w11) + std::log(std::pow(2, w13) - 1) + w14 * 0.3)
                             / relearningSteps;
        const double ceiling = clamp(round8(std::sqrt(std::max(value, 0.0))), 0.01, kW17W18Ceiling);
        clip[17].hi = ceiling;
        clip[18].hi = ceiling;
    }
    std::vector<double> out(n);
    for (size_t i = 0; i < n; ++i)
        out[i] = clamp(orZero(parameters[i]), clip[i].lo, clip[i].hi);
    return out;
}

} // namespace

const Weights &defaultWeights()
{
    static const Weights w = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                              0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                              1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    return w;
}

std::optional<int> parseStep(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*([mhd])\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int value = m.captured(1).toInt();
    const QChar unit = m.captured(2).at(0);
    if (value > 36500 * (unit == QLatin1Char('d') ? 1 : unit == QLatin1Char('h') ? 24 : 1440))
        return std::nullopt; // longer than a hundred years: a typo, and it would overflow
    if (unit == QLatin1Char('h'))
        return value * 60;
    if (unit == QLatin1Char('d'))
        return value * 1440;
    return value;
}

QString formatStep(int minutes)
{
    if (minutes > 0 && minutes % 1440 == 0)
        return QStringLiteral("%1d").arg(minutes / 1440);
    if (minutes > 0 && minutes % 60 == 0)
        return QStringLiteral("%1h").arg(minutes / 60);
    return QStringLiteral("%1m").arg(minutes);
}

std::optional<Weights> migrateParameters(const std::vector<double> &parameters,
                                         int relearningSteps, bool enableShortTerm)
{
    std::vector<double> w;
    switch (parameters.size()) {
    case 0:
        w.assign(defaultWeights().begin(), defaultWeights().end());
        break;
    case 21:
        w = clipParameters(parameters, relearningSteps, enableShortTerm);
        break;
    case 19:
        w = clipParameters(parameters, relearningSteps, enableShortTerm);
        w.push_back(0);
        w.push_back(kFsrs5DefaultDecay);
        break;
    case 17:
        w = clipParameters(parameters, relearningSteps, enableShortTerm);
        w[4] = toFixed8(w[5] * 2 + w[4]);
        w[5] = toFixed8(std::log(w[5] * 3 + 1) / 3);
        w[6] = toFixed8(w[6] + 0.5);
        w.insert(w.end(), {0, 0, 0, kFsrs5DefaultDecay});
        break;
    default:
        return std::nullopt;
    }
    // ts-fsrs 5.4.2 clips once more after migrating.
    w = clipParameters(w, relearningSteps, enableShortTerm);
    Weights out;
    std::copy(w.begin(), w.end(), out.begin());
    return out;
}

Weights clipWeights(const Weights &w, int relearningSteps, bool enableShortTerm)
{
    const std::vector<double> clipped =
        clipParameters(std::vector<double>(w.begin(), w.end()), relearningSteps, enableShortTerm);
    Weights out;
    std::copy(clipped.begin(), clipped.end(), out.begin());
    return out;
}

namespace {

// std::floor without a library call (the baseline x86-64 has no rounding instruction): the
// same value for every double, signed zeros included.
inline double floorExact(double x)
{
    if (!(std::fabs(x) < 4503599627370496.0) || x == 0)
        return x; // NaN, infinite, ±0, or whole already (2^52 and beyond)
    const double r = static_cast<double>(static_cast<qint64>(x)); // toward zero, exact here
    return r > x ? r - 1 : r;
}

} // namespace

double jsRound(double x)
{
    double r = floorExact(x);
    if (x - r >= 0.5)
        r += 1;
    return r;
}

double round8(double x)
{
    return jsRound(x * 1e8) / 1e8;
}

void appendShortest(std::string *out, double value)
{
    // A value that is k/10^8 exactly (as round8 makes them) reads back from k's digits, and no
    // shorter text does: it would be at least 10^-8 away, over a unit in the last place below
    // 10^5. From 0.001 on, the plain form is never longer than the exponent form. Ryu's general
    // search for the shortest digits took a tenth of a replay.
    char buffer[32];
    if (value >= 0.001 && value < 1e5) {
        const qint64 k = static_cast<qint64>(value * 1e8 + 0.5);
        if (static_cast<double>(k) / 1e8 == value) {
            char *p = std::to_chars(buffer, buffer + sizeof buffer, k / 100000000).ptr;
            qint64 fraction = k % 100000000;
            if (fraction != 0) {
                int digits = 8;
                while (fraction % 10 == 0) {
                    fraction /= 10;
                    --digits;
                }
                *p++ = '.';
                for (int i = digits - 1; i >= 0; --i, fraction /= 10)
                    p[i] = char('0' + fraction % 10);
                p += digits;
            }
            out->append(buffer, size_t(p - buffer));
            return;
        }
    }
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out->append(buffer, size_t(result.ptr - buffer));
}

int utcDaysBetween(qint64 fromMs, qint64 toMs)
{
    auto day = [](qint64 ms) { return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs); };
    return static_cast<int>(day(toMs) - day(fromMs));
}

// --- Alea ------------------------------------------------------------------------------

namespace {

// JavaScript's x >>> 0 for the non-negative values below 2^33 that Mash makes: truncation,
// modulo 2^32. (std::fmod was a tenth of a replay.)
double toUint32(double x)
{
    return double(quint32(qint64(x)));
}

// One character into Mash's state: the same operations in the same order as Mash does them.
inline double mashStep(double n, double code)
{
    n += code;
    double h = 0.02519603282416938 * n;
    n = toUint32(h);
    h -= n;
    h *= n;
    n = toUint32(h);
    h -= n;
    return n + h * 4294967296.0;
}

inline double mashResult(double n)
{
    return toUint32(n) * 2.3283064365386963e-10;
}

class Mash
{
public:
    template <typename Text>
    double operator()(const Text &data)
    {
        for (const auto c : data)
            m_n = mashStep(m_n, code(c));
        return mashResult(m_n);
    }
    double state() const { return m_n; }
    Mash() = default;
    explicit Mash(double state) : m_n(state) {}

private:
    static double code(QChar c) { return c.unicode(); }
    static double code(char c) { return static_cast<unsigned char>(c); }

    double m_n = 4022871197.0;
};

template <typename Text>
void seedAlea(const Text &seed, double *s0, double *s1, double *s2)
{
    Mash mash;
    const std::string_view space(" ");
    *s0 = mash(space);
    *s1 = mash(space);
    *s2 = mash(space);
    *s0 -= mash(seed);
    if (*s0 < 0)
        *s0 += 1;
    *s1 -= mash(seed);
    if (*s1 < 0)
        *s1 += 1;
    *s2 -= mash(seed);
    if (*s2 < 0)
        *s2 += 1;
}

} // namespace

Alea::Alea(const QString &seed)
{
    seedAlea(seed, &m_s0, &m_s1, &m_s2);
}

Alea::Alea(std::string_view seed)
{
    seedAlea(seed, &m_s0, &m_s1, &m_s2);
}

namespace {

// Alea's state after Mash(" ") three times, where every seed starts.
struct AleaStart
{
    double n, s0, s1, s2;
};

const AleaStart &aleaStart()
{
    static const AleaStart start = [] {
        Mash mash;
        const std::string_view space(" ");
        const double s0 = mash(space);
        const double s1 = mash(space);
        const double s2 = mash(space);
        return AleaStart{mash.state(), s0, s1, s2};
    }();
    return start;
}

template <typename Text>
double firstValue(const Text &seed)
{
    // Alea's first value is 2091639·s0 + c·2⁻³² with c = 1, so it depends on s0 alone: the one
    // Mash pass over the seed that gives s0, not the two after it that give s1 and s2.
    const AleaStart &start = aleaStart();
    Mash mash(start.n);
    double s0 = start.s0 - mash(seed);
    if (s0 < 0)
        s0 += 1;
    const double t = 2091639 * s0 + 1 * 2.3283064365386963e-10;
    return t - floorExact(t);
}

} // namespace

double Alea::firstValue(std::string_view seed)
{
    return ::fsrs::firstValue(seed);
}

double Alea::firstValue(const QString &seed)
{
    return ::fsrs::firstValue(seed);
}

double Alea::next()
{
    const double t = 2091639 * m_s0 + m_c * 2.3283064365386963e-10;
    m_s0 = m_s1;
    m_s1 = m_s2;
    m_c = std::floor(t); // t | 0 for 0 <= t < 2^31
    m_s2 = t - m_c;
    return m_s2;
}

// --- Scheduler ---------------------------------------------------------------------------

Scheduler::Scheduler(const Settings &settings)
    : m_settings(settings)
{
    if (!(m_settings.desiredRetention > 0 && m_settings.desiredRetention <= 1))
        m_settings.desiredRetention = 0.9;
    if (m_settings.maximumInterval <= 0)
        m_settings.maximumInterval = 36500;
    m_w = migrateParameters(m_settings.parameters, static_cast<int>(m_settings.relearningSteps.size()),
                            m_settings.enableShortTerm)
              .value_or(defaultWeights());
    m_decay = -m_w[20];
    m_factor = round8(std::exp(std::pow(m_decay, -1) * std::log(0.9)) - 1);
    m_intervalModifier =
        round8((std::pow(m_settings.desiredRetention, 1 / m_decay) - 1) / m_factor);
}

double Scheduler::forgettingCurve(double elapsedDays, double stability) const
{
    return round8(std::pow(1 + m_factor * elapsedDays / stability, m_decay));
}

double Scheduler::recallAt(qint64 lastReviewMs, double stability, qint64 nowMs) const
{
    constexpr double kDayMs = 86400000.0;
    return forgettingCurve(double(std::max<qint64>(0, nowMs - lastReviewMs)) / kDayMs,
                           std::max(stability, kMinStability));
}

double Scheduler::initStability(int grade) const
{
    return std::max(m_w[grade - 1], 0.1);
}

double Scheduler::initDifficulty(int grade) const
{
    return round8(m_w[4] - std::exp((grade - 1) * m_w[5]) + 1);
}

double Scheduler::nextDifficulty(double d, int grade) const
{
    const double deltaD = -m_w[6] * (grade - 3);
    const double nextD = d + round8(deltaD * (10 - d) / 9);
    return clamp(round8(m_w[7] * initDifficulty(4) + (1 - m_w[7]) * nextD), 1, 10);
}

MemoryState Scheduler::nextState(std::optional<MemoryState> memory, int elapsedDays,
                                 Rating rating, std::optional<double> retrievability) const
{
    const int g = static_cast<int>(rating);
    const double d = memory ? memory->difficulty : 0;
    const double s = memory ? memory->stability : 0;
    const int t = std::max(0, elapsedDays);
    if (d == 0 && s == 0)
        return {clamp(initDifficulty(g), 1, 10), initStability(g)};
    // A damaged state (D < 1 or S below the floor) is brought back into range, not thrown.
    const double dd = std::max(d, 1.0);
    const double ss = std::max(s, kMinStability);
    const double r = retrievability ? *retrievability : forgettingCurve(t, ss);
    double newS = 0;
    if (t == 0 && m_settings.enableShortTerm) {
        const double sinc = std::pow(ss, -m_w[19]) * std::exp(m_w[17] * (g - 3 + m_w[18]));
        const double masked = g >= 2 ? std::max(sinc, 1.0) : sinc;
        newS = round8(clamp(ss * masked, kMinStability, kMaxStability));
    } else if (g == 1) {
        const double afterFail =
            round8(clamp(m_w[11] * std::pow(dd, -m_w[12]) * (std::pow(ss + 1, m_w[13]) - 1)
                             * std::exp((1 - r) * m_w[14]),
                         kMinStability, kMaxStability));
        const double w17 = m_settings.enableShortTerm ? m_w[17] : 0;
        const double w18 = m_settings.enableShortTerm ? m_w[18] : 0;
        const double nextSMin = ss / std::exp(w17 * w18);
        newS = clamp(round8(nextSMin), kMinStability, afterFail);
    } else {
        const double hardPenalty = g == 2 ? m_w[15] : 1;
        const double easyBonus = g == 4 ? m_w[16] : 1;
        newS = round8(clamp(ss * (1 + std::exp(m_w[8]) * (11 - dd) * std::pow(ss, -m_w[9])
                                          * (std::exp((1 - r) * m_w[10]) - 1) * hardPenalty
                                          * easyBonus),
                            kMinStability, kMaxStability));
    }
    return {nextDifficulty(dd, g), newS};
}

class Scheduler::Fuzz
{
public:
    // An explicit seed (even empty, as nextInterval takes it), or ts-fsrs's default from the review.
    explicit Fuzz(const QString &seed) : m_seed(&seed) {}
    Fuzz(qint64 nowMs, const Card &card) : m_nowMs(nowMs), m_card(&card) {}

    double value()
    {
        if (!m_value)
            m_value = m_seed ? Alea::firstValue(*m_seed) : Alea::firstValue(defaultSeed());
        return *m_value;
    }

private:
    // fuzzSeed() into a buffer of its own: a QString for every review cost a tenth of a replay.
    std::string_view defaultSeed()
    {
        char *end = m_buffer + sizeof m_buffer;
        char *p = std::to_chars(m_buffer, end, m_nowMs).ptr;
        *p++ = '_';
        p = std::to_chars(p, end, m_card->reps + 1).ptr;
        *p++ = '_';
        const double ds = m_card->difficulty * m_card->stability;
        if (ds == 0)
            *p++ = '0';
        else
            p = std::to_chars(p, end, ds, std::chars_format::fixed).ptr;
        return std::string_view(m_buffer, size_t(p - m_buffer));
    }

    char m_buffer[128];
    const QString *m_seed = nullptr;
    qint64 m_nowMs = 0;
    const Card *m_card = nullptr;
    std::optional<double> m_value;
};

int Scheduler::nextInterval(double stability, int elapsedDays, const QString &seed) const
{
    Fuzz fuzz(seed);
    return interval(stability, elapsedDays, fuzz);
}

int Scheduler::interval(double stability, int elapsedDays, Fuzz &fuzz) const
{
    const double capped = std::min(std::max(1.0, jsRound(stability * m_intervalModifier)),
                                   double(m_settings.maximumInterval));
    if (!m_settings.enableFuzz || capped < 2.5)
        return static_cast<int>(jsRound(capped));
    const double u = fuzz.value();
    struct FuzzRange
    {
        double start, end, factor;
    };
    static constexpr FuzzRange ranges[] = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, INFINITY, 0.05}};
    double delta = 1;
    for (const FuzzRange &r : ranges)
        delta += r.factor * std::max(std::min(capped, r.end) - r.start, 0.0);
    const double interval = std::min(capped, double(m_settings.maximumInterval));
    double lo = std::max(2.0, jsRound(interval - delta));
    const double hi = std::min(jsRound(interval + delta), double(m_settings.maximumInterval));
    if (interval > elapsedDays)
        lo = std::max(lo, double(elapsedDays) + 1);
    lo = std::min(lo, hi);
    return static_cast<int>(std::floor(u * (hi - lo + 1) + lo));
}

QString Scheduler::fuzzSeed(qint64 nowMs, int repsAfter, double difficulty, double stability)
{
    return QStringLiteral("%1_%2_%3").arg(nowMs).arg(repsAfter).arg(jsNumber(difficulty * stability));
}

std::optional<Scheduler::StepResult> Scheduler::learningStep(State state, int step,
                                                             Rating rating) const
{
    const QList<int> &steps = state == State::Relearning || state == State::Review
                                  ? m_settings.relearningSteps
                                  : m_settings.learningSteps;
    const int n = static_cast<int>(steps.size());
    if (n == 0 || step >= n)
        return std::nullopt;
    if (state == State::Review) {
        if (rating != Rating::Again)
            return std::nullopt;
        return StepResult{steps.at(std::max(0, step)), 0};
    }
    switch (rating) {
    case Rating::Again: return StepResult{steps.at(0), 0};
    case Rating::Hard:
        if (n == 1)
            return StepResult{int(jsRound(steps.at(0) * 1.5)), step};
        return StepResult{int(jsRound((steps.at(0) + steps.at(1)) / 2.0)), step};
    case Rating::Good:
        if (step + 1 < n && steps.at(step + 1) != 0)
            return StepResult{steps.at(step + 1), step + 1};
        return std::nullopt;
    case Rating::Easy: break;
    }
    return std::nullopt;
}

void Scheduler::applyLearningSteps(Card *next, const Card &before, Rating rating, State toState,
                                   qint64 nowMs, int elapsedDays, Fuzz &fuzz) const
{
    const std::optional<StepResult> info = learningStep(before.state, before.step, rating);
    const int minutes = info ? std::max(0, info->minutes) : 0;
    const int nextStep = info ? std::max(0, info->nextStep) : 0;
    if (minutes > 0 && minutes < 1440) {
        next->step = nextStep;
        next->scheduledDays = 0;
        next->state = toState;
        next->dueMs = nowMs + qint64(minutes) * kMinuteMs;
        return;
    }
    next->state = State::Review;
    if (minutes >= 1440) {
        next->step = nextStep;
        next->dueMs = nowMs + qint64(minutes) * kMinuteMs;
        next->scheduledDays = minutes / 1440;
    } else {
        next->step = 0;
        const int days = interval(next->stability, elapsedDays, fuzz);
        next->scheduledDays = days;
        next->dueMs = nowMs + qint64(days) * kDayMs;
    }
}

std::array<Card, 4> Scheduler::shortTerm(const Card &card, qint64 nowMs, int t, Fuzz &fuzz,
                                         std::optional<Rating> only) const
{
    Card base = card;
    base.reps += 1;
    base.lastReviewMs = nowMs;
    const MemoryState memory{card.difficulty, card.stability};
    std::array<Card, 4> out;
    auto withState = [&](const MemoryState &m) {
        Card c = base;
        c.difficulty = m.difficulty;
        c.stability = m.stability;
        return c;
    };

    if (card.state == State::New || card.state == State::Learning
        || card.state == State::Relearning) {
        const State toState = card.state == State::New ? State::Learning : card.state;
        for (int g = 1; g <= 4; ++g) {
            const Rating rating = static_cast<Rating>(g);
            if (only && rating != *only)
                continue;
            Card c = withState(nextState(memory, t, rating));
            applyLearningSteps(&c, card, rating, toState, nowMs, t, fuzz);
            out[g - 1] = c;
        }
        return out;
    }

    // Review: Hard's interval is at most Good's, Good's above Hard's, Easy's above Good's.
    const double r = forgettingCurve(t, card.stability);
    if (!only || *only == Rating::Again) {
        out[0] = withState(nextState(memory, t, Rating::Again, r));
        applyLearningSteps(&out[0], card, Rating::Again, State::Relearning, nowMs, t, fuzz);
        out[0].lapses += 1;
    }
    if (only == Rating::Again)
        return out;
    const int last = !only || *only == Rating::Easy ? 4 : 3;
    for (int g = 2; g <= last; ++g)
        out[g - 1] = withState(nextState(memory, t, static_cast<Rating>(g), r));
    int hard = interval(out[1].stability, t, fuzz);
    int good = interval(out[2].stability, t, fuzz);
    hard = std::min(hard, good);
    good = std::max(good, hard + 1);
    const int easy = last == 4 ? std::max(interval(out[3].stability, t, fuzz), good + 1) : 0;
    const int intervals[] = {hard, good, easy};
    for (int i = 1; i < last; ++i) {
        out[i].state = State::Review;
        out[i].step = 0;
        out[i].scheduledDays = intervals[i - 1];
        out[i].dueMs = nowMs + qint64(intervals[i - 1]) * kDayMs;
    }
    return out;
}

std::array<Card, 4> Scheduler::longTerm(const Card &card, qint64 nowMs, int t, Fuzz &fuzz,
                                        std::optional<Rating> only) const
{
    Card base = card;
    base.reps += 1;
    base.lastReviewMs = nowMs;
    const bool isNew = card.state == State::New;
    if (isNew)
        base.scheduledDays = 0;
    const MemoryState memory{card.difficulty, card.stability};
    const std::optional<double> r =
        isNew ? std::nullopt : std::optional<double>(forgettingCurve(t, card.stability));
    // Each rating's interval is above the one before: a rating needs those below it, and Again
    // needs Hard's.
    const int last = only ? std::max(2, static_cast<int>(*only)) : 4;
    std::array<Card, 4> out;
    for (int g = 1; g <= last; ++g) {
        const MemoryState m = nextState(memory, isNew ? 0 : t, static_cast<Rating>(g), r);
        out[g - 1] = base;
        out[g - 1].difficulty = m.difficulty;
        out[g - 1].stability = m.stability;
    }
    int intervals[4] = {};
    intervals[0] = interval(out[0].stability, t, fuzz);
    intervals[1] = interval(out[1].stability, t, fuzz);
    intervals[0] = std::min(intervals[0], intervals[1]);
    intervals[1] = std::max(intervals[1], intervals[0] + 1);
    for (int g = 3; g <= last; ++g)
        intervals[g - 1] = std::max(interval(out[g - 1].stability, t, fuzz), intervals[g - 2] + 1);
    for (int i = 0; i < last; ++i) {
        out[i].state = State::Review;
        out[i].step = 0;
        out[i].scheduledDays = intervals[i];
        out[i].dueMs = nowMs + qint64(intervals[i]) * kDayMs;
    }
    if (!isNew)
        out[0].lapses += 1;
    return out;
}

std::array<Card, 4> Scheduler::schedule(const Card &card, qint64 nowMs, int elapsedDays,
                                        const QString &seed, std::optional<Rating> only) const
{
    const int t = card.state == State::New ? 0 : std::max(0, elapsedDays);
    // The default seed is built only when fuzz draws: it formats D·S as JavaScript does.
    Fuzz fuzz = seed.isEmpty() ? Fuzz(nowMs, card) : Fuzz(seed);
    return m_settings.enableShortTerm ? shortTerm(card, nowMs, t, fuzz, only)
                                      : longTerm(card, nowMs, t, fuzz, only);
}

std::array<Card, 4> Scheduler::preview(const Card &card, qint64 nowMs, int elapsedDays,
                                       const QString &seed) const
{
    return schedule(card, nowMs, elapsedDays, seed, std::nullopt);
}

Card Scheduler::next(const Card &card, qint64 nowMs, int elapsedDays, Rating rating,
                     const QString &seed) const
{
    return schedule(card, nowMs, elapsedDays, seed, rating)[static_cast<int>(rating) - 1];
}

QString Scheduler::cardSeed(qint64 cardId, int repsAfter)
{
    return QString::number(cardId + repsAfter);
}

QString stateName(State state)
{
    switch (state) {
    case State::New: return QStringLiteral("New");
    case State::Learning: return QStringLiteral("Learning");
    case State::Review: return QStringLiteral("Review");
    case State::Relearning: break;
    }
    return QStringLiteral("Relearning");
}

} // namespace fsrs
