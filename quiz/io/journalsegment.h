#pragma once

#include "syncrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * One file of a sync journal, as bytes: "PDKJ", the format, a CRC-32 and the length of the
 * body, then the body compressed with zstd. The body holds the segment's header and its
 * records with variable-length integers; doubles are their 8 bytes, so values cross exactly.
 *
 * Reading trusts nothing: a short file (still being copied), a wrong checksum, a body that
 * ends early or runs on, a string or count beyond what is left, or a format newer than this
 * Portdeck reads, each gives a sentence and no segment.
 */
class JournalSegmentFormat
{
    Q_DECLARE_TR_FUNCTIONS(JournalSegmentFormat)

public:
    /** The format this Portdeck writes, and the newest it reads. */
    static constexpr int kFormat = 2; // 1: records not in blocks, never in a release
    static constexpr qint64 kMaxBody = qint64(1) << 30;     ///< unpacked, at most
    static constexpr quint64 kMaxString = quint64(1) << 24; ///< bytes, at most
    static constexpr char kMagic[4] = {'P', 'D', 'K', 'J'};
    static constexpr int kHeaderBytes = 4 + 4 + 4 + 8; // magic, format and 3 spare bytes, CRC-32, length
    /** The body: node, number, collection id, computer name, then blocks of records, then End. */
    enum Block : quint8 { EndBlock = 0, RegisterBlock = 1, ReviewBlock = 2 };
    /** Which optional fields a review record carries. */
    enum ReviewFields : quint8 { HasResponse = 1, HasAnswer = 2, HasVerdict = 4, HasRecall = 8 };

    /** @p segment as bytes (JournalSegmentWriter writes one as its records come). */
    static QByteArray encode(const JournalSegment &segment);

    enum class Problem { None, Incomplete, Damaged, Newer };
    /** The segment in @p bytes; std::nullopt with @p problem and a sentence in @p error. */
    static std::optional<JournalSegment> decode(const QByteArray &bytes, Problem *problem, QString *error);
};
