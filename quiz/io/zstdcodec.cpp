#include "zstdcodec.h"

#include <QBuffer>
#include <QIODevice>
#include <QLocale>

#include <memory>
#include <zstd.h>

namespace {

struct DStreamFree
{
    void operator()(ZSTD_DStream *s) const { ZSTD_freeDStream(s); }
};

} // namespace

bool ZstdCodec::decompress(const QByteArray &input, QIODevice &output, qint64 maxBytes,
                           QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString damaged = tr("The compressed data is damaged.");
    const QString tooLarge =
        tr("The compressed data unpacks to more than %1, which is more than a deck needs.")
            .arg(QLocale().formattedDataSize(maxBytes));
    if (input.isEmpty())
        return fail(damaged);

    // The first frame's header may state its size: refuse before inflating anything.
    const unsigned long long claimed = ZSTD_getFrameContentSize(input.constData(), size_t(input.size()));
    if (claimed == ZSTD_CONTENTSIZE_ERROR)
        return fail(damaged);
    if (claimed != ZSTD_CONTENTSIZE_UNKNOWN && claimed > static_cast<unsigned long long>(maxBytes))
        return fail(tooLarge);

    std::unique_ptr<ZSTD_DStream, DStreamFree> stream(ZSTD_createDStream());
    if (!stream)
        return fail(damaged);
    // The window decides the memory zstd takes: keep zstd's default ceiling (128 MiB).
    ZSTD_DCtx_setParameter(stream.get(), ZSTD_d_windowLogMax, 27);

    QByteArray chunk(int(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in{input.constData(), size_t(input.size()), 0};
    qint64 written = 0;
    size_t last = 0;
    // zstd has flushed all it can when it leaves room in the output.
    for (;;) {
        ZSTD_outBuffer out{chunk.data(), size_t(chunk.size()), 0};
        last = ZSTD_decompressStream(stream.get(), &out, &in);
        if (ZSTD_isError(last))
            return fail(damaged);
        written += qint64(out.pos);
        if (written > maxBytes)
            return fail(tooLarge);
        if (out.pos > 0 && output.write(chunk.constData(), qint64(out.pos)) != qint64(out.pos))
            return fail(tr("The unpacked data could not be written: %1").arg(output.errorString()));
        // 0: a frame ends here; asking again would wait for the next frame's header.
        if (in.pos == in.size && (out.pos < out.size || last == 0))
            break;
    }
    // Non-zero: the last frame stops in the middle.
    if (last != 0)
        return fail(damaged);
    return true;
}

std::optional<QByteArray> ZstdCodec::decompress(const QByteArray &input, qint64 maxBytes,
                                                QString *error)
{
    QByteArray result;
    QBuffer buffer(&result);
    buffer.open(QIODevice::WriteOnly);
    if (!decompress(input, buffer, maxBytes, error))
        return std::nullopt;
    return result;
}

QByteArray ZstdCodec::compress(const QByteArray &input, int level)
{
    QByteArray result(qsizetype(ZSTD_compressBound(size_t(input.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress(result.data(), size_t(result.size()), input.constData(),
                                      size_t(input.size()), level);
    if (ZSTD_isError(size))
        return {};
    result.truncate(qsizetype(size));
    return result;
}
