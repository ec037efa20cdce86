#include "syncservice.h"

#include "backupstore.h"
#include "deckstore.h"
#include "examschedule.h"
#include "hybridclock.h"
#include "journalsegment.h"
#include "journalsegmentwriter.h"
#include "rescheduler.h"
#include "studyday.h"
#include "studysettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <map>

namespace {

const QString kDirPrefix = QStringLiteral("portdeck-");
constexpr qint64 kMaxSegmentBytes = qint64(512) << 20;       // a first sync of a million reviews is about 30 MiB
constexpr qint64 kClockSlackMs = 366LL * 24 * 3600 * 1000;  // how far ahead another computer's clock may be
const QString kComputerFile = QStringLiteral("computer.json");

QString segmentName(qint64 number)
{
    return QStringLiteral("%1.pdj").arg(number, 8, 10, QLatin1Char('0'));
}

// The numbered segments of a journal folder; other names (conflict copies) are counted apart.
std::map<qint64, QString> segmentsIn(const QString &dir, int *others)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{8})\\.pdj$"));
    std::map<qint64, QString> out;
    const QStringList files = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch())
            out.emplace(m.captured(1).toLongLong(), dir + QLatin1Char('/') + file);
        else if (others && file != kComputerFile && !file.startsWith(QLatin1Char('.')))
            ++*others;
    }
    return out;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Writes @p bytes under a temporary name, makes it durable, then gives it its name: a reader
// sees the whole segment or none.
bool writeWhole(const QString &dir, const QString &name, const QByteArray &bytes, QString *error)
{
    const QString part = dir + QStringLiteral("/.") + name + QStringLiteral(".part");
    const QString final = dir + QLatin1Char('/') + name;
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()
        || ::fsync(file.handle()) != 0) {
        *error = file.errorString();
        file.close();
        QFile::remove(part);
        return false;
    }
    file.close();
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(final).constData()) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(part);
        return false;
    }
    syncFile(dir);
    return true;
}

struct PeerSegments
{
    QString collectionId;
    QString name;
    qint64 node = 0;
    qint64 readBefore = 0;
    bool known = false;
    std::vector<JournalSegment> segments;
};

} // namespace

QString SyncService::journalDir(const QString &folder, const QString &collectionId)
{
    return QDir(folder).filePath(kDirPrefix + collectionId);
}

std::optional<qint64> SyncService::replayCards(DeckStore &store, const QSet<QString> &keys, bool all, bool memoryOnly,
                                               QString *error)
{
    SyncStore sync(store);
    const StudySettings settings = store.studySettings();
    std::vector<SyncReplayTarget> targets;
    std::vector<fsrs::LoggedReview> answers;
    if (!sync.replayInputs(keys, all, &targets, &answers)) {
        *error = sync.errorString();
        return std::nullopt;
    }
    // The same scheduler, study day and exam plan as the study session answers with.
    const StudyDay day(settings.rolloverHour);
    const fsrs::Scheduler scheduler(settings.schedulerSettings());
    const ExamSchedule exam(settings, day, scheduler);
    const std::optional<std::vector<ReplayedCard>> replayed =
        Rescheduler::replay(answers, scheduler, day, {}, exam.hasDate() ? &exam : nullptr);
    if (!replayed) {
        *error = tr("The cards could not be replayed.");
        return std::nullopt;
    }
    QHash<qint64, fsrs::Card> states;
    for (const ReplayedCard &c : *replayed)
        states.insert(c.cardId, c.card);
    if (!sync.writeSchedules(targets, states, memoryOnly ? &keys : nullptr)) {
        *error = sync.errorString();
        return std::nullopt;
    }
    return qint64(targets.size());
}

