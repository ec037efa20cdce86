#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;
struct zip;

/** What a zip file may unpack to before it is refused as hostile (a zip bomb). */
struct ZipLimits
{
    qint64 maxEntryBytes = qint64(2) << 30;  ///< one entry, uncompressed
    qint64 maxTotalBytes = qint64(8) << 30;  ///< all entries, uncompressed
    qint64 maxEntries = 200000;
    /** Uncompressed / compressed above this is a bomb, for entries over ratioFloorBytes. */
    double maxRatio = 500;
    qint64 ratioFloorBytes = qint64(1) << 20;
};

/** One entry of a zip file's central directory. */
struct ZipEntry
{
    QString name;
    qint64 size = 0;            ///< uncompressed, as the directory states it
    qint64 compressedSize = 0;
};

/**
 * Reads a zip file (an Anki package) without trusting it. `open` reads the central directory
 * and refuses the whole file for an unsafe entry name (`..`, an absolute path, a backslash, a
 * drive letter), an encrypted entry, sizes over the limits, an implausible compression ratio
 * or entries that overlap; `read` enforces the sizes again while inflating, as the directory
 * can lie. Nothing is written to disk but what the caller writes.
 */
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    explicit ZipReader(const ZipLimits &limits = {});
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /** Opens @p path; false with a sentence for the learner in @p error. */
    bool open(const QString &path, QString *error);
    void close();

    /** The entries in the directory's order. */
    const QList<ZipEntry> &entries() const { return m_entries; }
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    /** The entry @p name, at most @p maxBytes (and the limits) uncompressed. */
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes, QString *error);
    /** The same, streamed into @p output. */
    bool read(const QString &name, QIODevice &output, qint64 maxBytes, QString *error);

    /** A name that stays inside the folder it is extracted to: relative, no "..", no "\". */
    static bool isSafeName(const QString &name);

private:
    int indexOf(const QString &name) const;

    ZipLimits m_limits;
    zip *m_zip = nullptr;
    QList<ZipEntry> m_entries;
    QString m_fileName;
};

/**
 * Writes a zip file (deflate) in one go: entries are collected, then `write` builds the archive
 * and saves it through a QSaveFile, so a failure never leaves a half-written file behind.
 */
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    void add(const QString &name, const QByteArray &data);
    /** Writes the entries to @p path; false with a sentence for the learner in @p error. */
    bool write(const QString &path, QString *error) const;

private:
    struct Entry
    {
        QString name;
        QByteArray data;
    };
    QList<Entry> m_entries;
};
