#include "answerchecker.h"

#include "cardtext.h"
#include "deck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

constexpr int kMaxAnswerLength = 400;

// Digits of any script ("２２", "٢٢") become ASCII digits; everything else stays.
QString asciiDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() && c.digitValue() >= 0)
            out.append(QLatin1Char(char('0' + c.digitValue())));
        else
            out.append(c);
    }
    return out;
}

// For comparing names: lower case, letters and digits only ("SQL*Net" → "sqlnet").
QString squash(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), capped.
int editDistance(const QString &a, const QString &b, int cap)
{
    if (std::abs(a.size() - b.size()) > cap)
        return cap + 1;
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The IANA registry's service names (resources/deck/service-names.txt): typing one of them is
// naming that service, so no typo is forgiven into a deck protocol ("NNTP" is not SNTP).
const QSet<QString> &registeredServiceNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/deck/service-names.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            out.reserve(lines.size());
            for (const QByteArray &line : lines) {
                if (!line.isEmpty())
                    out.insert(QString::fromLatin1(line));
            }
        }
        return out;
    }();
    return names;
}

int typoAllowance(const QString &squashed)
{
    return squashed.size() >= 8 ? 2 : squashed.size() >= 3 ? 1 : 0;
}

// Short names ("NTP", "FTP") differ from each other by a single letter, so there only a
// swap of two neighbouring letters counts as a typo ("NPT"), never another letter.
bool typoAcceptable(const QString &candidate, const QString &wanted, int distance)
{
    if (std::min(candidate.size(), wanted.size()) >= 4)
        return true;
    QString a = candidate;
    QString b = wanted;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return distance == 1 && a == b;
}

// The words a name is made of, for comparing names whatever their order: lower case, "file
// transfer" as "ftp" and "hypertext transfer" as "http", without filler ("protocol", "server",
// "over", "database", "traffic"), numbers and transports, which a name never hangs on.
QSet<QString> nameWords(const QString &text)
{
    QString s = text.left(kMaxAnswerLength).toLower();
    static const QRegularExpression fileTransfer(QStringLiteral("\\bfile\\s+transfer\\b"));
    static const QRegularExpression hypertext(QStringLiteral("\\bhyper\\s*text\\s+transfer\\b"));
    s.replace(fileTransfer, QStringLiteral("ftp"));
    s.replace(hypertext, QStringLiteral("http"));
    // A number that is part of a name stays with it: "H.323" or "H 323" is not "H.324".
    static const QRegularExpression letterNumber(QStringLiteral("\\b([a-z])[.\\s-]?(\\d{1,3})\\b|\\b([a-z]{2,4})[.-](\\d{1,3})\\b"));
    s.replace(letterNumber, QStringLiteral("\\1\\2\\3\\4"));
    static const QSet<QString> filler{
        QStringLiteral("protocol"), QStringLiteral("protocols"), QStringLiteral("the"), QStringLiteral("a"),
        QStringLiteral("an"),       QStringLiteral("service"),   QStringLiteral("server"), QStringLiteral("port"),
        QStringLiteral("ports"),    QStringLiteral("on"),        QStringLiteral("uses"),   QStringLiteral("use"),
        QStringLiteral("via"),      QStringLiteral("over"),      QStringLiteral("tcp"),    QStringLiteral("udp"),
        QStringLiteral("is"),       QStringLiteral("it"),        QStringLiteral("its"),
        QStringLiteral("database"), QStringLiteral("db"),        QStringLiteral("traffic"),
        // Hedging around a name: "I think it's SSH", "probably SNMP", "use SSH instead".
        QStringLiteral("i"),        QStringLiteral("s"),         QStringLiteral("think"),  QStringLiteral("maybe"),
        QStringLiteral("probably"), QStringLiteral("guess"),     QStringLiteral("believe"), QStringLiteral("instead"),
        QStringLiteral("called"),   QStringLiteral("answer"),    QStringLiteral("that"),   QStringLiteral("m")};
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    static const QHash<QString, QString> shortForms{{QStringLiteral("config"), QStringLiteral("configuration")},
                                                    {QStringLiteral("mgmt"), QStringLiteral("management")}};
    QSet<QString> out;
    QSet<QString> transports;
    bool port = false;
    for (auto it = word.globalMatch(s); it.hasNext();) {
        const QString raw = it.next().captured();
        const QString w = shortForms.value(raw, raw);
        bool number = false;
        w.toInt(&number);
        if (w == QLatin1String("tcp") || w == QLatin1String("udp"))
            transports.insert(w);
        port = port || number;
        if (!number && !filler.contains(w))
            out.insert(w);
    }
    // "UDP protocol" names UDP itself: a transport is filler only beside another name or a
    // port ("tcp/22" is a port, not the transport's name).
    return out.isEmpty() && !port ? transports : out;
}

struct PortToken
{
    int port = -1;
    std::optional<Transport> transport;
};

struct ParsedPorts
{
    QList<PortToken> ports;
    QStringList invalid; ///< tokens that look like numbers but are no port
    QStringList words;   ///< anything else
    QList<int> ipProtocols;
    bool none = false;   ///< "none", "no port", "n/a"
};

