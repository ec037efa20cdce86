#include "replay.h"

#include "fsrs.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <string>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isInteger(element value, double *out)
{
    double d = 0;
    if (value.get_double().get(d) != simdjson::SUCCESS)
        return false;
    *out = d;
    return std::isfinite(d) && std::floor(d) == d;
}

bool readSteps(object request, const char *name, QList<int> *out, QString *error)
{
    element value;
    if (request.at_key(name).get(value) != simdjson::SUCCESS)
        return true;
    array steps;
    if (value.get_array().get(steps) != simdjson::SUCCESS) {
        *error = QStringLiteral("%1 must be a list of steps such as [\"1m\", \"10m\"]").arg(QLatin1String(name));
        return false;
    }
    out->clear();
    int i = 0;
    for (element step : steps) {
        std::string_view text;
        const std::optional<int> minutes = step.get_string().get(text) == simdjson::SUCCESS
                                               ? fsrs::parseStep(fromView(text))
                                               : std::nullopt;
        if (!minutes) {
            *error = QStringLiteral("%1[%2] is not a step such as 10m, 1h or 1d").arg(QLatin1String(name)).arg(i);
            return false;
        }
        out->append(*minutes);
        ++i;
    }
    return true;
}

std::optional<fsrs::Settings> readSettings(object request, QString *error)
{
    fsrs::Settings settings;
    element value;
    if (request.at_key("parameters").get(value) == simdjson::SUCCESS) {
        array parameters;
        if (value.get_array().get(parameters) != simdjson::SUCCESS) {
            *error = QStringLiteral("parameters must be numbers");
            return std::nullopt;
        }
        for (element p : parameters) {
            double d = 0;
            if (p.get_double().get(d) != simdjson::SUCCESS) {
                *error = QStringLiteral("parameters must be numbers");
                return std::nullopt;
            }
            settings.parameters.push_back(d);
        }
        const size_t n = settings.parameters.size();
        if (n != 17 && n != 19 && n != 21) {
            *error = QStringLiteral("parameters must have 17, 19 or 21 numbers, not %1").arg(n);
            return std::nullopt;
        }
    }
    if (request.at_key("desired_retention").get(value) == simdjson::SUCCESS) {
        double r = -1;
        if (value.get_double().get(r) != simdjson::SUCCESS || !(r > 0 && r <= 1)) {
            *error = QStringLiteral("desired_retention must be above 0 and at most 1");
            return std::nullopt;
        }
        settings.desiredRetention = r;
    }
    if (request.at_key("maximum_interval").get(value) == simdjson::SUCCESS) {
        double days = 0;
        if (!isInteger(value, &days) || days < 1 || days > 1e9) {
            *error = QStringLiteral("maximum_interval must be a whole number of days, at least 1");
            return std::nullopt;
        }
        settings.maximumInterval = int(days);
    }
    bool flag = false;
    if (request.at_key("enable_short_term").get(value) == simdjson::SUCCESS && value.get_bool().get(flag) == simdjson::SUCCESS)
        settings.enableShortTerm = flag;
    if (request.at_key("enable_fuzz").get(value) == simdjson::SUCCESS && value.get_bool().get(flag) == simdjson::SUCCESS)
        settings.enableFuzz = flag;
    if (!readSteps(request, "learning_steps", &settings.learningSteps, error)
        || !readSteps(request, "relearning_steps", &settings.relearningSteps, error))
        return std::nullopt;
    return settings;
}

// Numbers as JSON writes them: integers plainly, others shortest round-trip.
template <typename T>
void appendNumber(std::string *out, T value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out->append(buffer, size_t(result.ptr - buffer));
}

// The reviews of one card, checked: times in order, ratings 1–4.
struct CardInput
{
    element id;
    bool hasId = false;
    array reviews;
};

QString cardName(const CardInput &card, size_t index)
{
    std::string_view text;
    if (card.hasId && card.id.get_string().get(text) == simdjson::SUCCESS)
        return fromView(text);
    if (card.hasId && card.id.is_number())
        return QString::fromStdString(simdjson::minify(card.id));
    return QStringLiteral("#%1").arg(index + 1);
}

// Checks every card before any is replayed, so that a refused input writes nothing.
bool checkCards(array list, std::vector<CardInput> *cards, QString *error)
{
    constexpr double kMaxTimeMs = 8.64e15; // the range of a JavaScript Date
    for (element value : list) {
        const size_t c = cards->size();
        CardInput card;
        object cardIn;
        if (value.get_object().get(cardIn) != simdjson::SUCCESS) {
            *error = QStringLiteral("card #%1 must be an object with \"id\" and \"reviews\"").arg(c + 1);
            return false;
        }
        card.hasId = cardIn.at_key("id").get(card.id) == simdjson::SUCCESS;
        if (cardIn.at_key("reviews").get_array().get(card.reviews) != simdjson::SUCCESS) {
            *error = QStringLiteral("card %1: reviews must be a list").arg(cardName(card, c));
            return false;
        }
        double last = -kMaxTimeMs - 1;
        size_t r = 0;
        for (element reviewValue : card.reviews) {
            auto where = [&] { return QStringLiteral("card %1, review %2").arg(cardName(card, c)).arg(r + 1); };
            object review;
            if (reviewValue.get_object().get(review) != simdjson::SUCCESS) {
                *error = QStringLiteral("%1: must be an object with \"time\" and \"rating\"").arg(where());
                return false;
            }
            double time = 0, rating = 0;
            element field;
            if (review.at_key("time").get(field) != simdjson::SUCCESS || !isInteger(field, &time)
                || std::fabs(time) > kMaxTimeMs) {
                *error = QStringLiteral("%1: time must be UTC milliseconds").arg(where());
                return false;
            }
            if (review.at_key("rating").get(field) != simdjson::SUCCESS || !isInteger(field, &rating) || rating < 1
                || rating > 4) {
                *error = QStringLiteral("%1: rating must be 1 (Again) to 4 (Easy)").arg(where());
                return false;
            }
            if (time < last) {
                *error = QStringLiteral("%1: time goes backwards (%2 is before the previous review)")
                             .arg(where())
                             .arg(qint64(time));
                return false;
            }
            last = time;
            ++r;
        }
        cards->push_back(card);
    }
    return true;
}

