#include "quizsession.h"

#include "capturedrill.h"
#include "collection.h"
#include "troubleshootingdrill.h"

#include "studyday.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace {

const QString kLastMissed = QStringLiteral("quiz_last_missed");

int ratingFor(Verdict v)
{
    return v == Verdict::Correct ? 3 : v == Verdict::Partial ? 2 : 1;
}

bool factMatches(const Fact &f, QuizFilter filter)
{
    switch (filter) {
    case QuizFilter::All: return true;
    case QuizFilter::Udp: return f.kind != FactKind::Range && f.usesTransport(Transport::Udp);
    case QuizFilter::Tcp: return f.kind != FactKind::Range && f.usesTransport(Transport::Tcp);
    case QuizFilter::Secure: return f.security == Security::Yes;
    case QuizFilter::Mail: return f.tags.contains(QStringLiteral("mail"));
    case QuizFilter::Objective: return f.objective;
    case QuizFilter::Missed: return true;
    }
    return true;
}

/**
 * Which of @p count variants a drill of @p seed is (capture question, board kind): drawn from the
 * seed, not its remainder, as a set of drills numbers its seeds one after another.
 */
int variantOf(quint32 seed, int count)
{
    return int(QRandomGenerator(seed ^ 0x9e3779b9u).bounded(count));
}

/** Two points right, one partly: capture and troubleshooting questions as drills. */
int pointsFor(Verdict v)
{
    return v == Verdict::Correct ? 2 : v == Verdict::Partial ? 1 : 0;
}

const QList<std::pair<DrillKind, QString>> &drillKinds()
{
    static const QList<std::pair<DrillKind, QString>> kinds{
        {DrillKind::Mixed, QStringLiteral("mixed")},
        {DrillKind::Firewall, QStringLiteral("firewall")},
        {DrillKind::Capture, QStringLiteral("capture")},
        {DrillKind::Board, QStringLiteral("board")},
        {DrillKind::Troubleshooting, QStringLiteral("troubleshooting")},
    };
    return kinds;
}

} // namespace

QString drillKindKey(DrillKind kind)
{
    for (const auto &[k, key] : drillKinds())
        if (k == kind)
            return key;
    return {};
}

