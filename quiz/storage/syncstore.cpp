#include "syncstore.h"

#include "boundquery.h"
#include "cardwriter.h"
#include "deckstore.h"
#include "entrystore.h"
#include "hybridclock.h"
#include "memorystore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"
#include "studysettings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

using boundquery::exec;

namespace {

const QChar kSep(0x1f);
constexpr qint64 kSequenceMask = (qint64(1) << DeckStore::kReviewSequenceBits) - 1;

// A node's review ids, first and last, worked out here: in SQL, (node + 1) << 40 wraps to the
// smallest integer for the greatest node.
qint64 firstReviewId(qint64 node)
{
    return node << DeckStore::kReviewSequenceBits;
}

qint64 lastReviewId(qint64 node)
{
    return firstReviewId(node) | kSequenceMask;
}

QString cardRegister(const QString &key, const QString &field = {})
{
    return QLatin1Char('c') + kSep + key + kSep + field;
}

QString factRegister(const QString &key, const QString &field = {})
{
    return QLatin1Char('f') + kSep + key + kSep + field;
}

QString settingRegister(const QString &key, const QString &field = {})
{
    return field.isEmpty() ? QLatin1Char('s') + kSep + key : QLatin1Char('s') + kSep + key + kSep + field;
}

// The settings every computer shares; the rest (backups, the sync folder itself) stay local.
bool isSharedSetting(const QString &key)
{
    return key == QLatin1String("study") || key == QLatin1String("card_types_off")
           || key == QLatin1String("rescheduled");
}

// A register's parts: kind ('c', 'f', 's'), key, field (may hold U+001F, as tags' do).
struct RegisterName
{
    QChar kind;
    QString key;
    QString field;
    bool valid = false;
};

RegisterName parseName(const QString &name)
{
    RegisterName n;
    if (name.size() < 3 || name.at(1) != kSep)
        return n;
    n.kind = name.at(0);
    const qsizetype end = name.indexOf(kSep, 2);
    if (end < 0) {
        n.key = name.mid(2);
        n.valid = n.kind == QLatin1Char('s') && !n.key.isEmpty();
        return n;
    }
    n.key = name.mid(2, end - 2);
    n.field = name.mid(end + 1);
    n.valid = !n.key.isEmpty() && (n.kind == QLatin1Char('c') || n.kind == QLatin1Char('f') || n.kind == QLatin1Char('s'));
    return n;
}

// What a register holds when no row says otherwise: nothing set.
QString defaultValue(QChar kind, const QString &field)
{
    if (kind == QLatin1Char('c') && (field == QLatin1String("flag") || field == QLatin1String("susp")))
        return QStringLiteral("0");
    if (kind == QLatin1Char('f') && field == QLatin1String("types"))
        return QStringLiteral("*");
    return {};
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The order a merge applies registers in: entries make cards, cards take their fields.
int applyOrder(const RegisterName &n)
{
    if (n.kind == QLatin1Char('f'))
        return n.field.isEmpty() ? 0 : 1;
    if (n.kind == QLatin1Char('c'))
        return n.field.isEmpty() ? 2 : 3;
    return 4;
}

// The first name after every name that starts with @p prefix.
QString prefixEnd(const QString &prefix)
{
    return prefix.endsWith(kSep) ? prefix.chopped(1) + QChar(0x20) : prefix + QChar(1);
}

// A fixed text for a double: its bits, so the dump compares to the bit.
QString bits(double v)
{
    quint64 raw;
    std::memcpy(&raw, &v, 8);
    return QString::number(raw, 16);
}

} // namespace

SyncStore::SyncStore(DeckStore &store)
    : m_store(store)
{
}

bool SyncStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SyncStore::sqlFail(const QString &message)
{
    return fail(message);
}

namespace {

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return {};
}

bool setMeta(const QSqlDatabase &db, const QString &key, const QVariant &value)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value.toString()});
}

} // namespace

QByteArray SyncSettings::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                     {QStringLiteral("computer"), computerName},
                                     {QStringLiteral("minutes"), intervalMinutes}})
        .toJson(QJsonDocument::Compact);
}

SyncSettings SyncSettings::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SyncSettings s;
    s.folder = o.value(QStringLiteral("folder")).toString();
    s.computerName = o.value(QStringLiteral("computer")).toString();
    s.intervalMinutes = qBound(0, o.value(QStringLiteral("minutes")).toInt(kDefaultIntervalMinutes), 24 * 60);
    return s;
}

SyncSettings SyncStore::settings() const
{
    return SyncSettings::fromJson(m_store.setting(QStringLiteral("sync")).toUtf8());
}

bool SyncStore::setSettings(const SyncSettings &settings)
{
    if (!m_store.setSetting(QStringLiteral("sync"), QString::fromUtf8(settings.toJson())))
        return fail(tr("The sync settings could not be saved."));
    return true;
}

qint64 SyncStore::lastSyncMs() const
{
    return metaValue(m_store.database(), QStringLiteral("sync_last")).toLongLong();
}

bool SyncStore::setLastSyncMs(qint64 ms)
{
    if (!setMeta(m_store.database(), QStringLiteral("sync_last"), QString::number(ms)))
        return fail(tr("The time of the sync could not be saved."));
    return true;
}

bool SyncStore::setBulkWrites(bool on)
{
    // A larger page cache while it runs, too: a first sync's transaction spilled the default's.
    QSqlQuery q(m_store.database());
    if (on) {
        if (exec(q, QStringLiteral("PRAGMA cache_size")) && q.next())
            m_savedCacheSize = q.value(0).toString();
        if (exec(q, QStringLiteral("PRAGMA mmap_size")) && q.next())
            m_savedMmapSize = q.value(0).toString();
        // Reading the file mapped, not a system call a page: a first sync reads all of it.
        return exec(q, QStringLiteral("PRAGMA temp_store = MEMORY")) && exec(q, QStringLiteral("PRAGMA cache_size = -262144"))
               && exec(q, QStringLiteral("PRAGMA mmap_size = 1073741824"));
    }
    bool ok = exec(q, QStringLiteral("PRAGMA temp_store = DEFAULT"));
    // A pragma takes no bound value: the numbers read back, as numbers.
    bool number = false;
    const int saved = m_savedCacheSize.toInt(&number);
    if (number)
        ok = exec(q, QStringLiteral("PRAGMA cache_size = %1").arg(saved)) && ok;
    const qint64 mapped = m_savedMmapSize.toLongLong(&number);
    ok = exec(q, QStringLiteral("PRAGMA mmap_size = %1").arg(number ? mapped : 0)) && ok;
    return ok;
}

bool SyncStore::beginBulkReviews()
{
    QSqlQuery q(m_store.database());
    // Its indexes go too, and are built again at the end: a million rows into three indexes,
    // each insert at a random place, spilled the page cache; building one sorts once.
    if (!exec(q, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'revlog' AND sql IS NOT NULL "
                                "AND ((type = 'trigger' AND name != 'revlog_append_only') OR type = 'index')")))
        return sqlFail(q.lastError().text());
    QStringList drops;
    while (q.next()) {
        drops << QStringLiteral("DROP %1 \"%2\"").arg(q.value(0).toString().toUpper(), q.value(1).toString());
        m_suspended << q.value(2).toString();
    }
    for (const QString &drop : std::as_const(drops))
        if (!exec(q, drop))
            return sqlFail(q.lastError().text());
    return true;
}

