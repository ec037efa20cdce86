// portdeck-cli: the engine without a window, for scripts and checks.
#include "answerchecker.h"
#include "cardlist.h"
#include "cardquery.h"
#include "collection.h"
#include "csvwriter.h"
#include "datadir.h"
#include "deck.h"
#include "deckstore.h"
#include "backupcommand.h"
#include "examplanner.h"
#include "exchangecommand.h"
#include "drillcommand.h"
#include "factcommand.h"
#include "notelibrary.h"
#include "optimizecommand.h"
#include "progress.h"
#include "replay.h"
#include "synccommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

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

// Commands that only read open the deck read-only: no lock, so they work while the app is
// open, and a missing, older or newer deck is reported, never created, migrated or merged.
bool openToRead(DeckStore *store, const QString &dataDir)
{
    if (store->open(dataDir, DeckStore::Mode::ReadOnly) == DeckStore::Status::Ok)
        return true;
    printErr(store->errorString());
    return false;
}

int runCheck(const QString &dataDir)
{
    DeckStore store;
    const DeckStore::Status status = store.open(dataDir, DeckStore::Mode::ReadOnly);
    if (status == DeckStore::Status::Damaged) { // too damaged to look inside: said as a check's finding
        writeOut(QJsonDocument(QJsonObject{
                                   {QStringLiteral("ok"), false},
                                   {QStringLiteral("file"), QDir::toNativeSeparators(store.filePath())},
                                   {QStringLiteral("facts"), QJsonValue::Null},
                                   {QStringLiteral("cards"), QJsonValue::Null},
                                   {QStringLiteral("new_cards"), QJsonValue::Null},
                                   {QStringLiteral("reviews"), QJsonValue::Null},
                                   {QStringLiteral("problems"), QJsonArray{store.errorString()}},
                               })
                     .toJson(QJsonDocument::Indented));
        printErr(store.errorString());
        return Failure;
    }
    if (status != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    const QStringList problems = store.integrityProblems();
    const DeckCounts counts = store.counts();
    // A damaged file's counts are not to be believed: null, not a reassuring 0.
    const auto count = [&](int n) { return problems.isEmpty() ? QJsonValue(n) : QJsonValue(QJsonValue::Null); };
    QJsonObject out{
        {QStringLiteral("ok"), problems.isEmpty()},
        {QStringLiteral("file"), QDir::toNativeSeparators(store.filePath())},
        {QStringLiteral("schema_version"), store.schemaVersion()},
        {QStringLiteral("deck_version"), store.deckVersion()},
        {QStringLiteral("facts"), count(counts.facts)},
        {QStringLiteral("cards"), count(counts.cards)},
        {QStringLiteral("new_cards"), count(counts.newCards)},
        {QStringLiteral("reviews"), count(counts.reviews)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
    };
    writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    if (!problems.isEmpty()) {
        printErr(QStringLiteral("%1 is damaged: %2")
                     .arg(QDir::toNativeSeparators(store.filePath()), problems.constFirst()));
        return Failure;
    }
    return Ok;
}

// Judges against the learner's deck when --data-dir names one, else against the built-in
// deck: grading needs no database, and never creates one.
int runGrade(const QString &dataDir, const QStringList &args)
{
    QuestionKind kind;
    if (args.size() != 4 || !parseQuestionKind(args.at(1), &kind)) {
        printErr(QStringLiteral("usage: grade TEMPLATE SUBJECT ANSWER, TEMPLATE one of port, protocol, "
                                "transport, function, secure, range"));
        return Usage;
    }
    QList<Fact> facts;
    if (dataDir.isEmpty()) {
        for (const DeckFact &f : Deck::builtin().facts)
            facts.append(f.fact);
    } else {
        DeckStore store;
        if (!openToRead(&store, dataDir))
            return Failure;
        facts = store.facts();
    }
    const AnswerChecker checker(facts);
    QString error;
    const std::optional<CheckResult> result = checker.check(kind, args.at(2), args.at(3), &error);
    if (!result) {
        printErr(error);
        return Failure;
    }
    const QJsonObject out{{QStringLiteral("verdict"), verdictKey(result->verdict)},
                          {QStringLiteral("expected"), QJsonArray::fromStringList(result->expected)},
                          {QStringLiteral("feedback"), result->feedback},
                          {QStringLiteral("missing"), QJsonArray::fromStringList(result->missing)}};
    writeOut(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
    return Ok;
}

int runNotesCheck(const QString &dataDir)
{
    DeckStore store;
    if (!openToRead(&store, dataDir))
        return Failure;
    NoteLibrary library(store.facts());
    library.loadBuiltin();
    library.loadFolder(QDir(dataDir).filePath(QStringLiteral("notes")));
    const QList<NoteLibrary::DeadLink> dead = library.deadLinks();
    for (const NoteLibrary::DeadLink &d : dead)
        writeOut(QStringLiteral("%1:%2: %3\n").arg(QDir::toNativeSeparators(d.file)).arg(d.line).arg(d.target).toUtf8());
    int links = 0;
    for (const NotePage *p : library.pages())
        links += static_cast<int>(MarkdownRenderer::links(p->document.body).size());
    const QString summary = QStringLiteral("%1 pages, %2 links, %3 leading nowhere")
                                .arg(library.pages().size())
                                .arg(links)
                                .arg(dead.size());
    if (!dead.isEmpty()) {
        printErr(summary);
        return Failure;
    }
    writeOut(summary.toUtf8() + '\n');
    return Ok;
}

#ifdef __GLIBC__
// The replay's large buffers (the input, the parsed document, the output) come from one heap
// region the kernel may back with 2 MiB pages. Each first touch of a fresh 4 KiB page is a
// fault, slow on virtual machines: parsing 3.4 MB took 60 ms, 4 ms without the faults.
void preferHugePagesForLargeBuffers()
{
    constexpr size_t kHugePage = 2u << 20;
    constexpr size_t kRegion = 256u << 20;
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // blocks up to 32 MiB from the heap…
    mallopt(M_TRIM_THRESHOLD, 512 << 20); // …which keeps what is freed for the next one
    mallopt(M_TOP_PAD, int(kRegion));     // and grows by the whole region at once
    void *probe = std::malloc(kHugePage);
    if (!probe)
        return;
    const auto begin = (reinterpret_cast<uintptr_t>(probe) + kHugePage - 1) & ~uintptr_t(kHugePage - 1);
    const auto end = reinterpret_cast<uintptr_t>(sbrk(0)) & ~uintptr_t(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
    std::free(probe);
}
#endif

int runReplay()
{
#ifdef __GLIBC__
    preferHugePagesForLargeBuffers();
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        printErr(QStringLiteral("cannot read standard input"));
        return Failure;
    }
    const auto writeOut = [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); };
    QString error;
    bool replayed = false;
    // A file on standard input is mapped, not copied: its last page reads as zeros after the
    // text, which is the padding the parser wants when there are 64 bytes of it.
    constexpr qint64 kPage = 4096;
    const qint64 size = in.isSequential() || in.pos() != 0 ? 0 : in.size();
    const uchar *mapped = size % kPage != 0 && kPage - size % kPage >= 64 ? in.map(0, size) : nullptr;
    if (mapped) {
        replayed = replayJson(std::string_view(reinterpret_cast<const char *>(mapped), size_t(size)),
                              size_t((size + kPage - 1) / kPage * kPage), writeOut, &error);
    } else {
        // A pipe, or a file without room after its text: read, with room to spare.
        QByteArray input = in.readAll();
        input.reserve(input.size() + 64);
        replayed = replayJson(input, writeOut, &error);
    }
    if (!replayed) {
        printErr(error);
        return Failure;
    }
    std::fflush(stdout);
    return Ok;
}

QJsonObject histogramJson(const Histogram &h)
{
    QJsonArray edges;
    for (double e : h.edges)
        edges.append(e);
    QJsonArray counts;
    for (int c : h.counts)
        counts.append(c);
    return {{QStringLiteral("edges"), edges}, {QStringLiteral("counts"), counts}};
}

// The Progress page's figures as JSON, now, on the learner's study days in the local time zone.
int runStats(const QString &dataDir, const QString &daysText)
{
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!ok || days < 1 || days > 3660) {
        printErr(QStringLiteral("--days takes a whole number from 1 to 3660, not '%1'").arg(daysText));
        return Usage;
    }
    DeckStore store;
    if (!openToRead(&store, dataDir))
        return Failure;
    // Figures from a damaged file would look normal and be wrong.
    if (const QStringList problems = store.quickCheckProblems(); !problems.isEmpty()) {
        printErr(QStringLiteral("%1 is damaged (%2); see portdeck-cli check. No figures are given from it.")
                     .arg(QDir::toNativeSeparators(store.filePath()), problems.constFirst().section(QLatin1Char('\n'), 0, 0)));
        return Failure;
    }
    const ProgressStats stats = ProgressStats::forLearner(&store);
    const StudyDay &studyDay = stats.studyDay();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    const TodaySummary t = stats.today(now);
    const QJsonObject today{
        {QStringLiteral("day"), studyDay.dayOf(now).toString(Qt::ISODate)},
        {QStringLiteral("studied"), t.studied},
        {QStringLiteral("practiced"), t.practiced},
        {QStringLiteral("correct"), t.correct},
        {QStringLiteral("time_ms"), t.timeMs},
        {QStringLiteral("streak"), t.streak},
        {QStringLiteral("due"), t.dueToday},
        {QStringLiteral("new_today"), t.newToday},
        {QStringLiteral("new"), t.newLeft},
    };
    QJsonArray activity;
    for (const DayActivity &d : stats.activity(now, days)) {
        activity.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                    {QStringLiteral("again"), d.ratings[0]},
                                    {QStringLiteral("hard"), d.ratings[1]},
                                    {QStringLiteral("good"), d.ratings[2]},
                                    {QStringLiteral("easy"), d.ratings[3]},
                                    {QStringLiteral("practice"), d.practiced}});
    }
    QJsonArray forecast;
    for (int n : stats.forecast(now, 30))
        forecast.append(n);
    QJsonArray retention;
    for (const WeekRetention &w : stats.retention(now, std::max(1, (days + 6) / 7))) {
        retention.append(QJsonObject{{QStringLiteral("week"), w.start.toString(Qt::ISODate)},
                                     {QStringLiteral("reviews"), w.reviews},
                                     {QStringLiteral("recalled"), w.recalled},
                                     {QStringLiteral("predicted"), w.predictedCount > 0 ? QJsonValue(w.predicted())
                                                                                        : QJsonValue()}});
    }
    const auto [stability, difficulty] = stats.histograms();
    QJsonObject mastery{{QStringLiteral("unseen"), 0}, {QStringLiteral("weak"), 0},
                        {QStringLiteral("shaky"), 0}, {QStringLiteral("solid"), 0}};
    const QHash<qint64, FactRecall> recall = stats.factRecall(now);
    for (const Fact &f : store.facts()) {
        static const QString names[] = {QStringLiteral("unseen"), QStringLiteral("weak"),
                                        QStringLiteral("shaky"), QStringLiteral("solid")};
        const QString &level = names[int(recall.value(f.id).level())];
        mastery[level] = mastery.value(level).toInt() + 1;
    }
    QJsonArray weakest;
    for (qint64 id : stats.weakestCards(now, 20))
        weakest.append(id);
    // The exam plan, as the Progress page shows it; null without an exam date.
    QJsonValue exam;
    const StudySettings settings = store.studySettings().normalized();
    if (const std::optional<ExamForecast> f = ExamPlanner(&store, settings, studyDay).forecast(now)) {
        QJsonObject entries;
        for (const Fact &fact : store.facts()) {
            const FactRecall r = f->facts.value(fact.id);
            if (r.cards > 0)
                entries.insert(fact.key, std::round(r.mean * 10000) / 10000);
        }
        exam = QJsonObject{
            {QStringLiteral("date"), f->examDate.toString(Qt::ISODate)},
            {QStringLiteral("days_left"), f->daysLeft},
            {QStringLiteral("expected_known"), std::round(f->expectedKnown * 10000) / 10000},
            {QStringLiteral("cards_per_day"), std::round(f->answersPerDay * 10) / 10},
            {QStringLiteral("busiest_day"), std::round(f->peakAnswers * 10) / 10},
            {QStringLiteral("new_cards"), f->newCards},
            {QStringLiteral("new_per_day_needed"), f->neededNewPerDay},
            {QStringLiteral("new_per_day_planned"), f->plannedNewPerDay},
            {QStringLiteral("new_on_exam_day"), f->newOnExamDay},
            {QStringLiteral("new_cards_fit"), f->newCardsFit()},
            {QStringLiteral("reviews_fit"), f->reviewsFit()},
            {QStringLiteral("target_recall"), settings.examRetention},
            {QStringLiteral("caps_intervals"), settings.examCapsIntervals},
            {QStringLiteral("paces_new_cards"), settings.examPacesNewCards},
            {QStringLiteral("entries"), entries},
        };
    }
    const QJsonObject out{
        {QStringLiteral("today"), today},
        {QStringLiteral("activity"), activity},
        {QStringLiteral("forecast"), forecast},
        {QStringLiteral("retention"), retention},
        {QStringLiteral("stability"), histogramJson(stability)},
        {QStringLiteral("difficulty"), histogramJson(difficulty)},
        {QStringLiteral("mastery"), mastery},
        {QStringLiteral("weakest_cards"), weakest},
        {QStringLiteral("exam"), exam},
    };
    writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Ok;
}

