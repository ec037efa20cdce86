#include "replayinput.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using simdjson::SUCCESS;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Reads a value whole: text the replay has no use for is still checked, so that any input
// that is not JSON is refused as such (On-Demand parses only what it is asked for). As deep as
// simdjson's parsed documents go, and no deeper: each level is a call.
error_code validate(od::value value, int depth = 0)
{
    constexpr int kMaxDepth = 1024;
    if (depth > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (const error_code e = value.type().get(type))
        return e;
    // A token that only starts like a number or a word is no value of the wrong type.
    const auto malformed = [&](error_code e, error_code instead) { return e == simdjson::INCORRECT_TYPE ? instead : e; };
    switch (type) {
    case od::json_type::object: {
        od::object object;
        if (const error_code e = value.get_object().get(object))
            return e;
        for (auto item : object) {
            od::field field;
            std::string_view key;
            if (error_code e = std::move(item).get(field);
                e || (e = field.unescaped_key().get(key)) || (e = validate(field.value(), depth + 1)))
                return e;
        }
        return SUCCESS;
    }
    case od::json_type::array: {
        od::array array;
        if (const error_code e = value.get_array().get(array))
            return e;
        for (auto item : array) {
            od::value element;
            if (error_code e = std::move(item).get(element); e || (e = validate(element, depth + 1)))
                return e;
        }
        return SUCCESS;
    }
    case od::json_type::string: return value.get_string().error();
    case od::json_type::number: return malformed(value.get_double().error(), simdjson::NUMBER_ERROR);
    case od::json_type::boolean:
        return malformed(value.get_bool().error(),
                         value.raw_json_token().front() == 't' ? simdjson::T_ATOM_ERROR : simdjson::F_ATOM_ERROR);
    case od::json_type::null: {
        bool null = false;
        const error_code e = value.is_null().get(null);
        return e ? malformed(e, simdjson::N_ATOM_ERROR) : null ? SUCCESS : simdjson::N_ATOM_ERROR;
    }
    }
    return simdjson::TAPE_ERROR;
}

// A field's name: as written when it has no escapes (no copy), unescaped otherwise.
error_code fieldName(od::field &field, std::string_view *name)
{
    const char *begin = field.key().raw();
    const char *end = begin;
    while (*end != '"' && *end != '\\') // the key is a whole string token: its quote is there
        ++end;
    if (*end == '"') {
        *name = std::string_view(begin, size_t(end - begin));
        return SUCCESS;
    }
    return field.unescaped_key().get(*name);
}

constexpr double kMaxTimeMs = 8.64e15; // the range of a JavaScript Date

// A number; a value of another type is read whole (for its syntax) and gives false.
bool readNumber(od::value value, double *out, error_code *syntax)
{
    // Whole numbers first, the common case: no floating-point parse (the same value, as a
    // double rounds an integer to nearest either way). Any other number fails without moving on.
    int64_t whole = 0;
    if (value.get_int64().get(whole) == SUCCESS) {
        *out = double(whole);
        *syntax = SUCCESS;
        return true;
    }
    const error_code e = value.get_double().get(*out);
    if (e == simdjson::INCORRECT_TYPE)
        *syntax = validate(value);
    else
        *syntax = e;
    return e == SUCCESS;
}

bool readInteger(od::value value, double *out, error_code *syntax)
{
    return readNumber(value, out, syntax) && std::isfinite(*out) && std::floor(*out) == *out;
}

// What is wrong with a card, named once the whole card is read (its id may follow its reviews).
struct CardProblem
{
    enum Kind { None, ReviewsNotList, ReviewNotObject, Time, Rating, Backwards } kind = None;
    size_t review = 0;
    qint64 time = 0;
};

// Reads ReplayInput's parts; ReplayInput::read keeps them when the whole input is accepted.
class InputReader
{
public:
    bool read(const simdjson::padded_string_view &text, QString *error);

    fsrs::Settings settings;
    std::vector<ReplayCard> cards;
    std::vector<qint64> times;
    std::vector<quint8> ratings;

private:
    // The settings in the order they are checked, whichever order the input has them in.
    enum Key { Parameters, DesiredRetention, MaximumInterval, EnableShortTerm, EnableFuzz, LearningSteps,
               RelearningSteps, Cards, KeyCount };
    void readSetting(Key key, od::value value);
    void readSteps(const char *name, od::value value, QList<int> *out, QString *error);
    void readCards(od::value value);
    void readCard(od::value value);
    CardProblem::Kind readReview(od::value value, double *time, double *rating);
    bool readId(od::value value, std::string *id);
    static QString cardName(const ReplayCard &card, size_t index);
    // Notes a syntax error (the first counts); false when there is one.
    bool ok(error_code code)
    {
        if (code != SUCCESS && m_syntax == SUCCESS)
            m_syntax = code;
        return m_syntax == SUCCESS;
    }

    error_code m_syntax = SUCCESS;
    QString m_errors[KeyCount];
    bool m_seen[KeyCount] = {};
    QString m_cardError;
};

bool InputReader::read(const simdjson::padded_string_view &text, QString *error)
{
    od::parser parser;
    od::document doc;
    od::object request;
    error_code code = parser.iterate(text).get(doc);
    if (code == SUCCESS && (code = doc.get_object().get(request)) == simdjson::INCORRECT_TYPE) {
        // Not an object: whether it is JSON at all, a whole parse says (a rare and short way).
        simdjson::dom::parser whole;
        code = whole.parse(text.data(), text.size(), false).error();
        if (code == SUCCESS) {
            *error = QStringLiteral("the input must be a JSON object with a \"cards\" list");
            return false;
        }
    }
    if (code == SUCCESS) {
        // Reserved for the most reviews the text can hold, so that the arrays never move.
        const size_t most = text.size() / 20 + 1;
        times.reserve(most);
        ratings.reserve(most);
        static constexpr std::string_view names[KeyCount] = {
            "parameters", "desired_retention", "maximum_interval", "enable_short_term",
            "enable_fuzz", "learning_steps", "relearning_steps", "cards"};
        for (auto item : request) {
            od::field field;
            std::string_view name;
            if (!ok(std::move(item).get(field)) || !ok(fieldName(field, &name)))
                break;
            const Key key = Key(std::find(std::begin(names), std::end(names), name) - std::begin(names));
            if (key == KeyCount || m_seen[key]) { // the first of a name counts, as a lookup finds it
                ok(validate(field.value()));
            } else {
                m_seen[key] = true;
                key == Cards ? readCards(field.value()) : readSetting(key, field.value());
            }
            if (!ok(SUCCESS))
                break;
        }
        const char *rest = nullptr;
        code = m_syntax != SUCCESS                            ? m_syntax
               : doc.current_location().get(rest) == SUCCESS ? simdjson::TRAILING_CONTENT
                                                             : SUCCESS;
    }
    if (code != SUCCESS) {
        *error = QStringLiteral("not valid JSON: %1").arg(QLatin1String(simdjson::error_message(code)));
        return false;
    }
    if (!m_seen[Cards])
        m_errors[Cards] = QStringLiteral("cards must be a list");
    for (const QString &message : m_errors) {
        if (!message.isEmpty()) {
            *error = message;
            return false;
        }
    }
    if (!m_cardError.isEmpty()) {
        *error = m_cardError;
        return false;
    }
    return true;
}

void InputReader::readSetting(Key key, od::value value)
{
    QString &error = m_errors[key];
    double number = 0;
    bool flag = false;
    error_code syntax = SUCCESS;
    switch (key) {
    case Parameters: {
        od::array list;
        const error_code e = value.get_array().get(list);
        bool numbers = e == SUCCESS;
        if (e != SUCCESS) {
            if (ok(e == simdjson::INCORRECT_TYPE ? validate(value) : e))
                error = QStringLiteral("parameters must be numbers");
            return;
        }
        for (auto item : list) {
            od::value element;
            if (!ok(std::move(item).get(element)))
                return;
            if (readNumber(element, &number, &syntax) && numbers)
                settings.parameters.push_back(number);
            else
                numbers = false;
            if (!ok(syntax))
                return;
        }
        const size_t n = settings.parameters.size();
        if (!numbers)
            error = QStringLiteral("parameters must be numbers");
        else if (n != 17 && n != 19 && n != 21)
            error = QStringLiteral("parameters must have 17, 19 or 21 numbers, not %1").arg(n);
        break;
    }
    case DesiredRetention:
        if (readNumber(value, &number, &syntax) && number > 0 && number <= 1)
            settings.desiredRetention = number;
        else
            error = QStringLiteral("desired_retention must be above 0 and at most 1");
        break;
    case MaximumInterval:
        if (readInteger(value, &number, &syntax) && number >= 1 && number <= 1e9)
            settings.maximumInterval = int(number);
        else
            error = QStringLiteral("maximum_interval must be a whole number of days, at least 1");
        break;
    case EnableShortTerm:
    case EnableFuzz: {
        // Anything but true or false leaves the default.
        const error_code e = value.get_bool().get(flag);
        syntax = e == simdjson::INCORRECT_TYPE ? validate(value) : e;
        if (e == SUCCESS)
            (key == EnableFuzz ? settings.enableFuzz : settings.enableShortTerm) = flag;
        break;
    }
    case LearningSteps: readSteps("learning_steps", value, &settings.learningSteps, &error); return;
    case RelearningSteps: readSteps("relearning_steps", value, &settings.relearningSteps, &error); return;
    case Cards:
    case KeyCount: break;
    }
    ok(syntax);
}

void InputReader::readSteps(const char *name, od::value value, QList<int> *out, QString *error)
{
    od::array list;
    if (const error_code e = value.get_array().get(list); e != SUCCESS) {
        if (e == simdjson::INCORRECT_TYPE && ok(validate(value)))
            *error = QStringLiteral("%1 must be a list of steps such as [\"1m\", \"10m\"]").arg(QLatin1String(name));
        ok(e == simdjson::INCORRECT_TYPE ? SUCCESS : e);
        return;
    }
    out->clear();
    int i = 0;
    for (auto item : list) {
        od::value step;
        std::string_view text;
        if (!ok(std::move(item).get(step)))
            return;
        const error_code e = step.get_string().get(text);
        if (!ok(e == simdjson::INCORRECT_TYPE ? validate(step) : e))
            return;
        const std::optional<int> minutes = e == SUCCESS ? fsrs::parseStep(fromView(text)) : std::nullopt;
        if (!minutes && error->isEmpty())
            *error = QStringLiteral("%1[%2] is not a step such as 10m, 1h or 1d").arg(QLatin1String(name)).arg(i);
        if (minutes)
            out->append(*minutes);
        ++i;
    }
}

void InputReader::readCards(od::value value)
{
    od::array list;
    if (const error_code e = value.get_array().get(list); e != SUCCESS) {
        if (e == simdjson::INCORRECT_TYPE)
            m_errors[Cards] = QStringLiteral("cards must be a list");
        ok(e == simdjson::INCORRECT_TYPE ? validate(value) : e);
        return;
    }
    for (auto item : list) {
        od::value card;
        if (!ok(std::move(item).get(card)))
            return;
        readCard(card);
        if (!ok(SUCCESS))
            return;
    }
}

void InputReader::readCard(od::value value)
{
    // After a refused card only the JSON is checked: every input that is not JSON says so.
    if (!m_cardError.isEmpty()) {
        ok(validate(value));
        return;
    }
    const size_t index = cards.size();
    od::object object;
    if (const error_code e = value.get_object().get(object); e != SUCCESS) {
        if (e == simdjson::INCORRECT_TYPE)
            m_cardError = QStringLiteral("card #%1 must be an object with \"id\" and \"reviews\"").arg(index + 1);
        ok(e == simdjson::INCORRECT_TYPE ? validate(value) : e);
        return;
    }
    ReplayCard card;
    card.first = times.size();
    CardProblem problem;
    bool seenId = false, seenReviews = false;
    for (auto item : object) {
        od::field field;
        std::string_view name;
        if (!ok(std::move(item).get(field)) || !ok(fieldName(field, &name)))
            return;
        if (name == "id" && !seenId) {
            seenId = true;
            if (!readId(field.value(), &card.id))
                return;
            continue;
        }
        if (name != "reviews" || seenReviews) {
            if (!ok(validate(field.value())))
                return;
            continue;
        }
        seenReviews = true;
        od::value reviewsValue = field.value();
        od::array reviews;
        if (const error_code e = reviewsValue.get_array().get(reviews); e != SUCCESS) {
            problem.kind = CardProblem::ReviewsNotList;
            if (!ok(e == simdjson::INCORRECT_TYPE ? validate(reviewsValue) : e))
                return;
            continue;
        }
        double last = -kMaxTimeMs - 1;
        size_t r = 0;
        for (auto reviewItem : reviews) {
            od::value review;
            if (!ok(std::move(reviewItem).get(review)))
                return;
            if (problem.kind != CardProblem::None) {
                if (!ok(validate(review)))
                    return;
                continue;
            }
            double time = 0, rating = 0;
            const CardProblem::Kind kind = readReview(review, &time, &rating);
            if (!ok(SUCCESS))
                return;
            if (kind != CardProblem::None || time < last) {
                // Only a valid time is a whole number of milliseconds: the others may be 1e300.
                problem = kind != CardProblem::None ? CardProblem{kind, r, 0} : CardProblem{CardProblem::Backwards, r, qint64(time)};
                continue;
            }
            last = time;
            times.push_back(qint64(time));
            ratings.push_back(quint8(rating));
            ++r;
        }
    }
    if (!seenReviews)
        problem.kind = CardProblem::ReviewsNotList;
    if (problem.kind == CardProblem::None) {
        card.count = times.size() - card.first;
        cards.push_back(std::move(card));
        return;
    }
    const QString name = cardName(card, index);
    const QString where = QStringLiteral("card %1, review %2").arg(name).arg(problem.review + 1);
    switch (problem.kind) {
    case CardProblem::None: break;
    case CardProblem::ReviewsNotList: m_cardError = QStringLiteral("card %1: reviews must be a list").arg(name); break;
    case CardProblem::ReviewNotObject:
        m_cardError = QStringLiteral("%1: must be an object with \"time\" and \"rating\"").arg(where);
        break;
    case CardProblem::Time: m_cardError = QStringLiteral("%1: time must be UTC milliseconds").arg(where); break;
    case CardProblem::Rating: m_cardError = QStringLiteral("%1: rating must be 1 (Again) to 4 (Easy)").arg(where); break;
    case CardProblem::Backwards:
        m_cardError = QStringLiteral("%1: time goes backwards (%2 is before the previous review)").arg(where).arg(problem.time);
        break;
    }
}

CardProblem::Kind InputReader::readReview(od::value value, double *time, double *rating)
{
    od::object object;
    if (const error_code e = value.get_object().get(object); e != SUCCESS) {
        ok(e == simdjson::INCORRECT_TYPE ? validate(value) : e);
        return CardProblem::ReviewNotObject;
    }
    bool seenTime = false, seenRating = false, timeOk = false, ratingOk = false;
    for (auto item : object) {
        od::field field;
        std::string_view name;
        error_code syntax = SUCCESS;
        if (!ok(std::move(item).get(field)) || !ok(fieldName(field, &name)))
            return CardProblem::None;
        if (name == "time" && !seenTime) {
            seenTime = true;
            timeOk = readInteger(field.value(), time, &syntax) && std::fabs(*time) <= kMaxTimeMs;
        } else if (name == "rating" && !seenRating) {
            seenRating = true;
            ratingOk = readInteger(field.value(), rating, &syntax) && *rating >= 1 && *rating <= 4;
        } else {
            syntax = validate(field.value());
        }
        if (!ok(syntax))
            return CardProblem::None;
    }
    return !timeOk ? CardProblem::Time : !ratingOk ? CardProblem::Rating : CardProblem::None;
}

// The id as JSON text, minified: a string or number as written, anything else re-written.
bool InputReader::readId(od::value value, std::string *id)
{
    od::json_type type;
    if (!ok(value.type().get(type)))
        return false;
    if (type != od::json_type::object && type != od::json_type::array) {
        if (!ok(validate(value)))
            return false;
        std::string_view token = value.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
            token.remove_suffix(1);
        id->assign(token);
        return true;
    }
    std::string_view raw;
    error_code e = SUCCESS;
    if (type == od::json_type::object) {
        od::object object;
        e = value.get_object().get(object);
        if (e == SUCCESS)
            e = object.raw_json().get(raw);
    } else {
        od::array array;
        e = value.get_array().get(array);
        if (e == SUCCESS)
            e = array.raw_json().get(raw);
    }
    // Checked and minified by a parser of its own: On-Demand only skipped over it.
    simdjson::dom::parser parser;
    simdjson::dom::element element;
    if (!ok(e) || !ok(parser.parse(raw.data(), raw.size()).get(element)))
        return false;
    *id = simdjson::minify(element);
    return true;
}

QString InputReader::cardName(const ReplayCard &card, size_t index)
{
    const std::string &id = card.id;
    if (!id.empty() && id.front() == '"') {
        simdjson::dom::parser parser;
        std::string_view text;
        if (parser.parse(id).get_string().get(text) == SUCCESS)
            return fromView(text);
    }
    if (!id.empty() && (id.front() == '-' || (id.front() >= '0' && id.front() <= '9')))
        return QString::fromStdString(id);
    return QStringLiteral("#%1").arg(index + 1);
}

} // namespace

bool ReplayInput::read(std::string_view text, size_t readable, QString *error)
{
    // In place when the caller's buffer has simdjson's padding to spare; a copy otherwise.
    std::optional<simdjson::padded_string> copy;
    simdjson::padded_string_view view;
    if (readable >= text.size() + simdjson::SIMDJSON_PADDING) {
        view = simdjson::padded_string_view(text.data(), text.size(), readable);
    } else {
        copy.emplace(text.data(), text.size());
        view = *copy;
    }
    InputReader reader;
    if (!reader.read(view, error))
        return false;
    settings = std::move(reader.settings);
    cards = std::move(reader.cards);
    times = std::move(reader.times);
    ratings = std::move(reader.ratings);
    return true;
}