bool SyncStore::endBulkReviews()
{
    QSqlQuery q(m_store.database());
    const qint64 node = m_store.collectionNode();
    for (const QString &sql : std::as_const(m_suspended))
        if (!exec(q, sql))
            return sqlFail(q.lastError().text());
    m_suspended.clear();
    // What the triggers keep, counted again (as v12 and v13 count it).
    if (!exec(q, QStringLiteral("DELETE FROM revlog_summary"))
        || !exec(q, QStringLiteral("INSERT INTO revlog_summary (slot, study, rating, review, answers, recalls, recall_sum) "
                                   "SELECT time / 900000, kind = 'study', rating, state_before = 2, count(*), count(recall), "
                                   "total(recall) FROM revlog GROUP BY 1, 2, 3, 4"))
        || !exec(q, QStringLiteral("UPDATE totals SET reviews = (SELECT count(*) FROM revlog)"))
        || !exec(q, QStringLiteral("UPDATE meta SET value = max(CAST(value AS INTEGER), coalesce((SELECT max(id & ?) "
                                   "FROM revlog WHERE id BETWEEN ? AND ?), 0)) WHERE key = 'revlog_sequence'"),
                 {kSequenceMask, firstReviewId(node), lastReviewId(node)}))
        return sqlFail(q.lastError().text());
    return true;
}

bool SyncStore::isEnabled() const
{
    return !metaValue(m_store.database(), QStringLiteral("sync_since")).isEmpty();
}

qint64 SyncStore::clock() const
{
    return metaValue(m_store.database(), QStringLiteral("sync_clock")).toLongLong();
}

bool SyncStore::observeClock(qint64 stamp)
{
    const qint64 now = clock();
    if (hybridclock::observe(now, stamp) == now)
        return true;
    if (!setMeta(m_store.database(), QStringLiteral("sync_clock"), QString::number(stamp)))
        return fail(tr("The sync clock could not be saved."));
    return true;
}

