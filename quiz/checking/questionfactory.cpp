#include "questionfactory.h"

#include <QSet>

#include <algorithm>
#include <cmath>

QuestionFactory::QuestionFactory(const QList<Fact> &facts, quint32 seed)
    : m_facts(facts)
    , m_texts(facts)
    , m_checker(facts)
    , m_random(seed)
{
}

bool QuestionFactory::supportsMultipleChoice(const CardInfo &card) const
{
    return card.tmpl != CardTemplate::Basic;
}

QStringList QuestionFactory::distractorFacts(const Fact &subject, const QSet<qint64> &exclude,
                                             int count,
                                             const std::function<QString(const Fact &)> &label)
{
    // Plausible first: a twin, the same topic, the same transport, nearby port numbers.
    struct Scored
    {
        double score;
        const Fact *fact;
    };
    QList<Scored> scored;
    const QList<int> ports = subject.portNumbers();
    for (const Fact &f : m_facts) {
        if (f.kind == FactKind::Range || exclude.contains(f.id) || f.id == subject.id)
            continue;
        // A traffic type among protocols (or the other way round) is no real choice.
        if ((f.kind == FactKind::Concept) != (subject.kind == FactKind::Concept))
            continue;
        double score = m_random.generateDouble(); // variety among equals
        if (subject.secureCounterparts.contains(f.key) || f.secureCounterparts.contains(subject.key))
            score += 4;
        for (const QString &tag : subject.tags)
            score += f.tags.contains(tag) ? 2.5 : 0;
        if (f.usesTransport(Transport::Tcp) == subject.usesTransport(Transport::Tcp)
            && f.usesTransport(Transport::Udp) == subject.usesTransport(Transport::Udp))
            score += 1.5;
        for (int p : ports) {
            for (int q : f.portNumbers()) {
                if (std::abs(p - q) <= 30)
                    score += 1;
            }
        }
        scored.append({score, &f});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    QStringList out;
    for (const Scored &s : std::as_const(scored)) {
        const QString text = label(*s.fact);
        if (!text.isEmpty() && !out.contains(text))
            out.append(text);
        if (out.size() == count)
            break;
    }
    return out;
}

QuizQuestion QuestionFactory::multipleChoice(const CardInfo &card)
{
    QuizQuestion q = typed(card); // prompt, card and explanation; the options follow
    q.style = QuestionStyle::MultipleChoice;
    const Fact *fact = m_texts.fact(card.factId);

    QString right;
    QStringList wrong;
    QSet<qint64> exclude; // facts whose answer would also be right
    // Whatever the rules below pick, an option the checker would accept is no distractor.
    auto wrongAnswer = [this, &card](const QString &option) {
        if (option.isEmpty())
            return QString();
        const std::optional<CheckResult> r = m_checker.checkCard(card, option);
        return r && r->verdict == Verdict::Wrong ? option : QString();
    };
    switch (card.tmpl) {
    case CardTemplate::ProtocolToPort: {
        right = CardTexts::portsLine(*fact);
        // Facts with the very same ports would be a second right answer.
        wrong = distractorFacts(*fact, exclude, 3, [right, &wrongAnswer](const Fact &f) {
            const QString line = CardTexts::portsLine(f);
            return line == right || f.ports.isEmpty() ? QString() : wrongAnswer(line);
        });
        break;
    }
    case CardTemplate::PortToProtocol: {
        const int port = card.variant.toInt();
        const QList<const Fact *> onPort = m_texts.factsOnPort(port);
        for (const Fact *f : onPort)
            exclude.insert(f->id);
        right = onPort.isEmpty() ? QString() : onPort.constFirst()->name;
        const Fact &subject = onPort.isEmpty() ? *fact : *onPort.constFirst();
        wrong = distractorFacts(subject, exclude, 3, [&wrongAnswer](const Fact &f) { return wrongAnswer(f.name); });
        break;
    }
    case CardTemplate::FunctionToProtocol:
        right = fact->name;
        // A twin or a look-alike (same topics, same transports) could fit the description too.
        for (const Fact &f : m_facts) {
            const bool twin = f.secureCounterparts.contains(fact->key) || fact->secureCounterparts.contains(f.key);
            // Concepts share their tags by nature (the traffic types) and are told apart by definition.
            const bool lookAlike = fact->kind != FactKind::Concept
                                   && QSet<QString>(f.tags.cbegin(), f.tags.cend()) == QSet<QString>(fact->tags.cbegin(), fact->tags.cend())
                                   && f.transportText() == fact->transportText();
            if (f.function == fact->function || twin || lookAlike)
                exclude.insert(f.id);
        }
        wrong = distractorFacts(*fact, exclude, 3, [&wrongAnswer](const Fact &f) { return wrongAnswer(f.name); });
        break;
    case CardTemplate::ProtocolToTransport: {
        const QStringList all{tr("TCP"), tr("UDP"), tr("Both TCP and UDP"), tr("Neither: carried directly in IP")};
        const bool tcp = fact->kind == FactKind::Protocol && fact->usesTransport(Transport::Tcp);
        const bool udp = fact->kind == FactKind::Protocol && fact->usesTransport(Transport::Udp);
        right = all.at(tcp && udp ? 2 : tcp ? 0 : udp ? 1 : 3);
        for (const QString &o : all) {
            if (o != right)
                wrong.append(o);
        }
        break;
    }
    case CardTemplate::InsecureToSecure: {
        for (const QString &key : fact->secureCounterparts) {
            for (const Fact &f : m_facts) {
                if (f.key == key)
                    exclude.insert(f.id);
            }
        }
        right = fact->secureCounterparts.isEmpty() ? QString() : m_texts.factByKey(fact->secureCounterparts.constFirst())->name;
        // Other secure protocols of the same topic (FTPS for TFTP, Submissions for SMTP) could
        // pass for a replacement; distractors come from other topics.
        for (const Fact &f : m_facts) {
            for (const QString &tag : fact->tags) {
                if (f.tags.contains(tag))
                    exclude.insert(f.id);
            }
        }
        // Other secure protocols are the distractors; the insecure protocol itself never is:
        // offered as its own replacement, it would teach that it can be.
        const QStringList more = distractorFacts(*fact, exclude, 3, [&wrongAnswer](const Fact &f) {
            return f.security == Security::Yes ? wrongAnswer(f.name) : QString();
        });
        for (const QString &m : more) {
            if (wrong.size() < 3 && !wrong.contains(m))
                wrong.append(m);
        }
        break;
    }
    case CardTemplate::Basic: break;
    }
    q.answer = right;
    QStringList options = wrong.mid(0, 3);
    options.append(right);
    if (card.tmpl != CardTemplate::ProtocolToTransport)
        std::shuffle(options.begin(), options.end(), m_random);
    q.options = options;
    q.correctOption = static_cast<int>(options.indexOf(right));
    return q;
}

QuizQuestion QuestionFactory::typed(const CardInfo &card) const
{
    QuizQuestion q;
    q.style = QuestionStyle::Typed;
    q.card = card;
    q.cardId = card.id;
    q.factId = card.factId;
    const CardText text = m_texts.render(card);
    q.prompt = text.question;
    q.answer = text.answer;
    q.explanation = text.detail;
    return q;
}

QuizQuestion QuestionFactory::portRange(int port, qint64 cardId) const
{
    QuizQuestion q;
    q.style = QuestionStyle::PortRange;
    q.cardId = cardId;
    q.port = port;
    q.prompt = tr("Is port %1 well-known, registered or dynamic?").arg(port);
    // The options name the ranges without their bounds, which would give the answer away;
    // the bounds come after, in the explanation.
    q.options = {AnswerChecker::portClassWord(0), AnswerChecker::portClassWord(1), AnswerChecker::portClassWord(2)};
    q.correctOption = AnswerChecker::portClass(port);
    q.answer = q.options.at(q.correctOption);
    q.explanation = tr("Port %1 is %2.").arg(port).arg(AnswerChecker::portClassName(q.correctOption));
    QStringList users;
    for (const Fact &f : m_facts) {
        if (f.kind == FactKind::Protocol && f.hasPort(port))
            users.append(f.name);
    }
    if (!users.isEmpty())
        q.explanation += QLatin1Char(' ') + tr("It is used by %1.").arg(users.join(QStringLiteral(", ")));
    if (q.correctOption == 1)
        q.explanation += QLatin1Char(' ') + tr("Registered ports are not ephemeral: IANA's dynamic range starts at 49152.");
    return q;
}

QList<int> QuestionFactory::rangePorts(int count)
{
    QList<int> edges{0, 1023, 1024, 49151, 49152, 65535};
    // Common ports that "1024–65535 are ephemeral" would misfile.
    QList<int> traps;
    for (const Fact &f : m_facts) {
        for (int p : f.portNumbers()) {
            if (p >= 1024 && p <= 49151 && !traps.contains(p))
                traps.append(p);
        }
    }
    std::shuffle(edges.begin(), edges.end(), m_random);
    std::shuffle(traps.begin(), traps.end(), m_random);
    QList<int> out;
    // A mix: edges and traps first, then well-known ports of the deck and random numbers.
    for (int i = 0; out.size() < count && (i < edges.size() || i < traps.size()); ++i) {
        if (i < traps.size() && out.size() < count)
            out.append(traps.at(i));
        if (i < edges.size() && out.size() < count)
            out.append(edges.at(i));
    }
    while (out.size() < count) {
        const int cls = m_random.bounded(3);
        const int p = cls == 0 ? m_random.bounded(1024) : cls == 1 ? 1024 + m_random.bounded(48128) : 49152 + m_random.bounded(16384);
        if (!out.contains(p))
            out.append(p);
    }
    std::shuffle(out.begin(), out.end(), m_random);
    return out;
}
