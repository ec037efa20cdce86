#include "deckstore.h"

#include "backupstore.h"
#include "boundquery.h"
#include "checkpointer.h"
#include "diskproblem.h"
#include "entrystore.h"
#include "logflusher.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QPromise>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <optional>
#include <thread>
#include <tuple>

using boundquery::exec;
using boundquery::idsAsJson;
using boundquery::nullable;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("portdeck-deck-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool sameContent(const Fact &a, const Fact &b)
{
    return a.kind == b.kind && a.name == b.name && a.fullName == b.fullName
           && a.aliases == b.aliases && a.ports == b.ports && a.ipProtocol == b.ipProtocol
           && a.rangeLow == b.rangeLow && a.rangeHigh == b.rangeHigh && a.security == b.security
           && a.secureCounterparts == b.secureCounterparts && a.function == b.function
           && a.tags == b.tags && a.objective == b.objective && a.note == b.note
           && a.position == b.position;
}

// The columns readCard() expects, in its order; card_texts joins as tq and ta.
const char kCardColumns[] =
    "c.id, c.key, c.fact_id, c.template, c.variant, coalesce(tq.text, c.question), "
    "coalesce(ta.text, c.answer), c.state, c.step, c.due, c.last_review, c.scheduled_days, "
    "c.stability, c.difficulty, c.reps, c.lapses, c.suspended, c.position, c.flag, "
    "c.builtin = 0, c.edited, coalesce(c.buried_until, 0), c.retired != 0";
const char kCardTexts[] =
    "LEFT JOIN card_texts tq ON tq.card_id = c.id AND tq.lang = ? AND tq.field = 'question' "
    "LEFT JOIN card_texts ta ON ta.card_id = c.id AND ta.lang = ? AND ta.field = 'answer' ";

// A row's values, whichever interface read it: readCard() serves both.
qint64 integerAt(const QSqlQuery &q, int i) { return q.value(i).toLongLong(); }
qint64 integerAt(const SqliteStatement &q, int i) { return q.int64(i); }
double realAt(const QSqlQuery &q, int i) { return q.value(i).toDouble(); }
double realAt(const SqliteStatement &q, int i) { return q.real(i); }
QString textAt(const QSqlQuery &q, int i) { return q.value(i).toString(); }
QString textAt(const SqliteStatement &q, int i) { return q.text(i); }

template<typename Row>
CardInfo readCard(const Row &q)
{
    CardInfo c;
    c.id = integerAt(q, 0);
    c.key = textAt(q, 1);
    c.factId = integerAt(q, 2);
    parseTemplateKey(textAt(q, 3), &c.tmpl);
    c.variant = textAt(q, 4);
    c.question = textAt(q, 5);
    c.answer = textAt(q, 6);
    c.state = static_cast<CardState>(std::clamp(int(integerAt(q, 7)), 0, 3));
    c.step = int(integerAt(q, 8));
    c.dueMs = integerAt(q, 9);
    c.lastReviewMs = integerAt(q, 10);
    c.scheduledDays = int(integerAt(q, 11));
    c.stability = realAt(q, 12);
    c.difficulty = realAt(q, 13);
    c.reps = int(integerAt(q, 14));
    c.lapses = int(integerAt(q, 15));
    c.suspended = integerAt(q, 16) != 0;
    c.position = int(integerAt(q, 17));
    c.flag = int(integerAt(q, 18));
    c.own = integerAt(q, 19) != 0;
    c.edited = integerAt(q, 20) != 0;
    c.buriedUntilMs = integerAt(q, 21);
    c.retired = integerAt(q, 22) != 0;
    return c;
}

} // namespace

DeckStore::DeckStore() = default;

DeckStore::~DeckStore()
{
    close();
}

bool DeckStore::waitForLogFlush()
{
    return !m_logFlusher || m_logFlusher->wait();
}

quint64 DeckStore::logFlushCount() const
{
    return m_logFlusher ? m_logFlusher->flushCount() : 0;
}