QJsonValue isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); // "…Z"
}

QJsonObject cardJson(const BrowseRow &r)
{
    static const QString states[] = {QStringLiteral("new"), QStringLiteral("learning"), QStringLiteral("review"),
                                     QStringLiteral("relearning")};
    const bool isNew = r.state == CardState::New;
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("key"), r.key},
        {QStringLiteral("entry"), r.entryKey.isEmpty() ? QJsonValue() : QJsonValue(r.entryKey)},
        {QStringLiteral("template"), templateKey(r.tmpl)},
        {QStringLiteral("state"), states[int(r.state)]},
        {QStringLiteral("due"), isNew || r.dueMs == 0 ? QJsonValue() : isoTime(r.dueMs)},
        {QStringLiteral("last_review"), isNew || r.lastReviewMs == 0 ? QJsonValue() : isoTime(r.lastReviewMs)},
        {QStringLiteral("interval"), r.intervalDays},
        {QStringLiteral("stability"), r.stability},
        {QStringLiteral("difficulty"), r.difficulty},
        {QStringLiteral("recall"), r.recall < 0 ? QJsonValue() : QJsonValue(r.recall)},
        {QStringLiteral("reps"), r.reps},
        {QStringLiteral("lapses"), r.lapses},
        {QStringLiteral("suspended"), r.suspended},
        {QStringLiteral("flag"), r.flag},
        {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
    };
}