bool SyncStore::enable(qint64 nowMs)
{
    if (isEnabled())
        return true;
    const QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    const qint64 node = m_store.collectionNode();
    // Reviews from before v5 (node 0) would meet another collection's of the same number:
    // they take this collection's node, in their order, through the sequence trigger.
    const bool legacy = exec(q, QStringLiteral("SELECT 1 FROM revlog WHERE id < (1 << 40) LIMIT 1")) && q.next();
    q.finish(); // a statement still open would lock the tables beginBulkReviews() sets aside
    if (legacy && !beginBulkReviews())
        return false;
    const bool ok =
        exec(q, QStringLiteral(
                    "INSERT INTO revlog (id, card_id, time, kind, rating, state_before, state_after, stability, "
                    "difficulty, elapsed_days, scheduled_days, due, response_ms, answer, verdict, recall) "
                    "SELECT (? << 40) | ((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revlog_sequence') "
                    "+ row_number() OVER (ORDER BY id)), card_id, time, kind, rating, state_before, state_after, "
                    "stability, difficulty, elapsed_days, scheduled_days, due, response_ms, answer, verdict, recall "
                    "FROM revlog WHERE id < (1 << 40) ORDER BY id"),
             {node})
        && exec(q, QStringLiteral("DELETE FROM revlog WHERE id < (1 << 40)"))
        && (!legacy || endBulkReviews())
        && setMeta(db, QStringLiteral("sync_since"), QString::number(nowMs))
        && exec(q, QStringLiteral("INSERT OR IGNORE INTO sync_dirty (kind, key) SELECT 'card', key FROM cards"))
        && exec(q, QStringLiteral("INSERT OR IGNORE INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts"))
        && exec(q, QStringLiteral("INSERT OR IGNORE INTO sync_dirty (kind, key) SELECT 'setting', key FROM settings"))
        // The reviews so far go out from the log itself, up to this id (outgoing()): a million
        // rows copied into sync_review_log and read back were a second of the first sync.
        && exec(q, QStringLiteral("INSERT INTO meta (key, value) SELECT 'sync_baseline', coalesce(max(id), 0) FROM revlog "
                                  "WHERE id BETWEEN ? AND ? ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {firstReviewId(node), lastReviewId(node)});
    if (!ok)
        return fail(tr("Sync could not be set up: %1").arg(q.lastError().text()));
    return capture(nowMs);
}

bool SyncStore::capture(qint64 nowMs)
{
    // Every change runs this, answers too: nothing marked (an answer, or no sync yet) costs
    // one lookup, not the statements below.
    const QSqlDatabase db = m_store.database();
    sqlite3 *handle = sqliteHandle(db);
    {
        SqliteStatement marked(handle, QStringLiteral("SELECT 1 FROM sync_dirty LIMIT 1"));
        if (!marked.next())
            return !marked.failed() || fail(tr("The changes could not be recorded for sync: %1").arg(marked.errorString()));
    }
    if (!isEnabled())
        return true;
    const qint64 node = m_store.collectionNode();
    const qint64 stamp = hybridclock::tick(clock(), nowMs);
    bool anyRegisters = false;
    {
        SqliteStatement any(handle, QStringLiteral("SELECT 1 FROM sync_registers LIMIT 1"));
        anyRegisters = any.next();
    }
    SqliteStatement stored(handle, QStringLiteral("SELECT name, value FROM sync_registers WHERE name >= ?1 AND name < ?2"));
    SqliteStatement write(handle, QStringLiteral("INSERT INTO sync_registers (name, stamp, node, value) VALUES (?1, ?2, ?3, ?4) "
                                                 "ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp, "
                                                 "node = excluded.node, value = excluded.value"));
    int written = 0;
    bool ok = true;
    // Writes every register of one thing whose value differs from what is held (a value
    // not held is its default); tags held as "1" but gone now become "0".
    auto settle = [&](const QString &prefix, QChar kind, const std::map<QString, std::optional<QString>> &values,
                      const QString &tagPrefix) {
        std::map<QString, std::optional<QString>> held;
        if (anyRegisters) {
            stored.bind(1, prefix);
            stored.bind(2, prefixEnd(prefix));
            while (stored.next())
                held[stored.text(0)] = stored.isNull(1) ? std::nullopt : std::optional<QString>(stored.text(1));
            stored.reset();
        }
        auto put = [&](const QString &name, const std::optional<QString> &value) {
            write.bind(1, name);
            write.bind(2, stamp);
            write.bind(3, node);
            if (value)
                write.bind(4, *value);
            else
                write.bindNull(4);
            if (!write.run())
                ok = false;
            ++written;
        };
        for (const auto &[name, value] : values) {
            const auto h = held.find(name);
            const QString field = name.mid(prefix.size());
            const std::optional<QString> current =
                h != held.end() ? h->second : std::optional<QString>(defaultValue(kind, field));
            if (current != value)
                put(name, value);
        }
        if (!tagPrefix.isEmpty()) {
            for (const auto &[name, value] : held)
                if (name.startsWith(tagPrefix) && value == QLatin1String("1") && !values.count(name))
                    put(name, QStringLiteral("0"));
        }
    };

    SqliteStatement cards(handle, QStringLiteral(
        "SELECT d.key, c.id, c.builtin, c.edited, c.fact_id, c.question, c.answer, c.flag, c.suspended, "
        "c.buried_until, c.reset_at, c.due_set_at, c.due_set, "
        "(SELECT group_concat(tag, char(31)) FROM card_tags t WHERE t.card_id = c.id) "
        "FROM sync_dirty d LEFT JOIN cards c ON c.key = d.key WHERE d.kind = 'card'"));
    while (ok && cards.next()) {
        const bool ownText = !cards.isNull(1) && ((cards.int64(2) == 0 && cards.isNull(4)) || cards.int64(3) != 0);
        // Most cards of a first capture hold nothing but defaults, and no register yet.
        if (!anyRegisters && !cards.isNull(1) && !ownText && cards.int64(7) == 0 && cards.int64(8) == 0
            && cards.isNull(9) && cards.isNull(10) && (cards.isNull(11) || cards.isNull(12)) && cards.isNull(13))
            continue;
        const QString key = cards.text(0);
        std::map<QString, std::optional<QString>> values;
        const QString prefix = cardRegister(key);
        if (cards.isNull(1)) {
            values[prefix] = std::nullopt;
            settle(prefix, QLatin1Char('c'), values, {});
            continue;
        }
        values[prefix] = ownText ? compactJson({{QStringLiteral("q"), cards.text(5)}, {QStringLiteral("a"), cards.text(6)}})
                                 : QString();
        values[prefix + QStringLiteral("flag")] = QString::number(cards.int64(7));
        values[prefix + QStringLiteral("susp")] = QString::number(cards.int64(8) != 0);
        values[prefix + QStringLiteral("bury")] = cards.isNull(9) ? QString() : QString::number(cards.int64(9));
        values[prefix + QStringLiteral("reset")] = cards.isNull(10) ? QString() : QString::number(cards.int64(10));
        values[prefix + QStringLiteral("due")] = cards.isNull(11) || cards.isNull(12)
                                                     ? QString()
                                                     : QString::number(cards.int64(11)) + QLatin1Char(' ')
                                                           + QString::number(cards.int64(12));
        const QString tagPrefix = prefix + QStringLiteral("tag") + kSep;
        if (!cards.isNull(13))
            for (const QString &tag : cards.text(13).split(kSep, Qt::SkipEmptyParts))
                values[tagPrefix + tag] = QStringLiteral("1");
        settle(prefix, QLatin1Char('c'), values, tagPrefix);
    }
    if (cards.failed())
        ok = false;

    // Entries: their rows first, then the own and edited ones' texts read all at once.
    struct DirtyFact
    {
        QString key;
        qint64 id = 0; // 0: gone
        bool asDeck = false;
        QString types;
    };
    std::vector<DirtyFact> dirtyFacts;
    QList<qint64> textIds;
    {
        SqliteStatement facts(handle, QStringLiteral("SELECT d.key, coalesce(f.id, 0), f.builtin != 0 AND f.edited = 0, "
                                                     "coalesce(f.card_types, '*') FROM sync_dirty d "
                                                     "LEFT JOIN facts f ON f.key = d.key WHERE d.kind = 'fact'"));
        while (facts.next()) {
            dirtyFacts.push_back({facts.text(0), facts.int64(1), facts.int64(2) != 0, facts.text(3)});
            if (dirtyFacts.back().id && !dirtyFacts.back().asDeck)
                textIds.append(dirtyFacts.back().id);
        }
        if (facts.failed())
            ok = false;
    }
    const QHash<qint64, DeckFact> texts = EntryStore(m_store).entries(textIds);
    for (const DirtyFact &f : dirtyFacts) {
        if (!ok)
            break;
        const QString prefix = factRegister(f.key);
        std::map<QString, std::optional<QString>> values;
        if (!f.id) {
            values[prefix] = std::nullopt;
        } else {
            if (f.asDeck) {
                values[prefix] = QString();
            } else {
                const auto entry = texts.constFind(f.id);
                if (entry == texts.cend())
                    continue; // retired from the deck: the text it had last stays the register's
                values[prefix] = compactJson(Deck::factToJson(*entry));
            }
            values[prefix + QStringLiteral("types")] = f.types;
        }
        settle(prefix, QLatin1Char('f'), values, {});
    }

    SqliteStatement settings(handle, QStringLiteral("SELECT d.key, s.key IS NOT NULL, s.value FROM sync_dirty d "
                                                    "LEFT JOIN settings s ON s.key = d.key WHERE d.kind = 'setting'"));
    while (ok && settings.next()) {
        const QString key = settings.text(0);
        if (!isSharedSetting(key))
            continue;
        std::map<QString, std::optional<QString>> values;
        if (key == QLatin1String("study")) {
            // One register an option: two computers changing two options both keep theirs.
            const QJsonObject o = QJsonDocument::fromJson(settings.text(2).toUtf8()).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                values[settingRegister(key, it.key())] =
                    QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact));
            settle(settingRegister(key) + kSep, QLatin1Char('s'), values, {});
            continue;
        }
        values[settingRegister(key)] = settings.int64(1) ? std::optional<QString>(settings.text(2)) : std::nullopt;
        settle(settingRegister(key), QLatin1Char('s'), values, {});
    }
    if (settings.failed())
        ok = false;

    QSqlQuery q(db);
    if (!ok || !exec(q, QStringLiteral("DELETE FROM sync_dirty")))
        return fail(m_error.isEmpty() ? tr("The changes could not be recorded for sync: %1").arg(write.errorString()) : m_error);
    if (written > 0 && !setMeta(db, QStringLiteral("sync_clock"), QString::number(stamp)))
        return fail(tr("The sync clock could not be saved."));
    return true;
}

