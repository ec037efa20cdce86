#include "replay.h"

#include "fsrs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

bool readSteps(const QJsonObject &request, const QString &name, QList<int> *out, QString *error)
{
    if (!request.contains(name))
        return true;
    const QJsonValue value = request.value(name);
    if (!value.isArray()) {
        *error = QStringLiteral("%1 must be a list of steps such as [\"1m\", \"10m\"]").arg(name);
        return false;
    }
    out->clear();
    const QJsonArray steps = value.toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const std::optional<int> minutes = fsrs::parseStep(steps.at(i).toString());
        if (!minutes) {
            *error = QStringLiteral("%1[%2] is not a step such as 10m, 1h or 1d").arg(name).arg(i);
            return false;
        }
        out->append(*minutes);
    }
    return true;
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::isfinite(v.toDouble());
}

} // namespace

std::optional<QJsonObject> replayReviews(const QJsonObject &request, QString *error)
{
    fsrs::Settings settings;
    if (request.contains(QLatin1String("parameters"))) {
        const QJsonArray parameters = request.value(QLatin1String("parameters")).toArray();
        for (const QJsonValue &p : parameters) {
            if (!p.isDouble()) {
                *error = QStringLiteral("parameters must be numbers");
                return std::nullopt;
            }
            settings.parameters.push_back(p.toDouble());
        }
        const size_t n = settings.parameters.size();
        if (n != 17 && n != 19 && n != 21) {
            *error = QStringLiteral("parameters must have 17, 19 or 21 numbers, not %1").arg(n);
            return std::nullopt;
        }
    }
    if (request.contains(QLatin1String("desired_retention"))) {
        const double r = request.value(QLatin1String("desired_retention")).toDouble(-1);
        if (!(r > 0 && r <= 1)) {
            *error = QStringLiteral("desired_retention must be above 0 and at most 1");
            return std::nullopt;
        }
        settings.desiredRetention = r;
    }
    if (request.contains(QLatin1String("maximum_interval"))) {
        const QJsonValue v = request.value(QLatin1String("maximum_interval"));
        if (!isInteger(v) || v.toDouble() < 1 || v.toDouble() > 1e9) {
            *error = QStringLiteral("maximum_interval must be a whole number of days, at least 1");
            return std::nullopt;
        }
        settings.maximumInterval = v.toInt();
    }
    settings.enableShortTerm = request.value(QLatin1String("enable_short_term")).toBool(true);
    settings.enableFuzz = request.value(QLatin1String("enable_fuzz")).toBool(false);
    if (!readSteps(request, QStringLiteral("learning_steps"), &settings.learningSteps, error)
        || !readSteps(request, QStringLiteral("relearning_steps"), &settings.relearningSteps, error))
        return std::nullopt;

    const fsrs::Scheduler scheduler(settings);
    if (!request.value(QLatin1String("cards")).isArray()) {
        *error = QStringLiteral("cards must be a list");
        return std::nullopt;
    }
    const QJsonArray cards = request.value(QLatin1String("cards")).toArray();
    QJsonArray outCards;
    constexpr double kMaxTimeMs = 8.64e15; // the range of a JavaScript Date
    for (int c = 0; c < cards.size(); ++c) {
        if (!cards.at(c).isObject()) {
            *error = QStringLiteral("card #%1 must be an object with \"id\" and \"reviews\"").arg(c + 1);
            return std::nullopt;
        }
        const QJsonObject cardIn = cards.at(c).toObject();
        const QJsonValue id = cardIn.value(QLatin1String("id"));
        const QString cardName = id.isString()   ? id.toString()
                                 : id.isDouble() ? QString::number(id.toInteger())
                                                 : QStringLiteral("#%1").arg(c + 1);
        if (!cardIn.value(QLatin1String("reviews")).isArray()) {
            *error = QStringLiteral("card %1: reviews must be a list").arg(cardName);
            return std::nullopt;
        }
        const QJsonArray reviews = cardIn.value(QLatin1String("reviews")).toArray();
        fsrs::Card card;
        QJsonArray outReviews;
        for (int r = 0; r < reviews.size(); ++r) {
            const QString where = QStringLiteral("card %1, review %2").arg(cardName).arg(r + 1);
            if (!reviews.at(r).isObject()) {
                *error = QStringLiteral("%1: must be an object with \"time\" and \"rating\"").arg(where);
                return std::nullopt;
            }
            const QJsonObject review = reviews.at(r).toObject();
            const QJsonValue time = review.value(QLatin1String("time"));
            const QJsonValue rating = review.value(QLatin1String("rating"));
            if (!isInteger(time) || std::fabs(time.toDouble()) > kMaxTimeMs) {
                *error = QStringLiteral("%1: time must be UTC milliseconds").arg(where);
                return std::nullopt;
            }
            if (!isInteger(rating) || rating.toInt() < 1 || rating.toInt() > 4) {
                *error = QStringLiteral("%1: rating must be 1 (Again) to 4 (Easy)").arg(where);
                return std::nullopt;
            }
            const qint64 now = static_cast<qint64>(time.toDouble());
            if (r == 0)
                card.dueMs = now;
            if (card.lastReviewMs && now < *card.lastReviewMs) {
                *error = QStringLiteral("%1: time goes backwards (%2 is before the previous review)")
                             .arg(where)
                             .arg(now);
                return std::nullopt;
            }
            const int elapsed = card.state == fsrs::State::New || !card.lastReviewMs
                                    ? 0
                                    : fsrs::utcDaysBetween(*card.lastReviewMs, now);
            card = scheduler.next(card, now, elapsed, static_cast<fsrs::Rating>(rating.toInt()));
            outReviews.append(QJsonObject{
                {QStringLiteral("state"), fsrs::stateName(card.state)},
                {QStringLiteral("step"), card.step},
                {QStringLiteral("stability"), card.stability},
                {QStringLiteral("difficulty"), card.difficulty},
                {QStringLiteral("scheduled_days"), card.scheduledDays},
                {QStringLiteral("due"), double(card.dueMs)},
                {QStringLiteral("elapsed_days"), elapsed},
                {QStringLiteral("lapses"), card.lapses},
            });
        }
        outCards.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reviews"), outReviews}});
    }
    return QJsonObject{{QStringLiteral("cards"), outCards}};
}

std::optional<QByteArray> replayJson(const QByteArray &input, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the input must be a JSON object with a \"cards\" list");
        return std::nullopt;
    }
    const std::optional<QJsonObject> out = replayReviews(doc.object(), error);
    if (!out)
        return std::nullopt;
    return QJsonDocument(*out).toJson(QJsonDocument::Compact) + '\n';
}
