#include "ankicollectionreader.h"

#include "protowire.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <sqlite3.h>

namespace {

struct DatabaseClose
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StatementFinalize
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Database = std::unique_ptr<sqlite3, DatabaseClose>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalize>;

QString tr(const char *text)
{
    return QCoreApplication::translate("AnkiCollectionReader", text);
}

// Anki's collation for names (case-insensitive); registered so statements over its tables prepare.
int unicaseCompare(void *, int lengthA, const void *a, int lengthB, const void *b)
{
    const QString sa = QString::fromUtf8(static_cast<const char *>(a), lengthA);
    const QString sb = QString::fromUtf8(static_cast<const char *>(b), lengthB);
    return sa.compare(sb, Qt::CaseInsensitive);
}

class Reader
{
public:
    Reader(sqlite3 *db, QString fileName) : m_db(db), m_fileName(std::move(fileName)) {}

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool damaged() { return fail(tr("“%1” is damaged: it is not a readable Anki collection.").arg(m_fileName)); }
    QString error() const { return m_error; }

    Statement prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            damaged();
            return {};
        }
        return Statement(statement);
    }

    // Steps @p statement; false at the end or on an error (then m_error is set).
    bool step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            damaged();
        return false;
    }

    // Column @p column as text, checked: at most @p limit bytes, no NUL, valid UTF-8.
    // @p what names the row for the message.
    std::optional<QString> text(sqlite3_stmt *statement, int column, qint64 limit,
                                const std::function<QString()> &what)
    {
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int size = sqlite3_column_bytes(statement, column);
        if (!data)
            return QString();
        if (size > limit) {
            fail(tr("%1 is %2 long, more than a card can hold (%3). The package is refused.")
                     .arg(what(), QLocale().formattedDataSize(size), QLocale().formattedDataSize(limit)));
            return std::nullopt;
        }
        if (memchr(data, 0, size_t(size))) {
            fail(tr("%1 holds a NUL character, which no text has. The package is refused.").arg(what()));
            return std::nullopt;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString result = decoder.decode(QByteArrayView(data, size));
        if (decoder.hasError()) {
            fail(tr("%1 is not UTF-8 text, as Anki writes it. The package is refused.").arg(what()));
            return std::nullopt;
        }
        return result;
    }

    QStringList tableNames()
    {
        QStringList names;
        Statement s = prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
        if (!s)
            return {};
        while (step(s.get()))
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0))));
        return names;
    }

    bool readCol(AnkiCollection &c, QByteArray *models, QByteArray *decks)
    {
        Statement s = prepare("SELECT ver, crt, models, decks FROM col LIMIT 1");
        if (!s)
            return false;
        if (!step(s.get()))
            return m_error.isEmpty() ? damaged() : false;
        c.schemaVersion = sqlite3_column_int(s.get(), 0);
        c.createdSecs = sqlite3_column_int64(s.get(), 1);
        const auto blob = [&](int column) {
            return QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(s.get(), column)),
                              sqlite3_column_bytes(s.get(), column));
        };
        *models = blob(2);
        *decks = blob(3);
        return true;
    }

    bool readLegacyNotetypes(const QByteArray &json, AnkiCollection &c)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (!doc.isObject())
            return damaged();
        const QJsonObject models = doc.object();
        for (auto it = models.begin(); it != models.end(); ++it) {
            const QJsonObject m = it.value().toObject();
            AnkiNotetype nt;
            nt.id = m.value(QLatin1String("id")).toVariant().toLongLong();
            if (nt.id == 0)
                nt.id = it.key().toLongLong();
            nt.name = m.value(QLatin1String("name")).toString();
            nt.cloze = m.value(QLatin1String("type")).toInt() == 1;
            nt.css = m.value(QLatin1String("css")).toString();
            QList<QPair<int, QString>> fields;
            for (const QJsonValue &f : m.value(QLatin1String("flds")).toArray())
                fields.append({f.toObject().value(QLatin1String("ord")).toInt(fields.size()),
                               f.toObject().value(QLatin1String("name")).toString()});
            std::stable_sort(fields.begin(), fields.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &f : fields)
                nt.fields.append(f.second);
            for (const QJsonValue &t : m.value(QLatin1String("tmpls")).toArray()) {
                const QJsonObject o = t.toObject();
                nt.templates.append({o.value(QLatin1String("name")).toString(),
                                     o.value(QLatin1String("ord")).toInt(int(nt.templates.size())),
                                     o.value(QLatin1String("qfmt")).toString(),
                                     o.value(QLatin1String("afmt")).toString()});
            }
            std::stable_sort(nt.templates.begin(), nt.templates.end(),
                             [](const AnkiTemplate &a, const AnkiTemplate &b) { return a.ord < b.ord; });
            c.notetypes.append(nt);
        }
        std::sort(c.notetypes.begin(), c.notetypes.end(),
                  [](const AnkiNotetype &a, const AnkiNotetype &b) { return a.id < b.id; });
        return true;
    }

    bool readLegacyDecks(const QByteArray &json, AnkiCollection &c)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (!doc.isObject())
            return damaged();
        const QJsonObject decks = doc.object();
        for (auto it = decks.begin(); it != decks.end(); ++it) {
            const QJsonObject d = it.value().toObject();
            qint64 id = d.value(QLatin1String("id")).toVariant().toLongLong();
            if (id == 0)
                id = it.key().toLongLong();
            c.decks.append({id, d.value(QLatin1String("name")).toString()});
        }
        std::sort(c.decks.begin(), c.decks.end(),
                  [](const AnkiDeck &a, const AnkiDeck &b) { return a.id < b.id; });
        return true;
    }

    bool readNotetypes(AnkiCollection &c)
    {
        QHash<qint64, qsizetype> index;
        {
            Statement s = prepare("SELECT id, name, config FROM notetypes ORDER BY id");
            if (!s)
                return false;
            while (step(s.get())) {
                AnkiNotetype nt;
                nt.id = sqlite3_column_int64(s.get(), 0);
                nt.name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1)));
                const QByteArray config(static_cast<const char *>(sqlite3_column_blob(s.get(), 2)),
                                        sqlite3_column_bytes(s.get(), 2));
                // Notetype.Config: kind = 1 (1 is cloze), css = 3.
                const bool ok = protowire::forEachField(config, [&nt](const protowire::Field &f) {
                    if (f.tag == 1 && f.wireType == 0)
                        nt.cloze = f.number == 1;
                    else if (f.tag == 3 && f.wireType == 2)
                        nt.css = QString::fromUtf8(f.bytes);
                });
                if (!ok)
                    return fail(tr("The note type “%1” in “%2” is damaged.").arg(nt.name, m_fileName));
                index.insert(nt.id, c.notetypes.size());
                c.notetypes.append(nt);
            }
            if (!m_error.isEmpty())
                return false;
        }
        {
            Statement s = prepare("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord");
            if (!s)
                return false;
            while (step(s.get())) {
                const auto it = index.constFind(sqlite3_column_int64(s.get(), 0));
                if (it != index.constEnd())
                    c.notetypes[*it].fields.append(
                        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 2))));
            }
            if (!m_error.isEmpty())
                return false;
        }
        Statement s = prepare("SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord");
        if (!s)
            return false;
        while (step(s.get())) {
            const auto it = index.constFind(sqlite3_column_int64(s.get(), 0));
            if (it == index.constEnd())
                continue;
            AnkiTemplate t;
            t.ord = sqlite3_column_int(s.get(), 1);
            t.name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 2)));
            const QByteArray config(static_cast<const char *>(sqlite3_column_blob(s.get(), 3)),
                                    sqlite3_column_bytes(s.get(), 3));
            // Template.Config: q_format = 1, a_format = 2.
            const bool ok = protowire::forEachField(config, [&t](const protowire::Field &f) {
                if (f.tag == 1 && f.wireType == 2)
                    t.questionFormat = QString::fromUtf8(f.bytes);
                else if (f.tag == 2 && f.wireType == 2)
                    t.answerFormat = QString::fromUtf8(f.bytes);
            });
            if (!ok)
                return fail(tr("The card template “%1” in “%2” is damaged.").arg(t.name, m_fileName));
            c.notetypes[*it].templates.append(t);
        }
        return m_error.isEmpty();
    }

    bool readDecks(AnkiCollection &c)
    {
        Statement s = prepare("SELECT id, name FROM decks ORDER BY id");
        if (!s)
            return false;
        while (step(s.get())) {
            // Schema 15 and later separate the levels with U+001F; schema 11 with "::".
            QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1)));
            name.replace(QChar(0x1f), QLatin1String("::"));
            c.decks.append({sqlite3_column_int64(s.get(), 0), name});
        }
        return m_error.isEmpty();
    }

    bool readNotes(AnkiCollection &c)
    {
        Statement s = prepare("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id");
        if (!s)
            return false;
        sqlite3_stmt *st = s.get();
        while (step(st)) {
            AnkiNote note;
            note.id = sqlite3_column_int64(st, 0);
            note.notetypeId = sqlite3_column_int64(st, 2);
            note.modifiedSecs = sqlite3_column_int64(st, 3);
            const auto what = [st, &note]() { return noteName(st, note.id); };
            // A note holds all its fields: their limit each is checked after the split.
            const auto fields = text(st, 5, std::numeric_limits<int>::max(), what);
            const auto guid = fields ? text(st, 1, 1024, what) : std::nullopt;
            const auto tags = guid ? text(st, 4, AnkiCollectionReader::kMaxFieldBytes, what) : std::nullopt;
            if (!tags)
                return false;
            note.guid = *guid;
            note.fields = fields->split(QChar(0x1f));
            for (const QString &field : std::as_const(note.fields)) {
                if (field.size() * 3 > AnkiCollectionReader::kMaxFieldBytes
                    && field.toUtf8().size() > AnkiCollectionReader::kMaxFieldBytes)
                    return fail(tr("%1 has a field of %2, more than a card can hold (%3). The package is refused.")
                                    .arg(what(), QLocale().formattedDataSize(field.toUtf8().size()),
                                         QLocale().formattedDataSize(AnkiCollectionReader::kMaxFieldBytes)));
            }
            note.tags = tags->split(QLatin1Char(' '), Qt::SkipEmptyParts);
            c.notes.append(std::move(note));
        }
        return m_error.isEmpty();
    }

    // "The note “first words” (id 123)": how a message names a note the learner must find.
    static QString noteName(sqlite3_stmt *st, qint64 id)
    {
        QByteArray first(reinterpret_cast<const char *>(sqlite3_column_text(st, 5)),
                         std::min(sqlite3_column_bytes(st, 5), 400));
        first = first.left(first.indexOf('\x1f') < 0 ? first.size() : first.indexOf('\x1f'));
        first.replace('\0', ' ');
        QString words = QString::fromUtf8(first).simplified();
        if (words.size() > 40)
            words = words.left(40) + QChar(0x2026);
        return words.isEmpty() ? tr("The note %1").arg(id) : tr("The note “%1” (id %2)").arg(words).arg(id);
    }

    bool readCards(AnkiCollection &c)
    {
        Statement s = prepare("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, "
                              "flags, data, odid, odue FROM cards ORDER BY id");
        if (!s)
            return false;
        sqlite3_stmt *st = s.get();
        while (step(st)) {
            AnkiCard card;
            card.id = sqlite3_column_int64(st, 0);
            card.noteId = sqlite3_column_int64(st, 1);
            card.deckId = sqlite3_column_int64(st, 2);
            card.ord = sqlite3_column_int(st, 3);
            card.type = sqlite3_column_int(st, 4);
            card.queue = sqlite3_column_int(st, 5);
            card.due = sqlite3_column_int64(st, 6);
            card.interval = sqlite3_column_int(st, 7);
            card.factor = sqlite3_column_int(st, 8);
            card.reps = sqlite3_column_int(st, 9);
            card.lapses = sqlite3_column_int(st, 10);
            card.flags = sqlite3_column_int(st, 11);
            const auto data = text(st, 12, AnkiCollectionReader::kMaxFieldBytes, [&card] {
                return tr("The card %1").arg(card.id);
            });
            if (!data)
                return false;
            card.data = *data;
            // A card in a filtered deck is read as in its home deck, where it returns.
            if (const qint64 home = sqlite3_column_int64(st, 13); home != 0) {
                card.deckId = home;
                card.due = sqlite3_column_int64(st, 14);
            }
            c.cards.append(std::move(card));
        }
        return m_error.isEmpty();
    }

    bool readReviews(AnkiCollection &c)
    {
        Statement s = prepare("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id");
        if (!s)
            return false;
        sqlite3_stmt *st = s.get();
        while (step(st)) {
            AnkiReview r;
            r.id = sqlite3_column_int64(st, 0);
            r.cardId = sqlite3_column_int64(st, 1);
            r.ease = sqlite3_column_int(st, 2);
            r.interval = sqlite3_column_int(st, 3);
            r.lastInterval = sqlite3_column_int(st, 4);
            r.factor = sqlite3_column_int(st, 5);
            r.timeMs = sqlite3_column_int(st, 6);
            r.type = sqlite3_column_int(st, 7);
            c.reviews.append(r);
        }
        return m_error.isEmpty();
    }

