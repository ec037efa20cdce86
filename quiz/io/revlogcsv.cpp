#include "revlogcsv.h"

#include <QHash>

#include <charconv>

namespace {

QByteArrayView trimmed(QByteArrayView field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
        field = field.sliced(1, field.size() - 2);
    return field;
}

bool toInteger(QByteArrayView field, qint64 *out)
{
    const char *end = field.data() + field.size();
    const auto result = std::from_chars(field.data(), end, *out);
    return result.ec == std::errc() && result.ptr == end && !field.isEmpty();
}

} // namespace

std::optional<std::vector<fsrs::LoggedReview>> RevlogCsv::read(const QByteArray &bytes, QString *error)
{
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    enum Column { CardId, Time, Rating, State, ColumnCount };
    static const char *const names[] = {"card_id", "review_time", "review_rating", "review_state"};
    int columnOf[ColumnCount] = {-1, -1, -1, -1};
    int fieldCount = 0;
    QHash<QByteArray, qint64> cardIds;
    std::vector<fsrs::LoggedReview> out;
    std::vector<QByteArrayView> fields;
    qint64 line = 0;
    while (!text.isEmpty()) {
        const qsizetype newline = text.indexOf('\n');
        QByteArrayView row = newline < 0 ? text : text.first(newline);
        text = newline < 0 ? QByteArrayView() : text.sliced(newline + 1);
        ++line;
        if (row.endsWith('\r'))
            row.chop(1);
        if (row.trimmed().isEmpty())
            continue;
        fields.clear();
        for (qsizetype start = 0;;) {
            const qsizetype comma = row.indexOf(',', start);
            fields.push_back(trimmed(row.sliced(start, (comma < 0 ? row.size() : comma) - start)));
            if (comma < 0)
                break;
            start = comma + 1;
        }
        if (fieldCount == 0) {
            fieldCount = int(fields.size());
            for (int i = 0; i < fieldCount; ++i)
                for (int c = 0; c < ColumnCount; ++c)
                    if (fields[i] == names[c])
                        columnOf[c] = i;
            for (int c = 0; c < ColumnCount; ++c) {
                if (columnOf[c] < 0) {
                    *error = tr("line 1: the header has no %1 column (expected "
                                "card_id,review_time,review_rating,review_state,review_duration)")
                                 .arg(QLatin1String(names[c]));
                    return std::nullopt;
                }
            }
            continue;
        }
        if (int(fields.size()) != fieldCount) {
            *error = tr("line %1: %2 fields where the header has %3").arg(line).arg(fields.size()).arg(fieldCount);
            return std::nullopt;
        }
        qint64 time = 0, rating = 0, state = 0;
        if (!toInteger(fields[columnOf[Time]], &time) || time < 0 || time > qint64(8.64e15)) {
            *error = tr("line %1: review_time must be UTC milliseconds").arg(line);
            return std::nullopt;
        }
        if (!toInteger(fields[columnOf[Rating]], &rating) || rating < 0 || rating > 4) {
            *error = tr("line %1: review_rating must be 1 (Again) to 4 (Easy), or 0 for a manual change").arg(line);
            return std::nullopt;
        }
        if (!toInteger(fields[columnOf[State]], &state) || state < 0 || state > 3) {
            *error = tr("line %1: review_state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)").arg(line);
            return std::nullopt;
        }
        const QByteArrayView idField = fields[columnOf[CardId]];
        if (idField.isEmpty()) {
            *error = tr("line %1: card_id is empty").arg(line);
            return std::nullopt;
        }
        if (rating == 0)
            continue;
        qint64 id = 0;
        if (!toInteger(idField, &id) || id < 0) {
            // Any other text names a card; each gets a number of its own below zero, where
            // no numeric id is.
            auto it = cardIds.constFind(idField.toByteArray());
            if (it == cardIds.constEnd())
                it = cardIds.insert(idField.toByteArray(), -1 - cardIds.size());
            id = *it;
        }
        out.push_back({id, time, int(rating), int(state)});
    }
    if (fieldCount == 0) {
        *error = tr("the file is empty: it needs a header and one answer a line");
        return std::nullopt;
    }
    return out;
}
