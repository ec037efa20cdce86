#include "replay.h"

#include "fsrs.h"
#include "replayinput.h"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace {

// Whole numbers as JSON writes them.
template <typename T>
void appendNumber(std::string *out, T value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out->append(buffer, size_t(result.ptr - buffer));
}

// Replays checked cards [begin, end) as text onto @p out.
void replayCards(const fsrs::Scheduler &scheduler, const ReplayInput &input, size_t begin, size_t end,
                 std::string *out)
{
    static const char *const states[] = {"New", "Learning", "Review", "Relearning"};
    for (size_t c = begin; c < end; ++c) {
        const ReplayCard &cardInput = input.cards[c];
        if (c > 0)
            out->push_back(',');
        // A card without an id has none in the output, as ts-fsrs's JSON leaves it out.
        if (!cardInput.id.empty()) {
            out->append("{\"id\":");
            out->append(cardInput.id);
            out->append(",\"reviews\":[");
        } else {
            out->append("{\"reviews\":[");
        }
        fsrs::Card card;
        for (size_t r = cardInput.first; r < cardInput.first + cardInput.count; ++r) {
            const qint64 now = input.times[r];
            if (r == cardInput.first)
                card.dueMs = now;
            const int elapsed = card.state == fsrs::State::New || !card.lastReviewMs
                                    ? 0
                                    : fsrs::utcDaysBetween(*card.lastReviewMs, now);
            card = scheduler.next(card, now, elapsed, static_cast<fsrs::Rating>(input.ratings[r]));
            if (r != cardInput.first)
                out->push_back(',');
            out->append("{\"state\":\"");
            out->append(states[int(card.state)]);
            out->append("\",\"step\":");
            appendNumber(out, card.step);
            out->append(",\"stability\":");
            fsrs::appendShortest(out, card.stability);
            out->append(",\"difficulty\":");
            fsrs::appendShortest(out, card.difficulty);
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

bool replayJson(std::string_view input, size_t readable, const std::function<void(std::string_view)> &write,
                QString *error)
{
    ReplayInput request;
    if (!request.read(input, readable, error))
        return false;
    const fsrs::Scheduler scheduler(request.settings);

    // Cards are independent: chunks of them go to two threads in turn, each formatted as text
    // into a buffer the thread reuses (fresh memory is slow to come by, and a QJsonObject per
    // review cost more than the scheduling), and written in input order.
    constexpr size_t kChunk = 64;
    const size_t count = request.cards.size();
    const size_t chunks = (count + kChunk - 1) / kChunk;
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
            replayCards(scheduler, request, chunk * kChunk, std::min(count, (chunk + 1) * kChunk), &buffer);
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

bool replayJson(const QByteArray &input, const std::function<void(std::string_view)> &write, QString *error)
{
    // Room after the data, not capacity (which counts room in front, and is 0 for raw data).
    QByteArray shared = input; // shares the data: only to ask it
    const size_t room = size_t(std::max<qsizetype>(shared.data_ptr().freeSpaceAtEnd(), 0));
    return replayJson(std::string_view(input.constData(), size_t(input.size())), size_t(input.size()) + room, write,
                      error);
}

std::optional<QByteArray> replayJson(const QByteArray &input, QString *error)
{
    QByteArray out;
    if (!replayJson(input, [&](std::string_view text) { out.append(text.data(), qsizetype(text.size())); }, error))
        return std::nullopt;
    return out;
}