private:
    sqlite3 *m_db;
    QString m_fileName;
    QString m_error;
};

} // namespace

std::optional<AnkiCollection> AnkiCollectionReader::read(const QString &path, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto fail = [error](const QString &message) -> std::optional<AnkiCollection> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // SQLite's header first: anything else is no collection, and SQLite never sees it.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("“%1” could not be read.").arg(fileName));
        if (file.read(16) != QByteArray("SQLite format 3", 16))
            return fail(tr("“%1” is damaged: it is not a readable Anki collection.").arg(fileName));
    }

    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK)
        return fail(tr("“%1” could not be read.").arg(fileName));
    sqlite3_create_collation(db.get(), "unicase", SQLITE_UTF8, nullptr, unicaseCompare);
    // A hostile file cannot make a statement run for ever or eat the memory.
    sqlite3_limit(db.get(), SQLITE_LIMIT_LENGTH, 64 << 20);

    Reader reader(db.get(), fileName);
    const QStringList tables = reader.tableNames();
    if (!reader.error().isEmpty())
        return fail(reader.error());
    for (const char *table : {"col", "notes", "cards", "revlog"}) {
        if (!tables.contains(QLatin1String(table)))
            return fail(tr("“%1” is a database of another program, not an Anki collection.").arg(fileName));
    }

    AnkiCollection c;
    QByteArray models;
    QByteArray decks;
    if (!reader.readCol(c, &models, &decks))
        return fail(reader.error());
    if (c.schemaVersion > 18)
        return fail(tr("“%1” was made by a newer Anki than Portdeck knows (schema %2). Export it "
                       "from Anki with “Support older Anki versions” ticked.")
                        .arg(fileName)
                        .arg(c.schemaVersion));
    if (c.schemaVersion < 11)
        return fail(tr("“%1” was made by Anki 1, which Portdeck cannot read. Open it in a current "
                       "Anki and export it again.")
                        .arg(fileName));
    bool ok = false;
    if (c.schemaVersion >= 15) {
        for (const char *table : {"notetypes", "fields", "templates", "decks"}) {
            if (!tables.contains(QLatin1String(table)))
                return fail(tr("“%1” is damaged: it is not a readable Anki collection.").arg(fileName));
        }
        ok = reader.readNotetypes(c) && reader.readDecks(c);
    } else {
        ok = reader.readLegacyNotetypes(models, c) && reader.readLegacyDecks(decks, c);
    }
    ok = ok && reader.readNotes(c) && reader.readCards(c) && reader.readReviews(c);
    if (!ok)
        return fail(reader.error());
    return c;
}