SyncReport SyncService::run(DeckStore &store, const QString &dataDir, const QString &folder,
                            const QString &computerName, qint64 nowMs)
{
    SyncReport report;
    QElapsedTimer stage;
    stage.start();
    auto mark = [&](const char *name) { report.stagesMs.append({QLatin1String(name), stage.nsecsElapsed() / 1e6}); stage.restart(); };
    auto failed = [&](const QString &message) {
        report.error = message;
        return report;
    };
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir())
        return failed(tr("The sync folder %1 does not exist. Choose a folder your sync program keeps the same on "
                         "every computer.")
                          .arg(QDir::toNativeSeparators(folder)));
    QSqlDatabase db = store.database();
    SyncStore sync(store);
    sync.setBulkWrites(true);
    const auto restore = qScopeGuard([&sync] { sync.setBulkWrites(false); });

    // 1. What changed here since the last capture (the first sync takes everything).
    if (!db.transaction())
        return failed(tr("The collection cannot be written: %1").arg(db.lastError().text()));
    if (!sync.enable(nowMs)) {
        db.rollback();
        return failed(sync.errorString());
    }
    mark("enable");
    if (!sync.capture(nowMs)) {
        db.rollback();
        return failed(sync.errorString());
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return failed(tr("The collection cannot be written: %1").arg(message));
    }
    mark("capture");

    const QString collectionId = store.collectionId();
    const qint64 node = store.collectionNode();
    const QString ownDir = journalDir(folder, collectionId);
    if (!QDir().mkpath(ownDir))
        return failed(tr("The sync folder %1 cannot be written. Check that it is yours and not read-only.")
                          .arg(QDir::toNativeSeparators(folder)));

    // This journal must be this collection's alone: a copy of the collection on another
    // computer would write the same folder.
    // Its last segment is the one it wrote, and a later one only the one a kill interrupted
    // before it was recorded.
    const std::map<qint64, QString> own = segmentsIn(ownDir, nullptr);
    qint64 written = sync.segmentsWritten();
    for (auto it = own.lower_bound(std::max<qint64>(written, 1)); it != own.end(); ++it) {
        QFile f(it->second);
        if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxSegmentBytes)
            continue;
        const QByteArray digest = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        if (it->first == written && digest == sync.lastSegmentDigest())
            continue;
        if (it->first > written && sync.isPendingSegment(it->first, digest)) {
            // Written whole before a kill, not yet recorded: it is this journal's now. What it
            // carried goes again in the next one (reading twice changes nothing).
            if (!db.transaction() || !sync.adoptSegment(it->first, digest) || !db.commit()) {
                db.rollback();
                return failed(tr("The collection cannot be written: %1").arg(sync.errorString()));
            }
            written = it->first;
            continue;
        }
        return failed(tr("Another computer writes this collection's journal in the sync folder: the collection "
                         "was copied from one computer to another. Sync one of them as it is, and on the "
                         "other start a new collection and sync it to get the cards back."));
    }

    // 2. The other journals' new segments, in order, up to the first one that is not there yet.
    QHash<QString, SyncPeer> known;
    for (const SyncPeer &p : sync.peers())
        known.insert(p.collectionId, p);
    std::vector<PeerSegments> incoming;
    const QStringList dirs = QDir(folder).entryList({kDirPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &dirName : dirs) {
        const QString id = dirName.mid(kDirPrefix.size());
        if (id == collectionId)
            continue;
        const QString dir = QDir(folder).filePath(dirName);
        PeerSegments peer;
        peer.collectionId = id;
        peer.known = known.contains(id);
        peer.readBefore = known.value(id).segmentsRead;
        peer.name = known.value(id).name;
        peer.node = known.value(id).node;
        QFile info(dir + QLatin1Char('/') + kComputerFile);
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(info.read(65536)).object();
            if (!o.value(QStringLiteral("name")).toString().isEmpty())
                peer.name = o.value(QStringLiteral("name")).toString();
        }
        int others = 0;
        const std::map<qint64, QString> files = segmentsIn(dir, &others);
        const QString label = peer.name.isEmpty() ? id : peer.name;
        for (qint64 n = peer.readBefore + 1;; ++n) {
            const auto it = files.find(n);
            if (it == files.end())
                break; // not copied here yet: the next sync reads on
            QFile f(it->second);
            if (!f.open(QIODevice::ReadOnly))
                break;
            if (f.size() > kMaxSegmentBytes) {
                report.problems.append(tr("Segment %1 of “%2” is too large to be a journal segment and was not read.")
                                           .arg(n)
                                           .arg(label));
                break;
            }
            JournalSegmentFormat::Problem problem;
            QString why;
            std::optional<JournalSegment> segment = JournalSegmentFormat::decode(f.readAll(), &problem, &why);
            if (!segment) {
                if (problem == JournalSegmentFormat::Problem::Newer)
                    report.problems.append(tr("The journal of “%1” comes from a newer Portdeck; update Portdeck on this "
                                              "computer to sync with it. (%2)")
                                               .arg(label, why));
                else if (problem == JournalSegmentFormat::Problem::Damaged)
                    report.problems.append(tr("Segment %1 of “%2” is damaged and was not read: %3")
                                               .arg(n)
                                               .arg(label, why));
                break; // incomplete: still being copied
            }
            if (segment->collectionId != id || segment->number != n || (peer.node && segment->node != peer.node)) {
                report.problems.append(tr("Segment %1 of “%2” belongs to another journal and was not read.").arg(n).arg(label));
                break;
            }
            // A stamp far ahead of every clock would hold this computer's clock there for good.
            const qint64 latest = (nowMs + kClockSlackMs) << hybridclock::kCounterBits;
            if (std::any_of(segment->registers.begin(), segment->registers.end(),
                            [latest](const RegisterWrite &w) { return w.stamp.clock > latest; })) {
                report.problems.append(tr("Segment %1 of “%2” was written by a computer whose clock is more than a "
                                          "year ahead; set its clock right, then sync it again.")
                                           .arg(n)
                                           .arg(label));
                break;
            }
            if (segment->node == node) {
                report.problems.append(tr("“%1” is a copy of this collection: it shares its identity, so neither can "
                                          "sync with the other.")
                                           .arg(label));
                break;
            }
            peer.node = segment->node;
            if (!segment->computerName.isEmpty())
                peer.name = segment->computerName;
            peer.segments.push_back(std::move(*segment));
        }
        if (!peer.segments.empty())
            incoming.push_back(std::move(peer));
    }

    mark("read");
    // 3. A safety copy before the first merge with a computer never merged before.
    bool newComputer = false;
    for (const PeerSegments &p : incoming)
        newComputer = newComputer || !p.known;
    if (newComputer) {
        QString error;
        const std::optional<BackupInfo> copy =
            BackupStore(dataDir).backUp(store, nowMs, &error, nullptr, BackupReason::BeforeSync);
        if (!copy)
            return failed(tr("Nothing was merged: the backup before the first sync with another computer failed: %1").arg(error));
        report.backupPath = copy->path;
    }

    mark("backup");
    // 4. The merge, in one transaction.
    QSet<QString> replay;
    if (!sync.answeredSinceSent(&replay))
        return failed(sync.errorString());
    mark("answered");
    if (!incoming.empty() || !replay.isEmpty()) {
        if (!db.transaction())
            return failed(tr("The collection cannot be written: %1").arg(db.lastError().text()));
        auto rollback = [&](const QString &message) {
            db.rollback();
            return failed(tr("Nothing was merged: %1").arg(message));
        };
        std::vector<RegisterWrite> registers;
        for (const PeerSegments &p : incoming)
            for (const JournalSegment &s : p.segments) {
                report.registersIn += qint64(s.registers.size());
                registers.insert(registers.end(), s.registers.begin(), s.registers.end());
                ++report.segmentsRead;
            }
        bool replayAll = false;
        if (!sync.applyRegisters(registers, store.deck(), &replay, &replayAll, &report.problems))
            return rollback(sync.errorString());
        mark("registers");
        // Many reviews (a computer's first journal): the log's triggers step aside meanwhile.
        constexpr size_t kBulkReviews = 5000;
        size_t reviews = 0;
        for (const PeerSegments &p : incoming)
            for (const JournalSegment &s : p.segments)
                reviews += s.reviews.size();
        if (reviews >= kBulkReviews && !sync.beginBulkReviews())
            return rollback(sync.errorString());
        for (const PeerSegments &p : incoming)
            for (const JournalSegment &s : p.segments)
                if (!sync.applyReviews(s.reviews, &replay, &report.reviewsIn, &report.reviewsDropped))
                    return rollback(sync.errorString());
        if (reviews >= kBulkReviews && !sync.endBulkReviews())
            return rollback(sync.errorString());
        mark("reviews");

        // A reschedule elsewhere without new due dates moved only the memory there; cards with
        // answers merged now take their whole schedule.
        const bool memoryOnly = replayAll && !store.setting(QStringLiteral("rescheduled")).endsWith(QLatin1String(" 1"));
        QString error;
        const std::optional<qint64> replayed = replayCards(store, replay, replayAll, memoryOnly, &error);
        if (!replayed)
            return rollback(error);
        report.cardsReplayed = *replayed;
        mark("replay");

        for (const PeerSegments &p : incoming) {
            SyncPeer peer{p.node, p.collectionId, p.name, p.segments.back().number, nowMs};
            if (!sync.notePeer(peer))
                return rollback(sync.errorString());
        }
        // What the merge wrote is this collection's state now; registers that came out
        // differently here (an entry this deck could not take) go out with the next segment.
        if (!sync.capture(nowMs))
            return rollback(sync.errorString());
        if (!db.commit())
            return rollback(db.lastError().text());
    }

    mark("commit");
    // 5. This collection's new segment, then the record that it was written.
    // Written as it is read: a first sync's million reviews are never all held at once.
    const qint64 number = std::max(written, own.empty() ? 0 : own.rbegin()->first) + 1;
    // One read transaction: the registers and reviews of one moment, and a card's key the
    // same for all its reviews, however the window writes meanwhile.
    JournalSegmentWriter writer(node, number, collectionId, computerName);
    if (!db.transaction())
        return failed(tr("The changes to send cannot be read: %1").arg(db.lastError().text()));
    const std::optional<SyncOutgoing> out = sync.outgoing(&writer);
    db.rollback(); // it only read
    if (!out)
        return failed(tr("The changes to send cannot be read: %1").arg(sync.errorString()));
    if (!out->isEmpty()) {
        const QByteArray bytes = writer.finish();
        if (bytes.isEmpty() || bytes.size() > kMaxSegmentBytes)
            return failed(tr("This computer's changes do not fit into one journal segment: a text of over 16 MiB, or "
                             "more than a segment holds."));
        mark("segment");
        report.registersOut = out->registers;
        report.reviewsOut = out->reviews;
        const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        if (!db.transaction())
            return failed(tr("The collection cannot be written: %1").arg(db.lastError().text()));
        if (!sync.notePendingSegment(number, digest) || !db.commit()) {
            db.rollback();
            return failed(sync.errorString());
        }
        QString error;
        if (!writeWhole(ownDir, segmentName(number), bytes, &error))
            return failed(tr("This computer's changes could not be written to the sync folder: %1").arg(error));
        mark("write");
        if (!db.transaction())
            return failed(tr("The collection cannot be written: %1").arg(db.lastError().text()));
        if (!sync.markSent(*out, number, digest) || !db.commit()) {
            db.rollback();
            return failed(sync.errorString());
        }
        report.segmentWritten = number;
        mark("recorded");
    }

    // The computer's name, for the others' lists.
    const QString infoPath = ownDir + QLatin1Char('/') + kComputerFile;
    QJsonObject info{{QStringLiteral("format"), JournalSegmentFormat::kFormat},
                     {QStringLiteral("collection"), collectionId},
                     {QStringLiteral("node"), QString::number(node)},
                     {QStringLiteral("name"), computerName}};
    const QByteArray infoBytes = QJsonDocument(info).toJson();
    QFile current(infoPath);
    if (!current.open(QIODevice::ReadOnly) || current.readAll() != infoBytes) {
        QSaveFile save(infoPath);
        if (save.open(QIODevice::WriteOnly))
            save.write(infoBytes);
        save.commit();
    }
    sync.setLastSyncMs(nowMs);
    report.peers = sync.peers();
    report.ok = true;
    return report;
}