ParsedPorts parsePorts(const QString &answer)
{
    ParsedPorts out;
    QString s = asciiDigits(answer.left(kMaxAnswerLength)).toLower();
    static const QRegularExpression ipProtocol(
        QStringLiteral("\\b(?:ip\\s*)?(?:proto(?:col)?|ip)\\s*(?:number\\s*|no\\.?\\s*|#\\s*)?(\\d{1,3})\\b"));
    for (auto it = ipProtocol.globalMatch(s); it.hasNext();)
        out.ipProtocols.append(it.next().captured(1).toInt());
    s.replace(ipProtocol, QStringLiteral(" "));
    static const QRegularExpression none(QStringLiteral("\\b(none|no ports?|n/a|nothing|keinen?|kein port)\\b"));
    if (none.match(s).hasMatch()) {
        out.none = true;
        s.replace(none, QStringLiteral(" "));
    }
    // A decimal such as "22.5" is no port and no list of ports: it stays one invalid token.
    static const QRegularExpression decimal(QStringLiteral("(?<![\\d.])(\\d+\\.\\d+)(?![\\d.])"));
    for (auto it = decimal.globalMatch(s); it.hasNext();)
        out.invalid.append(it.next().captured(1));
    s.replace(decimal, QStringLiteral(" "));
    // "20-21" lists two ports; "-1" on its own stays a (negative, invalid) number.
    static const QRegularExpression hyphenPair(QStringLiteral("(\\d)\\s*[-–]\\s*(\\d)"));
    s.replace(hyphenPair, QStringLiteral("\\1 \\2"));
    static const QRegularExpression separators(
        QStringLiteral("[,;&+|()\\[\\]{}.!?\"'`]|\\b(and|or|und|oder)\\b"));
    s.replace(separators, QStringLiteral(" "));
    // "tcp22" is "tcp 22"; "22tcp" is "22 tcp".
    static const QRegularExpression glued(QStringLiteral("\\b(tcp|udp)(\\d+)\\b"));
    static const QRegularExpression gluedAfter(QStringLiteral("\\b(\\d+)(tcp|udp)\\b"));
    s.replace(glued, QStringLiteral("\\1 \\2"));
    s.replace(gluedAfter, QStringLiteral("\\1 \\2"));
    // "tcp 22" → "tcp/22" and "22 tcp" → "22/tcp", unless the word already belongs to a number.
    static const QRegularExpression before(
        QStringLiteral("(?<![/:\\w])(tcp|udp)\\s+(-?\\d+)(?![/:\\w])"));
    static const QRegularExpression after(
        QStringLiteral("(?<![/:\\w-])(-?\\d+)\\s+(tcp|udp)(?![/:\\w])"));
    s.replace(before, QStringLiteral("\\1/\\2"));
    s.replace(after, QStringLiteral("\\1/\\2"));

    static const QRegularExpression transportFirst(QStringLiteral("^(tcp|udp)[/:](-?\\d+(?:/\\d+)*)$"));
    static const QRegularExpression numberFirst(QStringLiteral("^(-?\\d+)[/:](tcp|udp)$"));
    static const QRegularExpression numberList(QStringLiteral("^\\d+(/\\d+)+$"));
    static const QRegularExpression number(QStringLiteral("^-?\\d+$"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QStringList filler{QStringLiteral("port"), QStringLiteral("ports"), QStringLiteral("on"),
                                    QStringLiteral("uses"), QStringLiteral("use"), QStringLiteral("the"),
                                    QStringLiteral("is"), QStringLiteral("it"), QStringLiteral("via")};
    QSet<int> freeTransports; // 0 tcp, 1 udp
    auto addNumber = [&out](const QString &digits, std::optional<Transport> t) {
        bool ok = false;
        const int value = digits.size() <= 6 ? digits.toInt(&ok) : -1;
        if (!ok || value < 0 || value > 65535)
            out.invalid.append(digits);
        else
            out.ports.append({value, t});
    };
    const QStringList tokens = s.split(space, Qt::SkipEmptyParts).mid(0, 64);
    for (const QString &token : tokens) {
        QRegularExpressionMatch m;
        Transport t;
        if ((m = transportFirst.match(token)).hasMatch()) {
            parseTransport(m.captured(1), &t);
            for (const QString &part : m.captured(2).split(QLatin1Char('/')))
                addNumber(part, t);
        } else if ((m = numberFirst.match(token)).hasMatch()) {
            parseTransport(m.captured(2), &t);
            addNumber(m.captured(1), t);
        } else if (numberList.match(token).hasMatch()) {
            for (const QString &part : token.split(QLatin1Char('/')))
                addNumber(part, std::nullopt);
        } else if (number.match(token).hasMatch()) {
            addNumber(token, std::nullopt);
        } else if (parseTransport(token, &t)) {
            freeTransports.insert(t == Transport::Tcp ? 0 : 1);
        } else if (token == QLatin1String("both") || token == QLatin1String("tcp/udp")
                   || token == QLatin1String("udp/tcp")) {
            freeTransports.insert(0);
            freeTransports.insert(1);
        } else if (!filler.contains(token)) {
            out.words.append(token);
        }
    }
    if (freeTransports.size() == 1) {
        const Transport t = freeTransports.contains(0) ? Transport::Tcp : Transport::Udp;
        for (PortToken &p : out.ports) {
            if (!p.transport)
                p.transport = t;
        }
    }
    return out;
}

// The transports an answer names: "tcp", "udp", "both", "tcp and udp", "neither"/"ip".
struct TransportAnswer
{
    bool tcp = false;
    bool udp = false;
    bool neither = false;
    bool understood = false;
};

TransportAnswer parseTransports(const QString &answer)
{
    TransportAnswer out;
    QString s = answer.left(kMaxAnswerLength).toLower();
    // Full names, and the two typos that keep every letter ("tpc", "upd").
    static const QRegularExpression tcpName(QStringLiteral("\\btransmission\\s+control(\\s+protocol)?\\b|\\btpc\\b"));
    static const QRegularExpression udpName(QStringLiteral("\\buser\\s+datagram(\\s+protocol)?\\b|\\bupd\\b|\\budpp?\\b"));
    s.replace(tcpName, QStringLiteral("tcp"));
    s.replace(udpName, QStringLiteral("udp"));
    static const QRegularExpression words(QStringLiteral("[a-zäöü]+"));
    static const QStringList negations{QStringLiteral("not"), QStringLiteral("nor"), QStringLiteral("nicht"),
                                       QStringLiteral("noch"), QStringLiteral("kein"), QStringLiteral("no")};
    bool negated = false;
    for (auto it = words.globalMatch(s); it.hasNext();) {
        const QString w = it.next().captured();
        if (negations.contains(w)) {
            negated = true; // "TCP, not UDP": the next transport word does not count
            continue;
        }
        if ((negated || out.neither) && (w == QLatin1String("tcp") || w == QLatin1String("udp"))) {
            negated = false; // "neither TCP nor UDP" names no transport
            continue;
        }
        if (w == QLatin1String("tcp"))
            out.tcp = true;
        else if (w == QLatin1String("udp"))
            out.udp = true;
        else if (w == QLatin1String("both") || w == QLatin1String("beide") || w == QLatin1String("beides"))
            out.tcp = out.udp = true;
        else if (w == QLatin1String("neither") || w == QLatin1String("none") || w == QLatin1String("ip")
                 || w == QLatin1String("keins") || w == QLatin1String("weder"))
            out.neither = !out.tcp && !out.udp ? true : out.neither;
    }
    out.understood = out.tcp || out.udp || out.neither;
    return out;
}

// A crude but consistent stem for judging a function in the learner's words: the plural
// "s" dropped (not "ss"), then the first six letters ("addresses", "address" → "addres";
// "synchronizes", "synchronization" → "synchr").
QString stem(QString w)
{
    if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
        w.chop(1);
    return w.left(6);
}

// Distinct words of @p text (stop words dropped) mapped to their keyword stems.
QHash<QString, QString> keywordsByWord(const QString &text);

QSet<QString> keywords(const QString &text)
{
    QSet<QString> out;
    for (const QString &k : keywordsByWord(text))
        out.insert(k);
    return out;
}

QHash<QString, QString> keywordsByWord(const QString &text)
{
    static const QSet<QString> stop = {
        QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("for"),   QStringLiteral("with"),
        QStringLiteral("from"),  QStringLiteral("that"),  QStringLiteral("this"),  QStringLiteral("into"),
        QStringLiteral("over"),  QStringLiteral("also"),  QStringLiteral("their"), QStringLiteral("them"),
        QStringLiteral("such"),  QStringLiteral("like"),  QStringLiteral("other"), QStringLiteral("one"),
        QStringLiteral("its"),   QStringLiteral("any"),   QStringLiteral("between"), QStringLiteral("used"),
        QStringLiteral("uses"),  QStringLiteral("use"),   QStringLiteral("via"),   QStringLiteral("der"),
        QStringLiteral("die"),   QStringLiteral("das"),   QStringLiteral("und"),   QStringLiteral("mit"),
        QStringLiteral("von"),   QStringLiteral("für"),   QStringLiteral("ein"),   QStringLiteral("eine"),
        QStringLiteral("den"),   QStringLiteral("dem"),   QStringLiteral("auf"),   QStringLiteral("zum")};
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("secure"), QStringLiteral("encrypt")},  {QStringLiteral("encrypted"), QStringLiteral("encrypt")},
        {QStringLiteral("encryption"), QStringLiteral("encrypt")}, {QStringLiteral("tls"), QStringLiteral("encrypt")},
        {QStringLiteral("email"), QStringLiteral("mail")},      {QStringLiteral("e-mail"), QStringLiteral("mail")},
        {QStringLiteral("emails"), QStringLiteral("mail")},     {QStringLiteral("files"), QStringLiteral("file")},
        {QStringLiteral("clock"), QStringLiteral("time")},      {QStringLiteral("clocks"), QStringLiteral("time")},
        {QStringLiteral("webpage"), QStringLiteral("web")},     {QStringLiteral("websites"), QStringLiteral("web")},
        {QStringLiteral("login"), QStringLiteral("log")},       {QStringLiteral("logs"), QStringLiteral("log")},
        {QStringLiteral("names"), QStringLiteral("name")},      {QStringLiteral("resolve"), QStringLiteral("name")},
        {QStringLiteral("unencrypted"), QStringLiteral("cleartext")}, {QStringLiteral("plaintext"), QStringLiteral("cleartext")},
        {QStringLiteral("plain"), QStringLiteral("cleartext")},
        {QStringLiteral("sync"), QStringLiteral("time")},       {QStringLiteral("synchronize"), QStringLiteral("time")},
        {QStringLiteral("synchronizes"), QStringLiteral("time")}, {QStringLiteral("synchronization"), QStringLiteral("time")},
        {QStringLiteral("synchronise"), QStringLiteral("time")}, {QStringLiteral("transfer"), QStringLiteral("move")},
        {QStringLiteral("transfers"), QStringLiteral("move")},  {QStringLiteral("copy"), QStringLiteral("move")},
        {QStringLiteral("copies"), QStringLiteral("move")},     {QStringLiteral("moves"), QStringLiteral("move")},
        {QStringLiteral("assign"), QStringLiteral("give")},     {QStringLiteral("assigns"), QStringLiteral("give")},
        {QStringLiteral("gives"), QStringLiteral("give")},      {QStringLiteral("hands"), QStringLiteral("give")},
        {QStringLiteral("hostname"), QStringLiteral("name")},   {QStringLiteral("hostnames"), QStringLiteral("name")},
        {QStringLiteral("resolves"), QStringLiteral("name")},   {QStringLiteral("resolving"), QStringLiteral("name")},
        {QStringLiteral("resolution"), QStringLiteral("name")}, {QStringLiteral("resolver"), QStringLiteral("name")},
        {QStringLiteral("convert"), QStringLiteral("translate")}, {QStringLiteral("converts"), QStringLiteral("translate")},
        {QStringLiteral("translates"), QStringLiteral("translate")}, {QStringLiteral("translation"), QStringLiteral("translate")}};
    QHash<QString, QString> out;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}-]+"));
    for (auto it = word.globalMatch(text.left(kMaxAnswerLength).toLower()); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() < 3 || stop.contains(w))
            continue;
        out.insert(w, stem(synonyms.value(w, w)));
    }
    return out;
}