// Replays checked cards [begin, end) as text onto @p out.
void replayCards(const fsrs::Scheduler &scheduler, const std::vector<CardInput> &cards, size_t begin, size_t end,
                 std::string *out)
{
    static const char *const states[] = {"New", "Learning", "Review", "Relearning"};
    for (size_t c = begin; c < end; ++c) {
        const CardInput &input = cards[c];
        if (c > 0)
            out->push_back(',');
        // A card without an id has none in the output, as ts-fsrs's JSON leaves it out.
        if (input.hasId) {
            out->append("{\"id\":");
            out->append(simdjson::minify(input.id));
            out->append(",\"reviews\":[");
        } else {
            out->append("{\"reviews\":[");
        }
        fsrs::Card card;
        bool first = true;
        for (element reviewValue : input.reviews) {
            const object review = reviewValue.get_object().value_unsafe();
            const qint64 now = qint64(review.at_key("time").get_double().value_unsafe());
            const int rating = int(review.at_key("rating").get_double().value_unsafe());
            if (first)
                card.dueMs = now;
            const int elapsed = card.state == fsrs::State::New || !card.lastReviewMs
                                    ? 0
                                    : fsrs::utcDaysBetween(*card.lastReviewMs, now);
            card = scheduler.next(card, now, elapsed, static_cast<fsrs::Rating>(rating));
            if (!first)
                out->push_back(',');
            first = false;
            out->append("{\"state\":\"");
            out->append(states[int(card.state)]);
            out->append("\",\"step\":");
            appendNumber(out, card.step);
            out->append(",\"stability\":");
            appendNumber(out, card.stability);
            out->append(",\"difficulty\":");
            appendNumber(out, card.difficulty);
            out->append(",\"scheduled_days\":");
            appendNumber(out, card.scheduledDays);
            out->append(",\"due\":");
            appendNumber(out, card.dueMs);
            out->append(",\"elapsed_days\":");
            appendNumber(out, elapsed);
            out->append(",\"lapses\":");
            appendNumber(out, card.lapses);
            out->push_back('}');
        }
        out->append("]}");
    }
}

} // namespace

bool replayJson(const QByteArray &input, const std::function<void(std::string_view)> &write, QString *error)
{
    simdjson::dom::parser parser;
    element doc;
    // The caller's buffer when it has simdjson's padding to spare; a copy otherwise.
    std::optional<simdjson::padded_string> copy;
    simdjson::padded_string_view view;
    // Room after the data, not capacity (which counts room in front, and is 0 for raw data).
    QByteArray shared = input; // shares the data: only to ask it
    if (shared.data_ptr().freeSpaceAtEnd() >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        view = simdjson::padded_string_view(input.constData(), size_t(input.size()), size_t(input.capacity()));
    } else {
        copy.emplace(input.constData(), size_t(input.size()));
        view = *copy;
    }
    if (const auto code = parser.parse(view).get(doc); code != simdjson::SUCCESS) {
        *error = QStringLiteral("not valid JSON: %1").arg(QLatin1String(simdjson::error_message(code)));
        return false;
    }
    object request;
    if (doc.get_object().get(request) != simdjson::SUCCESS) {
        *error = QStringLiteral("the input must be a JSON object with a \"cards\" list");
        return false;
    }
    const std::optional<fsrs::Settings> settings = readSettings(request, error);
    if (!settings)
        return false;
    const fsrs::Scheduler scheduler(*settings);
    array list;
    if (request.at_key("cards").get_array().get(list) != simdjson::SUCCESS) {
        *error = QStringLiteral("cards must be a list");
        return false;
    }
    std::vector<CardInput> cards;
    if (!checkCards(list, &cards, error))
        return false;

    // Cards are independent: chunks of them go to two threads in turn, each formatted as text
    // into a buffer the thread reuses (fresh memory is slow to come by, and a QJsonObject per
    // review cost more than the scheduling), and written in input order.
    constexpr size_t kChunk = 64;
    const size_t chunks = (cards.size() + kChunk - 1) / kChunk;
    const int threads = chunks > 4 && std::thread::hardware_concurrency() > 1 ? 2 : 1;
    std::mutex mutex;
    std::condition_variable turn;
    size_t written = 0;
    write("{\"cards\":[");
    auto work = [&](int thread) {
        std::string buffer;
        buffer.reserve(256 * 1024);
        for (size_t chunk = size_t(thread); chunk < chunks; chunk += size_t(threads)) {
            buffer.clear();
            replayCards(scheduler, cards, chunk * kChunk, std::min(cards.size(), (chunk + 1) * kChunk), &buffer);
            std::unique_lock lock(mutex);
            turn.wait(lock, [&] { return written == chunk; });
            write(buffer);
            ++written;
            turn.notify_all();
        }
    };
    std::thread second;
    if (threads == 2)
        second = std::thread(work, 1);
    work(0);
    if (second.joinable())
        second.join();
    write("]}\n");
    return true;
}

std::optional<QByteArray> replayJson(const QByteArray &input, QString *error)
{
    QByteArray out;
    if (!replayJson(input, [&](std::string_view text) { out.append(text.data(), qsizetype(text.size())); }, error))
        return std::nullopt;
    return out;
}
