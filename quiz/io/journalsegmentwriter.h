#pragma once

#include "syncrecordsink.h"
#include "zstdwriter.h"

#include <QByteArray>
#include <QString>

#include <string>

/**
 * Writes one journal segment (the format JournalSegmentFormat reads) as its records come:
 * each record is compressed soon after it is added, so a segment of a million reviews is
 * never held uncompressed. Records go in blocks of one kind, registers or reviews, in the
 * order they were added.
 */
class JournalSegmentWriter final : public SyncRecordSink
{
public:
    JournalSegmentWriter(qint64 node, qint64 number, const QString &collectionId, const QString &computerName);

    void add(const RegisterWrite &write) override;
    void add(const ReviewRecord &review) override;

    qint64 registers() const { return m_registers; }
    qint64 reviews() const { return m_reviews; }
    /**
     * The whole segment, its header and its compressed body; empty if it would not be read
     * (a string or a body over JournalSegmentFormat's limits) or compression failed.
     */
    QByteArray finish();

private:
    void begin(quint8 block);
    void endBlock();
    void varint(quint64 v, std::string *to);
    void signedVarint(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63), &m_block); }
    void byte(quint8 v) { m_block.push_back(char(v)); }
    void real(double v);
    void string(const QString &s, std::string *to);

    QByteArray m_out;
    ZstdWriter m_zstd;
    std::string m_block;    // the records of the block being gathered
    std::string m_head;     // a block's kind and count, before its records
    quint8 m_kind = 0;
    quint64 m_count = 0;
    qint64 m_registers = 0;
    qint64 m_reviews = 0;
    qint64 m_written = 0;   // body bytes before compression
    bool m_ok = true;
};