std::optional<SyncOutgoing> SyncStore::outgoing(SyncRecordSink *sink) const
{
    const QSqlDatabase db = m_store.database();
    sqlite3 *handle = sqliteHandle(db);
    SyncOutgoing out;
    const qint64 node = m_store.collectionNode();
    const qint64 sentStamp = metaValue(db, QStringLiteral("sync_sent_stamp")).toLongLong();
    SqliteStatement regs(handle, QStringLiteral("SELECT name, stamp, value FROM sync_registers WHERE node = ?1 AND stamp > ?2 "
                                                "ORDER BY stamp, name"));
    regs.bind(1, node);
    regs.bind(2, sentStamp);
    out.lastStamp = sentStamp;
    while (regs.next()) {
        RegisterWrite w;
        w.name = regs.text(0);
        w.stamp = {regs.int64(1), node};
        if (!regs.isNull(2))
            w.value = regs.text(2);
        out.lastStamp = std::max(out.lastStamp, w.stamp.clock);
        ++out.registers;
        sink->add(w);
    }
    // Reviews: every one this computer had when sync was set up (the first segment), from the
    // log itself, then those logged since the last segment. Columns alike in both: the review,
    // whether it is there (an undo is not), whether its row still is, then the row.
    const QString row = QStringLiteral(
        "r.card_id, r.time, r.kind, r.rating, r.state_before, r.state_after, r.stability, r.difficulty, "
        "r.elapsed_days, r.scheduled_days, r.due, r.response_ms, r.answer, r.verdict, r.recall");
    const qint64 baseline = metaValue(db, QStringLiteral("sync_baseline")).toLongLong();
    SqliteStatement initial(handle, QStringLiteral("SELECT r.id, 1, 1, %1 FROM revlog r WHERE r.id >= ?1 AND r.id <= ?2 "
                                                   "ORDER BY r.id").arg(row));
    SqliteStatement logged(handle, QStringLiteral(
        "SELECT l.review_id, l.present, r.id IS NOT NULL, %1, l.seq FROM sync_review_log l "
        "LEFT JOIN revlog r ON r.id = l.review_id "
        "WHERE l.seq > (SELECT coalesce(max(CAST(value AS INTEGER)), 0) FROM meta WHERE key = 'sync_sent_review') "
        "ORDER BY l.seq").arg(row));
    // A million reviews name a hundred thousand cards and three kinds: one string each, shared.
    // Keys are looked up apart: joining cards to every review was half of reading them.
    QHash<qint64, QString> cardKeys;
    SqliteStatement keyOf(handle, QStringLiteral("SELECT key FROM cards WHERE id = ?1"));
    bool keyFailed = false;
    using Known = std::pair<QByteArrayView, QString>;
    auto shared = [](QByteArrayView text, const Known (&known)[3]) {
        for (const auto &[bytes, string] : known)
            if (text == bytes)
                return string;
        return QString::fromUtf8(text);
    };
    static const Known kinds[] = {{"study", QStringLiteral("study")}, {"quiz", QStringLiteral("quiz")},
                                  {"exam", QStringLiteral("exam")}};
    static const Known verdicts[] = {{"correct", QStringLiteral("correct")}, {"partial", QStringLiteral("partial")},
                                     {"wrong", QStringLiteral("wrong")}};
    auto take = [&](SqliteStatement &s) {
        ReviewRecord r;
        r.id = s.int64(0);
        r.present = s.int64(1) != 0;
        if (r.present) {
            if (s.int64(2) == 0)
                return; // taken back before it was ever sent: its removal follows
            auto key = cardKeys.constFind(s.int64(3));
            if (key == cardKeys.cend()) {
                keyOf.bind(1, s.int64(3));
                const bool found = keyOf.next();
                keyFailed = keyFailed || keyOf.failed();
                key = cardKeys.insert(s.int64(3), found ? keyOf.text(0) : QString());
                keyOf.reset();
            }
            r.cardKey = *key;
            r.timeMs = s.int64(4);
            r.kind = shared(s.utf8(5), kinds);
            r.rating = int(s.int64(6));
            r.stateBefore = int(s.int64(7));
            r.stateAfter = int(s.int64(8));
            r.stability = s.real(9);
            r.difficulty = s.real(10);
            r.elapsedDays = int(s.int64(11));
            r.scheduledDays = int(s.int64(12));
            r.dueMs = s.int64(13);
            if (!s.isNull(14))
                r.responseMs = s.int64(14);
            if (!s.isNull(15))
                r.answer = s.text(15);
            if (!s.isNull(16))
                r.verdict = shared(s.utf8(16), verdicts);
            if (!s.isNull(17))
                r.recall = s.real(17);
        }
        ++out.reviews;
        sink->add(r);
    };
    if (baseline) {
        initial.bind(1, firstReviewId(node));
        initial.bind(2, baseline);
        while (initial.next())
            take(initial);
        out.carriesBaseline = true;
    }
    while (logged.next()) {
        out.lastReviewSeq = logged.int64(18);
        take(logged);
    }
    if (regs.failed() || initial.failed() || logged.failed() || keyFailed) {
        m_error = (regs.failed() ? regs : initial.failed() ? initial : logged.failed() ? logged : keyOf).errorString();
        return std::nullopt;
    }
    if (out.lastReviewSeq == 0)
        out.lastReviewSeq = metaValue(db, QStringLiteral("sync_sent_review")).toLongLong();
    return out;
}

bool SyncStore::markSent(const SyncOutgoing &sent, qint64 segment, const QByteArray &digest)
{
    const QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    if (!setMeta(db, QStringLiteral("sync_sent_stamp"), QString::number(sent.lastStamp))
        || !setMeta(db, QStringLiteral("sync_sent_review"), QString::number(sent.lastReviewSeq))
        || (sent.carriesBaseline && !setMeta(db, QStringLiteral("sync_baseline"), QStringLiteral("0")))
        || !setMeta(db, QStringLiteral("sync_segments"), QString::number(segment))
        || !setMeta(db, QStringLiteral("sync_segment_digest"), QString::fromLatin1(digest.toHex()))
        || !exec(q, QStringLiteral("DELETE FROM sync_review_log WHERE seq <= ?"), {sent.lastReviewSeq}))
        return fail(tr("The journal's progress could not be saved: %1").arg(q.lastError().text()));
    return true;
}

bool SyncStore::notePendingSegment(qint64 segment, const QByteArray &digest)
{
    if (!setMeta(m_store.database(), QStringLiteral("sync_pending_segment"),
                 QString::number(segment) + QLatin1Char(' ') + QString::fromLatin1(digest.toHex())))
        return fail(tr("The journal's progress could not be saved."));
    return true;
}

bool SyncStore::isPendingSegment(qint64 segment, const QByteArray &digest) const
{
    return metaValue(m_store.database(), QStringLiteral("sync_pending_segment"))
           == QString::number(segment) + QLatin1Char(' ') + QString::fromLatin1(digest.toHex());
}

bool SyncStore::adoptSegment(qint64 segment, const QByteArray &digest)
{
    const QSqlDatabase db = m_store.database();
    if (!setMeta(db, QStringLiteral("sync_segments"), QString::number(segment))
        || !setMeta(db, QStringLiteral("sync_segment_digest"), QString::fromLatin1(digest.toHex())))
        return fail(tr("The journal's progress could not be saved."));
    return true;
}

qint64 SyncStore::segmentsWritten() const
{
    return metaValue(m_store.database(), QStringLiteral("sync_segments")).toLongLong();
}

QByteArray SyncStore::lastSegmentDigest() const
{
    return QByteArray::fromHex(metaValue(m_store.database(), QStringLiteral("sync_segment_digest")).toLatin1());
}

QList<SyncPeer> SyncStore::peers() const
{
    QList<SyncPeer> out;
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("SELECT node, collection_id, name, segments_read, last_merge FROM sync_peers ORDER BY name, node")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()});
    return out;
}

bool SyncStore::notePeer(const SyncPeer &peer)
{
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("INSERT INTO sync_peers (node, collection_id, name, segments_read, last_merge) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (node) DO UPDATE SET collection_id = excluded.collection_id, "
                                "name = excluded.name, segments_read = excluded.segments_read, last_merge = excluded.last_merge"),
              {peer.node, peer.collectionId, peer.name, peer.segmentsRead,
               peer.lastMergeMs ? QVariant(peer.lastMergeMs) : boundquery::null<qint64>()}))
        return fail(tr("The other computer's progress could not be saved: %1").arg(q.lastError().text()));
    return true;
}

bool SyncStore::isRetiredKey(const QString &key) const
{
    QSqlQuery q(m_store.database());
    return exec(q, QStringLiteral("SELECT 1 FROM sync_registers WHERE name IN (?, ?) AND value IS NULL"),
                {cardRegister(key), factRegister(key)})
           && q.next();
}

