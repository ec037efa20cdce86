#include "synccommand.h"

#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "studysession.h"
#include "syncservice.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cstdio>

namespace {

int fail(const QString &text, int code = 1)
{
    std::fputs(qPrintable(QStringLiteral("portdeck-cli: ") + text + QLatin1Char('\n')), stderr);
    return code;
}

void writeJson(const QJsonObject &o)
{
    const QByteArray out = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

} // namespace

int runSync(const QString &dataDir, const QString &folder, const QString &computerName)
{
    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok)
        return fail(store.errorString());
    SyncStore sync(store);
    SyncSettings settings = sync.settings();
    if (!folder.isEmpty())
        settings.folder = QDir(folder).absolutePath();
    if (!computerName.isEmpty())
        settings.computerName = computerName;
    if (settings.computerName.isEmpty())
        settings.computerName = QSysInfo::machineHostName();
    if (settings.folder.isEmpty())
        return fail(QStringLiteral("no sync folder: give one with --folder DIR"), 2);
    const SyncReport report =
        SyncService::run(store, dataDir, settings.folder, settings.computerName, QDateTime::currentMSecsSinceEpoch());
    for (const QString &problem : report.problems)
        std::fputs(qPrintable(QStringLiteral("portdeck-cli: ") + problem + QLatin1Char('\n')), stderr);
    if (!report.ok)
        return fail(report.error);
    sync.setSettings(settings); // a folder that worked is the one the window uses too
    QJsonArray computers;
    for (const SyncPeer &p : report.peers)
        computers.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("collection"), p.collectionId},
                                     {QStringLiteral("segments"), p.segmentsRead},
                                     {QStringLiteral("last_merge"), p.lastMergeMs}});
    QJsonArray problems;
    for (const QString &p : report.problems)
        problems.append(p);
    const QByteArray fingerprint = QCryptographicHash::hash(sync.canonicalDump(), QCryptographicHash::Sha256).toHex();
    writeJson({{QStringLiteral("folder"), QDir::toNativeSeparators(settings.folder)},
               {QStringLiteral("computer"), settings.computerName},
               {QStringLiteral("segments_read"), report.segmentsRead},
               {QStringLiteral("registers_in"), report.registersIn},
               {QStringLiteral("reviews_in"), report.reviewsIn},
               {QStringLiteral("reviews_dropped"), report.reviewsDropped},
               {QStringLiteral("cards_replayed"), report.cardsReplayed},
               {QStringLiteral("segment_written"), report.segmentWritten},
               {QStringLiteral("registers_out"), report.registersOut},
               {QStringLiteral("reviews_out"), report.reviewsOut},
               {QStringLiteral("backup"), report.backupPath},
               {QStringLiteral("computers"), computers},
               {QStringLiteral("problems"), problems},
               {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)}});
    return 0;
}

int runAnswer(const QString &dataDir, const QString &cardKey, const QString &ratingText, const QString &atText)
{
    static const QStringList names = {QStringLiteral("again"), QStringLiteral("hard"), QStringLiteral("good"),
                                      QStringLiteral("easy")};
    bool number = false;
    int rating = ratingText.toInt(&number);
    if (!number)
        rating = int(names.indexOf(ratingText.toLower())) + 1;
    if (rating < 1 || rating > 4)
        return fail(QStringLiteral("the rating is 1-4 or again, hard, good, easy, not '%1'").arg(ratingText), 2);
    qint64 at = QDateTime::currentMSecsSinceEpoch();
    if (!atText.isEmpty()) {
        bool ok = false;
        at = atText.toLongLong(&ok);
        if (!ok || at <= 0)
            return fail(QStringLiteral("--at takes UTC milliseconds, not '%1'").arg(atText), 2);
    }
    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok)
        return fail(store.errorString());
    const qint64 id = store.cardIdOfKey(cardKey);
    if (id == 0)
        return fail(QStringLiteral("no card has the key '%1'").arg(cardKey));
    ManualClock clock(at);
    Collection collection(&store);
    collection.setClock(&clock);
    StudySession session(&store, &clock);
    session.setCollection(&collection);
    session.startFocus({id});
    if (!session.hasCard() || session.currentCard().id != id)
        return fail(QStringLiteral("the card '%1' is not in study (suspended, or its type is switched off)").arg(cardKey));
    if (!session.answer(fsrs::Rating(rating)))
        return fail(session.errorString());
    const std::optional<CardInfo> card = store.card(id);
    if (!card)
        return fail(store.errorString());
    writeJson({{QStringLiteral("card"), cardKey},
               {QStringLiteral("rating"), rating},
               {QStringLiteral("review"), QString::number(session.lastReviewId())},
               {QStringLiteral("state"), fsrs::stateName(card->state)},
               {QStringLiteral("due"), card->dueMs},
               {QStringLiteral("stability"), card->stability},
               {QStringLiteral("difficulty"), card->difficulty},
               {QStringLiteral("reps"), card->reps}});
    return 0;
}