bool DeckStore::checkpoint()
{
    if (!awaitVerdict())
        return false;
    if (m_checkpointer) {
        m_checkpointer->request();
        return true;
    }
    QSqlQuery q(database());
    return exec(q, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

bool DeckStore::waitForCheckpoint()
{
    return !m_checkpointer || m_checkpointer->wait();
}

void DeckStore::releaseMemory()
{
    if (sqlite3 *db = sqliteHandle(database()))
        sqlite3_db_release_memory(db);
}

QString DeckStore::fileName()
{
    return QStringLiteral("portdeck.sqlite");
}

QSqlDatabase DeckStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool DeckStore::isOpen() const
{
    return !m_connection.isEmpty() && database().isOpen();
}

namespace {

// Hashes bytes [@p from, @p to) of @p filePath, read 1 MiB at a time; nullopt if unreadable,
// or once @p stop is set.
std::optional<quint64> hashOfRange(const QString &filePath, qint64 from, qint64 to, const std::atomic_bool *stop)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return std::nullopt;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    quint64 hash = quint64(from);
    for (qint64 at = from; at < to;) {
        if (stop && stop->load(std::memory_order_relaxed))
            return std::nullopt;
        const qint64 read = file.read(buffer.data(), std::min<qint64>(buffer.size(), to - at));
        if (read <= 0)
            return std::nullopt;
        // Seed 0 for every chunk: with any other seed Qt mixes in the process's random seed.
        hash = (hash ^ qHashBits(buffer.constData(), size_t(read), 0)) * 0x100000001b3ULL;
        at += read;
    }
    return hash;
}

enum class Halves { AtOnce, OneAfterTheOther };

// A fingerprint of every byte of the file, in two halves: 20 ms for 166 MiB hashed at once,
// a sixtieth of quick_check, which reads and checks every page (reading beats mapping the
// file threefold: no page faults). Always the same halves, whatever the machine's cores, so
// a fingerprint never depends on them. Empty if the file cannot be read.
QByteArray fingerprint(const QString &filePath, Halves halves, const std::atomic_bool *stop = nullptr)
{
    const qint64 size = QFileInfo(filePath).size();
    if (size <= 0)
        return {};
    const qint64 half = size / 2 / 4096 * 4096;
    std::optional<quint64> second;
    std::thread secondHalf;
    constexpr qint64 kWorthAThread = 8 << 20;
    if (halves == Halves::AtOnce && size >= kWorthAThread)
        secondHalf = std::thread([&] { second = hashOfRange(filePath, half, size, stop); });
    else
        second = hashOfRange(filePath, half, size, stop);
    const std::optional<quint64> first = hashOfRange(filePath, 0, half, stop);
    if (secondHalf.joinable())
        secondHalf.join();
    if (!first || !second)
        return {};
    return "qhashbits2-" + QByteArray::number(*first, 16) + '-' + QByteArray::number(*second, 16) + '-'
           + QByteArray::number(size);
}

// "portdeck-sound 1 <schema> <fingerprint> <last whole check, UTC ms>"
QByteArray certificateText(const QByteArray &fingerprint, qint64 lastFullCheckMs)
{
    return "portdeck-sound 1 " + QByteArray::number(DeckStore::kSchemaVersion) + ' ' + fingerprint + ' '
           + QByteArray::number(lastFullCheckMs);
}

// What a clean close's certificate claims, before the file is read to see whether it holds.
struct Certificate
{
    QByteArray text;
    QByteArray fingerprint; ///< as claimed
    qint64 lastFullCheckMs = 0;

    bool holdsFor(const QByteArray &print) const
    {
        return !print.isEmpty() && text == certificateText(print, lastFullCheckMs);
    }
};

// The certificate a clean close left, if it may stand in for a whole check: no write-ahead log
// left behind, checked whole within the last week.
std::optional<Certificate> certificateOf(const QString &filePath, qint64 nowMs)
{
    QFile file(DeckStore::certificatePath(filePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readLine(512).trimmed();
    const QList<QByteArray> fields = text.split(' ');
    if (fields.size() != 5 || QFileInfo(filePath + QStringLiteral("-wal")).size() > 0)
        return std::nullopt;
    const qint64 checked = fields.at(4).toLongLong();
    if (checked <= 0 || checked > nowMs || nowMs - checked > DeckStore::kCertificateLifeMs)
        return std::nullopt;
    return Certificate{text, fields.at(3), checked};
}

// What says the file is as it was: its size and time of change.
QByteArray fileStamp(const QString &filePath)
{
    const QFileInfo info(filePath);
    return QByteArray::number(info.size()) + ' '
           + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

// Which file is at @p filePath: its device and inode; empty when none is.
QByteArray fileIdentity(const QString &filePath)
{
    struct stat st;
    if (::stat(QFile::encodeName(filePath).constData(), &st) != 0)
        return {};
    return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
}

} // namespace

QString DeckStore::certificatePath(const QString &filePath)
{
    return filePath + QStringLiteral(".sound");
}

qint64 DeckStore::writesSoFar() const
{
    // Every write of any connection goes through the write-ahead log first, and this
    // connection's own are counted too; either moves one of these.
    sqlite3 *db = sqliteHandle(database());
    if (!db)
        return -1;
    QSqlQuery q(database());
    const qint64 otherConnections = exec(q, QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    return (sqlite3_total_changes64(db) << 20) ^ otherConnections;
}

struct DeckStore::PendingVerdict
{
    Certificate claimed;
    QByteArray stampBeforeOpen;
    QString filePath;
    std::thread reader; ///< reads print, once startVerdict() has started it
    std::atomic_bool stop = false;
    QByteArray print;
    QFuture<void> read;
};

QFuture<void> DeckStore::startVerdict()
{
    if (!m_pendingVerdict)
        return QtFuture::makeReadyFuture();
    PendingVerdict *pending = m_pendingVerdict.get();
    if (!pending->reader.joinable()) {
        auto done = std::make_shared<QPromise<void>>();
        pending->read = done->future();
        done->start();
        // One thread: the other core is the window's.
        pending->reader = std::thread([pending, done] {
            pending->print = fingerprint(pending->filePath, Halves::OneAfterTheOther, &pending->stop);
            done->finish();
        });
    }
    return pending->read;
}

bool DeckStore::awaitVerdict()
{
    return settleVerdict(true);
}

bool DeckStore::settleVerdict(bool readWholeIfChanged)
{
    if (!m_pendingVerdict)
        return !m_foundDamaged;
    const std::unique_ptr<PendingVerdict> pending = std::move(m_pendingVerdict);
    if (!readWholeIfChanged) { // closing: no one waits for a fingerprint any more
        pending->stop = true;
        if (pending->reader.joinable())
            pending->reader.join();
        if (pending->print.isEmpty()) {
            // Unjudged, and unwritten since open: the file is still what the certificate it came
            // with describes, true or not. That is left for the next open to judge.
            if (writesSoFar() == m_writesAtOpen && fileStamp(m_filePath) == pending->stampBeforeOpen) {
                m_printAtOpen = pending->claimed.fingerprint;
                m_stampAtOpen = pending->stampBeforeOpen;
            } else {
                m_lastFullCheckMs = 0;
            }
            return true;
        }
    } else if (pending->reader.joinable()) {
        pending->reader.join();
    } else {
        pending->print = fingerprint(m_filePath, Halves::AtOnce); // never started: read it now, at once
    }
    const QByteArray print = pending->print;
    if (pending->claimed.holdsFor(print) && fileStamp(m_filePath) == pending->stampBeforeOpen) {
        if (writesSoFar() == m_writesAtOpen) {
            m_printAtOpen = print;
            m_stampAtOpen = pending->stampBeforeOpen;
        }
    } else if (readWholeIfChanged) {
        // Not as the last clean close left it: read every page, as an open without a
        // certificate does.
        m_checkedAtOpen = true;
        if (checkWholeFile() != Status::Ok) {
            m_foundDamaged = true;
            m_lastFullCheckMs = 0;
            return false; // and nothing may be written
        }
        m_lastFullCheckMs = QDateTime::currentMSecsSinceEpoch();
    } else {
        m_lastFullCheckMs = 0; // closing unjudged: not certified, so the next open reads it whole
        return true;
    }
    return execAll({QStringLiteral("PRAGMA query_only = OFF")});
}

QByteArray DeckStore::certifiedFingerprint()
{
    awaitVerdict();
    return m_printAtOpen;
}

bool DeckStore::isCorruption(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    const int code = handle ? sqlite3_extended_errcode(handle) & 0xff : SQLITE_OK;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

QStringList DeckStore::quickCheckProblems(QString *notRun) const
{
    QSqlQuery q(database());
    QStringList problems;
    if (exec(q, QStringLiteral("PRAGMA quick_check"))) {
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems.append(q.value(0).toString());
        }
        return problems;
    }
    // A check that could not run (busy, out of memory, the disk) has found no damage.
    if (notRun && !isCorruption(database())) {
        *notRun = q.lastError().databaseText();
        return problems;
    }
    problems.append(q.lastError().databaseText());
    return problems;
}

DeckStore::Status DeckStore::checkWholeFile()
{
    QString notRun;
    const QStringList problems = quickCheckProblems(&notRun);
    if (!notRun.isEmpty())
        return fail(Status::SqlError, tr("%1 could not be read whole: %2").arg(QDir::toNativeSeparators(m_filePath), notRun));
    if (problems.isEmpty())
        return Status::Ok;
    return failDamaged(problems.constFirst());
}

DeckStore::Status DeckStore::failDamaged(const QString &detail)
{
    // SQLite's first complaint can run to kilobytes, a page per line: its first line is enough
    // to tell one damage from another; portdeck-cli check lists them all.
    QString first = detail.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.startsWith(QLatin1String("***")))
        first = detail.section(QLatin1Char('\n'), 1, 1).trimmed();
    if (first.size() > 100)
        first = first.left(99) + QChar(0x2026);
    const QString folder = QFileInfo(m_filePath).absolutePath();
    const QList<BackupInfo> backups = BackupStore(folder).backups(false);
    const QString wayOut =
        backups.isEmpty()
            ? tr("There is no backup of it in %1.").arg(QDir::toNativeSeparators(BackupStore::folderOf(folder)))
            : tr("The newest backup is %1, from %2: restore it with portdeck-cli restore \"%1\" (the damaged "
                 "file is kept beside it).")
                  .arg(QDir::toNativeSeparators(backups.constFirst().path),
                       QLocale().toString(backups.constFirst().time.toLocalTime(), QLocale::ShortFormat));
    return fail(Status::Damaged, tr("%1 is damaged: SQLite cannot read all of it (%2). Portdeck has left it "
                                    "untouched. %3 portdeck-cli check lists what is wrong.")
                                     .arg(QDir::toNativeSeparators(m_filePath), first, wayOut));
}

void DeckStore::close()
{
    m_cardById.reset(); // before the connection closes: an unfinalized statement keeps the file open
    if (!m_connection.isEmpty()) {
        settleVerdict(false);
        m_checkpointer.reset(); // its checkpoint done, its connection closed: this one is the last
        // A session that wrote nothing leaves the file as the certificate it was opened with
        // says: certified again without reading it (a launch that only looks costs one
        // fingerprint, not two).
        // Whatever is at the path now was not checked by this open: it is not certified.
        if (writeBackIfGone())
            m_lastFullCheckMs = 0;
        const qint64 writesAtClose = writesSoFar();
        bool unchanged = !m_printAtOpen.isEmpty() && writesAtClose == m_writesAtOpen
                         && QFileInfo(m_filePath + QStringLiteral("-wal")).size() == 0;
        if (m_logFlusher) {
            sqlite3_wal_hook(sqliteHandle(database()), nullptr, nullptr);
            m_logFlusher.reset(); // every commit on the disk before the file is closed
        }
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        unchanged = unchanged && fileStamp(m_filePath) == m_stampAtOpen;
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        // A clean close of a file that was sound at open, its log folded back in: the next
        // open may trust that, byte for byte, instead of reading every page again.
        if (m_lastFullCheckMs > 0 && !QFileInfo::exists(m_filePath + QStringLiteral("-wal"))) {
            const QByteArray print = unchanged ? m_printAtOpen : fingerprint(m_filePath, Halves::AtOnce);
            QSaveFile certificate(certificatePath(m_filePath));
            if (!print.isEmpty() && certificate.open(QIODevice::WriteOnly)) {
                certificate.write(certificateText(print, m_lastFullCheckMs) + '\n');
                if (certificate.commit() && m_onCertified)
                    m_onCertified(print, writesAtClose);
            }
        }
    }
    m_pendingVerdict.reset();
    m_lastFullCheckMs = 0;
    m_printAtOpen.clear();
    m_identityAtOpen.clear();
    m_lock.reset();
}

bool DeckStore::isFileGone() const
{
    return !m_identityAtOpen.isEmpty() && fileIdentity(m_filePath) != m_identityAtOpen;
}

bool DeckStore::writeBackIfGone()
{
    if (!isFileGone())
        return false;
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            qWarning("Portdeck: %s was removed while open, and cannot be made again", qPrintable(folder));
            return true;
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Another file in its place (a copy put back, a second start): kept, and this one beside it.
    const QString target = QFileInfo::exists(m_filePath)
                               ? QDir(folder).filePath(QStringLiteral("portdeck-rescued-%1.sqlite")
                                                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))))
                               : m_filePath;
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec() || !QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !QFile::rename(partial, target)) {
        qWarning("Portdeck: %s was removed while open, and could not be written back: %s",
                 qPrintable(m_filePath), qPrintable(q.lastError().text()));
        QFile::remove(partial);
        return true;
    }
    qWarning("Portdeck: %s was removed while open; written back to %s", qPrintable(m_filePath), qPrintable(target));
    return true;
}

