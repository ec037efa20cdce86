#pragma once

#include <QByteArray>

#include <cstddef>

struct ZSTD_CCtx_s;

/**
 * Compresses a stream of bytes into one Zstandard frame appended to a QByteArray, as it is
 * written: the whole input is never held at once, and with workers zstd compresses on its
 * own threads while the caller goes on producing (a first sync's journal segment holds a
 * million reviews, 80 MB before compression).
 */
class ZstdWriter
{
public:
    /** Appends to @p out (level: zstd's, 1 … 19; workers: 0 compresses on the caller's thread). */
    ZstdWriter(QByteArray *out, int level, int workers = 0);
    ~ZstdWriter();
    ZstdWriter(const ZstdWriter &) = delete;
    ZstdWriter &operator=(const ZstdWriter &) = delete;

    bool write(const char *data, size_t size);
    /** Ends the frame; false when zstd failed at any point (the output is then incomplete). */
    bool finish();

private:
    bool pump(const char *data, size_t size, bool end);

    ZSTD_CCtx_s *m_context = nullptr;
    QByteArray *m_out;
    bool m_ok = true;
};
