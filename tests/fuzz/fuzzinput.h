#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include "deckstore.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/**
 * What the fuzz targets share. Each target is one input reader fed arbitrary bytes, built two
 * ways: with libFuzzer (the fuzz preset, scripts/fuzz) and with corpusreplay.cpp, which runs
 * the committed corpus through it as a plain test of the default build.
 */
namespace fuzzinput {

/** The application object Qt's SQL plugins, translations and temporary files expect. */
inline void startQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app)
}

/**
 * A collection of the built-in deck in a temporary folder, made on first use: what imports and
 * searches run against. Targets that write undo their change (a transaction rolled back).
 */
inline DeckStore &scratchCollection()
{
    static QTemporaryDir dir;
    // Never destroyed: at exit, Qt's list of connections may be gone before a static store.
    static DeckStore *store = new DeckStore;
    if (!store->isOpen() && (!dir.isValid() || store->open(dir.path()) != DeckStore::Status::Ok)) {
        std::fprintf(stderr, "cannot create a collection: %s\n", qPrintable(store->errorString()));
        std::abort();
    }
    return *store;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/**
 * The input as @p count parts, split at the first count - 1 newlines (the last part keeps the
 * rest, newlines and all), so a corpus file reads like the fields it holds.
 */
inline QList<QString> parts(const uint8_t *data, size_t size, int count)
{
    QList<QString> out;
    QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
    while (out.size() < count - 1) {
        const qsizetype newline = rest.indexOf('\n');
        if (newline < 0)
            break;
        out.append(QString::fromUtf8(rest.first(newline)));
        rest = rest.sliced(newline + 1);
    }
    out.append(QString::fromUtf8(rest));
    while (out.size() < count)
        out.append(QString());
    return out;
}

} // namespace fuzzinput