bool SyncStore::applyRegisters(const std::vector<RegisterWrite> &writes, const Deck &deck, QSet<QString> *replay,
                               bool *replayAll, QStringList *problems)
{
    const QSqlDatabase db = m_store.database();
    sqlite3 *handle = sqliteHandle(db);
    QSqlQuery q(db);
    qint64 maxCardId = 0;
    if (exec(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM cards")) && q.next())
        maxCardId = q.value(0).toLongLong();

    // Only the newest write of each register matters; keep them in the order they apply.
    std::vector<std::pair<RegisterName, const RegisterWrite *>> order;
    {
        QHash<QString, const RegisterWrite *> newest;
        for (const RegisterWrite &w : writes) {
            const RegisterName n = parseName(w.name);
            if (!n.valid)
                continue;
            const bool existence = n.kind != QLatin1Char('s') && n.field.isEmpty();
            auto it = newest.find(w.name);
            if (it == newest.end())
                newest.insert(w.name, &w);
            else if ((existence && !w.value) || (((*it)->value || !existence) && (*it)->stamp < w.stamp))
                *it = &w;
        }
        for (const RegisterWrite *w : std::as_const(newest))
            order.push_back({parseName(w->name), w});
        std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
            const int oa = applyOrder(a.first), ob = applyOrder(b.first);
            return oa != ob ? oa < ob : a.second->name < b.second->name;
        });
    }

    SqliteStatement held(handle, QStringLiteral("SELECT stamp, node, value FROM sync_registers WHERE name = ?1"));
    SqliteStatement put(handle, QStringLiteral("INSERT INTO sync_registers (name, stamp, node, value) VALUES (?1, ?2, ?3, ?4) "
                                               "ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp, node = excluded.node, "
                                               "value = excluded.value"));
    auto cardOf = [&](const QString &key, qint64 *id, bool *builtin, bool *edited) {
        QSqlQuery c(db);
        if (!exec(c, QStringLiteral("SELECT id, builtin, edited FROM cards WHERE key = ?"), {key}) || !c.next())
            return false;
        *id = c.value(0).toLongLong();
        *builtin = c.value(1).toBool();
        *edited = c.value(2).toBool();
        return true;
    };

    // One card field, on a card that exists.
    auto applyCardField = [&](qint64 id, const QString &key, const QString &field, const std::optional<QString> &value) {
        const QString v = value.value_or(QString());
        QSqlQuery c(db);
        if (field == QLatin1String("flag"))
            return exec(c, QStringLiteral("UPDATE cards SET flag = ? WHERE id = ?"), {qBound(0, v.toInt(), 4), id});
        if (field == QLatin1String("susp"))
            return exec(c, QStringLiteral("UPDATE cards SET suspended = ? WHERE id = ?"), {v == QLatin1String("1") ? 1 : 0, id});
        if (field == QLatin1String("bury"))
            return exec(c, QStringLiteral("UPDATE cards SET buried_until = ? WHERE id = ?"),
                        {v.isEmpty() ? boundquery::null<qint64>() : QVariant(v.toLongLong()), id});
        if (field == QLatin1String("reset")) {
            replay->insert(key);
            return exec(c, QStringLiteral("UPDATE cards SET reset_at = ? WHERE id = ?"),
                        {v.isEmpty() ? boundquery::null<qint64>() : QVariant(v.toLongLong()), id});
        }
        if (field == QLatin1String("due")) {
            replay->insert(key);
            const QStringList parts = v.split(QLatin1Char(' '));
            const bool set = parts.size() == 2;
            return exec(c, QStringLiteral("UPDATE cards SET due_set_at = ?, due_set = ? WHERE id = ?"),
                        {set ? QVariant(parts.at(0).toLongLong()) : boundquery::null<qint64>(),
                         set ? QVariant(parts.at(1).toLongLong()) : boundquery::null<qint64>(), id});
        }
        if (field.startsWith(QStringLiteral("tag") + kSep)) {
            const QString tag = field.mid(4);
            if (!CardWriter::isTag(tag))
                return true;
            if (v == QLatin1String("1"))
                return exec(c, QStringLiteral("INSERT OR IGNORE INTO card_tags (card_id, tag) VALUES (?, ?)"), {id, tag});
            return exec(c, QStringLiteral("DELETE FROM card_tags WHERE card_id = ? AND tag = ?"), {id, tag});
        }
        return true; // a field a newer Portdeck knows: kept as a register, nothing to write here
    };

    // Two computers gave two entries one name (names must be unique, for typed answers): the
    // entry with the greater key takes "Name (2)", the same one on every computer.
    auto freeName = [&](const QString &name, qint64 selfId) {
        QSqlQuery c(db);
        for (int n = 2;; ++n) {
            const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
            if (exec(c, QStringLiteral("SELECT 1 FROM facts WHERE retired = 0 AND id != ? AND lower(name) = lower(?)"),
                     {selfId, candidate})
                && !c.next())
                return candidate;
        }
    };
    auto settleNameClash = [&](EntryStore &entries, const QString &key, DeckFact *fact) {
        const qint64 selfId = entries.idOfKey(key);
        QSqlQuery c(db);
        if (!exec(c, QStringLiteral("SELECT id, key FROM facts WHERE retired = 0 AND id != ? AND lower(name) = lower(?)"),
                  {selfId, fact->fact.name.trimmed()}))
            return fail(c.lastError().text());
        std::vector<std::pair<qint64, QString>> clashes;
        while (c.next())
            clashes.emplace_back(c.value(0).toLongLong(), c.value(1).toString());
        for (const auto &[id, otherKey] : clashes) {
            if (otherKey < key) {
                fact->fact.name = freeName(fact->fact.name.trimmed(), selfId);
                continue;
            }
            std::optional<DeckFact> other = entries.entry(id);
            if (!other)
                return fail(entries.errorString());
            other->fact.name = freeName(other->fact.name, id);
            if (!entries.editEntry(id, *other))
                return fail(entries.errorString());
        }
        return true;
    };

    auto applyOne = [&](const RegisterName &n, const RegisterWrite &w) -> bool {
        EntryStore entries(m_store);
        CardWriter writer(m_store);
        auto entryDone = [&](bool ok) { return ok || fail(entries.errorString()); };
        auto cardDone = [&](bool ok) { return ok || fail(writer.errorString()); };
        if (n.kind == QLatin1Char('f')) {
            const qint64 id = entries.idOfKey(n.key);
            if (n.field == QLatin1String("types")) {
                if (!id)
                    return true;
                const QString v = w.value.value_or(QStringLiteral("*"));
                return entryDone(entries.setCardTypes(
                    id, v == QLatin1String("*") ? std::nullopt
                                                : std::optional<QStringList>(v.split(QLatin1Char(' '), Qt::SkipEmptyParts))));
            }
            if (!n.field.isEmpty())
                return true;
            if (!w.value) {
                if (!id)
                    return true;
                std::optional<DeckFact> entry = entries.entry(id);
                if (entry && !entry->fact.own)
                    return true; // the built-in deck's entries are never deleted
                return entryDone(entries.deleteEntry(id));
            }
            if (w.value->isEmpty()) {
                if (!id)
                    return true;
                const std::optional<DeckFact> entry = entries.entry(id);
                return !entry || entry->fact.own || !entry->fact.edited || entryDone(entries.revertEntry(id, deck));
            }
            QString error;
            DeckFact fact = Deck::factFromJson(QJsonDocument::fromJson(w.value->toUtf8()).object(), &error);
            if (!error.isEmpty())
                return fail(error);
            if (!w.value->startsWith(QLatin1Char('{')))
                return fail(tr("The entry is not in a form this Portdeck reads."));
            if (!settleNameClash(entries, n.key, &fact))
                return false;
            if (id)
                return entryDone(entries.editEntry(id, fact));
            if (!n.key.startsWith(QLatin1String("own-")))
                return true; // a built-in entry this deck does not have
            DeckFact own = fact;
            own.fact.key = n.key;
            return entryDone(entries.addEntry(own).has_value());
        }
        if (n.kind == QLatin1Char('c')) {
            qint64 id = 0;
            bool builtin = false, edited = false;
            const bool exists = cardOf(n.key, &id, &builtin, &edited);
            if (!n.field.isEmpty())
                return !exists || applyCardField(id, n.key, n.field, w.value);
            if (!w.value) {
                if (!exists || builtin)
                    return true;
                replay->remove(n.key);
                return cardDone(writer.deleteOwnCards({id}).has_value());
            }
            if (w.value->isEmpty())
                return !exists || !edited || cardDone(writer.revertCard(id, deck));
            const QJsonObject o = QJsonDocument::fromJson(w.value->toUtf8()).object();
            const QString question = o.value(QStringLiteral("q")).toString();
            const QString answer = o.value(QStringLiteral("a")).toString();
            if (exists)
                return cardDone(writer.editCard(id, question, answer));
            if (!n.key.startsWith(QLatin1String("own-")))
                return true;
            QSqlQuery c(db);
            return exec(c, QStringLiteral("INSERT INTO cards (key, template, question, answer, position, builtin) "
                                          "SELECT ?, 'basic', ?, ?, coalesce(max(position), 0) + 1, 0 FROM cards"),
                        {n.key, question, answer})
                   || fail(c.lastError().text());
        }
        // Settings.
        if (n.key == QLatin1String("study")) {
            QJsonObject o = QJsonDocument::fromJson(m_store.setting(QStringLiteral("study")).toUtf8()).object();
            if (w.value)
                o.insert(n.field, QJsonDocument::fromJson(w.value->toUtf8()).array().at(0));
            else
                o.remove(n.field);
            const bool ok = m_store.setStudySettings(StudySettings::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            return ok || fail(m_store.errorString());
        }
        if (n.key == QLatin1String("card_types_off"))
            return entryDone(entries.setDeckCardTypesOff(w.value.value_or(QString()).split(QLatin1Char(' '), Qt::SkipEmptyParts)));
        if (n.key == QLatin1String("rescheduled")) {
            *replayAll = true;
            return m_store.setSetting(n.key, w.value.value_or(QString())) || fail(m_store.errorString());
        }
        return true;
    };

    for (const auto &[n, w] : order) {
        held.bind(1, w->name);
        std::optional<SyncStamp> heldStamp;
        std::optional<QString> heldValue;
        if (held.next()) {
            heldStamp = SyncStamp{held.int64(0), held.int64(1)};
            if (!held.isNull(2))
                heldValue = held.text(2);
        }
        held.reset();
        const bool existence = n.kind != QLatin1Char('s') && n.field.isEmpty();
        if (heldStamp) {
            if (existence && !heldValue)
                continue; // deleted here: it stays deleted
            const bool tombstone = existence && !w->value;
            if (!tombstone && !(*heldStamp < w->stamp))
                continue;
        }
        if (!observeClock(w->stamp.clock))
            return false;
        // The same value under a newer stamp (the first sync of two computers with one deck):
        // only the stamp changes, the collection already holds it.
        const bool sameValue = heldStamp && heldValue == w->value;
        // The register and what it changes, together: one that does not fit this collection
        // is reported and leaves both as they were.
        QSqlQuery sp(db);
        exec(sp, QStringLiteral("SAVEPOINT sync_register"));
        put.bind(1, w->name);
        put.bind(2, w->stamp.clock);
        put.bind(3, w->stamp.node);
        if (w->value)
            put.bind(4, *w->value);
        else
            put.bindNull(4);
        if (!put.run()) {
            exec(sp, QStringLiteral("ROLLBACK TO sync_register"));
            exec(sp, QStringLiteral("RELEASE sync_register"));
            return fail(tr("A register could not be saved: %1").arg(put.errorString()));
        }
        if (sameValue) {
            exec(sp, QStringLiteral("RELEASE sync_register"));
            continue;
        }
        m_error.clear();
        if (!applyOne(n, *w)) {
            exec(sp, QStringLiteral("ROLLBACK TO sync_register"));
            problems->append(tr("“%1” was not applied: %2").arg(n.key, m_error));
        }
        exec(sp, QStringLiteral("RELEASE sync_register"));
    }

    // Cards this merge made (an entry's, an own card) take the fields held for them.
    SqliteStatement made(handle, QStringLiteral("SELECT id, key FROM cards WHERE id > ?1"));
    made.bind(1, maxCardId);
    std::vector<std::pair<qint64, QString>> newCards;
    while (made.next())
        newCards.emplace_back(made.int64(0), made.text(1));
    SqliteStatement fields(handle, QStringLiteral("SELECT name, value FROM sync_registers WHERE name > ?1 AND name < ?2"));
    for (const auto &[id, key] : newCards) {
        const QString prefix = cardRegister(key);
        fields.bind(1, prefix);
        fields.bind(2, prefixEnd(prefix));
        std::vector<std::pair<QString, std::optional<QString>>> values;
        while (fields.next())
            values.emplace_back(fields.text(0).mid(prefix.size()),
                                fields.isNull(1) ? std::nullopt : std::optional<QString>(fields.text(1)));
        fields.reset();
        for (const auto &[field, value] : values)
            if (!applyCardField(id, key, field, value))
                return fail(tr("A card's fields could not be applied: %1").arg(db.lastError().text()));
        replay->insert(key);
    }
    return true;
}

bool SyncStore::applyReviews(const std::vector<ReviewRecord> &reviews, QSet<QString> *replay, qint64 *added,
                             qint64 *dropped)
{
    sqlite3 *handle = sqliteHandle(m_store.database());
    SqliteStatement cardId(handle, QStringLiteral("SELECT id FROM cards WHERE key = ?1"));
    SqliteStatement insert(handle, QStringLiteral(
        "INSERT OR IGNORE INTO revlog (id, card_id, time, kind, rating, state_before, state_after, stability, difficulty, "
        "elapsed_days, scheduled_days, due, response_ms, answer, verdict, recall) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"));
    SqliteStatement remove(handle, QStringLiteral("DELETE FROM revlog WHERE id = ?1 RETURNING "
                                                  "(SELECT key FROM cards WHERE id = revlog.card_id)"));
    SqliteStatement unwait(handle, QStringLiteral("DELETE FROM sync_waiting_reviews WHERE id = ?1"));
    SqliteStatement wait(handle, QStringLiteral(
        "INSERT OR IGNORE INTO sync_waiting_reviews (id, card_key, time, kind, rating, state_before, state_after, "
        "stability, difficulty, elapsed_days, scheduled_days, due, response_ms, answer, verdict, recall) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"));
    QHash<QString, qint64> ids;
    static const QSet<QString> kinds = {QStringLiteral("study"), QStringLiteral("quiz"), QStringLiteral("exam")};
    static const QSet<QString> verdicts = {QStringLiteral("correct"), QStringLiteral("partial"), QStringLiteral("wrong")};
    for (const ReviewRecord &r : reviews) {
        if (!r.present) {
            remove.bind(1, r.id);
            while (remove.next())
                if (!remove.isNull(0))
                    replay->insert(remove.text(0));
            remove.reset();
            unwait.bind(1, r.id);
            if (remove.failed() || !unwait.run())
                return fail(tr("A review could not be taken back: %1").arg(remove.errorString()));
            continue;
        }
        if (r.rating < 1 || r.rating > 4 || r.stateBefore < 0 || r.stateBefore > 3 || r.stateAfter < 0
            || r.stateAfter > 3 || !kinds.contains(r.kind) || (r.verdict && !verdicts.contains(*r.verdict))) {
            ++*dropped;
            continue;
        }
        auto it = ids.find(r.cardKey);
        if (it == ids.end()) {
            cardId.bind(1, r.cardKey);
            it = ids.insert(r.cardKey, cardId.next() ? cardId.int64(0) : 0);
            cardId.reset();
        }
        SqliteStatement &target = *it ? insert : wait;
        if (*it == 0 && isRetiredKey(r.cardKey)) { // a card deleted: its reviews go with it
            ++*dropped;
            continue;
        }
        if (!bindReview(target, r, *it))
            return fail(tr("A review could not be added: %1").arg(target.errorString()));
        if (*it == 0)
            continue; // waits for its card
        if (insert.changes() > 0) {
            ++*added;
            if (r.kind == QLatin1String("study"))
                replay->insert(r.cardKey);
        }
    }
    return adoptWaitingReviews(replay, added, dropped);
}

bool SyncStore::adoptWaitingReviews(QSet<QString> *replay, qint64 *added, qint64 *dropped)
{
    sqlite3 *handle = sqliteHandle(m_store.database());
    // Reviews of cards deleted meanwhile go; those whose card is here now join the log.
    SqliteStatement gone(handle, QStringLiteral(
        "DELETE FROM sync_waiting_reviews WHERE EXISTS (SELECT 1 FROM sync_registers g WHERE g.value IS NULL "
        "AND g.name = 'c' || char(31) || sync_waiting_reviews.card_key || char(31))"));
    SqliteStatement ready(handle, QStringLiteral(
        "SELECT DISTINCT w.card_key, w.kind FROM sync_waiting_reviews w JOIN cards c ON c.key = w.card_key"));
    SqliteStatement adopt(handle, QStringLiteral(
        "INSERT OR IGNORE INTO revlog (id, card_id, time, kind, rating, state_before, state_after, stability, difficulty, "
        "elapsed_days, scheduled_days, due, response_ms, answer, verdict, recall) "
        "SELECT w.id, c.id, w.time, w.kind, w.rating, w.state_before, w.state_after, w.stability, w.difficulty, "
        "w.elapsed_days, w.scheduled_days, w.due, w.response_ms, w.answer, w.verdict, w.recall "
        "FROM sync_waiting_reviews w JOIN cards c ON c.key = w.card_key"));
    SqliteStatement adopted(handle, QStringLiteral(
        "DELETE FROM sync_waiting_reviews WHERE card_key IN (SELECT key FROM cards)"));
    if (!gone.run())
        return fail(tr("A review could not be added: %1").arg(gone.errorString()));
    *dropped += gone.changes();
    while (ready.next())
        if (ready.text(1) == QLatin1String("study"))
            replay->insert(ready.text(0));
    if (ready.failed() || !adopt.run())
        return fail(tr("A review could not be added: %1").arg(adopt.errorString()));
    *added += adopt.changes();
    if (!adopted.run())
        return fail(tr("A review could not be added: %1").arg(adopted.errorString()));
    return true;
}

bool SyncStore::bindReview(SqliteStatement &s, const ReviewRecord &r, qint64 cardId)
{
    s.bind(1, r.id);
    if (cardId)
        s.bind(2, cardId);
    else
        s.bind(2, r.cardKey);
    s.bind(3, r.timeMs);
    s.bind(4, r.kind);
    s.bind(5, r.rating);
    s.bind(6, r.stateBefore);
    s.bind(7, r.stateAfter);
    s.bind(8, r.stability);
    s.bind(9, r.difficulty);
    s.bind(10, r.elapsedDays);
    s.bind(11, r.scheduledDays);
    s.bind(12, r.dueMs);
    if (r.responseMs)
        s.bind(13, *r.responseMs);
    else
        s.bindNull(13);
    if (r.answer)
        s.bind(14, *r.answer);
    else
        s.bindNull(14);
    if (r.verdict)
        s.bind(15, *r.verdict);
    else
        s.bindNull(15);
    if (r.recall)
        s.bind(16, *r.recall);
    else
        s.bindNull(16);
    return s.run();
}

bool SyncStore::answeredSinceSent(QSet<QString> *keys) const
{
    // The reviews logged since the last segment, and before the first one every review there was.
    SqliteStatement answered(sqliteHandle(m_store.database()), QStringLiteral(
        "SELECT key FROM cards WHERE id IN (SELECT r.card_id FROM sync_review_log l JOIN revlog r ON r.id = l.review_id "
        "WHERE l.present = 1 AND r.kind = 'study' "
        "UNION ALL SELECT card_id FROM revlog WHERE id >= ?1 AND id <= ?2 AND kind = 'study')"));
    answered.bind(1, firstReviewId(m_store.collectionNode()));
    answered.bind(2, metaValue(m_store.database(), QStringLiteral("sync_baseline")).toLongLong());
    while (answered.next())
        keys->insert(answered.text(0));
    return !answered.failed();
}

bool SyncStore::replayInputs(const QSet<QString> &keys, bool all, std::vector<SyncReplayTarget> *targets,
                             std::vector<fsrs::LoggedReview> *answers, Reading reading)
{
    sqlite3 *handle = sqliteHandle(m_store.database());
    const QString columns = QStringLiteral("SELECT id, key, coalesce(reset_at, -9223372036854775807), due_set_at, due_set FROM cards");
    SqliteStatement one(handle, columns + QStringLiteral(" WHERE key = ?1"));
    SqliteStatement every(handle, columns);
    auto take = [&](SqliteStatement &s) {
        SyncReplayTarget t{s.int64(0), s.text(1), s.int64(2), std::nullopt};
        if (!s.isNull(3) && !s.isNull(4))
            t.dueSet = std::make_pair(s.int64(3), s.int64(4));
        targets->push_back(std::move(t));
    };
    // Many cards (a first sync, a computer joining): one pass over the cards and one over the
    // log beat two lookups a card, 0.5 s against 1.0 for 70,000 cards of a million reviews.
    constexpr qsizetype kScanFrom = 5000;
    const bool scan = reading == Reading::BySize ? all || keys.size() >= kScanFrom : reading == Reading::OnePass;
    if (scan || all) {
        while (every.next())
            if (all || keys.contains(QString::fromUtf8(every.utf8(1))))
                take(every);
    } else {
        for (const QString &key : keys) {
            one.bind(1, key);
            if (one.next())
                take(one);
            one.reset();
        }
    }
    if (one.failed() || every.failed())
        return fail(tr("The cards to replay cannot be read."));
    std::sort(targets->begin(), targets->end(), [](const SyncReplayTarget &a, const SyncReplayTarget &b) { return a.id < b.id; });
    // Every study answer from the card's last reset, by time; answers of one moment by id.
    if (scan) {
        // The log in its own order (the file's), sorted here: walking the index on (card_id,
        // time) instead visits the rows in a random order.
        struct Found
        {
            qint64 time;
            qint64 id;
            quint32 target;
            quint8 rating;
            quint8 stateBefore;
        };
        std::vector<Found> found;
        SqliteStatement history(handle, QStringLiteral("SELECT card_id, time, id, rating, state_before FROM revlog "
                                                       "WHERE kind = 'study'"));
        while (history.next()) {
            const qint64 card = history.int64(0);
            const auto t = std::lower_bound(targets->cbegin(), targets->cend(), card,
                                            [](const SyncReplayTarget &t, qint64 id) { return t.id < id; });
            if (t == targets->cend() || t->id != card || history.int64(1) < t->resetAt)
                continue;
            found.push_back({history.int64(1), history.int64(2), quint32(t - targets->cbegin()),
                             quint8(history.int64(3)), quint8(history.int64(4))});
        }
        if (history.failed())
            return fail(tr("The review history cannot be read: %1").arg(history.errorString()));
        std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
            return std::tie(a.target, a.time, a.id) < std::tie(b.target, b.time, b.id);
        });
        answers->reserve(found.size());
        qint64 seed = 0;
        for (size_t i = 0; i < found.size(); ++i) {
            const SyncReplayTarget &t = (*targets)[found[i].target];
            if (i == 0 || found[i].target != found[i - 1].target)
                seed = cardSeedNumber(t.key);
            answers->push_back({t.id, found[i].time, found[i].rating, found[i].stateBefore, seed});
        }
        return true;
    }
    SqliteStatement history(handle, QStringLiteral("SELECT time, rating, state_before FROM revlog WHERE card_id = ?1 "
                                                   "AND kind = 'study' AND time >= ?2 ORDER BY time, id"));
    for (const SyncReplayTarget &t : *targets) {
        history.bind(1, t.id);
        history.bind(2, t.resetAt);
        const qint64 seed = cardSeedNumber(t.key);
        while (history.next())
            answers->push_back({t.id, history.int64(0), int(history.int64(1)), int(history.int64(2)), seed});
        history.reset();
        if (history.failed())
            return fail(tr("The review history cannot be read: %1").arg(history.errorString()));
    }
    return true;
}