DeckStore::Status DeckStore::fail(Status status, const QString &message)
{
    // A full disk or a read-only folder is said as such, never as a damaged file: a learner
    // told "damaged" might throw away a healthy collection.
    if (status == Status::IoError || status == Status::SqlError || status == Status::NotADatabase) {
        const QSqlDatabase db = database();
        DiskProblem::Kind disk = db.isOpen() ? DiskProblem::afterSqlFailure(db, m_filePath) : DiskProblem::Kind::None;
        if (disk == DiskProblem::Kind::None && status != Status::NotADatabase)
            disk = DiskProblem::ofFolder(QFileInfo(m_filePath).absolutePath());
        if (disk != DiskProblem::Kind::None) {
            // SQLite's own words as the detail: the message was written for a file that cannot be read.
            sqlite3 *handle = db.isOpen() ? sqliteHandle(db) : nullptr;
            const QString detail = status == Status::NotADatabase && handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : message;
            m_status = Status::IoError;
            m_error = tr("%1 (%2)").arg(DiskProblem::sentence(disk, m_filePath), detail);
            return m_status;
        }
    }
    m_status = status;
    m_error = message;
    return status;
}

DeckStore::Status DeckStore::open(const QString &dataDir, Mode mode, const Deck &deck)
{
    close();
    m_status = Status::Ok;
    m_error.clear();
    m_lastMerge = {};
    m_foundDamaged = false;
    m_creating = false;
    if (openImpl(dataDir, mode, deck) != Status::Ok) {
        // A file this open made and could not finish (the disk filled up) holds nothing: it goes,
        // with the log and index SQLite could not remove, and the folder is as it was. The lock
        // is held until then, so no other Portdeck opens the file being removed.
        const std::unique_ptr<QLockFile> lock = m_creating ? std::move(m_lock) : nullptr;
        close(); // the connection and the lock go; the file stays as it was
        if (m_creating) {
            for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(m_filePath + side);
        }
    }
    return m_status;
}

