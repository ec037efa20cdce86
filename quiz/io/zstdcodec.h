#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

/**
 * Zstandard, as Anki compresses `collection.anki21b` and the media of current packages.
 * Decompression streams and stops at a limit: a frame that claims or produces more bytes
 * than allowed is refused, so a small hostile file cannot fill the memory or the disk.
 */
class ZstdCodec
{
    Q_DECLARE_TR_FUNCTIONS(ZstdCodec)

public:
    /**
     * Decompresses every frame of @p input into @p output, at most @p maxBytes bytes.
     * False with a sentence in @p error for damaged data, data over the limit or a write error;
     * @p output may then hold a part, which the caller discards.
     */
    static bool decompress(const QByteArray &input, QIODevice &output, qint64 maxBytes,
                           QString *error);
    /** The same into memory. */
    static std::optional<QByteArray> decompress(const QByteArray &input, qint64 maxBytes,
                                                QString *error);
    /** One frame holding @p input, with its size in the header (level: zstd's, 1 … 19). */
    static QByteArray compress(const QByteArray &input, int level = 3);
};