// What a function line says about secrecy, direction and role, the parts of meaning a bag of
// words misses: "unencrypted web traffic" shares words with HTTPS and means the opposite.
struct Stance
{
    bool clearText = false;
    bool encrypted = false;
    bool sends = false;
    bool retrieves = false;
    bool carriesMedia = false;
    bool signalling = false;
};

Stance stanceOf(const QString &text)
{
    const QString s = text.left(kMaxAnswerLength).toLower();
    static const QRegularExpression clear(QStringLiteral(
        "\\b(unencrypted|non-?encrypted|not\\s+(encrypted|secure)|no\\s+encryption|clear\\s*text|plain\\s*text|insecure|unsecured?|without\\s+encryption|"
        "unverschlüsselt|klartext)"));
    static const QRegularExpression encrypted(QStringLiteral("\\b(encrypt\\w*|secured?|tls|ssl|verschlüssel\\w*)\\b"));
    static const QRegularExpression sends(QStringLiteral(
        "\\b(send\\w*|sent|relay\\w*|deliver\\w*|submit\\w*|outgoing|forward\\w*|versend\\w*)\\b"));
    static const QRegularExpression retrieves(QStringLiteral(
        "\\b(retriev\\w*|download\\w*|fetch\\w*|receiv\\w*|pull\\w*|collect\\w*|abhol\\w*|abruf\\w*)\\b"));
    static const QRegularExpression media(QStringLiteral(
        "\\b(carr(y|ies|ying)|transport\\w*|stream\\w*|deliver\\w*|überträgt)\\b[^.;]*\\b(voice|audio|media|video|sound)\\b"));
    static const QRegularExpression signalling(QStringLiteral(
        "\\b(signal\\w*|sets?\\s+up|setup|initiat\\w*|establish\\w*|invite\\w*|baut)\\b"));
    Stance st;
    st.clearText = clear.match(s).hasMatch();
    st.encrypted = !st.clearText && encrypted.match(s).hasMatch();
    st.sends = sends.match(s).hasMatch();
    st.retrieves = retrieves.match(s).hasMatch();
    st.carriesMedia = media.match(s).hasMatch();
    st.signalling = signalling.match(s).hasMatch();
    return st;
}

} // namespace

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Correct: return QStringLiteral("correct");
    case Verdict::Partial: return QStringLiteral("partial");
    case Verdict::Wrong: break;
    }
    return QStringLiteral("wrong");
}

bool parseQuestionKind(const QString &text, QuestionKind *out)
{
    static const QHash<QString, QuestionKind> kinds = {
        {QStringLiteral("port"), QuestionKind::Port},         {QStringLiteral("protocol"), QuestionKind::Protocol},
        {QStringLiteral("name"), QuestionKind::Name},         {QStringLiteral("transport"), QuestionKind::Transport},
        {QStringLiteral("function"), QuestionKind::Function}, {QStringLiteral("secure"), QuestionKind::Secure},
        {QStringLiteral("range"), QuestionKind::Range}};
    const auto it = kinds.constFind(text.toLower());
    if (it == kinds.cend())
        return false;
    *out = *it;
    return true;
}

AnswerChecker::AnswerChecker(const QList<Fact> &facts)
{
    setFacts(facts);
}

void AnswerChecker::setFacts(const QList<Fact> &facts)
{
    m_facts = facts;
    m_nameWords.reset();
    m_meanings.reset();
}

const QList<QList<QSet<QString>>> &AnswerChecker::nameWordsOfFacts() const
{
    if (m_nameWords)
        return *m_nameWords;
    auto built = std::make_shared<QList<QList<QSet<QString>>>>();
    built->reserve(m_facts.size());
    for (const Fact &f : m_facts) {
        QList<QSet<QString>> sets{nameWords(f.name), nameWords(f.fullName)};
        for (const QString &alias : f.aliases)
            sets.append(nameWords(alias));
        built->append(sets);
    }
    m_nameWords = built;
    return *m_nameWords;
}

const AnswerChecker::Meanings &AnswerChecker::meanings() const
{
    if (m_meanings)
        return *m_meanings;
    auto built = std::make_shared<Meanings>();
    built->ofFact.reserve(m_facts.size());
    for (const Fact &f : m_facts) {
        // The deck's English line for a built-in entry, whatever language the learner reads it
        // in: the lexicon is English first. A learner's own or edited entry: their words.
        const DeckFact *builtin = f.own || f.edited ? nullptr : Deck::builtin().findFact(f.key);
        FunctionMeaning meaning = FunctionMeaning::read(builtin ? builtin->fact.function : f.function);
        // What a line says only in contrast ("only SMB 3 encrypts", "IPv6 has none") is no trait.
        if (f.security == Security::Partial || f.security == Security::Optional) {
            for (const QString &key : {QStringLiteral("encrypted"), QStringLiteral("cleartext")}) {
                if (meaning.asserted().contains(key)) // "does not encrypt" (AH) stays: that is no contrast
                    meaning.remove(key);
            }
        }
        if (f.kind == FactKind::Concept) {
            meaning.remove(QStringLiteral("ipv4"));
            meaning.remove(QStringLiteral("ipv6"));
        }
        for (const QString &tag : f.tags) {
            const QString key = FunctionMeaning::conceptOfTag(tag);
            if (!key.isEmpty() && !meaning.denied().contains(key))
                meaning.add(key);
        }
        if (f.kind == FactKind::Protocol || f.kind == FactKind::IpProtocol) {
            if (f.security == Security::Yes && !meaning.asserted().contains(QStringLiteral("cleartext")))
                meaning.add(QStringLiteral("encrypted"));
            else if (f.security == Security::No && !meaning.asserted().contains(QStringLiteral("encrypted")))
                meaning.add(QStringLiteral("cleartext"));
        }
        built->ofFact.append(meaning);
    }
    m_meanings = built;
    return *m_meanings;
}

