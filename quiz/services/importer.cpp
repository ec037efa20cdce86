#include "importer.h"

#include "exporter.h"

#include "ankitemplate.h"
#include "deckstore.h"
#include "historyreplay.h"
#include "examschedule.h"
#include "studysettings.h"
#include "entrystore.h"
#include "importstore.h"

#include <QRegularExpression>

Importer::Importer(DeckStore &store, Progress progress)
    : m_store(store)
    , m_progress(std::move(progress))
{
}

bool Importer::tick(qint64 done, qint64 total)
{
    if (m_progress && !m_progress(done, total))
        m_cancelled = true;
    return !m_cancelled;
}

namespace {

// The text of every column that holds @p field, joined by line breaks.
QString joined(const TextRow &row, const ImportMapping &mapping, ImportField field)
{
    QString text;
    for (int i = 0; i < row.fields.size(); ++i) {
        if (mapping.field(i) != field)
            continue;
        const QString part = row.fields.at(i).trimmed();
        if (part.isEmpty())
            continue;
        if (text.isEmpty())
            text = part; // shares the field's text: most fields sit in one column
        else
            text += QLatin1Char('\n') + part;
    }
    return text;
}

QStringList rowTags(const TextRow &row, const ImportMapping &mapping)
{
    QStringList tags;
    auto add = [&tags](const QString &word) {
        const QString tag = ImportStore::portdeckTag(word);
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    };
    // Split at white space by hand: a regular expression per row was a twentieth of a large import.
    const QString text = joined(row, mapping, ImportField::Tags);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            add(text.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    for (const QString &tag : mapping.tags)
        add(tag);
    return tags;
}

} // namespace

std::optional<ImportReport> Importer::importText(const DelimitedText &text, const ImportMapping &mapping)
{
    ImportReport report;
    report.format = text.separator == QLatin1Char('\t') ? QStringLiteral("tsv") : QStringLiteral("csv");
    report.problems = text.problems;
    if (const QString problem = mapping.problem(); !problem.isEmpty()) {
        m_error = problem;
        return std::nullopt;
    }
    if (mapping.asEntries())
        return importEntries(text, mapping, report);

    ImportStore store(m_store);
    if (!store.prepare(text.rows.size())) {
        m_error = store.errorString();
        return std::nullopt;
    }
    const qint64 total = text.rows.size();
    for (qint64 i = mapping.headerRow ? 1 : 0; i < total; ++i) {
        if (i % 1024 == 0 && !tick(i, total)) {
            report.cancelled = true;
            return report;
        }
        const TextRow &row = text.rows.at(i);
        ImportedCard card;
        card.question = joined(row, mapping, ImportField::Question);
        card.answer = joined(row, mapping, ImportField::Answer);
        if (text.html) {
            card.question = ankitemplate::htmlToText(card.question);
            card.answer = ankitemplate::htmlToText(card.answer);
        }
        if (card.question.isEmpty() || card.answer.isEmpty()) {
            report.problems.append({row.line, card.question.isEmpty() ? tr("The row has no question.")
                                                                      : tr("The row has no answer.")});
            continue;
        }
        card.key = joined(row, mapping, ImportField::Key);
        card.tags = rowTags(row, mapping);
        card.line = row.line;
        const std::optional<ImportedCardResult> result = store.writeCard(card, mapping.duplicates);
        if (!result) {
            m_error = store.errorString();
            return std::nullopt;
        }
        switch (result->outcome) {
        case ImportedCardResult::Outcome::Added: ++report.added; break;
        case ImportedCardResult::Outcome::Updated: ++report.updated; break;
        case ImportedCardResult::Outcome::Skipped: ++report.skipped; break;
        }
    }
    if (!store.finish()) {
        m_error = store.errorString();
        return std::nullopt;
    }
    tick(total, total);
    return report;
}

namespace {

// "tcp/22 udp/53", "22/tcp", "22", "20-21" with the row's transport for bare numbers, and
// "ip/47" for a protocol carried in IP (its number in *ipProtocol).
bool parsePorts(const QString &text, const QString &transportText, QList<PortSpec> *out, int *ipProtocol,
                QString *error)
{
    static const QRegularExpression ip(QStringLiteral("^ip/(\\d{1,3})$"), QRegularExpression::CaseInsensitiveOption);
    QList<Transport> defaults;
    const QString t = transportText.trimmed().toLower();
    if (t.contains(QLatin1String("tcp")) || t == QLatin1String("both"))
        defaults.append(Transport::Tcp);
    if (t.contains(QLatin1String("udp")) || t == QLatin1String("both"))
        defaults.append(Transport::Udp);
    static const QRegularExpression token(
        QStringLiteral("^(?:(tcp|udp)[/ ]?)?(\\d{1,5})(?:\\s*[-\\x{2013}]\\s*(\\d{1,5}))?(?:/(tcp|udp))?$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (const QRegularExpressionMatch m = ip.match(word); m.hasMatch() && m.captured(1).toInt() <= 255) {
            *ipProtocol = m.captured(1).toInt();
            continue;
        }
        const QRegularExpressionMatch m = token.match(word);
        if (!m.hasMatch()) {
            *error = Importer::tr("“%1” is not a port; write ports as 22, tcp/22 or 20-21.").arg(word);
            return false;
        }
        const int low = m.captured(2).toInt();
        const int high = m.captured(3).isEmpty() ? low : m.captured(3).toInt();
        if (high > 65535 || high < low || high - low > 16) {
            *error = Importer::tr("“%1” is not a port or a short run of ports (0 to 65535).").arg(word);
            return false;
        }
        QList<Transport> transports;
        const QString named = (m.captured(1) + m.captured(4)).toLower();
        if (!named.isEmpty())
            transports.append(named == QLatin1String("udp") ? Transport::Udp : Transport::Tcp);
        else
            transports = defaults;
        if (transports.isEmpty()) {
            *error = Importer::tr("Port %1 has no transport: add a Transport column, or write tcp/%1 or udp/%1.")
                         .arg(low);
            return false;
        }
        for (int port = low; port <= high; ++port) {
            for (Transport tr : transports) {
                PortSpec spec;
                spec.port = port;
                spec.transport = tr;
                if (!out->contains(spec))
                    out->append(spec);
            }
        }
    }
    return true;
}

} // namespace

std::optional<ImportReport> Importer::importEntries(const DelimitedText &text, const ImportMapping &mapping,
                                                   ImportReport report)
{
    report.entries = true;
    EntryStore entries(m_store);
    QHash<QString, qint64> idsByName;
    for (const Fact &f : m_store.facts())
        idsByName.insert(f.name.toCaseFolded(), f.id);
    const qint64 total = text.rows.size();
    for (qint64 i = mapping.headerRow ? 1 : 0; i < total; ++i) {
        if (i % 64 == 0 && !tick(i, total)) {
            report.cancelled = true;
            return report;
        }
        const TextRow &row = text.rows.at(i);
        DeckFact entry;
        Fact &f = entry.fact;
        f.name = joined(row, mapping, ImportField::Name).simplified();
        if (f.name.isEmpty()) {
            report.problems.append({row.line, tr("The row has no entry name.")});
            continue;
        }
        const qint64 duplicate = idsByName.value(f.name.toCaseFolded());
        if (duplicate && mapping.duplicates == DuplicatePolicy::Skip) {
            ++report.skipped;
            continue;
        }
        f.fullName = joined(row, mapping, ImportField::FullName).simplified();
        f.function = joined(row, mapping, ImportField::Function).simplified();
        for (const QString &alias : joined(row, mapping, ImportField::Aliases).split(QLatin1Char(','), Qt::SkipEmptyParts))
            f.aliases.append(alias.trimmed());
        f.tags = rowTags(row, mapping);
        QString error;
        if (!parsePorts(joined(row, mapping, ImportField::Ports), joined(row, mapping, ImportField::Transport),
                        &f.ports, &f.ipProtocol, &error)) {
            report.problems.append({row.line, error});
            continue;
        }
        f.kind = f.ipProtocol >= 0 ? FactKind::IpProtocol : f.ports.isEmpty() ? FactKind::Concept : FactKind::Protocol;
        const QString security = joined(row, mapping, ImportField::Security);
        if (security.isEmpty())
            f.security = f.ports.isEmpty() ? Security::NotApplicable : Security::No;
        else if (!parseSecurity(security.toLower(), &f.security)) {
            report.problems.append({row.line, tr("“%1” is not a security level (yes, no, partial, optional, n/a).")
                                                  .arg(security)});
            continue;
        }
        bool ok = true;
        if (duplicate && mapping.duplicates == DuplicatePolicy::Update) {
            // The entry keeps its translations and card types; the imported text replaces the rest.
            if (std::optional<DeckFact> old = entries.entry(duplicate)) {
                entry.translations = old->translations;
                f.key = old->fact.key;
                f.cardTypes = old->fact.cardTypes;
                f.secureCounterparts = old->fact.secureCounterparts;
                f.note = old->fact.note;
                if (f.fullName.isEmpty())
                    f.fullName = old->fact.fullName;
            }
            ok = entries.editEntry(duplicate, entry);
            if (ok)
                ++report.updated;
        } else if (duplicate) {
            report.problems.append({row.line, tr("An entry named “%1” exists already; two entries cannot share a "
                                                 "name. Import with “update” to change it.")
                                                  .arg(f.name)});
            continue;
        } else {
            const std::optional<qint64> id = entries.addEntry(entry);
            ok = id.has_value();
            if (ok) {
                ++report.added;
                idsByName.insert(f.name.toCaseFolded(), *id);
            }
        }
        if (!ok) {
            // The entry store validates like the Add Entry dialog: its reason is the row's.
            report.problems.append({row.line, entries.errorString()});
        }
    }
    tick(total, total);
    return report;
}

const Fact *Importer::matchingEntry(const QString &question, const QString &answer, const QList<Fact> &facts)
{
    static const QRegularExpression numbers(QStringLiteral("\\b(\\d{1,5})\\b"));
    const QString text = (question + QLatin1Char('\n') + answer).toCaseFolded();
    QList<int> ports;
    for (auto it = numbers.globalMatch(text); it.hasNext();)
        ports.append(it.next().captured(1).toInt());
    if (ports.isEmpty())
        return nullptr;
    const Fact *found = nullptr;
    for (const Fact &f : facts) {
        if (f.own || f.kind != FactKind::Protocol)
            continue;
        bool port = false;
        for (int p : ports)
            port = port || f.hasPort(p);
        if (!port)
            continue;
        bool named = false;
        for (const QString &name : QStringList{f.name} + f.aliases) {
            const QRegularExpression word(QStringLiteral("(^|[^\\w])%1($|[^\\w])")
                                              .arg(QRegularExpression::escape(name.toCaseFolded())),
                                          QRegularExpression::UseUnicodePropertiesOption);
            named = named || word.match(text).hasMatch();
        }
        if (!named)
            continue;
        if (found)
            return nullptr; // two entries: the card is about both, so it joins neither
        found = &f;
    }
    return found;
}

namespace {

struct AnkiIndex
{
    QHash<qint64, const AnkiNote *> notes;
    QHash<qint64, const AnkiNotetype *> notetypes;
    QHash<qint64, QList<const AnkiReview *>> reviews;
};

AnkiIndex indexOf(const AnkiCollection &package)
{
    AnkiIndex index;
    for (const AnkiNote &n : package.notes)
        index.notes.insert(n.id, &n);
    for (const AnkiNotetype &t : package.notetypes)
        index.notetypes.insert(t.id, &t);
    for (const AnkiReview &r : package.reviews)
        index.reviews[r.cardId].append(&r);
    return index;
}

// A card key as Portdeck makes them ("ssh:port", "port:22", "own-card-…", "own-anki-<guid>-0"):
// one word of printable characters, no longer than a key can sensibly be.
bool isPortdeckKey(const QString &guid)
{
    static const QRegularExpression key(QStringLiteral("^[!-~]{1,200}$"));
    return key.match(guid).hasMatch();
}

// Anki's answer side usually repeats the question ({{FrontSide}} above the line); Portdeck
// shows the question above the answer itself, so the repeat goes.
QString answerBelowQuestion(const QString &question, const QString &answer)
{
    if (!question.isEmpty() && answer.startsWith(question) && answer.size() > question.size())
        return answer.mid(question.size()).trimmed();
    return answer;
}

// Answers that moved a schedule: Anki logs a manual reschedule (type 4) or a card reset with
// ease 0; neither is an answer.
bool isAnswer(const AnkiReview &r)
{
    return r.ease >= 1 && r.ease <= 4 && r.type != 4 && r.type != 5;
}

} // namespace

AnkiPackageSummary Importer::summarize(const AnkiCollection &package, const QList<Fact> &facts)
{
    AnkiPackageSummary s;
    s.notes = int(package.notes.size());
    s.cards = int(package.cards.size());
    s.media = package.mediaCount;
    for (const AnkiReview &r : package.reviews)
        s.reviews += isAnswer(r) ? 1 : 0;
    const AnkiIndex index = indexOf(package);
    for (const AnkiCard &c : package.cards) {
        const AnkiNote *note = index.notes.value(c.noteId);
        const AnkiNotetype *type = note ? index.notetypes.value(note->notetypeId) : nullptr;
        if (!type)
            continue;
        const AnkiRenderedCard text = ankitemplate::render(*type, *note, c.ord);
        s.linkable += matchingEntry(text.question, text.answer, facts) ? 1 : 0;
    }
    return s;
}

std::optional<ImportReport> Importer::importAnki(const AnkiCollection &package, const AnkiImportOptions &options)
{
    ImportReport report;
    report.format = QStringLiteral("apkg");
    report.mediaIgnored = package.mediaCount;
    ImportStore store(m_store);
    if (!store.prepare(package.cards.size())) {
        m_error = store.errorString();
        return std::nullopt;
    }
    const StudySettings settings = m_store.studySettings();
    const fsrs::Scheduler scheduler(settings.schedulerSettings());
    const StudyDay day(settings.rolloverHour);
    const ExamSchedule exam(settings, day, scheduler);
    const QList<Fact> facts = options.linkEntries ? m_store.facts() : QList<Fact>();
    const AnkiIndex index = indexOf(package);
    const qint64 total = package.cards.size();
    for (qint64 i = 0; i < total; ++i) {
        if (i % 1024 == 0 && !tick(i, total)) {
            report.cancelled = true;
            return report;
        }
        const AnkiCard &c = package.cards.at(i);
        const AnkiNote *note = index.notes.value(c.noteId);
        const AnkiNotetype *type = note ? index.notetypes.value(note->notetypeId) : nullptr;
        if (!type) {
            report.problems.append({0, tr("Card %1 belongs to no note or note type; it is left out.").arg(c.id)});
            continue;
        }
        const AnkiRenderedCard text = ankitemplate::render(*type, *note, c.ord);
        ImportedCard card;
        // A package Portdeck wrote keeps each card's key as its note's GUID: the card comes
        // home to the same card, built-in or the learner's own.
        const bool portdeckNote = type->name == Exporter::kAnkiNotetypeName && c.ord == 0 && isPortdeckKey(note->guid);
        card.key = portdeckNote ? note->guid : QStringLiteral("own-anki-%1-%2").arg(note->guid).arg(c.ord);
        card.question = text.question;
        card.answer = answerBelowQuestion(text.question, text.answer);
        if (card.question.trimmed().isEmpty() || card.answer.trimmed().isEmpty()) {
            report.problems.append({0, tr("The card of note %1 (“%2”) has no question or no answer without its "
                                          "media; it is left out.")
                                           .arg(note->id)
                                           .arg(note->fields.value(0).left(40))});
            continue;
        }
        for (const QString &tag : note->tags) {
            const QString t = ImportStore::portdeckTag(tag);
            if (!t.isEmpty() && !card.tags.contains(t))
                card.tags.append(t);
        }
        const int flag = c.flags & 7;
        card.flag = flag <= 4 ? flag : 0;
        card.suspended = c.queue == -1;
        if (!facts.isEmpty()) {
            if (const Fact *entry = matchingEntry(card.question, card.answer, facts)) {
                card.factId = entry->id;
                ++report.linked;
            }
        }
        QList<PastAnswer> answers;
        for (const AnkiReview *r : index.reviews.value(c.id)) {
            if (isAnswer(*r))
                answers.append({r->id, fsrs::Rating(r->ease), r->timeMs > 0 ? qint64(r->timeMs) : -1});
        }
        if (!answers.isEmpty()) {
            ReplayedHistory history = replayHistory(scheduler, day, answers);
            // As if answered here: an exam date ahead caps the last answer's interval.
            card.schedule = history.card;
            if (card.schedule && card.schedule->lastReviewMs)
                card.schedule = exam.capped(*card.schedule, *card.schedule->lastReviewMs);
            card.reviews = std::move(history.reviews);
        }
        const std::optional<ImportedCardResult> result = store.writeCard(card, options.duplicates);
        if (!result) {
            m_error = store.errorString();
            return std::nullopt;
        }
        switch (result->outcome) {
        case ImportedCardResult::Outcome::Added: ++report.added; break;
        case ImportedCardResult::Outcome::Updated: ++report.updated; break;
        case ImportedCardResult::Outcome::Skipped: ++report.skipped; break;
        }
        report.reviews += result->reviewsWritten;
        if (result->outcome != ImportedCardResult::Outcome::Added && card.factId)
            --report.linked;
    }
    if (!store.finish()) {
        m_error = store.errorString();
        return std::nullopt;
    }
    tick(total, total);
    return report;
}
