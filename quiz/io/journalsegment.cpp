#include "journalsegment.h"

#include "journalsegmentwriter.h"
#include "zstdcodec.h"

#include <zlib.h>

#include <algorithm>

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

constexpr quint64 kMaxString = JournalSegmentFormat::kMaxString;


class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    size_t left() const { return size_t(m_end - m_at); }

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at == m_end)
                return fail();
            const quint8 b = quint8(*m_at++);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        return fail();
    }
    qint64 signedVarint()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    quint8 byte()
    {
        if (m_at == m_end)
            return quint8(fail());
        return quint8(*m_at++);
    }
    double real()
    {
        double v = 0;
        if (left() < 8)
            return double(fail());
        std::memcpy(&v, m_at, 8);
        m_at += 8;
        return v;
    }
    QString string()
    {
        const quint64 n = varint();
        if (!m_ok || n > kMaxString || n > left())
            return fail(), QString();
        const QString s = QString::fromUtf8(m_at, qsizetype(n));
        m_at += n;
        return s;
    }
    /**
     * A string met many times (a card's key, a review's kind): one QString for all of them,
     * found by its bytes, which stay in the body being read.
     */
    QString sharedString()
    {
        const quint64 n = varint();
        if (!m_ok || n > kMaxString || n > left())
            return fail(), QString();
        const std::string_view bytes(m_at, size_t(n));
        m_at += n;
        auto it = m_shared.find(bytes);
        if (it == m_shared.end())
            it = m_shared.emplace(bytes, QString::fromUtf8(bytes.data(), qsizetype(n))).first;
        return it->second;
    }
    /** A count of records, each at least @p minBytes long: never more than could fit. */
    quint64 count(size_t minBytes)
    {
        const quint64 n = varint();
        if (n > left() / minBytes)
            return fail();
        return n;
    }

private:
    quint64 fail()
    {
        m_ok = false;
        m_at = m_end;
        return 0;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
    std::unordered_map<std::string_view, QString> m_shared;
};

ReviewRecord readReview(Reader &r)
{
    ReviewRecord v;
    v.id = qint64(r.varint());
    v.present = r.byte() != 0;
    if (!v.present)
        return v;
    v.cardKey = r.sharedString();
    v.timeMs = r.signedVarint();
    v.kind = r.sharedString();
    v.rating = r.byte();
    v.stateBefore = r.byte();
    v.stateAfter = r.byte();
    v.stability = r.real();
    v.difficulty = r.real();
    v.elapsedDays = int(r.signedVarint());
    v.scheduledDays = int(r.signedVarint());
    v.dueMs = r.signedVarint();
    const quint8 fields = r.byte();
    if (fields & JournalSegmentFormat::HasResponse)
        v.responseMs = r.signedVarint();
    if (fields & JournalSegmentFormat::HasAnswer)
        v.answer = r.string();
    if (fields & JournalSegmentFormat::HasVerdict)
        v.verdict = r.sharedString();
    if (fields & JournalSegmentFormat::HasRecall)
        v.recall = r.real();
    return v;
}

// Room for @p more records, growing as a vector would: a segment holds many blocks.
template<typename T>
void makeRoom(std::vector<T> *records, quint64 more)
{
    constexpr quint64 kAtMost = 1 << 20; // a small hostile file must not ask for gigabytes first
    const size_t needed = records->size() + size_t(std::min(more, kAtMost));
    if (needed > records->capacity())
        records->reserve(std::max(needed, records->capacity() * 2));
}

quint32 readLe32(const char *p)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

quint64 readLe64(const char *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

} // namespace

QByteArray JournalSegmentFormat::encode(const JournalSegment &segment)
{
    JournalSegmentWriter writer(segment.node, segment.number, segment.collectionId, segment.computerName);
    for (const RegisterWrite &w : segment.registers)
        writer.add(w);
    for (const ReviewRecord &r : segment.reviews)
        writer.add(r);
    return writer.finish();
}