DeckStore::Status DeckStore::openImpl(const QString &dataDir, Mode mode, const Deck &deck)
{
    m_deck = deck;

    const QDir dir(dataDir);
    m_filePath = dir.absoluteFilePath(fileName());
    const bool readOnly = mode == Mode::ReadOnly;
    const bool worker = mode == Mode::Worker;

    if (!readOnly && !worker) {
        if (!makePrivateFolder(dir.absolutePath()))
            return fail(Status::IoError, tr("Cannot create the data folder %1.")
                                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
        m_lock = std::make_unique<QLockFile>(dir.absoluteFilePath(QStringLiteral("portdeck.lock")));
        m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale
        bool locked = m_lock->tryLock(0);
        // A lock that names no owner was left by a Portdeck killed while it wrote the file: Qt
        // never calls it stale with no age limit, and the folder would stay locked for good.
        // Once it is older than writing a few bytes can take, it is taken over.
        constexpr qint64 kOwnerWrittenWithinMs = 5000;
        const QString lockPath = dir.absoluteFilePath(QStringLiteral("portdeck.lock"));
        qint64 ownerPid = 0;
        QString ownerHost;
        QString ownerApp;
        if (!locked && m_lock->error() == QLockFile::LockFailedError && !m_lock->getLockInfo(&ownerPid, &ownerHost, &ownerApp)
            && qAbs(QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime())) > kOwnerWrittenWithinMs
            && m_lock->removeStaleLockFile())
            locked = m_lock->tryLock(0);
        if (!locked) {
            qint64 pid = 0;
            QString host;
            QString app;
            const bool owned = m_lock->getLockInfo(&pid, &host, &app);
            const QString folder = QDir::toNativeSeparators(dir.absolutePath());
            if (m_lock->error() == QLockFile::LockFailedError && !owned)
                return fail(Status::Locked,
                            tr("Another Portdeck is starting with the data folder %1, or one was stopped while it "
                               "started. Try again in a few seconds.")
                                .arg(folder));
            if (m_lock->error() == QLockFile::LockFailedError)
                return fail(Status::Locked,
                            tr("Another Portdeck (process %1 on %2) is using the data folder %3. "
                               "Close it first, or choose another folder with --data-dir.")
                                .arg(pid)
                                .arg(host, folder));
            return fail(Status::IoError, tr("Cannot lock the data folder %1.").arg(folder));
        }
    }

    if (!readOnly && !worker)
        BackupStore(dir.absolutePath()).removeUnfinishedRestore();
    if (!readOnly) {
        for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                    QStringLiteral(".sound")}) {
            if (const QString outside = linkOutOf(dataDir, m_filePath + side); !outside.isEmpty())
                return fail(Status::IoError, outside);
        }
    }
    const QFileInfo info(m_filePath);
    const bool newFile = !info.exists();
    m_creating = newFile && !readOnly && !worker;
    if ((readOnly || worker) && !info.exists())
        return fail(Status::Missing, tr("There is no Portdeck deck in %1. Start Portdeck once to create "
                                            "it, or name another folder with --data-dir.")
                                         .arg(QDir::toNativeSeparators(dir.absolutePath())));
    // An empty file where a collection was is what a failing disk or a cut power leaves: never
    // quietly made into a new, empty collection while backups of the old one exist.
    if (info.exists() && info.size() == 0 && QFileInfo(m_filePath + QStringLiteral("-wal")).size() == 0) {
        const QList<BackupInfo> backups = BackupStore(dir.absolutePath()).backups(false);
        if (!backups.isEmpty())
            return fail(Status::Damaged,
                        tr("%1 is empty (0 bytes): the disk lost what it held. Portdeck has left it as it "
                           "is. The newest backup is %2, from %3: restore it with portdeck-cli restore "
                           "\"%2\", or delete the empty file to start a new collection.")
                            .arg(QDir::toNativeSeparators(m_filePath),
                                 QDir::toNativeSeparators(backups.constFirst().path),
                                 QLocale().toString(backups.constFirst().time.toLocalTime(), QLocale::ShortFormat)));
    }
    if (info.exists() && info.size() > 0) {
        // Look at the header before SQLite does, so that a foreign file is never touched.
        QFile file(m_filePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Status::IoError, tr("Cannot read %1: %2")
                                             .arg(QDir::toNativeSeparators(m_filePath),
                                                  file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(Status::NotADatabase,
                        tr("%1 is not a Portdeck deck: it is not an SQLite database. Portdeck "
                           "has left it untouched.")
                            .arg(QDir::toNativeSeparators(m_filePath)));
    }

    // Read before SQLite opens the file, which makes a write-ahead log.
    const std::optional<Certificate> claimed =
        readOnly || worker ? std::nullopt : certificateOf(m_filePath, QDateTime::currentMSecsSinceEpoch());
    const QByteArray stampBeforeOpen = claimed ? fileStamp(m_filePath) : QByteArray();

    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(Status::IoError, tr("Cannot open %1: %2")
                                         .arg(QDir::toNativeSeparators(m_filePath),
                                              db.lastError().text()));
    // A new collection is the learner's alone; SQLite gives its log and index the same mode.
    if (newFile && !readOnly)
        QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlQuery q(db);
    int appId = 0;
    int version = 0;
    bool hasTables = false;
    if (!exec(q, QStringLiteral("PRAGMA application_id")) || !q.next()) {
        // In a read-only folder SQLite cannot make the log's index beside the file. Nothing can
        // change the file there, so a reader takes it as it is, unless its latest changes wait
        // in a log that was never folded back in.
        if (readOnly && DiskProblem::afterSqlFailure(db, m_filePath) == DiskProblem::Kind::ReadOnly
            && QFileInfo(m_filePath + QStringLiteral("-wal")).size() == 0
            && !QFileInfo::exists(m_filePath + QStringLiteral("-journal"))) {
            q = QSqlQuery();
            db.close();
            db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(QUrl::fromLocalFile(m_filePath).path(QUrl::FullyEncoded)));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            q = QSqlQuery(db);
        }
        if (!db.isOpen() && !db.open())
            return fail(Status::IoError, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
        if (!exec(q, QStringLiteral("PRAGMA application_id")) || !q.next())
            return fail(Status::NotADatabase, tr("%1 is damaged or not a database (%2). Portdeck has "
                                                 "left it untouched.")
                                                  .arg(QDir::toNativeSeparators(m_filePath),
                                                       q.lastError().databaseText()));
    }
    appId = q.value(0).toInt();
    if (exec(q, QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
        hasTables = q.value(0).toInt() > 0;
    if (hasTables)
        m_creating = false; // a file with tables was there before: never removed on failure
    if (q.lastError().isValid()) {
        if (isCorruption(db)) // its header is SQLite's, the rest unreadable
            return failDamaged(q.lastError().databaseText());
        return fail(Status::SqlError, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_filePath), q.lastError().databaseText()));
    }
    q.finish();
    if (appId != kApplicationId && (hasTables || version != 0))
        return fail(Status::ForeignDatabase,
                    tr("%1 belongs to another program: it is an SQLite database, but not a "
                       "Portdeck deck. Portdeck has left it untouched.")
                        .arg(QDir::toNativeSeparators(m_filePath)));
    if (version > kSchemaVersion)
        return fail(Status::NewerSchema,
                    tr("%1 was written by a newer Portdeck (schema %2; this version reads up to "
                       "schema %3). Update Portdeck to open it.")
                        .arg(QDir::toNativeSeparators(m_filePath))
                        .arg(version)
                        .arg(kSchemaVersion));

    if (readOnly || worker) {
        if (!hasTables)
            return fail(Status::Missing,
                        tr("%1 was being created when Portdeck stopped, and holds nothing yet. Start "
                           "Portdeck once to finish it.")
                            .arg(QDir::toNativeSeparators(m_filePath)));
        // A worker opens only a file its process has migrated, or a restore's staged copy,
        // which it upgrades itself (BackupStore::restore).
        if (readOnly && version < kSchemaVersion)
            return fail(Status::OlderSchema,
                        tr("%1 uses an older schema (%2). Open it once in Portdeck to upgrade it.")
                            .arg(QDir::toNativeSeparators(m_filePath))
                            .arg(version));
        exec(q, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (worker && !execAll({QStringLiteral("PRAGMA synchronous = FULL"),
                                QStringLiteral("PRAGMA cache_size = -32768"),
                                QStringLiteral("PRAGMA wal_autocheckpoint = 0")}))
            return m_status;
        return Status::Ok;
    }

    m_identityAtOpen = fileIdentity(m_filePath);

    // Never write into a damaged file: a write could spread the damage or lose what is left.
    // Every page is read (quick_check) unless a clean close certified the file, byte for byte
    // as it is now, within the last week. The certificate goes at once: a crash leaves none.
    // Deferred, the file is read for its fingerprint while launch goes on, and nothing is
    // written until it is known (awaitVerdict()); not when this open must write at once, to
    // migrate or merge.
    const bool current = hasTables && version == kSchemaVersion;
    if (claimed && current && m_verdictDeferred && deckVersion() >= deck.version) {
        m_pendingVerdict = std::make_unique<PendingVerdict>();
        m_pendingVerdict->claimed = *claimed;
        m_pendingVerdict->stampBeforeOpen = stampBeforeOpen;
        m_pendingVerdict->filePath = m_filePath;
    }
    std::optional<QByteArray> certifiedPrint;
    if (claimed && current && !m_pendingVerdict) {
        const QByteArray print = fingerprint(m_filePath, Halves::AtOnce);
        if (claimed->holdsFor(print))
            certifiedPrint = print;
    }
    QFile::remove(certificatePath(m_filePath));
    m_checkedAtOpen = hasTables && !certifiedPrint && !m_pendingVerdict;
    const qint64 lastFullCheckMs = certifiedPrint || m_pendingVerdict ? claimed->lastFullCheckMs
                                                                       : QDateTime::currentMSecsSinceEpoch();
    if (m_checkedAtOpen && checkWholeFile() != Status::Ok)
        return m_status;
    if (m_pendingVerdict && !execAll({QStringLiteral("PRAGMA query_only = ON")}))
        return m_status;

    // A 32 MiB page cache (SQLite's default is 2 MiB) keeps the cards table of a 100,000-card
    // collection in memory between searches: Browse's is:due runs in half the time.
    // Foreign keys stay off until upgrade() has migrated.
    // NORMAL: a commit does not wait for the disk; the log flusher makes it durable right
    // after (the flush was most of an answer's slowest 1%, and the learner waited for it).
    if (!execAll({QStringLiteral("PRAGMA journal_mode = WAL"),
                  QStringLiteral("PRAGMA synchronous = NORMAL"),
                  QStringLiteral("PRAGMA foreign_keys = OFF"), // whatever the SQLite build defaults to
                  QStringLiteral("PRAGMA cache_size = -32768"),
                  // The log goes back into the file when the learner pauses (checkpoint(), which
                  // the Collection calls when idle), not inside an answer: that copy took the
                  // slowest 1% of answers from about 1 ms to 5 and more. Closing checkpoints too.
                  QStringLiteral("PRAGMA wal_autocheckpoint = 0")}))
        return m_status;
    // After the pragmas: wal_autocheckpoint sets the same hook, to nothing.
    m_logFlusher = std::make_unique<LogFlusher>(m_filePath + QStringLiteral("-wal"));
    // Opened by path: only if that is still the file this connection holds. Otherwise (or if it
    // cannot open) the pauses' checkpoints stay on this connection.
    m_checkpointer = std::make_unique<Checkpointer>(m_filePath);
    if (!m_checkpointer->isOpen() || fileIdentity(m_filePath) != m_identityAtOpen) {
        qWarning("Portdeck: the log is folded back on the window's thread: %s",
                 m_checkpointer->isOpen() ? "another file took the collection's path" : qPrintable(m_checkpointer->errorString()));
        m_checkpointer.reset();
    }
    sqlite3_wal_hook(sqliteHandle(database()), [](void *flusher, sqlite3 *, const char *, int) {
        static_cast<LogFlusher *>(flusher)->request();
        return SQLITE_OK;
    }, m_logFlusher.get());
    // A collection that is about to be migrated or merged is backed up first.
    if (hasTables && (version < kSchemaVersion || deckVersion() < deck.version)) {
        QString error;
        if (!BackupStore(dataDir).backUp(*this, QDateTime::currentMSecsSinceEpoch(), &error, nullptr,
                                         BackupReason::BeforeUpgrade))
            return fail(Status::IoError, tr("%1 was left as it was: the backup before its upgrade failed. %2")
                                             .arg(QDir::toNativeSeparators(m_filePath), error));
    }
    const qint64 writesBeforeUpgrade = writesSoFar();
    if (!upgrade())
        return m_status;
    m_lastFullCheckMs = lastFullCheckMs; // opened sound: a clean close may certify it
    m_writesAtOpen = writesSoFar();
    if (certifiedPrint && m_writesAtOpen == writesBeforeUpgrade) { // as it was at the last close
        m_printAtOpen = *certifiedPrint;
        m_stampAtOpen = fileStamp(m_filePath);
    }
    return Status::Ok;
}

bool DeckStore::upgrade()
{
    const int version = schemaVersion();
    bool migrated = true;
    if (version < kSchemaVersion) {
        // Foreign keys go on after the migration: a step that rebuilds a table (v9.sql) must not
        // cascade the old table's drop into the rows that refer to it.
        if (!execAll({QStringLiteral("PRAGMA foreign_keys = OFF")}))
            return false;
        migrated = migrate(version);
    }
    if (!execAll({QStringLiteral("PRAGMA foreign_keys = ON")}) || !migrated)
        return false;
    if (deckVersion() < m_deck.version) {
        const std::optional<MergeReport> report = mergeDeck(m_deck);
        if (!report)
            return false;
        m_lastMerge = *report;
    }
    return true;
}

bool DeckStore::execAll(const QStringList &statements)
{
    QSqlQuery q(database());
    for (const QString &sql : statements) {
        if (!exec(q, sql)) {
            fail(Status::SqlError, tr("Database error in %1: %2")
                                       .arg(QDir::toNativeSeparators(m_filePath),
                                            q.lastError().text()));
            return false;
        }
    }
    return true;
}

bool DeckStore::setForeignKeysChecked(bool checked)
{
    return execAll({checked ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF")});
}

bool DeckStore::migrate(int from)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        fail(Status::SqlError, db.lastError().text());
        return false;
    }
    // One step per schema version; each brings the file from version N-1 to N. The steps are
    // SQL scripts in resources/schema/, compiled in as :/schema/vN.sql.
    QSqlQuery q(db);
    QString error;
    bool ok = true;
    for (int version = std::max(from, 0) + 1; ok && version <= kSchemaVersion; ++version)
        ok = runSqlScript(db, QStringLiteral(":/schema/v%1.sql").arg(version), &error);
    if (ok && from < 1)
        ok = exec(q, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    if (ok)
        ok = exec(q, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    // A collection gets its random identity once; the node is never 0, the legacy ids' node.
    if (ok && from < 5) {
        const quint64 random = QRandomGenerator::system()->generate64();
        const qint64 node = 1 + qint64(random >> 41) % ((qint64(1) << 23) - 1);
        ok = exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES ('collection_id', ?), "
                                    "('collection_node', ?) ON CONFLICT (key) DO NOTHING"),
                  {QStringLiteral("%1").arg(random, 16, 16, QLatin1Char('0')), QString::number(node)});
    }
    // Reviews logged before version 4 get the recall the scheduler expected of them.
    if (ok && from >= 1 && from < 4)
        ok = backfillRecall(q);
    // Steps run without foreign keys (v9 rebuilds facts): prove that every reference holds.
    if (ok && (ok = exec(q, QStringLiteral("PRAGMA foreign_key_check"))) && q.next()) {
        ok = false;
        error = tr("a row of %1 refers to a missing row of %2")
                    .arg(q.value(0).toString(), q.value(2).toString());
    }
    q.finish();
    if (!ok) {
        const QString message = error.isEmpty() ? q.lastError().text() : error;
        q.finish();
        db.rollback();
        fail(Status::SqlError, tr("Cannot upgrade %1 to schema %2: %3")
                                   .arg(QDir::toNativeSeparators(m_filePath))
                                   .arg(kSchemaVersion)
                                   .arg(message));
        return false;
    }
    if (!db.commit()) {
        fail(Status::SqlError, db.lastError().text());
        return false;
    }
    return true;
}

qint64 DeckStore::cardIdOfKey(const QString &key) const
{
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT id FROM cards WHERE key = ?"), {key}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString DeckStore::collectionId() const
{
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'collection_id'")) && q.next())
        return q.value(0).toString();
    return {};
}

qint64 DeckStore::collectionNode() const
{
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'collection_node'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool DeckStore::makePrivateFolder(const QString &path)
{
    if (QFileInfo(path).isDir())
        return true; // the learner's own folder keeps the mode they gave it
    if (!QDir().mkpath(path))
        return false;
    // A file system that keeps no modes (some network and FUSE mounts) refuses; the folder is
    // still there to use.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

QString DeckStore::linkOutOf(const QString &dataDir, const QString &path)
{
    const QFileInfo link(path);
    if (!link.isSymLink())
        return QString();
    const QString folder = QFileInfo(dataDir).canonicalFilePath();
    // A link that leads nowhere yet (perhaps through other links) would create its target
    // wherever it points: refused wherever that is.
    const QString target = link.canonicalFilePath();
    if (!folder.isEmpty() && !target.isEmpty() && target.startsWith(folder + QLatin1Char('/')))
        return QString();
    return tr("%1 is a link to %2, outside the data folder. Portdeck writes only inside the data folder, so it "
              "has changed nothing: put the file or folder itself in place of the link.")
        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.isEmpty() ? link.symLinkTarget() : target));
}

QString DeckStore::nextReviewIdSql()
{
    static_assert(kReviewSequenceBits == 40, "the revlog_sequence trigger masks 40 bits");
    return QStringLiteral("(SELECT (CAST(n.value AS INTEGER) << 40) | (CAST(s.value AS INTEGER) + 1) "
                          "FROM meta n, meta s WHERE n.key = 'collection_node' AND s.key = 'revlog_sequence')");
}

bool DeckStore::hasSqlMath() const
{
    if (!m_sqlMath) {
        QSqlQuery q(database());
        m_sqlMath = !qEnvironmentVariableIsSet("PORTDECK_NO_SQL_MATH") && q.exec(QStringLiteral("SELECT pow(2, 2)"))
                    && q.next() && q.value(0).toDouble() == 4.0;
    }
    return *m_sqlMath;
}

QString DeckStore::forgettingCurveSql(const QString &elapsedDays, const QString &stability)
{
    return QStringLiteral("pow(1 + ? * (%1) / max(%2, %3), ?)")
        .arg(elapsedDays, stability, QString::number(fsrs::Scheduler::kMinStability));
}

bool DeckStore::backfillRecall(QSqlQuery &q)
{
    // What the scheduler expected at each earlier study answer: the forgetting curve at the
    // answer's elapsed days for the stability the card's previous study answer left. The log
    // is append-only; the trigger steps aside for this update inside the migration's
    // transaction, so a failure leaves it in place.
    const fsrs::Scheduler scheduler(studySettings().schedulerSettings());
    // The trigger as the schema made it, to put back afterwards.
    if (!exec(q, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'revlog_append_only'"))
        || !q.next())
        return false;
    const QString appendOnly = q.value(0).toString();
    q.finish();
    if (!exec(q, QStringLiteral("DROP TRIGGER revlog_append_only")))
        return false;
    const QString previous = QStringLiteral(
        "SELECT id, max(elapsed_days, 0) AS elapsed, state_before, lag(stability) OVER "
        "(PARTITION BY card_id ORDER BY time, id) AS previous FROM revlog WHERE kind = 'study'");
    bool ok = true;
    if (hasSqlMath()) {
        ok = exec(q,
                  QStringLiteral("UPDATE revlog SET recall = %1 "
                                 "FROM (%2) AS p WHERE revlog.id = p.id AND p.state_before <> 0 "
                                 "AND p.previous > 0")
                      .arg(forgettingCurveSql(QStringLiteral("p.elapsed"), QStringLiteral("p.previous")),
                           previous),
                  {scheduler.factor(), scheduler.decay()});
    } else {
        QSqlQuery rows(database());
        rows.setForwardOnly(true);
        QSqlQuery update(database());
        ok = exec(rows, QStringLiteral("SELECT id, elapsed, previous FROM (%1) WHERE state_before <> 0 "
                                       "AND previous > 0").arg(previous))
             && update.prepare(QStringLiteral("UPDATE revlog SET recall = ? WHERE id = ?"));
        while (ok && rows.next()) {
            update.bindValue(0, scheduler.forgettingCurve(rows.value(1).toInt(), rows.value(2).toDouble()));
            update.bindValue(1, rows.value(0).toLongLong());
            ok = update.exec();
        }
    }
    return ok && exec(q, appendOnly);
}

int DeckStore::schemaVersion() const
{
    QSqlQuery q(database());
    return exec(q, QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

int DeckStore::deckVersion() const
{
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
             {QStringLiteral("deck_version")})
        && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<MergeReport> DeckStore::mergeDeck(const Deck &deck)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        fail(Status::SqlError, db.lastError().text());
        return std::nullopt;
    }
    MergeReport report;
    report.fromVersion = deckVersion();
    report.toVersion = deck.version;
    if (!mergeInTransaction(deck, &report)) {
        const QString message = m_error;
        db.rollback();
        fail(Status::SqlError, tr("Cannot merge the built-in deck into %1: %2")
                                   .arg(QDir::toNativeSeparators(m_filePath), message));
        return std::nullopt;
    }
    if (!db.commit()) {
        fail(Status::SqlError, db.lastError().text());
        return std::nullopt;
    }
    return report;
}

bool DeckStore::mergeInTransaction(const Deck &deck, MergeReport *report)
{
    QSqlQuery q(database());
    auto run = [this, &q](const QString &sql, const QVariantList &values = {}) {
        if (exec(q, sql, values))
            return true;
        m_error = q.lastError().text();
        return false;
    };

    QHash<QString, Fact> before;
    for (const Fact &f : facts())
        before.insert(f.key, f);

    // An entry the learner edited keeps their text: the merge writes around it, and its cards
    // follow the learner's version of it.
    EntryStore entries(*this);
    Deck effective = deck;
    QHash<QString, qint64> idByKey;
    for (DeckFact &df : effective.facts) {
        const Fact &f = df.fact;
        const Fact mine = before.value(f.key);
        if (mine.edited) {
            idByKey.insert(f.key, mine.id);
            const int position = f.position;
            df.fact = mine;
            df.fact.position = position;
            if (!run(QStringLiteral("UPDATE facts SET position = ?, retired = 0 WHERE id = ?"), {position, mine.id}))
                return false;
            continue;
        }
        const std::optional<qint64> id = entries.writeFact(df, true, f.position);
        if (!id) {
            m_error = entries.errorString();
            return false;
        }
        // An entry edited, then dropped by one deck and brought back by another, comes back as
        // the deck has it: the mark follows the text.
        if (!run(QStringLiteral("UPDATE facts SET edited = 0 WHERE id = ? AND edited = 1"), {*id}))
            return false;
        idByKey.insert(f.key, *id);
        if (!before.contains(f.key))
            ++report->factsAdded;
        else if (!sameContent(before.value(f.key), f))
            ++report->factsUpdated;
    }

    // Counterparts once every fact has an id.
    for (const DeckFact &df : deck.facts) {
        if (before.value(df.fact.key).edited)
            continue;
        if (!entries.writeCounterparts(idByKey.value(df.fact.key), df.fact.secureCounterparts)) {
            m_error = entries.errorString();
            return false;
        }
    }

    // Built-in facts the deck no longer has are retired, never deleted: cards keep history.
    if (!run(QStringLiteral("SELECT id, key FROM facts WHERE builtin = 1 AND retired = 0")))
        return false;
    QList<qint64> retire;
    while (q.next()) {
        if (!idByKey.contains(q.value(1).toString()))
            retire.append(q.value(0).toLongLong());
    }
    for (qint64 id : std::as_const(retire)) {
        if (!run(QStringLiteral("UPDATE facts SET retired = 1 WHERE id = ?"), {id}))
            return false;
    }
    report->factsRetired = static_cast<int>(retire.size());

    // Cards: add new ones, refresh the definition of existing ones, keep their state.
    QHash<QString, qint64> cardIds;
    // Every card by key: a port card an own entry made is adopted when the deck asks it too.
    QSet<qint64> editedCards;
    QSet<qint64> builtinCards;
    if (!run(QStringLiteral("SELECT key, id, edited, builtin FROM cards")))
        return false;
    while (q.next()) {
        cardIds.insert(q.value(0).toString(), q.value(1).toLongLong());
        if (q.value(2).toBool())
            editedCards.insert(q.value(1).toLongLong());
        if (q.value(3).toBool())
            builtinCards.insert(q.value(1).toLongLong());
    }

    const QList<CardSpec> specs = generateCards(effective);
    QSet<QString> specKeys;
    for (const CardSpec &c : specs) {
        specKeys.insert(c.key);
        const QVariant factId = c.factKey.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                    : QVariant(idByKey.value(c.factKey));
        qint64 cardId = cardIds.value(c.key);
        if (cardId && editedCards.contains(cardId)) {
            // The learner's text stays; the card still belongs to the deck.
            if (!run(QStringLiteral("UPDATE cards SET fact_id = ?, position = ?, builtin = 1, retired = 0 "
                                    "WHERE id = ?"),
                     {factId, c.position, cardId}))
                return false;
            continue;
        }
        if (cardId) {
            if (!run(QStringLiteral("UPDATE cards SET fact_id = ?, template = ?, variant = ?, "
                                    "question = ?, answer = ?, position = ?, builtin = 1, retired = 0 "
                                    "WHERE id = ?"),
                     {factId, templateKey(c.tmpl), c.variant, c.question, c.answer, c.position,
                      cardId}))
                return false;
        } else {
            if (!run(QStringLiteral("INSERT INTO cards (key, fact_id, template, variant, question, "
                                    "answer, position, builtin) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
                     {c.key, factId, templateKey(c.tmpl), c.variant, c.question, c.answer,
                      c.position}))
                return false;
            cardId = q.lastInsertId().toLongLong();
            ++report->cardsAdded;
        }
        if (!run(QStringLiteral("DELETE FROM card_texts WHERE card_id = ?"), {cardId}))
            return false;
        for (auto lang = c.translations.cbegin(); lang != c.translations.cend(); ++lang) {
            for (auto field = lang->cbegin(); field != lang->cend(); ++field) {
                if (!run(QStringLiteral("INSERT INTO card_texts (card_id, lang, field, text) "
                                        "VALUES (?, ?, ?, ?)"),
                         {cardId, lang.key(), field.key(), field.value()}))
                    return false;
            }
        }
    }
    for (auto it = cardIds.cbegin(); it != cardIds.cend(); ++it) {
        if (specKeys.contains(it.key()) || !builtinCards.contains(it.value()))
            continue;
        // A port the deck no longer asks about may still be an own entry's: the card stays theirs.
        if (it.key().startsWith(QLatin1String("port:"))) {
            const std::optional<bool> handed = entries.handOverPortCard(it.value(), 0);
            if (!handed) {
                m_error = entries.errorString();
                return false;
            }
            if (*handed)
                continue;
        }
        if (!run(QStringLiteral("UPDATE cards SET retired = 1 WHERE id = ? AND retired IN (0, 2)"),
                 {it.value()}))
            return false;
        report->cardsRetired += q.numRowsAffected() > 0 ? 1 : 0;
    }

    if (!entries.applyCardTypes()) {
        m_error = entries.errorString();
        return false;
    }
    return run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
               {QStringLiteral("deck_version"), QString::number(deck.version)});
}

QList<Fact> DeckStore::facts(const QString &lang, const std::atomic_bool *stop) const
{
    return loadFacts(lang, std::nullopt, stop);
}

std::optional<Fact> DeckStore::fact(qint64 id, const QString &lang) const
{
    const QList<Fact> one = loadFacts(lang, QList<qint64>{id});
    return one.isEmpty() ? std::nullopt : std::optional<Fact>(one.constFirst());
}

QList<Fact> DeckStore::factsByIds(const QList<qint64> &ids, const QString &lang) const
{
    return loadFacts(lang, ids);
}

QList<Fact> DeckStore::factsForCard(const CardInfo &card, const QString &lang) const
{
    // What CardTexts::render() looks up: the entries on the port of a port card; else the
    // card's own entry and its secure counterparts.
    QList<qint64> ids;
    sqlite3 *db = sqliteHandle(database());
    if (!db || card.tmpl == CardTemplate::Basic)
        return {};
    if (card.tmpl == CardTemplate::PortToProtocol) {
        SqliteStatement onPort(db, QStringLiteral("SELECT DISTINCT fact_id FROM fact_ports WHERE port = ?"));
        onPort.bind(1, qint64(card.variant.toInt()));
        while (onPort.next())
            ids.append(onPort.int64(0));
    } else if (card.factId > 0) {
        ids.append(card.factId);
        SqliteStatement counterparts(db, QStringLiteral("SELECT counterpart_id FROM fact_counterparts WHERE fact_id = ?"));
        counterparts.bind(1, card.factId);
        while (counterparts.next())
            ids.append(counterparts.int64(0));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids.isEmpty() ? QList<Fact>() : loadFacts(lang, ids);
}

QList<Fact> DeckStore::loadFacts(const QString &lang, const std::optional<QList<qint64>> &only,
                                 const std::atomic_bool *stop) const
{
    // SQLite's own interface: at 20,000 entries a QSqlQuery's cached values cost more than the
    // reading.
    QList<Fact> out;
    QHash<qint64, qsizetype> indexById;
    sqlite3 *db = sqliteHandle(database());
    if (!db)
        return out;
    // A few entries (an edit, a card's) read their own rows by index, one entry at a time; the
    // whole deck reads each table once. The list is sized first and sorted here: growing it by
    // doubling, and SQLite's sorter, touched twice the memory, and a fresh page of memory is
    // the dearest thing launch does.
    // Runs @p rows, whose values @p bind gives (with the id of each entry of only), for each
    // row it reads.
    const auto forEachRow = [&](SqliteStatement &rows, const auto &bind, const auto &read) {
        if (!only) {
            bind(0);
            while ((!stop || !stop->load(std::memory_order_relaxed)) && rows.next())
                read(rows);
            return;
        }
        for (qint64 id : *only) {
            bind(id);
            while (rows.next())
                read(rows);
            rows.reset();
        }
    };
    const QString byId = only ? QStringLiteral(" AND id = ?") : QString();
    if (!only) {
        SqliteStatement count(db, QStringLiteral("SELECT count(*) FROM facts WHERE retired = 0"));
        if (count.next()) {
            out.reserve(count.int64(0));
            indexById.reserve(count.int64(0));
        }
    }
    SqliteStatement facts(db, QStringLiteral("SELECT id, key, kind, name, full_name, security, function, "
                                             "ip_protocol, range_low, range_high, objective, note, position, "
                                             "builtin = 0, edited, card_types "
                                             "FROM facts WHERE retired = 0%1").arg(byId));
    forEachRow(facts, [&](qint64 id) { if (only) facts.bind(1, id); }, [&out](const SqliteStatement &row) {
        Fact f;
        f.id = row.int64(0);
        f.key = row.text(1);
        parseFactKind(row.text(2), &f.kind);
        f.name = row.text(3);
        f.fullName = row.text(4);
        parseSecurity(row.text(5), &f.security);
        f.function = row.text(6);
        f.ipProtocol = row.isNull(7) ? -1 : int(row.int64(7));
        f.rangeLow = row.isNull(8) ? -1 : int(row.int64(8));
        f.rangeHigh = row.isNull(9) ? -1 : int(row.int64(9));
        f.objective = row.int64(10) != 0;
        f.note = row.text(11);
        f.position = int(row.int64(12));
        f.own = row.int64(13) != 0;
        f.edited = row.int64(14) != 0;
        if (!row.isNull(15))
            f.cardTypes = row.text(15).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append(std::move(f));
    });
    // Deck order; entries are mostly stored in it already.
    const auto deckOrder = [](const Fact &a, const Fact &b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    };
    if (!std::is_sorted(out.cbegin(), out.cend(), deckOrder))
        std::sort(out.begin(), out.end(), deckOrder);
    for (qsizetype i = 0; i < out.size(); ++i)
        indexById.insert(out.at(i).id, i);

    auto each = [&](const QString &sql, const QString &language, auto apply) {
        SqliteStatement rows(db, sql.arg(only ? QStringLiteral(" %1 fact_id = ?").arg(sql.contains(QLatin1String(" WHERE "))
                                                                                         ? QLatin1String("AND")
                                                                                         : QLatin1String("WHERE"))
                                                : QString()));
        const auto bind = [&](qint64 id) {
            int index = 1;
            if (!language.isEmpty())
                rows.bind(index++, language);
            if (only)
                rows.bind(index, id);
        };
        forEachRow(rows, bind, [&](const SqliteStatement &row) {
            const auto it = indexById.constFind(row.int64(0));
            if (it != indexById.cend())
                apply(out[*it], row);
        });
    };
    each(QStringLiteral("SELECT fact_id, port, transport, role, legacy FROM fact_ports%1 ORDER BY fact_id, position"),
         {}, [](Fact &f, const SqliteStatement &row) {
             PortSpec p;
             p.port = int(row.int64(1));
             parseTransport(row.text(2), &p.transport);
             p.role = row.text(3);
             p.legacy = row.int64(4) != 0;
             f.ports.append(p);
         });
    each(QStringLiteral("SELECT fact_id, alias FROM fact_aliases%1 ORDER BY fact_id, position"),
         {}, [](Fact &f, const SqliteStatement &row) { f.aliases.append(row.text(1)); });
    each(QStringLiteral("SELECT fact_id, tag FROM fact_tags%1 ORDER BY fact_id, tag"),
         {}, [](Fact &f, const SqliteStatement &row) { f.tags.append(row.text(1)); });
    each(QStringLiteral("SELECT fact_id, key FROM (SELECT c.fact_id, f.key, c.position FROM fact_counterparts c "
                        "JOIN facts f ON f.id = c.counterpart_id)%1 ORDER BY fact_id, position"),
         {}, [](Fact &f, const SqliteStatement &row) { f.secureCounterparts.append(row.text(1)); });
    if (!lang.isEmpty()) {
        each(QStringLiteral("SELECT fact_id, field, text FROM fact_texts WHERE lang = ?%1"),
             lang, [](Fact &f, const SqliteStatement &row) {
                 const QString field = row.text(1);
                 const QString text = row.text(2);
                 if (field == QLatin1String("function")) {
                     f.function = text;
                     return;
                 }
                 for (PortSpec &p : f.ports) {
                     if (roleField(p) == field)
                         p.role = text;
                 }
             });
    }
    return out;
}

QList<CardInfo> DeckStore::cardsOfFact(qint64 factId, const QString &lang) const
{
    QList<CardInfo> out;
    QSqlQuery q(database());
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM cards c %2 WHERE c.fact_id = ? AND c.retired = 0 "
                             "ORDER BY c.position, c.id")
                  .arg(QLatin1String(kCardColumns), QLatin1String(kCardTexts)),
              {lang, lang, factId}))
        return out;
    while (q.next())
        out.append(readCard(q));
    return out;
}

QList<CardInfo> DeckStore::readCards(const QString &condition, const QString &lang, const QVariantList &values) const
{
    // SQLite's own interface: these read every card of a large collection (the quiz's pool,
    // the search index), where a QSqlQuery's cached values cost as much as the reading.
    QList<CardInfo> out;
    sqlite3 *db = sqliteHandle(database());
    if (!db)
        return out;
    SqliteStatement q(db, QStringLiteral("SELECT %1 FROM cards c %2 WHERE %3")
                              .arg(QLatin1String(kCardColumns), QLatin1String(kCardTexts), condition));
    q.bind(1, lang);
    q.bind(2, lang);
    int index = 3;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            q.bind(index++, value.toString());
        else
            q.bind(index++, value.toLongLong());
    }
    while (q.next())
        out.append(readCard(q));
    return out;
}

QHash<qint64, QList<CardInfo>> DeckStore::cardsByFact(const QString &lang) const
{
    QHash<qint64, QList<CardInfo>> out;
    for (CardInfo &card : readCards(QStringLiteral("c.fact_id IS NOT NULL AND c.retired = 0 "
                                                   "ORDER BY c.fact_id, c.position, c.id"),
                                    lang))
        out[card.factId].append(std::move(card));
    return out;
}

QList<CardInfo> DeckStore::searchableCards(const QString &lang, const QList<qint64> &ids) const
{
    return readCards(QStringLiteral("c.retired = 0 AND c.id IN (SELECT value FROM json_each(?)) "
                                    "ORDER BY c.position, c.id"),
                     lang, {idsAsJson(ids)});
}

QList<CardInfo> DeckStore::searchableCardsAfter(const QString &lang, qint64 afterId, int limit) const
{
    return readCards(QStringLiteral("c.retired = 0 AND c.id > ? ORDER BY c.id LIMIT ?"), lang, {afterId, limit});
}

std::optional<CardInfo> DeckStore::card(qint64 id, const QString &lang) const
{
    if (!isOpen())
        return std::nullopt;
    // Prepared once a connection: every answer asks for the next card, and parsing this
    // statement cost more than running it.
    if (!m_cardById)
        m_cardById = std::make_unique<SqliteStatement>(
            sqliteHandle(database()), QStringLiteral("SELECT %1 FROM cards c %2 WHERE c.id = ?")
                                          .arg(QLatin1String(kCardColumns), QLatin1String(kCardTexts)));
    SqliteStatement &q = *m_cardById;
    q.bind(1, lang);
    q.bind(2, lang);
    q.bind(3, id);
    std::optional<CardInfo> card;
    if (q.next())
        card = readCard(q);
    q.reset(); // no read transaction left open between answers
    return card;
}

QList<ReviewEntry> DeckStore::reviewsOfCard(qint64 cardId) const
{
    QList<ReviewEntry> out;
    QSqlQuery q(database());
    if (!exec(q,
              QStringLiteral("SELECT id, card_id, time, kind, rating, state_before, state_after, "
                             "stability, difficulty, elapsed_days, scheduled_days, due, "
                             "response_ms, answer, verdict, recall FROM revlog WHERE card_id = ? "
                             "ORDER BY time, id"),
              {cardId}))
        return out;
    while (q.next()) {
        ReviewEntry e;
        e.id = q.value(0).toLongLong();
        e.cardId = q.value(1).toLongLong();
        e.timeMs = q.value(2).toLongLong();
        e.kind = q.value(3).toString();
        e.rating = q.value(4).toInt();
        e.stateBefore = static_cast<CardState>(std::clamp(q.value(5).toInt(), 0, 3));
        e.stateAfter = static_cast<CardState>(std::clamp(q.value(6).toInt(), 0, 3));
        e.stability = q.value(7).toDouble();
        e.difficulty = q.value(8).toDouble();
        e.elapsedDays = q.value(9).toInt();
        e.scheduledDays = q.value(10).toInt();
        e.dueMs = q.value(11).toLongLong();
        e.responseMs = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
        e.answer = q.value(13).toString();
        e.verdict = q.value(14).toString();
        e.recall = q.value(15).isNull() ? -1 : q.value(15).toDouble();
        out.append(e);
    }
    return out;
}

bool DeckStore::addExamResult(const ExamResult &r)
{
    QSqlQuery q(database());
    return exec(q,
                QStringLiteral("INSERT INTO exam_results (started, duration_ms, questions, correct, "
                               "partial, filter) VALUES (?, ?, ?, ?, ?, ?)"),
                {r.startedMs, r.durationMs, r.questions, r.correct, r.partial, r.filter});
}

QList<ExamResult> DeckStore::examResults(int limit) const
{
    QList<ExamResult> out;
    QSqlQuery q(database());
    if (!exec(q,
              QStringLiteral("SELECT id, started, duration_ms, questions, correct, partial, filter "
                             "FROM exam_results ORDER BY started DESC, id DESC LIMIT ?"),
              {limit}))
        return out;
    while (q.next()) {
        ExamResult r;
        r.id = q.value(0).toLongLong();
        r.startedMs = q.value(1).toLongLong();
        r.durationMs = q.value(2).toLongLong();
        r.questions = q.value(3).toInt();
        r.correct = q.value(4).toInt();
        r.partial = q.value(5).toInt();
        r.filter = q.value(6).toString();
        out.append(r);
    }
    return out;
}

bool DeckStore::addDrillResult(const DrillResult &r)
{
    QSqlQuery q(database());
    return exec(q,
                QStringLiteral("INSERT INTO drill_results (started, duration_ms, kind, seed, level, points, "
                               "max_points, in_exam) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {r.startedMs, r.durationMs, r.kind, qint64(r.seed), r.level, r.points, r.maxPoints, int(r.inExam)});
}

QList<DrillResult> DeckStore::drillResults(int limit) const
{
    QList<DrillResult> out;
    QSqlQuery q(database());
    if (!exec(q,
              QStringLiteral("SELECT id, started, duration_ms, kind, seed, level, points, max_points, in_exam "
                             "FROM drill_results ORDER BY started DESC, id DESC LIMIT ?"),
              {limit}))
        return out;
    while (q.next()) {
        DrillResult r;
        r.id = q.value(0).toLongLong();
        r.startedMs = q.value(1).toLongLong();
        r.durationMs = q.value(2).toLongLong();
        r.kind = q.value(3).toString();
        r.seed = static_cast<quint32>(q.value(4).toLongLong());
        r.level = q.value(5).toInt();
        r.points = q.value(6).toInt();
        r.maxPoints = q.value(7).toInt();
        r.inExam = q.value(8).toInt() != 0;
        out.append(r);
    }
    return out;
}

bool DeckStore::boostCards(const QList<qint64> &cardIds, qint64 julianDay)
{
    // One statement, so it is whole on its own and fits inside the collection's transaction.
    return runChange(QStringLiteral("INSERT INTO card_boosts (card_id, day) SELECT value, ? FROM json_each(?) "
                                    "WHERE true ON CONFLICT (card_id) DO UPDATE SET day = excluded.day"),
                     {julianDay, idsAsJson(cardIds)});
}

bool DeckStore::logPracticeAnswer(qint64 cardId, const QString &kind, qint64 timeMs, int rating,
                                  qint64 responseMs, const QString &answer, const QString &verdict)
{
    QSqlQuery q(database());
    return exec(q,
                QStringLiteral("INSERT INTO revlog (id, card_id, time, kind, rating, state_before, "
                               "state_after, stability, difficulty, elapsed_days, scheduled_days, "
                               "due, response_ms, answer, verdict) "
                               "SELECT %1, id, ?, ?, ?, state, state, stability, difficulty, 0, "
                               "scheduled_days, coalesce(due, 0), ?, ?, ? FROM cards WHERE id = ?")
                    .arg(nextReviewIdSql()),
                {timeMs, kind, rating,
                 responseMs < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(responseMs),
                 answer.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(answer),
                 verdict.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(verdict), cardId})
           && q.numRowsAffected() == 1;
}

bool DeckStore::runChange(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database());
    if (exec(q, sql, values))
        return true;
    m_error = tr("Database error in %1: %2").arg(QDir::toNativeSeparators(m_filePath), q.lastError().text());
    return false;
}

bool DeckStore::setSuspended(const QList<qint64> &cardIds, bool suspended)
{
    return runChange(QStringLiteral("UPDATE cards SET suspended = ? WHERE suspended <> ? AND id IN "
                                    "(SELECT value FROM json_each(?))"),
                     {int(suspended), int(suspended), idsAsJson(cardIds)});
}

bool DeckStore::setBuriedUntil(const QList<qint64> &cardIds, qint64 untilMs)
{
    const QVariant until = untilMs > 0 ? QVariant(untilMs) : QVariant(QMetaType::fromType<qint64>());
    return runChange(QStringLiteral("UPDATE cards SET buried_until = ? WHERE buried_until IS NOT ? AND id IN "
                                    "(SELECT value FROM json_each(?))"),
                     {until, until, idsAsJson(cardIds)});
}

bool DeckStore::tagCards(const QList<qint64> &cardIds, const QString &tag)
{
    return runChange(QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT value, ? FROM json_each(?) "
                                    "WHERE true ON CONFLICT DO NOTHING"),
                     {tag, idsAsJson(cardIds)});
}

QStringList DeckStore::cardTags(qint64 cardId) const
{
    QStringList tags;
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT tag FROM card_tags WHERE card_id = ? ORDER BY tag"), {cardId})) {
        while (q.next())
            tags.append(q.value(0).toString());
    }
    return tags;
}

