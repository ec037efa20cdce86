#include "protowire.h"

namespace protowire {

namespace {

bool readVarint(const QByteArray &data, qsizetype &pos, quint64 *value)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= data.size())
            return false;
        const quint8 byte = quint8(data.at(pos++));
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            return true;
        }
    }
    return false;  // more than 10 bytes
}

bool readFixed(const QByteArray &data, qsizetype &pos, int bytes, quint64 *value)
{
    if (data.size() - pos < bytes)
        return false;
    quint64 result = 0;
    for (int i = 0; i < bytes; ++i)
        result |= quint64(quint8(data.at(pos + i))) << (8 * i);
    pos += bytes;
    *value = result;
    return true;
}

} // namespace

bool forEachField(const QByteArray &message, const std::function<void(const Field &)> &visit)
{
    qsizetype pos = 0;
    while (pos < message.size()) {
        quint64 key = 0;
        if (!readVarint(message, pos, &key))
            return false;
        Field field;
        field.tag = quint32(key >> 3);
        field.wireType = int(key & 7);
        if (field.tag == 0 || (key >> 3) > 0x1fffffff)
            return false;
        switch (field.wireType) {
        case 0:
            if (!readVarint(message, pos, &field.number))
                return false;
            break;
        case 1:
            if (!readFixed(message, pos, 8, &field.number))
                return false;
            break;
        case 5:
            if (!readFixed(message, pos, 4, &field.number))
                return false;
            break;
        case 2: {
            quint64 length = 0;
            if (!readVarint(message, pos, &length) || length > quint64(message.size() - pos))
                return false;
            field.bytes = message.mid(pos, qsizetype(length));
            pos += qsizetype(length);
            break;
        }
        default:
            return false;  // groups (3, 4) are long deprecated; 6 and 7 do not exist
        }
        visit(field);
    }
    return true;
}

} // namespace protowire