bool parseDrillKind(const QString &key, DrillKind *out)
{
    for (const auto &[k, name] : drillKinds()) {
        if (name == key) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString quizFilterKey(QuizFilter filter)
{
    switch (filter) {
    case QuizFilter::All: return QStringLiteral("all");
    case QuizFilter::Udp: return QStringLiteral("udp");
    case QuizFilter::Tcp: return QStringLiteral("tcp");
    case QuizFilter::Secure: return QStringLiteral("secure");
    case QuizFilter::Mail: return QStringLiteral("mail");
    case QuizFilter::Objective: return QStringLiteral("objective");
    case QuizFilter::Missed: break;
    }
    return QStringLiteral("missed");
}

QuizSession::QuizSession(DeckStore *store, const Clock *clock, const QString &language,
                         const QuizOptions &options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
{
    const quint32 seed = options.seed ? options.seed : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QList<Fact> facts = store->facts(language);
    QuestionFactory factory(facts, seed);
    m_checker.setFacts(facts);
    const int wanted = std::clamp(options.questions, 1, 500);

    // The pool: every checkable card of the facts the filter keeps.
    QSet<qint64> missed;
    if (options.filter == QuizFilter::Missed) {
        const QJsonArray ids = QJsonDocument::fromJson(store->setting(kLastMissed).toUtf8()).array();
        for (const QJsonValue &v : ids)
            missed.insert(static_cast<qint64>(v.toDouble()));
    }
    QList<CardInfo> pool;
    QList<CardInfo> rangeCards; // the port ranges' concept cards, logged for range questions
    QList<const Fact *> rangeFacts;
    const QHash<qint64, QList<CardInfo>> cardsByFact = store->cardsByFact(language);
    for (const Fact &f : facts) {
        const QList<CardInfo> cards = cardsByFact.value(f.id);
        // A drill is port knowledge: its practice goes on the entry's protocol → port card.
        for (const CardInfo &c : cards) {
            if (!m_practiceCards.contains(f.key) || c.tmpl == CardTemplate::ProtocolToPort)
                m_practiceCards.insert(f.key, c.id);
            if (c.tmpl == CardTemplate::ProtocolToPort)
                break;
        }
        if (f.kind == FactKind::Range && f.key.startsWith(QLatin1String("iana-")) && !cards.isEmpty()) {
            rangeCards.append(cards.constFirst());
            rangeFacts.append(&f);
        }
        if (!factMatches(f, options.filter) || (!options.factKeys.isEmpty() && !options.factKeys.contains(f.key)))
            continue;
        for (const CardInfo &c : cards) {
            if (!factory.supportsMultipleChoice(c))
                continue;
            if (options.filter == QuizFilter::Missed && !missed.contains(c.id))
                continue;
            pool.append(c);
        }
    }
    std::shuffle(pool.begin(), pool.end(), random);

    auto rangeQuestion = [&](int port) {
        qint64 cardId = 0;
        qint64 factId = 0;
        for (int i = 0; i < rangeFacts.size(); ++i) {
            if (rangeFacts.at(i)->rangeContains(port)) {
                cardId = rangeCards.at(i).id;
                factId = rangeFacts.at(i)->id;
            }
        }
        QuizItem item;
        item.question = factory.portRange(port, cardId);
        item.question.factId = factId;
        return item;
    };

    // Drills are numbered from one seed, so "seed 41" replays a whole set.
    const quint32 drillSeed = options.seed ? options.seed : 1 + random.bounded(99999u);
    switch (options.mode) {
    case QuizMode::Drills: {
        static const DrillKind mixed[] = {DrillKind::Firewall, DrillKind::Capture, DrillKind::Board,
                                          DrillKind::Troubleshooting};
        const int count = std::min(wanted, 20);
        for (int i = 0; i < count; ++i) {
            const DrillKind kind = options.drill == DrillKind::Mixed ? mixed[i % 4] : options.drill;
            QuizItem item = makeDrill(kind, drillSeed + quint32(i), facts);
            if (item.isDrill())
                m_items.append(item);
        }
        break;
    }
    case QuizMode::MultipleChoice:
    case QuizMode::Typed:
        for (const CardInfo &c : pool.mid(0, wanted)) {
            QuizItem item;
            item.question = options.mode == QuizMode::Typed ? factory.typed(c) : factory.multipleChoice(c);
            m_items.append(item);
        }
        break;
    case QuizMode::PortRanges:
        for (int port : factory.rangePorts(wanted))
            m_items.append(rangeQuestion(port));
        break;
    case QuizMode::Exam: {
        // A mix: half multiple choice, a quarter typed, a quarter port ranges. One question an
        // entry, and no question names a port another one asks for: two questions about SSH,
        // or "is port 3389 registered?" beside "which port does RDP use?", answer each other.
        const int ranges = options.filter == QuizFilter::All ? wanted / 4 : 0;
        QSet<qint64> entriesTaken;
        QSet<int> portsTaken;
        QSet<int> drillPorts; // SSH's 22 in the drill: no question about SFTP either
        // The real exam opens with a performance-based question: a firewall table or a board,
        // in place of one of the questions. Its entries are taken like a question's.
        QuizItem drill;
        if (options.filter == QuizFilter::All && wanted >= kMinExamItems)
            drill = makeDrill(drillSeed % 2 ? DrillKind::Board : DrillKind::Firewall, drillSeed, facts);
        if (drill.isDrill()) {
            for (const Fact &f : facts) {
                if (!drill.question.factKeys.contains(f.key))
                    continue;
                entriesTaken.insert(f.id);
                for (int port : f.portNumbers()) {
                    portsTaken.insert(port);
                    drillPorts.insert(port);
                }
            }
        }
        const int drills = drill.isDrill() ? 1 : 0;
        QSet<int> rangePortsShown;
        QList<CardInfo> chosen;
        qsizetype next = 0; // the next card of the shuffled pool to consider
        auto takeCards = [&](qsizetype count) {
            for (; next < pool.size() && chosen.size() < count; ++next) {
                const CardInfo &c = pool.at(next);
                QList<const Fact *> entries;
                for (const Fact &f : facts) {
                    if (f.id == c.factId || (c.tmpl == CardTemplate::PortToProtocol && f.hasPort(c.variant.toInt())))
                        entries.append(&f);
                }
                const bool clash = std::any_of(entries.cbegin(), entries.cend(), [&](const Fact *f) {
                    const QList<int> ports = f->portNumbers();
                    return entriesTaken.contains(f->id)
                           || std::any_of(ports.cbegin(), ports.cend(), [&](int p) {
                                  return rangePortsShown.contains(p) || drillPorts.contains(p);
                              });
                });
                if (clash)
                    continue;
                for (const Fact *f : std::as_const(entries)) {
                    entriesTaken.insert(f->id);
                    for (int port : f->portNumbers())
                        portsTaken.insert(port);
                }
                chosen.append(c);
            }
        };
        takeCards(wanted - drills - ranges);
        QList<QuizItem> rangeItems;
        for (int port : factory.rangePorts(256)) {
            if (rangeItems.size() == ranges)
                break;
            QuizItem item = rangeQuestion(port);
            if (portsTaken.contains(port) || entriesTaken.contains(item.question.factId))
                continue;
            entriesTaken.insert(item.question.factId);
            rangePortsShown.insert(port);
            rangeItems.append(item);
        }
        takeCards(wanted - drills - rangeItems.size()); // fewer range entries than planned: more cards
        const int typed = static_cast<int>(chosen.size()) / 3;
        int used = 0;
        for (const CardInfo &c : std::as_const(chosen)) {
            QuizItem item;
            item.question = used++ < typed ? factory.typed(c) : factory.multipleChoice(c);
            m_items.append(item);
        }
        m_items += rangeItems;
        std::shuffle(m_items.begin(), m_items.end(), random);
        if (drill.isDrill())
            m_items.prepend(drill);
        if (m_items.size() < kMinExamItems) {
            m_error = tr("An exam needs at least %1 questions about different entries, and this choice has "
                         "%n.", "", static_cast<int>(m_items.size())).arg(kMinExamItems)
                      + QLatin1Char(' ') + tr("Choose more questions or a wider set of cards, or run a drill.");
            m_items.clear();
        }
        break;
    }
    }
    m_startedMs = m_shownMs = clock->nowMs();
    const int minutes = options.examMinutes > 0 ? options.examMinutes : static_cast<int>(m_items.size());
    m_deadlineMs = m_startedMs + qint64(minutes) * 60 * 1000;
}

QuizItem QuizSession::makeDrill(DrillKind kind, quint32 seed, const QList<Fact> &facts) const
{
    QuizItem item;
    item.seed = seed;
    QuizQuestion &q = item.question;
    switch (kind) {
    case DrillKind::Firewall: {
        // An exam's scenario is the middle level, whatever the drills' setting says.
        const int level = isExam() ? 2 : m_options.drillLevel;
        auto scenario = std::make_shared<FirewallScenario>(FirewallScenario::generate(facts, seed, level));
        if (!scenario->isValid())
            return {};
        q.style = QuestionStyle::Firewall;
        q.prompt = scenario->text();
        for (const FirewallNeed &n : scenario->needs)
            q.factKeys.append(n.factKey);
        QStringList key;
        for (const FirewallRule &r : scenario->key)
            key.append(r.displayText());
        q.answer = key.join(QLatin1Char('\n'));
        item.firewall = scenario;
        break;
    }
    case DrillKind::Board: {
        auto board = std::make_shared<MatchingBoard>(
            MatchingBoard::generate(facts, seed, variantOf(seed, 2) ? BoardKind::ProtocolsToSecure : BoardKind::PortsToProtocols));
        if (!board->isValid()) // a collection without eight twins still has eight ports
            board = std::make_shared<MatchingBoard>(MatchingBoard::generate(facts, seed, BoardKind::PortsToProtocols));
        if (!board->isValid())
            return {};
        q.style = QuestionStyle::Board;
        q.prompt = board->prompt();
        q.factKeys = board->leftKeys;
        QStringList pairs;
        for (int i = 0; i < board->left.size(); ++i)
            pairs.append(tr("%1 → %2").arg(board->left.at(i), board->right.at(board->solution.at(i))));
        q.answer = pairs.join(QLatin1Char('\n'));
        item.board = board;
        break;
    }
    case DrillKind::Capture: {
        const std::optional<CaptureExercise> e = CaptureDrill(facts).make(CaptureQuestion(variantOf(seed, 4)), seed);
        if (!e)
            return {};
        q = e->question;
        break;
    }
    case DrillKind::Troubleshooting: {
        const std::optional<QuizQuestion> t = TroubleshootingDrill(facts).make(seed);
        if (!t)
            return {};
        q = *t;
        break;
    }
    case DrillKind::Mixed:
        return {};
    }
    q.cardId = q.factKeys.isEmpty() ? 0 : practiceCard(q.factKeys.constFirst());
    item.drill = kind;
    return item;
}

qint64 QuizSession::practiceCard(const QString &factKey) const
{
    return m_practiceCards.value(factKey);
}

CheckResult QuizSession::record(const CheckResult &result, const QString &given,
                                const QList<std::pair<QString, Verdict>> &entryVerdicts)
{
    QuizItem &item = m_items[m_index];
    const qint64 now = m_clock->nowMs();
    item.answered = true;
    item.result = result;
    item.given = given;
    item.responseMs = now - m_shownMs;
    if (item.isDrill() && !item.firewall && !item.board) {
        item.points = pointsFor(result.verdict);
        item.maxPoints = 2;
    }
    // A drill's practice goes on each entry it is about, with how that entry went.
    QList<std::pair<qint64, Verdict>> logged;
    if (item.isDrill()) {
        const QList<std::pair<QString, Verdict>> verdicts = !entryVerdicts.isEmpty() ? entryVerdicts : [&] {
            QList<std::pair<QString, Verdict>> all;
            for (const QString &key : std::as_const(item.question.factKeys))
                all.append({key, result.verdict});
            return all;
        }();
        for (const auto &[key, verdict] : verdicts) {
            const qint64 card = practiceCard(key);
            if (card != 0 && std::none_of(logged.cbegin(), logged.cend(), [card](const auto &l) { return l.first == card; }))
                logged.append({card, verdict});
        }
        item.practice = logged;
    } else if (item.question.cardId != 0) {
        logged.append({item.question.cardId, result.verdict});
    }
    if (!logged.isEmpty() || item.isDrill()) {
        const QString kind = isExam() ? QStringLiteral("exam") : QStringLiteral("quiz");
        auto log = [&](QString *) {
            for (const auto &[card, verdict] : std::as_const(logged)) {
                if (!m_store->logPracticeAnswer(card, kind, now, ratingFor(verdict), item.responseMs, given.left(500),
                                                verdictKey(verdict)))
                    return false;
            }
            if (!item.isDrill())
                return true;
            DrillResult r;
            r.startedMs = m_shownMs;
            r.durationMs = item.responseMs;
            r.kind = drillKindKey(*item.drill);
            r.seed = item.seed;
            r.level = item.firewall ? item.firewall->level : 0;
            r.points = item.points;
            r.maxPoints = item.maxPoints;
            r.inExam = isExam();
            return m_store->addDrillResult(r);
        };
        CollectionChanges changes;
        for (const auto &l : std::as_const(logged))
            changes.cards.append(l.first);
        changes.reviews = !logged.isEmpty();
        changes.exams = item.isDrill();
        QString ignored;
        // A change of the collection, but no undo step: the quiz goes on from this answer.
        if (!(m_collection ? m_collection->run({}, changes, log) : log(&ignored)))
            m_error = tr("The answer could not be logged.");
    }
    return result;
}

CheckResult QuizSession::answerOption(int index)
{
    const QuizItem &item = current();
    if (item.answered || m_finished || index < 0 || index >= item.question.options.size())
        return item.result;
    CheckResult r;
    r.expected = {item.question.answer};
    r.verdict = index == item.question.correctOption ? Verdict::Correct : Verdict::Wrong;
    return record(r, item.question.options.at(index)); // the page shows the right option
}

CheckResult QuizSession::answerText(const QString &text)
{
    const QuizItem &item = current();
    if (item.answered || m_finished)
        return item.result;
    const QString answer = text.trimmed();
    switch (item.question.check) {
    case TypedCheck::ProtocolOnPort:
        return record(m_checker.checkProtocolOnPort(item.question.port, answer), answer);
    case TypedCheck::Ports:
        return record(m_checker.checkPorts(item.question.ports, answer), answer);
    case TypedCheck::Card:
        break;
    }
    const std::optional<CheckResult> r = m_checker.checkCard(item.question.card, answer);
    return record(r.value_or(CheckResult{}), answer);
}

CheckResult QuizSession::answerFirewall(const QList<FirewallRule> &rules)
{
    QuizItem &item = m_items[m_index];
    if (item.answered || m_finished || !item.firewall)
        return item.result;
    item.firewallGrade = FirewallGrade::grade(*item.firewall, rules);
    item.points = item.firewallGrade.points;
    item.maxPoints = item.firewallGrade.maxPoints;
    CheckResult r;
    r.verdict = item.firewallGrade.verdict;
    r.expected = {item.question.answer};
    r.feedback = item.firewallGrade.explanations.join(QLatin1Char(' '));
    QList<std::pair<QString, Verdict>> verdicts;
    // An entry's port is known when its flows are opened by rules written with the port and
    // not wider than needed; opened by the protocol's name or by a wide rule is partly known.
    for (const FirewallNeed &need : item.firewall->needs) {
        Verdict verdict = Verdict::Correct;
        for (const Flow &f : need.flows) {
            const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&f](const FirewallRule &r) { return r.matches(f); });
            const qsizetype at = rule - rules.cbegin();
            if (rule == rules.cend() || rule->action != RuleAction::Allow) {
                verdict = Verdict::Wrong;
                break;
            }
            if (!rule->protocol.isEmpty() || item.firewallGrade.uses.value(at) != FirewallGrade::RuleUse::Needed)
                verdict = Verdict::Partial;
        }
        verdicts.append({need.factKey, verdict});
    }
    QStringList given;
    for (const FirewallRule &rule : rules)
        given.append(rule.toText());
    return record(r, given.join(QStringLiteral("; ")), verdicts);
}

CheckResult QuizSession::answerBoard(const QList<int> &assignment)
{
    QuizItem &item = m_items[m_index];
    if (item.answered || m_finished || !item.board)
        return item.result;
    item.boardGrade = item.board->grade(assignment);
    item.points = item.boardGrade.right;
    item.maxPoints = item.boardGrade.total;
    CheckResult r;
    r.verdict = item.boardGrade.verdict;
    r.expected = {item.question.answer};
    r.feedback = item.boardGrade.explanations.join(QLatin1Char(' '));
    QList<std::pair<QString, Verdict>> verdicts;
    QStringList given;
    for (int i = 0; i < item.board->left.size(); ++i) {
        verdicts.append({item.board->leftKeys.at(i), item.boardGrade.correct.at(i) ? Verdict::Correct : Verdict::Wrong});
        const int choice = i < assignment.size() ? assignment.at(i) : -1;
        given.append(tr("%1 → %2").arg(item.board->left.at(i),
                                       choice >= 0 && choice < item.board->right.size() ? item.board->right.at(choice)
                                                                                        : QStringLiteral("—")));
    }
    return record(r, given.join(QStringLiteral("; ")), verdicts);
}

bool QuizSession::next()
{
    if (m_index + 1 >= m_items.size())
        return false;
    ++m_index;
    m_shownMs = m_clock->nowMs();
    return true;
}

QuizSession::Score QuizSession::score() const
{
    Score s;
    s.total = count();
    for (const QuizItem &item : m_items) {
        if (!item.answered)
            ++s.unanswered;
        else if (item.result.verdict == Verdict::Correct)
            ++s.correct;
        else if (item.result.verdict == Verdict::Partial)
            ++s.partial;
        else
            ++s.wrong;
    }
    const qint64 end = m_finished ? m_endMs : m_clock->nowMs();
    s.durationMs = std::max<qint64>(0, (isExam() ? std::min(end, m_deadlineMs) : end) - m_startedMs);
    return s;
}

QList<qint64> QuizSession::missedCards() const
{
    QList<qint64> out;
    for (const QuizItem &item : m_items) {
        // A drill ended early says nothing about the questions never shown; an exam's
        // unanswered questions were on the clock and count as missed.
        if (!item.answered && !isExam())
            continue;
        if (item.isDrill() && item.answered) {
            // A drill misses the entries it got wrong, not its first one.
            for (const auto &[card, verdict] : item.practice)
                if (verdict != Verdict::Correct && !out.contains(card))
                    out.append(card);
            continue;
        }
        const bool right = item.answered && item.result.verdict == Verdict::Correct;
        if (!right && item.question.cardId != 0 && !out.contains(item.question.cardId))
            out.append(item.question.cardId);
    }
    return out;
}

void QuizSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_endMs = m_clock->nowMs();
    const Score s = score();
    const QList<qint64> missed = missedCards();
    // The exam's result, what was missed, and tomorrow's boosts: saved together or not at all.
    auto save = [&](QString *error) {
        if (isExam()) {
            ExamResult r;
            r.startedMs = m_startedMs;
            r.durationMs = s.durationMs;
            r.questions = s.total;
            r.correct = s.correct;
            r.partial = s.partial;
            r.filter = quizFilterKey(m_options.filter);
            if (!m_store->addExamResult(r)) {
                *error = tr("The exam result could not be saved.");
                return false;
            }
        }
        QJsonArray ids;
        for (qint64 id : missed)
            ids.append(double(id));
        if (!m_store->setSetting(kLastMissed, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))) {
            *error = tr("The missed items could not be saved.");
            return false;
        }
        if (m_options.boostMissed && !missed.isEmpty()) {
            const StudyDay day(m_options.rolloverHour);
            if (!m_store->boostCards(missed, day.dayOf(m_endMs).toJulianDay() + 1)) {
                *error = tr("The missed items could not be saved.");
                return false;
            }
        }
        return true;
    };
    CollectionChanges changes;
    changes.exams = isExam();
    if (m_options.boostMissed)
        changes.cards = missed;
    QString error;
    if (!(m_collection ? m_collection->run({}, changes, save) : save(&error)))
        m_error = m_collection ? m_collection->errorString() : error;
}