QList<const Fact *> AnswerChecker::factsByWords(const QString &text) const
{
    QList<const Fact *> out;
    const QSet<QString> words = nameWords(text);
    if (words.isEmpty())
        return out;
    const QList<QList<QSet<QString>>> &nameWordsOf = nameWordsOfFacts();
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        if (m_facts.at(i).kind == FactKind::Range)
            continue;
        for (const QSet<QString> &name : nameWordsOf.at(i)) {
            if (name == words) {
                out.append(&m_facts.at(i));
                break;
            }
        }
    }
    // "smtp secure", "secure snmp": the one secure replacement of the protocol named. Never
    // for a protocol with two ("secure ftp" is SFTP's own expansion, found above).
    if (out.isEmpty() && (words.contains(QStringLiteral("secure")) || words.contains(QStringLiteral("sicher")))) {
        QSet<QString> rest = words;
        rest.remove(QStringLiteral("secure"));
        rest.remove(QStringLiteral("sicher"));
        for (qsizetype i = 0; i < m_facts.size() && !rest.isEmpty(); ++i) {
            const Fact &f = m_facts.at(i);
            if (f.secureCounterparts.size() != 1 || !nameWordsOf.at(i).contains(rest))
                continue;
            for (const Fact &c : m_facts) {
                if (c.key == f.secureCounterparts.constFirst())
                    out.append(&c);
            }
        }
    }
    return out;
}

QList<const Fact *> AnswerChecker::factsNamed(const QString &text, bool allowTypos) const
{
    const QString wanted = squash(text);
    QList<const Fact *> exact;
    if (wanted.isEmpty())
        return exact;
    for (const Fact &f : m_facts) {
        if (f.kind == FactKind::Range)
            continue;
        QStringList names{f.name, f.fullName};
        names += f.aliases;
        for (const QString &n : std::as_const(names)) {
            if (squash(n) == wanted) {
                exact.append(&f);
                break;
            }
        }
    }
    if (!exact.isEmpty() || !allowTypos)
        return exact;
    // One small typo, never in a digit: "Secure Shel" is SSH, but "SNMPv2" is not SNMPv3; and
    // never when what was typed is another service's real name.
    const bool anotherService = registeredServiceNames().contains(wanted);
    const int allowance = typoAllowance(wanted);
    if (allowance == 0)
        return {};
    int best = allowance + 1;
    QList<const Fact *> closest;
    for (const Fact &f : m_facts) {
        if (f.kind == FactKind::Range)
            continue;
        QStringList names{f.name, f.fullName};
        names += f.aliases;
        int fBest = allowance + 1;
        for (const QString &n : std::as_const(names)) {
            const QString candidate = squash(n);
            if (digitsOf(candidate) != digitsOf(wanted) || typoAllowance(candidate) == 0)
                continue;
            const int distance = editDistance(candidate, wanted, allowance);
            // Another service's real name ("NNTP") is read as a deck name only when it is the same
            // letters swapped ("DSN" for DNS), never another letter ("NNTP" is not SNTP).
            QString sortedCandidate = candidate;
            QString sortedWanted = wanted;
            std::sort(sortedCandidate.begin(), sortedCandidate.end());
            std::sort(sortedWanted.begin(), sortedWanted.end());
            if (anotherService && sortedCandidate != sortedWanted)
                continue;
            if (distance <= allowance && typoAcceptable(candidate, wanted, distance))
                fBest = std::min(fBest, distance);
        }
        if (fBest < best) {
            best = fBest;
            closest = {&f};
        } else if (fBest == best && fBest <= allowance) {
            closest.append(&f);
        }
    }
    // A typo as close to two protocols as to one means nothing for sure.
    return best <= allowance && closest.size() == 1 ? closest : QList<const Fact *>();
}

QList<const Fact *> AnswerChecker::factsInAnswer(const QString &answer) const
{
    const QString text = answer.left(kMaxAnswerLength);
    // Exactly a name first, then its words in any order, and only then a typo: a typo must
    // never pull "MySQL Server" to SQL Server when the words say MySQL.
    QList<const Fact *> named = factsNamed(text, false);
    if (!named.isEmpty())
        return named;
    named = factsByWords(text);
    if (!named.isEmpty())
        return named;
    named = factsNamed(text, true);
    if (!named.isEmpty())
        return named;
    // "SSH (port 22)", "https 443", "FTP data": the name without numbers, transports and roles.
    static const QRegularExpression noise(QStringLiteral(
        "\\([^)]*\\)|\\b(\\d+|tcp|udp|ports?|on|uses?|the|data|control|client|server|traps?|"
        "agent|requests?|queries|default|signall?ing)\\b"));
    QString cleaned = text.toLower();
    cleaned.replace(noise, QStringLiteral(" "));
    named = factsNamed(cleaned, true);
    if (!named.isEmpty())
        return named;
    static const QRegularExpression parts(
        QStringLiteral("\\s*(?:[,;/&+|]|\\bor\\b|\\band\\b|\\boder\\b|\\bund\\b)\\s*"));
    for (const QString &piece : cleaned.split(parts, Qt::SkipEmptyParts).mid(0, 16)) {
        for (const Fact *f : factsNamed(piece, true)) {
            if (!named.contains(f)) // "SMB / CIFS" names one protocol twice
                named.append(f);
        }
    }
    return named;
}

const Fact *AnswerChecker::factNamed(const QString &text) const
{
    QList<const Fact *> found = factsNamed(text, false);
    if (found.isEmpty())
        found = factsByWords(text);
    if (found.isEmpty())
        found = factsNamed(text, true);
    return found.size() == 1 ? found.constFirst() : nullptr;
}

int AnswerChecker::portClass(int port)
{
    return port <= 1023 ? 0 : port <= 49151 ? 1 : 2;
}

QString AnswerChecker::portClassWord(int cls)
{
    switch (cls) {
    case 0: return tr("well-known");
    case 1: return tr("registered");
    default: break;
    }
    return tr("dynamic (ephemeral)");
}

QString AnswerChecker::portClassName(int cls)
{
    switch (cls) {
    case 0: return tr("well-known (0–1023)");
    case 1: return tr("registered (1024–49151)");
    default: break;
    }
    return tr("dynamic (49152–65535)");
}