bool SyncStore::writeSchedules(const std::vector<SyncReplayTarget> &targets, const QHash<qint64, fsrs::Card> &replayed,
                               const QSet<QString> *memoryOnlyBut)
{
    SqliteStatement write(sqliteHandle(m_store.database()), QStringLiteral(
        "UPDATE cards SET state = ?2, step = ?3, stability = ?4, difficulty = ?5, due = ?6, last_review = ?7, "
        "scheduled_days = ?8, reps = ?9, lapses = ?10 WHERE id = ?1"));
    SqliteStatement memory(sqliteHandle(m_store.database()),
                           QStringLiteral("UPDATE cards SET stability = ?2, difficulty = ?3 WHERE id = ?1 AND reps = ?4"));
    for (const SyncReplayTarget &t : targets) {
        fsrs::Card card = replayed.value(t.id); // none: new, as "forget" leaves a card
        if (memoryOnlyBut && !memoryOnlyBut->contains(t.key)) {
            memory.bind(1, t.id);
            memory.bind(2, card.stability);
            memory.bind(3, card.difficulty);
            memory.bind(4, card.reps);
            if (!memory.run())
                return fail(tr("A card's schedule could not be saved: %1").arg(memory.errorString()));
            continue;
        }
        // A due date the learner set after the last answer stays; a (re)learning card became a
        // review card then, as CardWriter::setDue makes it.
        if (t.dueSet && card.state != fsrs::State::New && t.dueSet->first >= card.lastReviewMs.value_or(0)) {
            card.dueMs = t.dueSet->second;
            card.state = fsrs::State::Review;
            card.step = 0;
        }
        write.bind(1, t.id);
        write.bind(2, int(card.state));
        write.bind(3, card.step);
        write.bind(4, card.stability);
        write.bind(5, card.difficulty);
        if (card.state == fsrs::State::New)
            write.bindNull(6);
        else
            write.bind(6, card.dueMs);
        if (card.lastReviewMs)
            write.bind(7, *card.lastReviewMs);
        else
            write.bindNull(7);
        write.bind(8, card.scheduledDays);
        write.bind(9, card.reps);
        write.bind(10, card.lapses);
        if (!write.run())
            return fail(tr("A card's schedule could not be saved: %1").arg(write.errorString()));
    }
    return true;
}

