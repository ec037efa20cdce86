#pragma once

#include <QByteArray>

#include <functional>

/**
 * Protocol Buffers' wire format, read field by field without a schema: enough for the few
 * fields Portdeck needs from Anki's blobs (a template's `q_format`, a note type's `kind`, a
 * package's `meta`). Bounds-checked: a truncated or malformed blob is an error, never a read
 * past its end.
 */
namespace protowire {

/** One field: a varint or fixed number in `number`, a length-delimited value in `bytes`. */
struct Field
{
    quint32 tag = 0;   ///< the field number
    int wireType = 0;  ///< 0 varint, 1 64-bit, 2 length-delimited, 5 32-bit
    quint64 number = 0;
    QByteArray bytes;
};

/**
 * Calls @p visit for each field of @p message in order. False for a malformed message
 * (truncated, a varint over 10 bytes, a length past the end, a group or unknown wire type).
 */
bool forEachField(const QByteArray &message, const std::function<void(const Field &)> &visit);

} // namespace protowire