// The cards a search matches, as the Browse page finds them, by entry then card type.
std::optional<QList<qint64>> findCards(const DeckStore &store, const QString &text, CardQueryContext *context,
                                       int *exitCode)
{
    *context = CardQueryContext::forLearner(store, QDateTime::currentMSecsSinceEpoch());
    const CardQuery query = CardQuery::parse(text, *context);
    QString error;
    std::optional<QList<qint64>> ids = CardList(store).find(query, BrowseColumn::Entry, Qt::AscendingOrder, &error);
    if (!ids) {
        printErr(error);
        *exitCode = query.isValid() ? Failure : Usage;
    }
    return ids;
}

int runCards(const QString &dataDir, const QString &text)
{
    DeckStore store;
    if (!openToRead(&store, dataDir))
        return Failure;
    CardQueryContext context;
    int exitCode = Ok;
    const std::optional<QList<qint64>> ids = findCards(store, text, &context, &exitCode);
    if (!ids)
        return exitCode;
    // A page at a time, so a large collection never sits in memory twice.
    const CardList list(store);
    constexpr qsizetype kPage = 500;
    for (qsizetype at = 0; at < ids->size(); at += kPage) {
        QByteArray lines;
        for (const BrowseRow &row : list.rows(ids->mid(at, kPage), context))
            lines += QJsonDocument(cardJson(row)).toJson(QJsonDocument::Compact) + '\n';
        writeOut(lines);
    }
    return Ok;
}

