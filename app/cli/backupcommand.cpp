#include "backupcommand.h"

#include "backupstore.h"
#include "deckstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

enum ExitCode { Ok = 0, Failure = 1 };

void printErr(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("portdeck-cli: ") + text + QLatin1Char('\n')), stderr);
}

void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonObject backupJson(const BackupInfo &backup)
{
    return QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(backup.path)},
                       {QStringLiteral("time"), backup.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("size"), backup.bytes},
                       {QStringLiteral("reviews"), backup.reviews}};
}

// A collection too damaged to open, and so to back up, is kept under another name, and the
// backup is copied in its place; opening it then upgrades an older one.
int restoreOverDamaged(const QString &dataDir, const QString &file, const QString &why)
{
    QString error;
    const std::optional<QString> kept =
        BackupStore(dataDir).replaceDamaged(file, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!kept) {
        printErr(error);
        return Failure;
    }
    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    QString ignored;
    const std::optional<BackupInfo> chosen = BackupStore::inspect(file, &ignored);
    printJson(QJsonObject{{QStringLiteral("restored"), chosen ? backupJson(*chosen) : QJsonObject()},
                          {QStringLiteral("damaged"), why},
                          {QStringLiteral("damaged_kept_as"), QDir::toNativeSeparators(*kept)},
                          {QStringLiteral("schema"), store.schemaVersion()},
                          {QStringLiteral("reviews"), store.counts().reviews}});
    return Ok;
}

} // namespace

int runBackup(const QString &dataDir)
{
    // A reader is enough for VACUUM INTO: it works while Portdeck is open, and never creates,
    // upgrades or merges the collection it copies.
    DeckStore store;
    if (store.open(dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    QString error;
    QStringList pruned;
    const std::optional<BackupInfo> backup =
        BackupStore(dataDir).backUp(store, QDateTime::currentMSecsSinceEpoch(), &error, &pruned);
    if (!backup) {
        printErr(error);
        return Failure;
    }
    QJsonObject json = backupJson(*backup);
    json.insert(QStringLiteral("pruned"), QJsonArray::fromStringList(pruned));
    printJson(json);
    return Ok;
}

int runBackups(const QString &dataDir)
{
    QJsonArray list;
    for (const BackupInfo &backup : BackupStore(dataDir).backups())
        list.append(backupJson(backup));
    printJson(list);
    return Ok;
}

int runRestore(const QString &dataDir, const QString &file)
{
    DeckStore store;
    const DeckStore::Status status = store.open(dataDir);
    if (status == DeckStore::Status::Damaged)
        return restoreOverDamaged(dataDir, file, store.errorString());
    if (status != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    QString error;
    const std::optional<RestoreReport> report =
        BackupStore(dataDir).restore(store, file, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!report) {
        printErr(error);
        return Failure;
    }
    printJson(QJsonObject{{QStringLiteral("restored"), backupJson(report->restored)},
                          {QStringLiteral("backup_of_replaced"), backupJson(report->safetyCopy)},
                          {QStringLiteral("from_schema"), report->fromSchema},
                          {QStringLiteral("schema"), store.schemaVersion()},
                          {QStringLiteral("reviews"), store.counts().reviews}});
    return Ok;
}
