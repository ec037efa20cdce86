#include "studysettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

#include <algorithm>

fsrs::Settings StudySettings::schedulerSettings() const
{
    const StudySettings s = normalized();
    fsrs::Settings out;
    out.parameters = s.parameters;
    out.desiredRetention = s.desiredRetention;
    out.maximumInterval = s.maximumInterval;
    out.enableShortTerm = s.enableShortTerm;
    out.enableFuzz = s.enableFuzz;
    out.learningSteps = s.learningSteps;
    out.relearningSteps = s.relearningSteps;
    return out;
}

GraderSettings StudySettings::graderSettings() const
{
    GraderSettings g;
    g.fastMs = fastAnswerMs;
    g.slowMs = slowAnswerMs;
    return g;
}

StudySettings StudySettings::normalized() const
{
    StudySettings s = *this;
    s.newPerDay = std::clamp(s.newPerDay, 0, 9999);
    s.reviewsPerDay = std::clamp(s.reviewsPerDay, 0, 99999);
    s.rolloverHour = std::clamp(s.rolloverHour, 0, 23);
    s.learnAheadMinutes = std::clamp(s.learnAheadMinutes, 0, 1440);
    if (!(s.desiredRetention >= 0.7 && s.desiredRetention <= 0.99))
        s.desiredRetention = std::isnan(s.desiredRetention) ? 0.9 : std::clamp(s.desiredRetention, 0.7, 0.99);
    s.maximumInterval = std::clamp(s.maximumInterval, 1, 36500);
    s.fastAnswerMs = std::clamp(s.fastAnswerMs, 500, 120000);
    s.slowAnswerMs = std::clamp(s.slowAnswerMs, s.fastAnswerMs + 500, 600000);
    s.leechLapses = std::clamp(s.leechLapses, 1, 99);
    if (!(s.examRetention >= 0.7 && s.examRetention <= 0.99))
        s.examRetention = std::isnan(s.examRetention) ? 0.95 : std::clamp(s.examRetention, 0.7, 0.99);
    if (!s.examDate.isValid())
        s.examDate = QDate();
    auto steps = [](QList<int> list) {
        list.removeIf([](int m) { return m <= 0 || m > 365 * 1440; });
        return list;
    };
    s.learningSteps = steps(s.learningSteps);
    s.relearningSteps = steps(s.relearningSteps);
    const size_t n = s.parameters.size();
    if (n != 0 && n != 17 && n != 19 && n != 21)
        s.parameters.clear();
    return s;
}

QByteArray StudySettings::toJson() const
{
    auto ints = [](const QList<int> &list) {
        QJsonArray a;
        for (int v : list)
            a.append(v);
        return a;
    };
    QJsonArray parameters;
    for (double w : this->parameters)
        parameters.append(w);
    const QJsonObject o{
        {QStringLiteral("new_per_day"), newPerDay},
        {QStringLiteral("reviews_per_day"), reviewsPerDay},
        {QStringLiteral("rollover_hour"), rolloverHour},
        {QStringLiteral("learn_ahead_minutes"), learnAheadMinutes},
        {QStringLiteral("desired_retention"), desiredRetention},
        {QStringLiteral("maximum_interval"), maximumInterval},
        {QStringLiteral("learning_steps"), ints(learningSteps)},
        {QStringLiteral("relearning_steps"), ints(relearningSteps)},
        {QStringLiteral("enable_short_term"), enableShortTerm},
        {QStringLiteral("enable_fuzz"), enableFuzz},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("type_answers"), typeAnswers},
        {QStringLiteral("fast_answer_ms"), fastAnswerMs},
        {QStringLiteral("leech_lapses"), leechLapses},
        {QStringLiteral("leech_suspends"), leechSuspends},
        {QStringLiteral("slow_answer_ms"), slowAnswerMs},
        {QStringLiteral("exam_date"), examDate.isValid() ? QJsonValue(examDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("exam_retention"), examRetention},
        {QStringLiteral("exam_caps_intervals"), examCapsIntervals},
        {QStringLiteral("exam_paces_new_cards"), examPacesNewCards},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

StudySettings StudySettings::fromJson(const QByteArray &json)
{
    StudySettings s;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto readInt = [&o](const char *key, int *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            *out = v.toInt(*out);
    };
    auto readBool = [&o](const char *key, bool *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool())
            *out = v.toBool();
    };
    auto readSteps = [&o](const char *key, QList<int> *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return;
        out->clear();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &m : a)
            out->append(m.toInt(0));
    };
    readInt("new_per_day", &s.newPerDay);
    readInt("reviews_per_day", &s.reviewsPerDay);
    readInt("rollover_hour", &s.rolloverHour);
    readInt("learn_ahead_minutes", &s.learnAheadMinutes);
    readInt("maximum_interval", &s.maximumInterval);
    if (o.value(QLatin1String("desired_retention")).isDouble())
        s.desiredRetention = o.value(QLatin1String("desired_retention")).toDouble();
    readSteps("learning_steps", &s.learningSteps);
    readSteps("relearning_steps", &s.relearningSteps);
    readBool("enable_short_term", &s.enableShortTerm);
    readBool("enable_fuzz", &s.enableFuzz);
    readBool("type_answers", &s.typeAnswers);
    readInt("fast_answer_ms", &s.fastAnswerMs);
    readInt("slow_answer_ms", &s.slowAnswerMs);
    readInt("leech_lapses", &s.leechLapses);
    readBool("leech_suspends", &s.leechSuspends);
    s.examDate = QDate::fromString(o.value(QLatin1String("exam_date")).toString(), Qt::ISODate);
    if (o.value(QLatin1String("exam_retention")).isDouble())
        s.examRetention = o.value(QLatin1String("exam_retention")).toDouble();
    readBool("exam_caps_intervals", &s.examCapsIntervals);
    readBool("exam_paces_new_cards", &s.examPacesNewCards);
    const QJsonArray parameters = o.value(QLatin1String("parameters")).toArray();
    for (const QJsonValue &w : parameters)
        s.parameters.push_back(w.toDouble());
    return s.normalized();
}

std::optional<QList<int>> parseSteps(const QString &text)
{
    QList<int> steps;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const std::optional<int> minutes = fsrs::parseStep(part);
        if (!minutes || *minutes <= 0)
            return std::nullopt;
        steps.append(*minutes);
    }
    return steps;
}

QString formatSteps(const QList<int> &minutes)
{
    QStringList parts;
    for (int m : minutes)
        parts.append(fsrs::formatStep(m));
    return parts.join(QLatin1Char(' '));
}
