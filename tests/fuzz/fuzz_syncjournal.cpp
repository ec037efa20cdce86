// Another computer's sync journal segment. An input that starts with the segment's magic is read
// as it is; any other input is taken as the unpacked body and given a true header, CRC and
// zstd frame first, so that mutations reach the records instead of stopping at the checksum.
#include "fuzzinput.h"
#include "journalsegment.h"
#include "zstdcodec.h"

#include <QtEndian>

#include <zlib.h>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    return 0;
}

static QByteArray wrapped(const QByteArray &body)
{
    const QByteArray packed = ZstdCodec::compress(body, 1);
    QByteArray segment(JournalSegmentFormat::kMagic, 4);
    segment.append(char(JournalSegmentFormat::kFormat)).append(3, '\0');
    char number[8];
    qToLittleEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(packed.constData()), uInt(packed.size()))), number);
    segment.append(number, 4);
    qToLittleEndian(quint64(packed.size()), number);
    segment.append(number, 8);
    return segment + packed;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzinput::bytes(data, size);
    if (!bytes.startsWith(QByteArray(JournalSegmentFormat::kMagic, 4)))
        bytes = wrapped(bytes);
    JournalSegmentFormat::Problem problem;
    QString error;
    const std::optional<JournalSegment> segment = JournalSegmentFormat::decode(bytes, &problem, &error);
    if (!segment && (error.isEmpty() || problem == JournalSegmentFormat::Problem::None))
        __builtin_trap(); // refused without saying why
    // What is read back writes out as the same segment.
    if (segment && JournalSegmentFormat::encode(*segment) != bytes && !bytes.isEmpty()) {
        QString again;
        const auto reread = JournalSegmentFormat::decode(JournalSegmentFormat::encode(*segment), &problem, &again);
        if (!reread || reread->reviews.size() != segment->reviews.size() || reread->registers.size() != segment->registers.size())
            __builtin_trap();
    }
    return 0;
}