std::optional<JournalSegment> JournalSegmentFormat::decode(const QByteArray &bytes, Problem *problem, QString *error)
{
    auto refuse = [&](Problem kind, const QString &message) -> std::optional<JournalSegment> {
        *problem = kind;
        *error = message;
        return std::nullopt;
    };
    *problem = Problem::None;
    if (bytes.size() < kHeaderBytes) {
        if (QByteArray(kMagic, 4).startsWith(bytes.left(4)))
            return refuse(Problem::Incomplete, tr("The segment is not complete yet (%n byte(s)).", nullptr, int(bytes.size())));
        return refuse(Problem::Damaged, tr("This is not a Portdeck journal segment."));
    }
    if (std::memcmp(bytes.constData(), kMagic, 4) != 0)
        return refuse(Problem::Damaged, tr("This is not a Portdeck journal segment."));
    const int format = quint8(bytes.at(4));
    if (format > kFormat)
        return refuse(Problem::Newer, tr("The segment was written by a newer Portdeck (journal format %1; this version "
                                          "reads up to %2).")
                                          .arg(format)
                                          .arg(kFormat));
    if (format < kFormat)
        return refuse(Problem::Damaged, tr("The segment names journal format %1, which no released Portdeck writes.").arg(format));
    const quint32 crc = readLe32(bytes.constData() + 8);
    const quint64 length = readLe64(bytes.constData() + 12);
    const quint64 present = quint64(bytes.size() - kHeaderBytes);
    if (length > present)
        return refuse(Problem::Incomplete, tr("The segment is not complete yet (%1 of %2 bytes).").arg(present).arg(length));
    if (length < present)
        return refuse(Problem::Damaged, tr("The segment has %1 bytes more than it says.").arg(present - length));
    // Not copied: read in place while @p bytes lives.
    const QByteArray body = QByteArray::fromRawData(bytes.constData() + kHeaderBytes, bytes.size() - kHeaderBytes);
    if (quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))) != crc)
        return refuse(Problem::Damaged, tr("The segment's checksum does not match: it was damaged on the way."));
    QString zstdError;
    const std::optional<QByteArray> raw = ZstdCodec::decompress(body, kMaxBody, &zstdError);
    if (!raw)
        return refuse(Problem::Damaged, tr("The segment cannot be unpacked: %1").arg(zstdError));

    Reader r(*raw);
    JournalSegment s;
    s.format = format;
    s.node = qint64(r.varint());
    s.number = qint64(r.varint());
    s.collectionId = r.string();
    s.computerName = r.string();
    for (;;) {
        const quint8 block = r.byte();
        if (!r.ok() || block == EndBlock)
            break;
        if (block == RegisterBlock) {
            const quint64 registers = r.count(4);
            makeRoom(&s.registers, registers);
            for (quint64 i = 0; i < registers && r.ok(); ++i) {
                RegisterWrite w;
                w.name = r.string();
                w.stamp.clock = qint64(r.varint());
                w.stamp.node = qint64(r.varint());
                if (r.byte())
                    w.value = r.string();
                s.registers.push_back(std::move(w));
            }
        } else if (block == ReviewBlock) {
            const quint64 reviews = r.count(2);
            makeRoom(&s.reviews, reviews);
            for (quint64 i = 0; i < reviews && r.ok(); ++i)
                s.reviews.push_back(readReview(r));
        } else {
            return refuse(Problem::Damaged, tr("The segment holds a kind of record this Portdeck does not know."));
        }
    }
    if (!r.ok())
        return refuse(Problem::Damaged, tr("The segment ends in the middle of a record."));
    if (!r.atEnd())
        return refuse(Problem::Damaged, tr("The segment has data after its last record."));
    if (s.node <= 0 || s.number <= 0)
        return refuse(Problem::Damaged, tr("The segment names no computer or number."));
    // A computer writes only its own records: its reviews and registers carry its node.
    for (const RegisterWrite &w : s.registers)
        if (w.stamp.node != s.node || w.stamp.clock < 0)
            return refuse(Problem::Damaged, tr("The segment holds a change that is not its computer's."));
    for (const ReviewRecord &v : s.reviews)
        if ((v.id >> 40) != s.node)
            return refuse(Problem::Damaged, tr("The segment holds a review that is not its computer's."));
    return s;
}
