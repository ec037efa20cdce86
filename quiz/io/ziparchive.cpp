#include "ziparchive.h"

#include <QBuffer>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>

#include <zip.h>

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ZipReader::ZipReader(const ZipLimits &limits) : m_limits(limits) {}

ZipReader::~ZipReader()
{
    close();
}

void ZipReader::close()
{
    if (m_zip)
        zip_discard(m_zip);
    m_zip = nullptr;
    m_entries.clear();
}

bool ZipReader::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)))
        return false;
    // A drive letter ("C:") or any colon: no Anki entry has one, and Windows reads it as a path.
    if (name.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

bool ZipReader::open(const QString &path, QString *error)
{
    close();
    m_fileName = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(error, tr("The file “%1” does not exist.").arg(m_fileName));

    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        if (code == ZIP_ER_NOZIP)
            return fail(error, tr("“%1” is not a zip file, so it is no Anki package.").arg(m_fileName));
        if (code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return fail(error, tr("“%1” could not be read.").arg(m_fileName));
        return fail(error, tr("“%1” is a damaged zip file.").arg(m_fileName));
    }

    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    const auto refuse = [this, error](const QString &message) {
        close();
        return fail(error, message);
    };
    if (count < 0 || count > m_limits.maxEntries)
        return refuse(tr("“%1” holds too many files to be a deck.").arg(m_fileName));

    qint64 total = 0;
    qint64 totalCompressed = 0;
    m_entries.reserve(count);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)
            || !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
            return refuse(tr("“%1” is a damaged zip file.").arg(m_fileName));
        const QString name = QString::fromUtf8(st.name);
        if (!isSafeName(name))
            return refuse(tr("“%1” holds a file named “%2”, which points outside the folder it "
                             "would be unpacked to. The package is refused.")
                              .arg(m_fileName, name));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refuse(tr("“%1” is encrypted. Portdeck reads only packages without a password.")
                              .arg(m_fileName));
        if ((st.valid & ZIP_STAT_COMP_METHOD)
            && !zip_compression_method_supported(st.comp_method, 0))
            return refuse(tr("“%1” uses a kind of compression Portdeck cannot read.").arg(m_fileName));
        if (st.size > zip_uint64_t(m_limits.maxEntryBytes))
            return refuse(tr("“%1” holds a file of %2 unpacked, more than the %3 a deck may take. "
                             "The package is refused.")
                              .arg(m_fileName, sizeText(qint64(st.size)),
                                   sizeText(m_limits.maxEntryBytes)));
        const qint64 size = qint64(st.size);
        const qint64 compressed = qint64(st.comp_size);
        if (size > m_limits.ratioFloorBytes
            && double(size) > double(std::max<qint64>(compressed, 1)) * m_limits.maxRatio)
            return refuse(tr("“%1” would unpack %2 from %3, which only a zip bomb does. "
                             "The package is refused.")
                              .arg(m_fileName, sizeText(size), sizeText(compressed)));
        total += size;
        totalCompressed += compressed;
        if (total > m_limits.maxTotalBytes)
            return refuse(tr("“%1” unpacks to more than %2, more than a deck may take. "
                             "The package is refused.")
                              .arg(m_fileName, sizeText(m_limits.maxTotalBytes)));
        m_entries.append({name, size, compressed});
    }
    // Entries that share their compressed bytes (an overlapping zip bomb) add up to more than
    // the file itself.
    if (totalCompressed > info.size())
        return refuse(tr("“%1” has files that overlap, which only a zip bomb does. "
                         "The package is refused.")
                          .arg(m_fileName));
    return true;
}

int ZipReader::indexOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes, QString *error)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!read(name, buffer, maxBytes, error))
        return std::nullopt;
    return data;
}

bool ZipReader::read(const QString &name, QIODevice &output, qint64 maxBytes, QString *error)
{
    const int index = indexOf(name);
    if (!m_zip || index < 0)
        return fail(error, tr("“%1” holds no file “%2”.").arg(m_fileName, name));
    const ZipEntry &entry = m_entries.at(index);
    const qint64 limit = std::min(maxBytes, m_limits.maxEntryBytes);
    const QString tooLarge = tr("“%1” in “%2” unpacks to more than %3. The package is refused.")
                                 .arg(name, m_fileName, sizeText(limit));
    if (entry.size > limit)
        return fail(error, tooLarge);

    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return fail(error, tr("“%1” in “%2” could not be read.").arg(name, m_fileName));
    const QString damaged = tr("“%1” in “%2” is damaged.").arg(name, m_fileName);
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    bool ok = true;
    QString message;
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            ok = false;
            message = damaged;
            break;
        }
        if (n == 0)
            break;
        done += n;
        // The directory can lie: count what really comes out.
        if (done > entry.size || done > limit) {
            ok = false;
            message = done > limit ? tooLarge : damaged;
            break;
        }
        if (output.write(chunk.constData(), n) != n) {
            ok = false;
            message = tr("“%1” could not be unpacked: %2").arg(name, output.errorString());
            break;
        }
    }
    zip_fclose(file);
    if (ok && done != entry.size) {
        ok = false;
        message = damaged;
    }
    return ok || fail(error, message);
}

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    m_entries.append({name, data});
}

bool ZipWriter::write(const QString &path, QString *error) const
{
    const QString fileName = QFileInfo(path).fileName();
    const QString notWritten = tr("“%1” could not be written.").arg(fileName);
    // Built in memory, then saved through QSaveFile: the target is replaced only when complete.
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *memory = zip_source_buffer_create(nullptr, 0, 0, &zerror);
    zip_error_fini(&zerror);
    if (!memory)
        return fail(error, notWritten);
    zip_source_keep(memory);
    zip_t *archive = zip_open_from_source(memory, ZIP_TRUNCATE, nullptr);
    if (!archive) {
        zip_source_free(memory);
        return fail(error, notWritten);
    }
    for (const Entry &entry : m_entries) {
        zip_source_t *source = zip_source_buffer(archive, entry.data.constData(),
                                                 zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                  ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                   : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            zip_source_free(memory);
            return fail(error, notWritten);
        }
        // Level 1: a third of the time of the default for a few per cent more bytes.
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        zip_source_free(memory);
        return fail(error, notWritten);
    }

    QByteArray bytes;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(memory, &st) == 0 && zip_source_open(memory) == 0) {
        bytes.resize(qsizetype(st.size));
        const zip_int64_t n = zip_source_read(memory, bytes.data(), st.size);
        zip_source_close(memory);
        if (n != zip_int64_t(st.size))
            bytes.clear();
    }
    zip_source_free(memory);
    if (bytes.isEmpty())
        return fail(error, notWritten);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, tr("“%1” could not be written: %2").arg(fileName, file.errorString()));
    return true;
}