CheckResult AnswerChecker::checkPort(const Fact &fact, const QString &answer) const
{
    CheckResult r;
    r.expected = {CardTexts::portsLine(fact)};
    const ParsedPorts parsed = parsePorts(answer);

    if (fact.kind == FactKind::IpProtocol) {
        const bool noPort = parsed.none || parsed.ipProtocols.contains(fact.ipProtocol);
        bool onlyItsPort = false; // ESP's UDP 4500, which it uses only behind NAT
        for (const PortToken &p : parsed.ports)
            onlyItsPort = onlyItsPort || fact.hasPort(p.port);
        if (!noPort && onlyItsPort) {
            r.verdict = Verdict::Partial;
            r.feedback = tr("%1 is for one case only (%2); %3 itself is IP protocol %4, with no port.")
                             .arg(CardTexts::portsLine(fact).section(QStringLiteral("; "), -1), fact.ports.constFirst().role, fact.name)
                             .arg(fact.ipProtocol);
            return r;
        }
        const bool right = noPort;
        bool protocolNumberAsPort = false;
        for (const PortToken &p : parsed.ports)
            protocolNumberAsPort = protocolNumberAsPort || (!right && p.port == fact.ipProtocol);
        if (right) {
            r.verdict = Verdict::Correct;
            r.feedback = tr("Right: %1 is IP protocol %2 and has no port of its own.").arg(fact.name).arg(fact.ipProtocol);
        } else if (protocolNumberAsPort) {
            // The right number in the wrong field: partly right, and said why.
            r.verdict = Verdict::Partial;
            r.feedback = tr("%1 is %2's IP protocol number, not a port: %2 has no port of its own.")
                             .arg(fact.ipProtocol).arg(fact.name);
        } else {
            r.feedback = tr("%1 has no port: it is IP protocol %2.").arg(fact.name).arg(fact.ipProtocol);
        }
        return r;
    }

    if (parsed.ports.isEmpty() || !parsed.invalid.isEmpty()) {
        // Number garbage beside a right port is no answer to trust either.
        r.feedback = parsed.invalid.isEmpty()
                         ? tr("Answer with a port number, such as 22.")
                         : tr("%1 is not a port: ports are whole numbers from 0 to 65535.").arg(parsed.invalid.constFirst());
        return r;
    }
    QSet<int> given;
    for (const PortToken &p : parsed.ports)
        given.insert(p.port);
    const QList<int> expected = fact.currentPortNumbers(); // legacy ports count, but are never missed
    QStringList wrong;
    int right = 0;
    for (int p : std::as_const(given)) {
        if (fact.hasPort(p))
            ++right;
        else
            wrong.append(QString::number(p));
    }
    QStringList missingText;
    for (int p : expected) {
        if (!given.contains(p)) {
            r.missing.append(QString::number(p));
            QString role;
            for (const PortSpec &spec : fact.ports) {
                if (spec.port == p && !spec.role.isEmpty())
                    role = spec.role;
            }
            missingText.append(role.isEmpty() ? QString::number(p) : tr("%1 (%2)").arg(p).arg(role));
        }
    }
    std::sort(wrong.begin(), wrong.end());
    if (right == 0) {
        // SMTPS on 465: the port's first use and what many servers still say, but the exam's
        // SMTPS is submission on 587.
        if (fact.key == QLatin1String("smtps") && given == QSet<int>{465}) {
            r.verdict = Verdict::Partial;
            r.feedback = smtpsOn465();
            return r;
        }
        r.feedback = tr("%1 uses %2.").arg(fact.name, CardTexts::portsLine(fact));
        return r;
    }
    if (!wrong.isEmpty()) {
        // A stray port beside a right one is a wrong answer: the learner would open it.
        r.verdict = Verdict::Wrong;
        r.feedback = tr("%1 is not a port of %2.").arg(wrong.join(QStringLiteral(", ")), fact.name);
        if (!missingText.isEmpty())
            r.feedback += QLatin1Char(' ') + tr("Missing: %1.").arg(missingText.join(QStringLiteral(", ")));
        return r;
    }
    QStringList legacy;
    for (const PortSpec &spec : fact.ports) {
        if (spec.legacy && given.contains(spec.port) && !legacy.contains(QString::number(spec.port)))
            legacy.append(QString::number(spec.port));
    }
    if (!missingText.isEmpty()) {
        r.verdict = Verdict::Partial;
        QStringList current;
        for (int p : fact.currentPortNumbers())
            current.append(QString::number(p));
        r.feedback = legacy.isEmpty()
                         ? tr("Missing: %1.").arg(missingText.join(QStringLiteral(", ")))
                         : tr("%1: legacy port(s) of %2. Today it uses %3.", nullptr, int(legacy.size()))
                               .arg(legacy.join(QStringLiteral(", ")), fact.name, current.join(QStringLiteral(", ")));
        return r;
    }
    if (!legacy.isEmpty())
        r.feedback = tr("Right; %1: legacy port(s) that older servers still use.", nullptr, int(legacy.size()))
                         .arg(legacy.join(QStringLiteral(", ")));
    for (const PortToken &p : parsed.ports) {
        if (p.transport && !fact.hasPort(p.port, *p.transport)) {
            r.verdict = Verdict::Partial;
            r.feedback = tr("Right number, wrong transport: %1 uses %2.").arg(fact.name, CardTexts::portsLine(fact));
            return r;
        }
    }
    r.verdict = Verdict::Correct;
    return r;
}

CheckResult AnswerChecker::checkProtocolOnPort(int port, const QString &answer) const
{
    CheckResult r;
    QList<const Fact *> onPort;
    for (const Fact &f : m_facts) {
        if (f.kind != FactKind::Range && f.hasPort(port)) {
            onPort.append(&f);
            r.expected.append(f.name);
        }
    }
    if (onPort.isEmpty()) {
        r.feedback = tr("No protocol of the deck uses port %1.").arg(port);
        return r;
    }
    // The whole answer as one name first ("Secure Shell"), else its parts ("SSH or SFTP").
    const QList<const Fact *> named = factsInAnswer(answer);
    int right = 0;
    QStringList wrongNames;
    for (const Fact *f : std::as_const(named)) {
        if (onPort.contains(f))
            ++right;
        else if (!wrongNames.contains(f->name))
            wrongNames.append(f->name);
    }
    // A family name shared by several facts ("NetBIOS", "IPsec", "secure FTP") is right when
    // one of them is.
    if (right > 0 && named.size() > 1
        && (factsNamed(answer, true).size() == named.size() || factsByWords(answer).size() == named.size()))
        wrongNames.clear();
    if (right > 0 && wrongNames.isEmpty()) {
        r.verdict = Verdict::Correct;
        if (onPort.size() > 1)
            r.feedback = tr("Port %1 is shared: %2.").arg(port).arg(r.expected.join(tr(" or ")));
        return r;
    }
    if (right > 0) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("%1 does not use port %2.").arg(wrongNames.join(QStringLiteral(", "))).arg(port);
        return r;
    }
    // Debatable answers: partly right, with the reason.
    const bool named1 = named.size() == 1;
    if (named1 && port == 465 && named.constFirst()->key == QLatin1String("smtps")) {
        r.verdict = Verdict::Partial;
        r.feedback = smtpsOn465();
        return r;
    }
    if (named1 && port == 8080 && named.constFirst()->key == QLatin1String("http")) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("8080 carries HTTP, as its alternate port; the exam calls it %1.").arg(r.expected.join(tr(" or ")));
        return r;
    }
    if (!wrongNames.isEmpty())
        r.feedback = tr("%1 does not use port %2; %3 does.").arg(wrongNames.join(QStringLiteral(", "))).arg(port).arg(r.expected.join(tr(" or ")));
    else if (answer.trimmed().isEmpty())
        r.feedback = tr("Port %1 is %2.").arg(port).arg(r.expected.join(tr(" or ")));
    else if (registeredServiceNames().contains(squash(answer))) // VNC, RTP: real, but not on this port
        r.feedback = tr("%1 does not use port %2; %3 does.").arg(answer.trimmed().left(40)).arg(port).arg(r.expected.join(tr(" or ")));
    else
        r.feedback = tr("No protocol is called “%1”. Port %2 is %3.").arg(answer.trimmed().left(40)).arg(port).arg(r.expected.join(tr(" or ")));
    return r;
}

