#include "journalsegmentwriter.h"

#include "journalsegment.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

using Format = JournalSegmentFormat;

constexpr size_t kBlockBytes = size_t(1) << 20; // a block goes to the compressor at about this size

void appendLe(char *at, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        at[i] = char((v >> (8 * i)) & 0xff);
}

} // namespace

JournalSegmentWriter::JournalSegmentWriter(qint64 node, qint64 number, const QString &collectionId,
                                           const QString &computerName)
    : m_zstd(&m_out, 3, 1)
{
    // The header's checksum and length are filled in by finish().
    m_out.append(Format::kMagic, 4);
    m_out.append(char(Format::kFormat));
    m_out.append(Format::kHeaderBytes - 5, '\0');
    m_block.reserve(kBlockBytes + 4096);
    varint(quint64(node), &m_block);
    varint(quint64(number), &m_block);
    string(collectionId, &m_block);
    string(computerName, &m_block);
}

void JournalSegmentWriter::varint(quint64 v, std::string *to)
{
    while (v >= 0x80) {
        to->push_back(char(v | 0x80));
        v >>= 7;
    }
    to->push_back(char(v));
}

void JournalSegmentWriter::real(double v)
{
    char raw[8];
    std::memcpy(raw, &v, 8);
    m_block.append(raw, 8);
}

void JournalSegmentWriter::string(const QString &s, std::string *to)
{
    // Keys and kinds are ASCII: their UTF-8 is their code units, with no copy made first.
    const QChar *units = s.constData();
    const qsizetype n = s.size();
    if (std::all_of(units, units + n, [](QChar u) { return u.unicode() < 0x80; })) {
        m_ok = m_ok && quint64(n) <= Format::kMaxString;
        varint(quint64(n), to);
        for (qsizetype i = 0; i < n; ++i)
            to->push_back(char(units[i].unicode()));
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    m_ok = m_ok && quint64(utf8.size()) <= Format::kMaxString; // the reader would refuse the segment
    varint(quint64(utf8.size()), to);
    to->append(utf8.constData(), size_t(utf8.size()));
}

void JournalSegmentWriter::begin(quint8 block)
{
    if (m_kind != block || m_block.size() >= kBlockBytes)
        endBlock();
    m_kind = block;
    ++m_count;
}

void JournalSegmentWriter::endBlock()
{
    // Before the first block: the segment's own header, gathered in m_block.
    m_head.clear();
    if (m_kind != 0) {
        m_head.push_back(char(m_kind));
        varint(m_count, &m_head);
    }
    m_written += qint64(m_head.size() + m_block.size());
    m_ok = m_ok && m_written <= Format::kMaxBody && m_zstd.write(m_head.data(), m_head.size())
           && m_zstd.write(m_block.data(), m_block.size());
    m_block.clear();
    m_kind = 0;
    m_count = 0;
}

void JournalSegmentWriter::add(const RegisterWrite &w)
{
    begin(Format::RegisterBlock);
    ++m_registers;
    string(w.name, &m_block);
    varint(quint64(w.stamp.clock), &m_block);
    varint(quint64(w.stamp.node), &m_block);
    byte(w.value ? 1 : 0);
    if (w.value)
        string(*w.value, &m_block);
}

void JournalSegmentWriter::add(const ReviewRecord &r)
{
    begin(Format::ReviewBlock);
    ++m_reviews;
    varint(quint64(r.id), &m_block);
    byte(r.present ? 1 : 0);
    if (!r.present)
        return;
    string(r.cardKey, &m_block);
    signedVarint(r.timeMs);
    string(r.kind, &m_block);
    byte(quint8(r.rating));
    byte(quint8(r.stateBefore));
    byte(quint8(r.stateAfter));
    real(r.stability);
    real(r.difficulty);
    signedVarint(r.elapsedDays);
    signedVarint(r.scheduledDays);
    signedVarint(r.dueMs);
    const quint8 fields = (r.responseMs ? Format::HasResponse : 0) | (r.answer ? Format::HasAnswer : 0)
                          | (r.verdict ? Format::HasVerdict : 0) | (r.recall ? Format::HasRecall : 0);
    byte(fields);
    if (r.responseMs)
        signedVarint(*r.responseMs);
    if (r.answer)
        string(*r.answer, &m_block);
    if (r.verdict)
        string(*r.verdict, &m_block);
    if (r.recall)
        real(*r.recall);
}

QByteArray JournalSegmentWriter::finish()
{
    endBlock();
    const char end = char(Format::EndBlock);
    if (!m_ok || !m_zstd.write(&end, 1) || !m_zstd.finish())
        return {};
    const auto *body = reinterpret_cast<const Bytef *>(m_out.constData() + Format::kHeaderBytes);
    const size_t bodySize = size_t(m_out.size() - Format::kHeaderBytes);
    appendLe(m_out.data() + 8, quint32(crc32_z(0, body, bodySize)), 4);
    appendLe(m_out.data() + 12, quint64(bodySize), 8);
    return std::exchange(m_out, {});
}