// Suspends (or unsuspends) what a search matches, in one transaction through the collection.
int runSuspend(const QString &dataDir, const QString &text, bool suspend)
{
    {
        // Read the query before opening for writing, which may upgrade or merge: a bad query
        // leaves the file exactly as it was.
        DeckStore reader;
        if (!openToRead(&reader, dataDir))
            return Failure;
        CardQueryContext context;
        int exitCode = Ok;
        if (!findCards(reader, text, &context, &exitCode))
            return exitCode;
    }
    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok) {
        printErr(store.errorString());
        return Failure;
    }
    CardQueryContext context;
    int exitCode = Ok;
    const std::optional<QList<qint64>> ids = findCards(store, text, &context, &exitCode);
    if (!ids)
        return exitCode;
    QList<qint64> changing;
    for (const BrowseRow &row : CardList(store).rows(*ids, context)) {
        if (row.suspended != suspend)
            changing.append(row.id);
    }
    Collection collection(&store);
    if (!changing.isEmpty() && !collection.setSuspended(changing, suspend)) {
        printErr(collection.errorString());
        return Failure;
    }
    const QJsonObject out{{QStringLiteral("matched"), ids->size()}, {QStringLiteral("changed"), changing.size()}};
    writeOut(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setPortdeckApplicationNames();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Portdeck's engine without a window. Commands that only read (cards, check, export,\n"
        "notes check, stats, and grade with --data-dir) never create or change a deck, and work\n"
        "while Portdeck is open.\n\n"
        "Commands:\n"
        "  backup                a backup of the collection now, into the backups folder of the\n"
        "                        data folder, old ones pruned (JSON: file, size, reviews, pruned)\n"
        "  backups               the backups, newest first (JSON)\n"
        "  check                 integrity check and counts of facts, cards and reviews (JSON)\n"
        "  cards [QUERY]         the cards a search matches (all without one), one JSON object\n"
        "                        a line; QUERY as the Browse page reads it, e.g. \"is:due tag:mail\"\n"
        "  export [--format csv|tsv|apkg|revlog] [--search QUERY] [--entries] [--scheduling]\n"
        "         [-o FILE]      the cards (or those a search matches) in Anki's plain-text\n"
        "                        format; --entries: the entries instead; apkg: an Anki package\n"
        "                        (with --scheduling, states and review history too); revlog:\n"
        "                        the study answers as fsrs-rs reads them\n"
        "  import FILE [--columns LIST] [--separator SEP] [--duplicates skip|update|keep]\n"
        "         [--header] [--tags WORDS]\n"
        "                        import an Anki package (.apkg, .colpkg) with its history, or a\n"
        "                        CSV or TSV file (Anki's plain-text format) as cards,\n"
        "                        or as entries with a name column; LIST names each column:\n"
        "                        question, answer, tags, key, name, full-name, ports, transport,\n"
        "                        function, security, aliases, ignore; IANA's service-names\n"
        "                        CSV or a file named services (/etc/services) replaces the\n"
        "                        port registry the Table looks ports up in (no cards);\n"
        "                        JSON report out\n"
        "  restore FILE          replace the collection by a backup, after backing it up; refused\n"
        "                        while Portdeck is open on the folder; a damaged collection is\n"
        "                        kept beside it as portdeck-damaged-TIME.sqlite (JSON)\n"
        "  optimize [--revlog FILE.csv] [--timezone TZ] [--rollover H]\n"
        "                        fit FSRS-6's parameters to the study answers of the collection\n"
        "                        (or of an fsrs-rs revlog CSV); JSON out: parameters, log loss,\n"
        "                        RMSE (bins), reviews used, and the same for the defaults\n"
        "  replay                FSRS on review sequences: JSON on standard input, JSON out\n"
        "  grade TEMPLATE SUBJECT ANSWER\n"
        "                        judge a typed answer (TEMPLATE: port, protocol, transport,\n"
        "                        function, secure, range) against the built-in deck, or the\n"
        "                        deck in --data-dir when given; JSON out\n"
        "  notes check           list links in the notes that lead nowhere (file:line: target)\n"
        "  stats [--days N]      the Progress page's figures: today, N days of answers (30),\n"
        "                        the 30-day forecast, weekly retention, histograms, mastery,\n"
        "                        and the exam plan when an exam date is set (JSON)\n"
        "  fact add FILE.json    add your own entry, one FACT of the deck format (- reads stdin)\n"
        "  fact edit KEY FILE.json\n"
        "                        change an entry; a built-in one keeps your text through updates\n"
        "  sync [--folder DIR] [--name NAME]\n"
        "                        merge the collection with the other computers' in a folder that\n"
        "                        Syncthing, Nextcloud or Dropbox keeps the same everywhere, and\n"
        "                        write this computer's changes there; the folder and the name are\n"
        "                        kept for the next sync (JSON: what came and went, the computers,\n"
        "                        problems, and a fingerprint equal on collections that agree)\n"
        "  answer CARD-KEY RATING [--at UTC-MS]\n"
        "                        answer one card as the Study page would (RATING 1-4, or again,\n"
        "                        hard, good, easy), now or at the given time (JSON: its new state)\n"
        "  suspend QUERY         suspend the cards a search matches, in one change (JSON summary)\n"
        "  unsuspend QUERY       bring the cards a search matches back to study (JSON summary)\n\n"
        "A QUERY may be one word or several; a term such as -is:suspended is a search term, not\n"
        "an option."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version and the licence, then exit."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Use the deck in <dir> instead of the default."),
        QStringLiteral("dir"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Export format: csv, tsv, apkg or revlog."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Export the cards this search matches."),
                                          QStringLiteral("query"));
    const QCommandLineOption schedulingOption(QStringLiteral("scheduling"),
                                              QStringLiteral("Export: an Anki package keeps states and history."));
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
                                           QStringLiteral("Export the entries instead of the cards."));
    const QCommandLineOption columnsOption(QStringLiteral("columns"),
                                           QStringLiteral("Import: what each column holds, separated by commas."),
                                           QStringLiteral("list"));
    const QCommandLineOption separatorOption(QStringLiteral("separator"),
                                             QStringLiteral("Import: the field separator (tab, comma, …)."),
                                             QStringLiteral("sep"));
    const QCommandLineOption duplicatesOption(QStringLiteral("duplicates"),
                                              QStringLiteral("Import: skip, update or keep duplicates."),
                                              QStringLiteral("policy"));
    const QCommandLineOption headerOption(QStringLiteral("header"),
                                          QStringLiteral("Import: the first row names the columns."));
    const QCommandLineOption tagsOption(QStringLiteral("tags"),
                                        QStringLiteral("Import: tags for every imported card."),
                                        QStringLiteral("words"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to <file> instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("Days of history for stats (default 30)."),
                                        QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption revlogOption(QStringLiteral("revlog"),
                                          QStringLiteral("Optimize: read the answers from an fsrs-rs revlog CSV."),
                                          QStringLiteral("file"));
    const QCommandLineOption timeZoneOption(QStringLiteral("timezone"),
                                            QStringLiteral("Optimize: the time zone days are counted in."),
                                            QStringLiteral("tz"));
    const QCommandLineOption rolloverOption(QStringLiteral("rollover"),
                                            QStringLiteral("Optimize: the hour a study day starts (0-23)."),
                                            QStringLiteral("hour"));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          QStringLiteral("Sync: the folder shared between your computers."),
                                          QStringLiteral("dir"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("Sync: this computer's name, as the others list it."),
                                        QStringLiteral("name"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      QStringLiteral("Answer: the time of the answer, UTC milliseconds."),
                                      QStringLiteral("ms"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Drill: the scenario's seed; the same seed gives the same scenario."),
                                        QStringLiteral("n"));
    const QCommandLineOption levelOption(QStringLiteral("level"), QStringLiteral("Drill: how hard, 1 to 3 (default 2)."),
                                         QStringLiteral("level"));
    const QCommandLineOption gradeOption(QStringLiteral("grade"),
                                         QStringLiteral("Drill: grade the rule table in this JSON file (- for standard input)."),
                                         QStringLiteral("rules.json"));
    parser.addOptions({versionOption, dataDirOption, formatOption, outputOption, daysOption, searchOption,
                       schedulingOption, entriesOption, columnsOption, separatorOption, duplicatesOption, headerOption, tagsOption,
                       revlogOption, timeZoneOption, rolloverOption, folderOption, nameOption, atOption, seedOption,
                       levelOption, gradeOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("answer, backup, backups, check, cards, drill firewall, export, import, optimize, restore, replay, grade, notes check, stats, suspend, sync or unsuspend"));
    // The words after "grade" are taken as they are: an answer such as "-1" is no option. After
    // cards, suspend and unsuspend, a word such as -is:suspended is a search term: marked here so
    // that the parser takes it as a positional argument, and unmarked below. Whichever command
    // comes first is the command; the other word is then an argument of it.
    QStringList arguments = QCoreApplication::arguments();
    qsizetype search = -1;
    for (const char *name : {"cards", "suspend", "unsuspend"}) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        if (at > 0 && (search < 0 || at < search))
            search = at;
    }
    qsizetype grade = arguments.indexOf(QStringLiteral("grade"));
    if (search > 0 && grade > search)
        grade = -1;
    else if (grade > 0 && search > grade)
        search = -1;
    QStringList gradeWords;
    if (grade > 0) {
        gradeWords = arguments.mid(grade + 1, 3);
        arguments.remove(grade + 1, gradeWords.size());
    }
    const QChar searchMark(0x1f);
    static const QStringList shortOptions{QStringLiteral("-h"), QStringLiteral("-?"), QStringLiteral("-v"),
                                          QStringLiteral("-o")};
    for (qsizetype i = search + 1; search > 0 && i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word.size() > 1 && word.startsWith(QLatin1Char('-')) && !word.startsWith(QLatin1String("--"))
            && !shortOptions.contains(word))
            arguments[i] = searchMark + word;
    }
    parser.process(arguments);

    if (parser.isSet(versionOption)) {
        writeOut(versionText(QStringLiteral("portdeck-cli")).toUtf8());
        return Ok;
    }
    QStringList args = parser.positionalArguments();
    if (grade > 0)
        args += gradeWords;
    for (QString &word : args) {
        if (word.startsWith(searchMark))
            word.remove(0, 1);
    }
    if (args.isEmpty()) {
        printErr(QStringLiteral("no command given; see --help"));
        return Usage;
    }
    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    const QString command = args.constFirst();
    if (command == QLatin1String("backup") && args.size() == 1)
        return runBackup(dataDir);
    if (command == QLatin1String("backups") && args.size() == 1)
        return runBackups(dataDir);
    if (command == QLatin1String("restore") && args.size() == 2)
        return runRestore(dataDir, args.at(1));
    if (command == QLatin1String("check") && args.size() == 1)
        return runCheck(dataDir);
    if (command == QLatin1String("export") && args.size() == 1)
        return runExport(dataDir, {parser.value(formatOption), parser.value(outputOption),
                                   parser.value(searchOption), parser.isSet(entriesOption),
                                   parser.isSet(schedulingOption)});
    if (command == QLatin1String("import") && args.size() == 2)
        return runImport(dataDir, args.at(1),
                         {parser.value(columnsOption), parser.value(separatorOption), parser.value(duplicatesOption),
                          parser.value(tagsOption), parser.isSet(headerOption)});
    if (command == QLatin1String("notes") && args.size() == 2 && args.at(1) == QLatin1String("check"))
        return runNotesCheck(dataDir);
    if (command == QLatin1String("grade"))
        return runGrade(parser.isSet(dataDirOption) ? dataDir : QString(), args);
    if (command == QLatin1String("optimize") && args.size() == 1)
        return runOptimize({dataDir, parser.value(revlogOption), parser.value(timeZoneOption),
                            parser.value(rolloverOption)});
    if (command == QLatin1String("replay") && args.size() == 1)
        return runReplay();
    if (command == QLatin1String("stats") && args.size() == 1)
        return runStats(dataDir, parser.value(daysOption));
    if (command == QLatin1String("fact"))
        return runFactCommand(dataDir, args.mid(1));
    if (command == QLatin1String("drill") && args.size() == 2 && parser.isSet(seedOption))
        return runDrillCommand(dataDir, args.at(1), parser.value(seedOption), parser.value(levelOption),
                               parser.value(gradeOption));
    if (command == QLatin1String("sync") && args.size() == 1)
        return runSync(dataDir, parser.value(folderOption), parser.value(nameOption));
    if (command == QLatin1String("answer") && args.size() == 3)
        return runAnswer(dataDir, args.at(1), args.at(2), parser.value(atOption));
    const QString query = args.mid(1).join(QLatin1Char(' '));
    if (command == QLatin1String("cards"))
        return runCards(dataDir, query);
    if ((command == QLatin1String("suspend") || command == QLatin1String("unsuspend")) && args.size() > 1)
        return runSuspend(dataDir, query, command == QLatin1String("suspend"));
    printErr(QStringLiteral("unknown command '%1'; see --help").arg(args.join(QLatin1Char(' '))));
    return Usage;
}
