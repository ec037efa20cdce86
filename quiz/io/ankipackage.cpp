#include "ankipackage.h"

#include "ankicollectionreader.h"
#include "ankicollectionwriter.h"
#include "protowire.h"
#include "zstdcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnkiPackage", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isMediaEntry(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// PackageMetadata.version (field 1): 1, 2 legacy, 3 latest; above: a newer Anki's.
int packageVersion(ZipReader &zip, QString *error)
{
    if (!zip.contains(QStringLiteral("meta")))
        return 0;
    const auto meta = zip.read(QStringLiteral("meta"), 4096, error);
    if (!meta)
        return -1;
    int version = 0;
    if (!protowire::forEachField(*meta, [&version](const protowire::Field &f) {
            if (f.tag == 1 && f.wireType == 0)
                version = int(std::min<quint64>(f.number, 1000));
        }))
        return -1;
    return version;
}

} // namespace

std::optional<AnkiCollection> readAnkiPackage(const QString &path, QString *error,
                                              const ZipLimits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    ZipReader zip(limits);
    if (!zip.open(path, error))
        return std::nullopt;

    const int version = packageVersion(zip, error);
    if (version < 0) {
        fail(error, tr("“%1” is a damaged Anki package.").arg(fileName));
        return std::nullopt;
    }
    if (version > 3) {
        fail(error, tr("“%1” was made by a newer Anki than Portdeck knows. Export it from Anki "
                       "with “Support older Anki versions” ticked.")
                        .arg(fileName));
        return std::nullopt;
    }

    QString entry;
    for (const char *name : {"collection.anki21b", "collection.anki21", "collection.anki2"}) {
        if (zip.contains(QLatin1String(name))) {
            entry = QLatin1String(name);
            break;
        }
    }
    if (entry.isEmpty()) {
        fail(error, tr("“%1” holds no Anki collection: it is a zip file, but no Anki package.").arg(fileName));
        return std::nullopt;
    }

    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/portdeck-anki-XXXXXX"));
    if (!folder.isValid()) {
        fail(error, tr("Portdeck could not make a temporary folder to unpack “%1”.").arg(fileName));
        return std::nullopt;
    }
    const QString collectionPath = folder.filePath(QStringLiteral("collection.sqlite"));
    {
        QFile file(collectionPath);
        if (!file.open(QIODevice::WriteOnly)) {
            fail(error, tr("Portdeck could not unpack “%1”: %2").arg(fileName, file.errorString()));
            return std::nullopt;
        }
        QString message;
        bool ok = false;
        if (entry == QLatin1String("collection.anki21b")) {
            const auto compressed = zip.read(entry, limits.maxEntryBytes, &message);
            ok = compressed && ZstdCodec::decompress(*compressed, file, limits.maxEntryBytes, &message);
        } else {
            ok = zip.read(entry, file, limits.maxEntryBytes, &message);
        }
        if (ok && !file.flush())
            ok = fail(&message, tr("Portdeck could not unpack “%1”: %2").arg(fileName, file.errorString()));
        if (!ok) {
            fail(error, tr("“%1” could not be read: %2").arg(fileName, message));
            return std::nullopt;
        }
    }

    QString message;
    std::optional<AnkiCollection> collection = AnkiCollectionReader::read(collectionPath, &message);
    if (!collection) {
        fail(error, tr("“%1” could not be read: %2").arg(fileName, message));
        return std::nullopt;
    }
    for (const ZipEntry &e : zip.entries()) {
        if (isMediaEntry(e.name))
            ++collection->mediaCount;
    }
    return collection;
}

bool writeAnkiPackage(const QString &path, const AnkiCollection &collection, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/portdeck-anki-XXXXXX"));
    if (!folder.isValid())
        return fail(error, tr("Portdeck could not make a temporary folder to write “%1”.").arg(fileName));
    const QString collectionPath = folder.filePath(QStringLiteral("collection.anki2"));
    if (!AnkiCollectionWriter::write(collectionPath, collection, error))
        return false;
    QFile file(collectionPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("“%1” could not be written: %2").arg(fileName, file.errorString()));
    ZipWriter zip;
    zip.add(QStringLiteral("collection.anki2"), file.readAll());
    zip.add(QStringLiteral("media"), QByteArrayLiteral("{}"));
    return zip.write(path, error);
}