CheckResult AnswerChecker::checkPorts(const QList<PortSpec> &required, const QString &answer) const
{
    CheckResult r;
    QStringList wanted;
    QSet<int> requiredPorts;
    for (const PortSpec &p : required) {
        wanted.append(tr("%1 %2").arg(transportName(p.transport)).arg(p.port));
        requiredPorts.insert(p.port);
    }
    r.expected = {wanted.join(QStringLiteral(", "))};
    ParsedPorts parsed = parsePorts(answer);
    if (parsed.ports.isEmpty() || !parsed.invalid.isEmpty()) {
        r.feedback = parsed.invalid.isEmpty()
                         ? tr("Answer with ports and transports, such as UDP 67, TCP 443.")
                         : tr("%1 is not a port: ports are whole numbers from 0 to 65535.").arg(parsed.invalid.constFirst());
        return r;
    }
    // "UDP 67, 68, 123": one transport word for the whole answer is every port's.
    static const QRegularExpression tcpWord(QStringLiteral("\\btcp"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression udpWord(QStringLiteral("\\budp"), QRegularExpression::CaseInsensitiveOption);
    const bool tcp = tcpWord.match(answer).hasMatch();
    const bool udp = udpWord.match(answer).hasMatch();
    if (tcp != udp) {
        for (PortToken &p : parsed.ports)
            if (!p.transport)
                p.transport = tcp ? Transport::Tcp : Transport::Udp;
    }
    QSet<std::pair<int, int>> named;
    QSet<int> untyped;
    QStringList extra;
    QStringList wrongTransport;
    for (const PortToken &p : std::as_const(parsed.ports)) {
        if (!requiredPorts.contains(p.port)) {
            if (!extra.contains(QString::number(p.port)))
                extra.append(QString::number(p.port));
        } else if (!p.transport) {
            untyped.insert(p.port);
        } else if (std::any_of(required.cbegin(), required.cend(),
                               [&](const PortSpec &s) { return s.port == p.port && s.transport == *p.transport; })) {
            named.insert({p.port, int(*p.transport)});
        } else {
            wrongTransport.append(tr("%1 %2").arg(transportName(*p.transport)).arg(p.port));
        }
    }
    QStringList missing;
    QStringList needTransport;
    for (const PortSpec &p : required) {
        if (named.contains({p.port, int(p.transport)}))
            continue;
        const QString text = tr("%1 %2").arg(transportName(p.transport)).arg(p.port);
        if (untyped.contains(p.port))
            needTransport.append(text);
        else
            missing.append(text);
        r.missing.append(text);
    }
    QStringList sentences;
    if (!extra.isEmpty())
        sentences << tr("%1 is not needed here: the firewall would open it for nothing.", "", int(extra.size()))
                         .arg(extra.join(QStringLiteral(", ")));
    if (!wrongTransport.isEmpty())
        sentences << tr("Wrong transport: %1.").arg(wrongTransport.join(QStringLiteral(", ")));
    if (!needTransport.isEmpty())
        sentences << tr("Name the transport too: %1.").arg(needTransport.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        sentences << tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")));
    r.feedback = sentences.join(QLatin1Char(' '));
    const bool allNamed = named.size() == required.size();
    r.verdict = allNamed && extra.isEmpty() && wrongTransport.isEmpty() ? Verdict::Correct
                : !named.isEmpty() || !untyped.isEmpty()                ? Verdict::Partial
                                                                        : Verdict::Wrong;
    return r;
}

QString AnswerChecker::smtpsOn465()
{
    // The port's first use and what many servers still say; N10-009 lists only 587.
    return tr("465 is SMTP over implicit TLS (submissions), which many call SMTPS; the exam's SMTPS "
              "is submission on TCP 587.");
}

CheckResult AnswerChecker::checkName(const Fact &fact, const QString &answer) const
{
    CheckResult r;
    r.expected = {fact.name};
    const QList<const Fact *> named = factsInAnswer(answer);
    if (named.contains(&fact) || std::any_of(named.cbegin(), named.cend(), [&fact](const Fact *f) { return f->key == fact.key; })) {
        r.verdict = Verdict::Correct;
        // A family name ("IPsec" for AH or ESP) is partly right: the question asks which one.
        if (named.size() > 1) {
            QStringList names;
            for (const Fact *f : named)
                names.append(f->name);
            r.verdict = Verdict::Partial;
            r.feedback = tr("“%1” names %2; this one is %3.").arg(answer.trimmed().left(40), names.join(tr(" or ")), fact.name);
        }
        return r;
    }
    // Debatable: SMTPS for submissions (465), HTTP for its alternate port 8080.
    const bool one = named.size() == 1;
    if (one && fact.key == QLatin1String("submissions") && named.constFirst()->key == QLatin1String("smtps")) {
        r.verdict = Verdict::Partial;
        r.feedback = smtpsOn465();
        return r;
    }
    if (one && fact.key == QLatin1String("http-alt") && named.constFirst()->key == QLatin1String("http")) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("8080 carries HTTP, as its alternate port; the exam calls it %1.").arg(fact.name);
        return r;
    }
    if (!named.isEmpty())
        r.feedback = tr("That describes %1; %2 is: %3").arg(fact.name, named.constFirst()->name, named.constFirst()->function);
    else
        r.feedback = fact.fullName.isEmpty() ? tr("It is %1.").arg(fact.name) : tr("It is %1 (%2).").arg(fact.name, fact.fullName);
    return r;
}

CheckResult AnswerChecker::checkTransport(const Fact &fact, const QString &answer) const
{
    CheckResult r;
    const bool tcp = fact.kind != FactKind::IpProtocol || !fact.ports.isEmpty() ? fact.usesTransport(Transport::Tcp) : false;
    const bool udp = fact.kind != FactKind::IpProtocol || !fact.ports.isEmpty() ? fact.usesTransport(Transport::Udp) : false;
    r.expected = {tcp && udp ? tr("TCP and UDP") : tcp ? QStringLiteral("TCP") : udp ? QStringLiteral("UDP") : tr("neither: carried directly in IP")};
    const TransportAnswer a = parseTransports(answer);
    if (!a.understood) {
        r.feedback = tr("Answer TCP, UDP or both.");
        return r;
    }
    if (!tcp && !udp) {
        r.verdict = a.neither && !a.tcp && !a.udp ? Verdict::Correct : Verdict::Wrong;
        if (r.verdict == Verdict::Wrong)
            r.feedback = tr("%1 is IP protocol %2: it runs on neither TCP nor UDP.").arg(fact.name).arg(fact.ipProtocol);
        return r;
    }
    if ((a.tcp == tcp && a.udp == udp && !a.neither)
        || (fact.kind == FactKind::IpProtocol && a.neither && !a.tcp && !a.udp)) {
        r.verdict = Verdict::Correct;
        return r;
    }
    if ((a.tcp && !tcp) || (a.udp && !udp) || a.neither) {
        r.feedback = tr("%1 uses %2.").arg(fact.name, r.expected.constFirst());
        return r;
    }
    // "Both" is the answer; one transport alone is wrong, and the other is named.
    r.missing = {tcp && !a.tcp ? QStringLiteral("TCP") : QStringLiteral("UDP")};
    r.feedback = tr("%1 uses both TCP and UDP; you left out %2: %3.")
                     .arg(fact.name, r.missing.constFirst(), CardTexts::portsLine(fact));
    return r;
}

CheckResult AnswerChecker::checkFunction(const Fact &fact, const QString &answer) const
{
    CheckResult r;
    r.expected = {fact.function};
    // Meaning before words: secrecy, the direction of mail, signalling against media.
    const Stance said = stanceOf(answer);
    const Stance is = stanceOf(fact.function);
    if (fact.security == Security::Yes && said.clearText) {
        r.feedback = tr("%1 is encrypted: %2").arg(fact.name, fact.function);
        return r;
    }
    if (fact.security == Security::No && said.encrypted) {
        r.feedback = tr("%1 itself is not encrypted: %2").arg(fact.name, fact.function);
        return r;
    }
    if (fact.tags.contains(QLatin1String("mail"))
        && ((said.retrieves && !said.sends && is.sends && !is.retrieves)
            || (said.sends && !said.retrieves && is.retrieves && !is.sends))) {
        r.feedback = tr("The other direction: %1: %2").arg(fact.name, fact.function);
        return r;
    }
    if (said.carriesMedia && !said.signalling && is.signalling && !is.carriesMedia) {
        r.feedback = tr("%1 only sets the call up; the media goes elsewhere: %2").arg(fact.name, fact.function);
        return r;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_facts.size() && index < 0; ++i)
        index = m_facts.at(i).key == fact.key ? i : -1;
    const Meanings &all = meanings();
    const FunctionMeaning meaning = index >= 0 ? all.ofFact.at(index) : FunctionMeaning();
    // Jobs, and for the transports and traffic types, whose line names no job, their traits.
    // What the learner says it does, against what it does.
    const FunctionMeaning saidMeaning = FunctionMeaning::read(answer);
    if (!saidMeaning.contradiction(meaning).isEmpty()) {
        r.feedback = tr("That does not fit %1: %2").arg(fact.name, fact.function);
        return r;
    }
    // Its jobs; where the line names none (the transports, the traffic types, the databases),
    // what sets it apart: its traits ("connectionless", "one-to-all", "open-source").
    // Traits that say how, never what: they set no entry apart from another.
    static const QSet<QString> notJobs{QStringLiteral("encrypted"), QStringLiteral("cleartext"), QStringLiteral("ipv4"),
                                       QStringLiteral("ipv6")};
    QSet<QString> itsJobs = meaning.ofWeight(FunctionMeaning::Weight::Job);
    const bool byTraits = itsJobs.isEmpty();
    if (byTraits)
        itsJobs = meaning.ofWeight(FunctionMeaning::Weight::Trait) - notJobs;
    if (itsJobs.isEmpty())
        return checkFunctionWords(fact, answer); // a line the lexicon cannot read: words alone
    // "Over UDP" for a protocol that never uses UDP ("TCP, not UDP" names TCP only).
    if (fact.kind == FactKind::Protocol) {
        const TransportAnswer said = parseTransports(answer);
        if ((said.udp && !fact.usesTransport(Transport::Udp)) || (said.tcp && !fact.usesTransport(Transport::Tcp))) {
            r.feedback = tr("%1 uses %2: %3").arg(fact.name, CardTexts::portsLine(fact), fact.function);
            return r;
        }
    }
    QSet<QString> saidJobs = saidMeaning.ofWeight(FunctionMeaning::Weight::Job);
    if (byTraits)
        saidJobs += saidMeaning.ofWeight(FunctionMeaning::Weight::Trait) - notJobs;
    const QSet<QString> rightJobs = saidJobs & itsJobs;
    // Other jobs are real jobs only: a trait that fits no other entry is no claim of another job.
    const QSet<QString> otherJobs = saidMeaning.ofWeight(FunctionMeaning::Weight::Job) - meaning.asserted();
    // Sharing files and moving them are kin: one for the other is part of the answer.
    static const QSet<QString> fileJobs{QStringLiteral("file-transfer"), QStringLiteral("file-sharing")};
    if (rightJobs.isEmpty() && otherJobs.intersects(fileJobs) && itsJobs.intersects(fileJobs)
        && (otherJobs - fileJobs).isEmpty()) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("On the right track. In full: %1").arg(fact.function);
        return r;
    }
    if (rightJobs.isEmpty() && !otherJobs.isEmpty()) {
        // Another protocol's job: name the one it describes best.
        const Fact *best = nullptr;
        qsizetype bestOverlap = 0;
        for (qsizetype i = 0; i < m_facts.size(); ++i) {
            const qsizetype overlap = (saidJobs & all.ofFact.at(i).asserted()).size();
            if (i != index && overlap > bestOverlap && m_facts.at(i).kind != FactKind::Range) {
                best = &m_facts.at(i);
                bestOverlap = overlap;
            }
        }
        r.feedback = best ? tr("That describes %1; %2 is: %3").arg(best->name, fact.name, fact.function)
                          : tr("%1: %2").arg(fact.name, fact.function);
        return r;
    }
    const QSet<QString> common = saidMeaning.asserted() & meaning.asserted();
    // "Secure version of SNMP", "LDAP over TLS": the insecure twin named, and made secure.
    if (rightJobs.isEmpty() && otherJobs.isEmpty() && saidMeaning.asserted().contains(QStringLiteral("encrypted"))) {
        const QString lower = answer.left(kMaxAnswerLength).toLower();
        for (const Fact &twin : m_facts) {
            if (!twin.secureCounterparts.contains(fact.key))
                continue;
            const QRegularExpression name(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(twin.name.toLower())));
            if (name.match(lower).hasMatch()) {
                r.verdict = Verdict::Correct;
                return r;
            }
        }
    }
    // Two topics in common say what it is for too ("secure remote administration" for SSH).
    const qsizetype topics = std::count_if(common.cbegin(), common.cend(), [](const QString &key) {
        return FunctionMeaning::weightOf(key) != FunctionMeaning::Weight::Trait;
    });
    if (rightJobs.isEmpty() && topics < 2) {
        // None of its jobs named: words in common are at most part of it.
        CheckResult words = checkFunctionWords(fact, answer);
        if (words.verdict == Verdict::Correct) {
            words.verdict = Verdict::Partial;
            words.feedback = tr("On the right track. In full: %1").arg(fact.function);
        }
        if (!common.isEmpty() && words.verdict == Verdict::Wrong) {
            words.verdict = Verdict::Partial; // a topic in common ("email" for SMTP)
            words.feedback = tr("On the right track. In full: %1").arg(fact.function);
        }
        return words;
    }
    if (!otherJobs.isEmpty()) {
        r.verdict = Verdict::Partial; // its job, and another one besides
        r.feedback = tr("Partly: %1 is: %2").arg(fact.name, fact.function);
        return r;
    }
    // One word names a topic, not what the protocol does ("monitoring", "tunnels").
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (answer.trimmed().split(space, Qt::SkipEmptyParts).size() <= 1) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("On the right track. In full: %1").arg(fact.function);
        return r;
    }
    // A secure protocol described as its insecure twin would be ("file transfer" for SFTP).
    if (fact.security == Security::Yes && !saidMeaning.asserted().contains(QStringLiteral("encrypted"))
        && !saidMeaning.asserted().contains(QStringLiteral("over-tls")) && !saidMeaning.asserted().contains(QStringLiteral("over-ssh"))) {
        for (qsizetype i = 0; i < m_facts.size(); ++i) {
            if (m_facts.at(i).secureCounterparts.contains(fact.key) && (rightJobs - all.ofFact.at(i).asserted()).isEmpty()) {
                r.verdict = Verdict::Partial;
                r.feedback = tr("That is true of %1 too: what makes %2 secure? %3").arg(m_facts.at(i).name, fact.name, fact.function);
                return r;
            }
        }
    }
    r.verdict = Verdict::Correct;
    return r;
}

