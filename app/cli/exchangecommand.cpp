#include "exchangecommand.h"

#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"
#include "delimitedtext.h"
#include "exporter.h"
#include "importjob.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

void printErr(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("portdeck-cli: ") + text + QLatin1Char('\n')), stderr);
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonArray problems;
    for (const ImportProblem &p : report.problems)
        problems.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
    // A port registry becomes the Table's lookup, never cards: its own fields say so.
    if (report.format == QLatin1String("iana") || report.format == QLatin1String("services"))
        return QJsonObject{{QStringLiteral("format"), report.format},
                           {QStringLiteral("imported_as"), QStringLiteral("registry")},
                           {QStringLiteral("services_imported"), report.registry},
                           {QStringLiteral("added"), report.added},
                           {QStringLiteral("problems"), problems}};
    return QJsonObject{{QStringLiteral("format"), report.format},
                       {QStringLiteral("imported_as"), report.entries ? QStringLiteral("entries") : QStringLiteral("cards")},
                       {QStringLiteral("added"), report.added},
                       {QStringLiteral("updated"), report.updated},
                       {QStringLiteral("skipped"), report.skipped},
                       {QStringLiteral("reviews"), report.reviews},
                       {QStringLiteral("linked_to_entries"), report.linked},
                       {QStringLiteral("media_ignored"), report.mediaIgnored},
                       {QStringLiteral("problems"), problems}};
}

} // namespace

int runImport(const QString &dataDir, const QString &path, const ImportOptions &options)
{
    ImportRequest request;
    request.path = path;
    request.kind = ImportJob::kindOf(path);
    if (!options.separator.isEmpty()) {
        const std::optional<QChar> sep = DelimitedTextReader::parseSeparator(options.separator);
        if (!sep) {
            printErr(QStringLiteral("unknown separator '%1' (tab, comma, semicolon, pipe, colon, space, or the character)")
                         .arg(options.separator));
            return Usage;
        }
        request.separator = *sep;
    }
    if (options.duplicates.isEmpty() || options.duplicates == QLatin1String("skip"))
        request.duplicates = DuplicatePolicy::Skip;
    else if (options.duplicates == QLatin1String("update"))
        request.duplicates = DuplicatePolicy::Update;
    else if (options.duplicates == QLatin1String("keep"))
        request.duplicates = DuplicatePolicy::KeepBoth;
    else {
        printErr(QStringLiteral("unknown --duplicates '%1' (skip, update or keep)").arg(options.duplicates));
        return Usage;
    }
    if (!options.columns.isEmpty()) {
        QString error;
        const std::optional<ImportMapping> mapping = ImportMapping::parseColumns(options.columns, &error);
        if (!mapping) {
            printErr(error);
            return Usage;
        }
        request.mapping = *mapping;
        request.guessMapping = false;
    }
    request.headerRow = options.headerRow;
    request.tags = options.tags.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    QString error;
    const std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
    if (!report) {
        printErr(error);
        return Failure;
    }
    writeOut(QJsonDocument(reportJson(*report)).toJson(QJsonDocument::Indented));
    return Ok;
}

int runExport(const QString &dataDir, const ExportOptions &options)
{
    static const QStringList formats{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("apkg"),
                                     QStringLiteral("revlog")};
    if (!formats.contains(options.format)) {
        printErr(QStringLiteral("unknown export format '%1' (known: %2)").arg(options.format, formats.join(QLatin1String(", "))));
        return Usage;
    }
    DeckStore store;
    if (store.open(dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    const Exporter exporter(store);
    const QChar separator = options.format == QLatin1String("tsv") ? QLatin1Char('\t') : QLatin1Char(',');
    std::optional<QList<qint64>> ids;
    if (!options.search.isEmpty() || (options.format != QLatin1String("revlog") && !options.entries)) {
        const CardQueryContext context = CardQueryContext::forLearner(store, QDateTime::currentMSecsSinceEpoch());
        const CardQuery query = CardQuery::parse(options.search, context);
        QString error;
        ids = CardList(store).find(query, BrowseColumn::Entry, Qt::AscendingOrder, &error);
        if (!ids) {
            printErr(error);
            return query.isValid() ? Failure : Usage;
        }
    }
    QString error;
    if (options.format == QLatin1String("apkg")) {
        if (options.output.isEmpty() || options.output == QLatin1String("-")) {
            printErr(QStringLiteral("an Anki package needs a file: -o FILE.apkg"));
            return Usage;
        }
        if (!exporter.writeAnkiPackage(*ids, options.scheduling, options.output, &error)) {
            printErr(error);
            return Failure;
        }
        return Ok;
    }
    std::optional<QByteArray> bytes;
    if (options.format == QLatin1String("revlog"))
        bytes = exporter.revlogCsv(ids, &error);
    else if (options.entries)
        bytes = exporter.entriesAsText(separator);
    else
        bytes = exporter.cardsAsText(*ids, separator, &error);
    if (!bytes) {
        printErr(error);
        return Failure;
    }
    if (options.output.isEmpty() || options.output == QLatin1String("-")) {
        writeOut(*bytes);
        return Ok;
    }
    if (!Exporter::writeFile(options.output, *bytes, &error)) {
        printErr(error);
        return Failure;
    }
    return Ok;
}