QByteArray SyncStore::canonicalDump() const
{
    sqlite3 *handle = sqliteHandle(m_store.database());
    QStringList lines;
    SqliteStatement cards(handle, QStringLiteral(
        "SELECT key, retired, suspended, flag, coalesce(buried_until, ''), state, step, stability, difficulty, "
        "coalesce(due, ''), coalesce(last_review, ''), scheduled_days, reps, lapses, coalesce(reset_at, ''), "
        "coalesce(due_set_at, ''), coalesce(due_set, ''), CASE WHEN builtin = 0 OR edited != 0 THEN question || '|' || answer "
        "ELSE '' END, (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM card_tags WHERE card_id = cards.id ORDER BY tag)) "
        // A retired card with nothing of the learner's on it is this computer's bookkeeping
        // alone (an entry's port changed after it was made here): no other computer needs it.
        "FROM cards WHERE NOT (retired != 0 AND reps = 0 AND flag = 0 AND suspended = 0 "
        "AND NOT EXISTS (SELECT 1 FROM revlog WHERE card_id = cards.id) "
        "AND NOT EXISTS (SELECT 1 FROM card_tags WHERE card_id = cards.id))"));
    while (cards.next()) {
        QStringList f;
        for (int i = 0; i < 19; ++i)
            f << ((i == 7 || i == 8) ? bits(cards.real(i)) : cards.text(i));
        lines << QStringLiteral("card ") + f.join(QLatin1Char('\t'));
    }
    SqliteStatement reviews(handle, QStringLiteral(
        "SELECT r.id, c.key, r.time, r.kind, r.rating, r.state_before, r.state_after, r.stability, r.difficulty, "
        "r.elapsed_days, r.scheduled_days, r.due, coalesce(r.response_ms, ''), coalesce(r.answer, ''), "
        "coalesce(r.verdict, ''), coalesce(r.recall, '') FROM revlog r JOIN cards c ON c.id = r.card_id"));
    while (reviews.next()) {
        QStringList f;
        for (int i = 0; i < 16; ++i)
            f << ((i == 7 || i == 8) ? bits(reviews.real(i)) : reviews.text(i));
        lines << QStringLiteral("review ") + f.join(QLatin1Char('\t'));
    }
    EntryStore entries(m_store);
    SqliteStatement facts(handle, QStringLiteral("SELECT id, key, retired, coalesce(card_types, '*') FROM facts"));
    while (facts.next()) {
        const std::optional<DeckFact> entry = entries.entry(facts.int64(0));
        lines << QStringLiteral("entry %1\t%2\t%3\t%4")
                     .arg(facts.text(1), facts.text(2), facts.text(3),
                          entry ? compactJson(Deck::factToJson(*entry)) : QString());
    }
    SqliteStatement settings(handle, QStringLiteral("SELECT key, value FROM settings"));
    while (settings.next())
        if (isSharedSetting(settings.text(0)))
            lines << QStringLiteral("setting ") + settings.text(0) + QLatin1Char('\t') + settings.text(1);
    lines.sort();
    return lines.join(QLatin1Char('\n')).toUtf8();
}