CheckResult AnswerChecker::checkFunctionWords(const Fact &fact, const QString &answer) const
{
    CheckResult r;
    r.expected = {fact.function};
    QSet<QString> wanted = keywords(fact.function);
    for (const QString &tag : fact.tags)
        wanted.insert(stem(tag));
    // Each distinct word the learner used that names part of the function counts once:
    // "time synchronization" is two hits for NTP.
    const QHash<QString, QString> given = keywordsByWord(answer);
    int hits = 0;
    for (const QString &k : given)
        hits += wanted.contains(k) ? 1 : 0;
    if (hits >= std::min<qsizetype>(2, wanted.size())) {
        r.verdict = Verdict::Correct;
    } else if (hits == 1) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("On the right track. In full: %1").arg(fact.function);
    } else {
        r.feedback = tr("%1: %2").arg(fact.name, fact.function);
    }
    return r;
}

CheckResult AnswerChecker::checkSecure(const Fact &fact, const QString &answer) const
{
    CheckResult r;
    QList<const Fact *> counterparts;
    for (const QString &key : fact.secureCounterparts) {
        for (const Fact &f : m_facts) {
            if (f.key == key) {
                counterparts.append(&f);
                r.expected.append(f.name);
            }
        }
    }
    if (counterparts.isEmpty()) {
        r.feedback = fact.security == Security::Yes ? tr("%1 is already secure.").arg(fact.name)
                                                    : tr("The deck names no secure replacement for %1.").arg(fact.name);
        return r;
    }
    const QList<const Fact *> named = factsInAnswer(answer);
    int right = 0;
    QStringList wrongNames;
    for (const Fact *f : std::as_const(named)) {
        if (counterparts.contains(f))
            ++right;
        else if (!wrongNames.contains(f->name))
            wrongNames.append(f->name);
    }
    // The replacement may be named by its port: "22" or "port 443".
    if (named.isEmpty()) {
        const ParsedPorts parsed = parsePorts(answer);
        if (parsed.words.isEmpty() && parsed.invalid.isEmpty()) {
            for (const PortToken &p : parsed.ports) {
                bool ofCounterpart = false;
                for (const Fact *c : std::as_const(counterparts))
                    ofCounterpart = ofCounterpart || (p.transport ? c->hasPort(p.port, *p.transport) : c->hasPort(p.port));
                // A replacement on exactly the insecure protocol's ports (SNMPv3 on 161 and 162)
                // cannot be named by a port: the port names the old protocol as well.
                bool samePorts = false;
                const QList<int> oldPorts = fact.portNumbers();
                for (const Fact *c : std::as_const(counterparts)) {
                    const QList<int> newPorts = c->portNumbers();
                    samePorts = samePorts || (c->hasPort(p.port) && QSet<int>(newPorts.cbegin(), newPorts.cend())
                                                                        == QSet<int>(oldPorts.cbegin(), oldPorts.cend()));
                }
                if (ofCounterpart && !samePorts)
                    ++right;
                else
                    wrongNames.append(QString::number(p.port));
            }
        }
    }
    if (right > 0 && wrongNames.isEmpty()) {
        r.verdict = Verdict::Correct;
        return r;
    }
    // DoH encrypts DNS too, but the exam's secure DNS is DoT; answered by name or by its port.
    static const QRegularExpression doh(QStringLiteral("\\b(doh|dns\\s+over\\s+https)\\b"));
    const QSet<int> given = [&answer] {
        QSet<int> ports;
        const ParsedPorts parsed = parsePorts(answer);
        for (const PortToken &p : parsed.ports)
            ports.insert(p.port);
        return parsed.words.isEmpty() ? ports : QSet<int>();
    }();
    if (right == 0 && fact.key == QLatin1String("dns")
        && (doh.match(answer.left(kMaxAnswerLength).toLower()).hasMatch() || given == QSet<int>{443})) {
        r.verdict = Verdict::Partial;
        r.feedback = tr("DoH (DNS over HTTPS, TCP 443) encrypts DNS too; the exam's answer is %1.").arg(r.expected.join(tr(" or ")));
        return r;
    }
    // SMTP over implicit TLS on 465 (submissions) replaces SMTP too; the exam's answer is 587.
    const bool submissions = std::any_of(named.cbegin(), named.cend(), [](const Fact *f) { return f->key == QLatin1String("submissions"); });
    if (right == 0 && fact.key == QLatin1String("smtp") && (submissions || given == QSet<int>{465})) {
        r.verdict = Verdict::Partial;
        r.feedback = smtpsOn465();
        return r;
    }
    r.verdict = right > 0 ? Verdict::Partial : Verdict::Wrong;
    r.feedback = tr("%1 is replaced by %2.").arg(fact.name, r.expected.join(tr(" or ")));
    return r;
}

