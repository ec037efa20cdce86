#include "zstdwriter.h"

#include <zstd.h>

ZstdWriter::ZstdWriter(QByteArray *out, int level, int workers)
    : m_context(ZSTD_createCCtx())
    , m_out(out)
{
    m_ok = m_context && !ZSTD_isError(ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, level));
    // A zstd built without threads refuses workers: it then compresses on this thread.
    if (m_ok && workers > 0)
        ZSTD_CCtx_setParameter(m_context, ZSTD_c_nbWorkers, workers);
}

ZstdWriter::~ZstdWriter()
{
    ZSTD_freeCCtx(m_context);
}

bool ZstdWriter::write(const char *data, size_t size)
{
    return pump(data, size, false);
}

bool ZstdWriter::finish()
{
    return pump(nullptr, 0, true);
}

bool ZstdWriter::pump(const char *data, size_t size, bool end)
{
    if (!m_ok)
        return false;
    ZSTD_inBuffer in{data, size, 0};
    const size_t room = ZSTD_CStreamOutSize();
    for (;;) {
        const qsizetype before = m_out->size();
        m_out->resize(before + qsizetype(room));
        ZSTD_outBuffer out{m_out->data() + before, room, 0};
        const size_t left = ZSTD_compressStream2(m_context, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        m_out->resize(before + qsizetype(out.pos));
        if (ZSTD_isError(left))
            return m_ok = false;
        // Continuing: done once zstd took all the input. Ending: once it has flushed everything.
        if (end ? left == 0 : in.pos == in.size)
            return true;
    }
}