QString DeckStore::setting(const QString &key) const
{
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return {};
}

bool DeckStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    return exec(q,
                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

StudySettings DeckStore::studySettings() const
{
    const QString json = setting(QStringLiteral("study"));
    return json.isEmpty() ? StudySettings() : StudySettings::fromJson(json.toUtf8());
}

bool DeckStore::setStudySettings(const StudySettings &settings)
{
    return setSetting(QStringLiteral("study"), QString::fromUtf8(settings.normalized().toJson()));
}

DeckCounts DeckStore::counts() const
{
    // Kept by triggers (v13.sql): counting a large collection took tens of milliseconds.
    DeckCounts c;
    QSqlQuery q(database());
    if (exec(q, QStringLiteral("SELECT facts, cards, new_cards, reviews FROM totals")) && q.next()) {
        c.facts = q.value(0).toInt();
        c.cards = q.value(1).toInt();
        c.newCards = q.value(2).toInt();
        c.reviews = q.value(3).toInt();
    }
    return c;
}

QStringList DeckStore::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(q.lastError().databaseText());
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    // Killed, or out of disk, between making the tables and adding the built-in deck.
    if (exec(q, QStringLiteral("SELECT (SELECT count(*) FROM meta WHERE key = 'deck_version'), (SELECT count(*) FROM facts)"))
        && q.next() && q.value(0).toInt() == 0 && q.value(1).toInt() == 0)
        problems.append(QStringLiteral("the collection was never finished: it was being created when Portdeck "
                                       "stopped, before the built-in deck was added (start Portdeck to finish it)"));
    if (!exec(q, QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(q.lastError().databaseText());
        return problems;
    }
    while (q.next())
        problems.append(QStringLiteral("row %1 of %2 refers to a missing row of %3")
                            .arg(q.value(1).toString(), q.value(0).toString(),
                                 q.value(2).toString()));
    if (exec(q, QStringLiteral("SELECT count(*) FROM cards c LEFT JOIN facts f ON f.id = c.fact_id "
                               "WHERE c.fact_id IS NOT NULL AND c.retired = 0 AND f.retired = 1"))
        && q.next() && q.value(0).toInt() > 0)
        problems.append(QStringLiteral("%1 active cards belong to retired facts")
                            .arg(q.value(0).toInt()));
    return problems;
}