CheckResult AnswerChecker::checkRange(int port, const QString &answer) const
{
    CheckResult r;
    const int cls = portClass(port);
    r.expected = {portClassName(cls)};
    QString a = answer.left(kMaxAnswerLength).toLower();
    static const QRegularExpression negated(QStringLiteral("\\b(not|nicht|kein|keine)\\s+[\\w-]+(\\s+known)?"));
    a.replace(negated, QStringLiteral(" "));
    // Each with the typos that keep the word recognisable: "well-knwon", "ephemral", "registred".
    static const QRegularExpression wellKnown(QStringLiteral("\\bwel+[\\s-]*k\\w*|system|bekannt"));
    static const QRegularExpression registered(QStringLiteral("\\bre?g[ie]?s?[ti]\\w*r\\w*|user|benutzer"));
    static const QRegularExpression dynamic(QStringLiteral("\\bdy[na]+m\\w*|private|privat|\\beph?e?m\\w*r\\w*|flüchtig"));
    const bool classes[] = {wellKnown.match(a).hasMatch(), registered.match(a).hasMatch(), dynamic.match(a).hasMatch()};
    const int named = int(classes[0]) + int(classes[1]) + int(classes[2]);
    if (named > 1) {
        r.feedback = tr("Name one range: %1 is %2.").arg(port).arg(portClassName(cls));
        return r;
    }
    const int said = classes[0] ? 0 : classes[1] ? 1 : classes[2] ? 2 : -1;
    if (said == cls) {
        r.verdict = Verdict::Correct;
        return r;
    }
    if (said == -1)
        r.feedback = tr("Answer well-known, registered or dynamic.");
    else if (cls == 1 && said == 2)
        r.feedback = tr("%1 is a registered port. “1024 and up are ephemeral” is a shortcut: IANA's dynamic range starts at 49152.").arg(port);
    else
        r.feedback = tr("%1 is %2.").arg(port).arg(portClassName(cls));
    return r;
}

std::optional<CheckResult> AnswerChecker::checkCard(const CardInfo &card, const QString &answer) const
{
    if (card.tmpl == CardTemplate::PortToProtocol)
        return checkProtocolOnPort(card.variant.toInt(), answer);
    const Fact *fact = nullptr;
    for (const Fact &f : m_facts) {
        if (f.id == card.factId)
            fact = &f;
    }
    if (!fact)
        return std::nullopt;
    switch (card.tmpl) {
    case CardTemplate::ProtocolToPort: return checkPort(*fact, answer);
    case CardTemplate::FunctionToProtocol: return checkName(*fact, answer);
    case CardTemplate::ProtocolToTransport: return checkTransport(*fact, answer);
    case CardTemplate::InsecureToSecure: return checkSecure(*fact, answer);
    case CardTemplate::PortToProtocol:
    case CardTemplate::Basic: break;
    }
    return std::nullopt;
}

std::optional<CheckResult> AnswerChecker::check(QuestionKind kind, const QString &subject,
                                                const QString &answer, QString *error) const
{
    if (kind == QuestionKind::Protocol || kind == QuestionKind::Range) {
        const ParsedPorts parsed = parsePorts(subject);
        if (parsed.ports.size() != 1) {
            *error = tr("“%1” is not a port such as 22 or tcp/22.").arg(subject);
            return std::nullopt;
        }
        const int port = parsed.ports.constFirst().port;
        return kind == QuestionKind::Range ? checkRange(port, answer) : checkProtocolOnPort(port, answer);
    }
    const Fact *fact = factNamed(subject);
    if (!fact) {
        *error = tr("“%1” is not a protocol of the deck.").arg(subject);
        return std::nullopt;
    }
    switch (kind) {
    case QuestionKind::Port: return checkPort(*fact, answer);
    case QuestionKind::Name: return checkName(*fact, answer);
    case QuestionKind::Transport: return checkTransport(*fact, answer);
    case QuestionKind::Function: return checkFunction(*fact, answer);
    case QuestionKind::Secure: return checkSecure(*fact, answer);
    case QuestionKind::Protocol:
    case QuestionKind::Range: break;
    }
    return std::nullopt;
}
