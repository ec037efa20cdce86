#include "functionmeaning.h"

#include <QList>
#include <QRegularExpression>

namespace {

struct Lexeme
{
    const char *key;
    FunctionMeaning::Weight weight;
    QRegularExpression pattern;
};

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// The concepts and the phrases that say them. A phrase is matched in lower case; a match just
// after "no", "not", "without", "never" (or German "kein", "ohne", "nicht") denies the concept.
const QList<Lexeme> &lexicon()
{
    using W = FunctionMeaning::Weight;
    static const QList<Lexeme> lexemes = {
        // Naming and addressing.
        {"name-resolution", W::Job,
         re("\\b(resolv\\w*|translat\\w*|convert\\w*|map\\w*|look\\w*\\s+up|lookups?|turn\\w*|find\\w*)\\b[^.;]{0,30}"
            "\\b(names?|hostnames?|domains?|urls?|fqdns?)\\b"
            "|\\b(names?|hostnames?|domain\\s+names?|domains?|urls?|fqdns?)\\b[^.;]{0,15}\\b(to|into|in)\\b[^.;]{0,12}"
            "\\b(ips?|ip\\s+address\\w*|address\\w*)\\b"
            "|\\b(name|hostname|dns)\\s*(resolution|lookups?|queries|query|requests?)\\b|\\bnamensauflösung\\w*|\\blöst\\w*\\s+namen")},
        {"name-assignment", W::Job, re("\\b(assign\\w*|give\\w*|hand\\w*\\s+out)\\b[^.;]{0,15}\\b(host)?names?\\b")},
        {"address-assignment", W::Job,
         re("\\b(assign\\w*|giv\\w*|hand\\w*(\\s+out)?|allocat\\w*|distribut\\w*|"
            "vergib\\w*|verteil\\w*|zuweis\\w*|zuteil\\w*|weist)\\b[^.;]{0,40}\\b(ips?|ipv[46]|address\\w*|adress\\w*)\\b"
            "|\\b(automatic|dynamic)\\w*\\s+(ip\\s+)?(addressing|address\\w*|ip|configuration)\\b|\\bip\\s+addressing\\b"
            "|\\b(address|ip)\\s+leases?\\b|\\bleases?\\s+(out\\s+)?(ip|address\\w*)\\b"
            "|\\bconfigur\\w*\\b[^.;]{0,25}\\b(ips?|ip\\s+address\\w*|ipv[46])\\b")},
        {"mac-resolution", W::Job,
         re("\\b(resolv\\w*|translat\\w*|map\\w*|find\\w*|convert\\w*)\\b[^.;]{0,30}\\bmac(\\s+address\\w*)?\\b|\\barp\\b")},
        {"nat", W::Job,
         re("\\b(private|internal)\\s+(ip\\s+)?address\\w*[^.;]{0,30}\\b(public|external)\\b|\\bnat\\b(?!-t|\\s+travers)")},
        {"time", W::Job,
         re("\\b(clocks?|uhr\\w*|ntp|zeitsync\\w*|zeitserver\\w*|zeit)\\b"
            "|\\b(sync\\w*|keep\\w*|correct\\w*|accura\\w*|distribut\\w*|tell\\w*)\\b[^.;]{0,20}(?<!real-)(?<!real\\s)\\btime\\b"
            "|(?<!real-)(?<!real\\s)\\btime\\b[^.;]{0,20}\\b(sync\\w*|sources?|servers?|accura\\w*|in\\s+step|correct\\w*)\\b")},
        {"automatic", W::Trait, re("\\b(automatic\\w*|dynamic\\w*|automatisch\\w*|dynamisch\\w*)\\b")},
        {"manual", W::Trait, re("\\b(manual\\w*|static\\w*|by\\s+hand|statisch\\w*|manuell\\w*|von\\s+hand)\\b")},
        // Mail.
        {"mail", W::Hint, re("\\b(e-?mails?|mail\\w*)\\b")},
        {"mail-send", W::Job,
         re("\\b(send\\w*|sent|relay\\w*|deliver\\w*|submit\\w*|submission|outgoing|forward\\w*|push\\w*|transfer\\w*|"
            "versend\\w*|einliefer\\w*)\\b[^.;]{0,25}\\b(e-?mails?|mail\\w*)\\b"
            "|\\b(e-?mails?|mail)\\s+(relay\\w*|submission|sending|transfer\\w*|delivery)\\b")},
        {"mail-retrieve", W::Job,
         re("\\b(retriev\\w*|download\\w*|fetch\\w*|pull\\w*|collect\\w*|read\\w*|access\\w*|works?\\s+with|check\\w*|"
            "abhol\\w*|abruf\\w*|herunterlad\\w*|lädt)\\b[^.;]{0,25}\\b(e-?mails?|mail\\w*)\\b"
            "|\\b(e-?mails?|mail\\w*)\\b[^.;]{0,10}\\b(retrieval|access|download)\\b")},
        {"mail-on-server", W::Job,
         re("\\b(stay\\w*|kept|keeps?|keeping|leav\\w*|left|remain\\w*|bleib\\w*|sync\\w*|folders?)\\b[^.;]{0,30}\\bon\\s+(the\\s+)?servers?\\b"
            "|\\b(mail\\w*|inbox\\w*|folders?)\\b[^.;]{0,30}\\b(sync\\w*|across\\s+(all\\s+|several\\s+|many\\s+)?(devices|clients))\\b"
            "|\\bsync\\w*\\b[^.;]{0,20}\\b(mail\\w*|inbox\\w*|folders)\\b")},
        {"mail-removed", W::Job,
         re("\\b(delet\\w*|remov\\w*|lösch\\w*)\\b[^.;]{0,30}\\b(server|it|them|mail)\\b|\\bone\\s+(client|device)\\b")},
        // Files, web, remote access.
        {"file-transfer", W::Job,
         re("\\b(transfer\\w*|sync\\w*|mov\\w*|cop(y|ies|ying)|upload\\w*|download\\w*|send\\w*|push\\w*|pull\\w*|übertr\\w*|"
            "kopier\\w*)\\b[^.;]{0,20}\\b(files?|datei\\w*|firmware|configs?|images?)\\b"
            "|\\b(files?|datei\\w*)[\\s-]*(transfer\\w*|copy\\w*|copying|handling|management|übertragung)\\b|\\bftp\\b"
            "|\\b(configs|config\\s+files|configuration\\s+files|backups?)\\b")},
        {"file-sharing", W::Job,
         re("\\b(shar\\w*|freigab\\w*|gibt\\w*)\\b[^.;]{0,20}\\b(files?|printers?|folders?|datei\\w*|drucker\\w*)\\b"
            "|\\b(printers?|drucker\\w*|network\\s+shares?|file\\s+servers?|file[\\s-]*shar\\w*|smb|cifs)\\b")},
        {"web", W::Job, re("\\b(web(?!\\s+stack)\\w*|websites?|https?|browsers?|web\\s+browsing|html|api\\s+calls?)\\b")},
        {"remote", W::Hint, re("\\b(remote\\w*|fern\\w*|entfernt\\w*)\\b")},
        {"remote-shell", W::Job,
         re("\\b(shell|command[\\s-]+line|cli|terminal|console|konsole|kommandozeile)\\b")},
        {"remote-desktop", W::Job, re("\\b(desktop|graphical|gui|screen|bildschirm|grafisch\\w*)\\b")},
        // Calls.
        {"voice", W::Hint, re("\\b(voip|voice|calls?|phone\\w*|telefon\\w*|telephony|anruf\\w*)\\b")},
        {"signalling", W::Job,
         re("\\bsignal\\w*|\\bcall\\s+(setup|control|set-up)\\b|\\b(invite\\w*|ring\\w*|hang\\w*\\s+up)\\b"
            "|\\b(sets?\\s+up|setting\\s+up|setup|initiat\\w*|establish\\w*|terminat\\w*|tear\\w*\\s+down|ends?|ending|"
            "modif\\w*|manag\\w*|control\\w*|baut\\w*)\\b[^.;]{0,30}\\b(calls?|voip|phone\\w*|anruf\\w*)\\b"
            "|\\b(initiat\\w*|modif\\w*|terminat\\w*)\\b[^.;]{0,20}\\bsessions?\\b")},
        {"media", W::Job,
         re("\\b(carr(y|ies|ying)|transport\\w*|stream\\w*|deliver\\w*|send\\w*|überträgt|trägt)\\b[^.;]{0,25}"
            "\\b(voice|audio|media|video|sound|speech|sprache)\\b|\\b(audio|media|voice)\\s+(stream\\w*|data)\\b")},
        // Directory, authentication, logging, monitoring, databases.
        {"directory", W::Job, re("\\b(director(y|ies)|verzeichnis\\w*|address\\s+book|phone\\s+book|user\\s+accounts?)\\b")},
        {"auth", W::Hint,
         re("\\b(authenticat\\w*|authoriz\\w*|authoris\\w*|logins?|log\\s*in|logs\\s+in|credentials|passwords?|"
            "anmeld\\w*|authentifizier\\w*)\\b")},
        {"tickets", W::Job, re("\\b(tickets?|kdc|key\\s+distribution)\\b")},
        {"aaa", W::Job, re("\\b(aaa|accounting|authentication,?\\s+authorization)\\b")},
        {"logging", W::Job,
         re("\\b(log|event)\\s+(messages?|events?|data|entries|files?|servers?|collectors?)\\b|\\blogging\\b(?!\\s+(in|on|into)\\b)"
            "|\\blogs\\b[^.;]{0,12}\\b(central\\w*|server|collector|siem)\\b|\\bsyslog\\b|\\blogmeldung\\w*|\\bprotokollier\\w*")},
        {"monitoring", W::Job,
         re("\\b(monitor\\w*|poll\\w*|statistic\\w*|metrics|counters|traps?|mibs?|überwach\\w*)\\b")},
        {"management", W::Hint, re("\\b(manag\\w*|administ\\w*|verwalt\\w*)\\b")},
        {"database", W::Hint, re("\\b(databases?|sql|relational|queries|datenbank\\w*)\\b")},
        {"vendor-microsoft", W::Trait, re("\\b(microsoft|mssql|ms\\s*sql)\\b")},
        {"vendor-open", W::Trait, re("\\b(open[\\s-]*source|lamp|mariadb|quelloffen\\w*)\\b")},
        {"vendor-oracle", W::Trait, re("\\b(oracle|pl/sql|tns|commercial\\s+enterprise)\\b")},
        // Security layers.
        {"encrypted", W::Trait,
         re("\\b(encrypt\\w*|secured?|securely|tls|ssl|verschlüssel\\w*|protected|confidential\\w*)\\b")},
        {"cleartext", W::Trait,
         re("\\b(unencrypted|non-?encrypted|clear\\s*text|plain\\s*text|insecure\\w*|unsecured?|unverschlüsselt\\w*|klartext)\\b")},
        {"over-ssh", W::Trait,
         re("\\b(over|via|through|inside|in|using|per|über|within)\\s+(an?\\s+)?ssh\\b|\\bssh[\\s-]+(based|tunnel\\w*|connections?|sessions?)\\b")},
        {"over-tls", W::Trait,
         re("\\b(over|via|with|using|inside|in|per|über|wrapped\\s+in)\\s+(an?\\s+)?(tls|ssl)\\b|\\b(tls|ssl)[\\s-]+(encrypt\\w*|protect\\w*|wrapp\\w*)\\b"
            "|\\bstarttls\\b|\\bftp\\s+(with|over)\\s+(tls|ssl)\\b")},
        {"ipv4", W::Trait, re("\\bipv4\\b")},
        {"ipv6", W::Trait, re("\\bipv6\\b")},
        {"key-exchange", W::Job,
         re("\\b(negotiat\\w*|exchang\\w*|agree\\w*|establish\\w*|aushandel\\w*|handel\\w*)\\b[^.;]{0,30}"
            "\\b(keys?|security\\s+associations?|sas?|schlüssel\\w*)\\b|\\bkey\\s+(exchange|management|negotiation)\\b"
            "|\\bsecurity\\s+associations?\\b")},
        {"payload-encryption", W::Job,
         re("\\b(encrypt\\w*|verschlüssel\\w*)\\b[^.;]{0,20}\\b(payload|ipsec|packets?|nutzdaten)\\b|\\bipsec\\s+(encrypt\\w*|verschlüssel\\w*)")},
        {"integrity", W::Job,
         re("\\b(integrity|integrität|anti-?replay|hash\\w*)\\b|\\b(origin|sender)\\s+authentication\\b"
            "|\\bauthenticat\\w*\\s+(the\\s+)?(packets?|origin|sender)\\b"
            "|\\bipsec\\b[^.;]{0,30}\\b(authentication|authenticates?\\s+(the\\s+)?(packets?|data|traffic))\\b")},
        {"tunnel", W::Job, re("\\b(tunnel\\w*|encapsulat\\w*|kapsel\\w*|kapselt)\\b|\\bwrap\\w*\\s+(other\\s+)?(packets?|protocols?|traffic)\\b")},
        // IP-level jobs.
        {"error-reporting", W::Job,
         re("\\berror\\s*(report\\w*|messages?)\\b|\\b(diagnostic\\w*|ping|traceroute|tracert|unreachable|fehlermeldung\\w*)\\b"
            "|\\becho\\s+(request|reply)\\b")},
        {"reliable", W::Trait,
         re("\\b(reliab\\w*|guarantee\\w*|acknowledg\\w*|retransmi\\w*|resend\\w*|re-?sending|ordered|ordering|"
            "in\\s+order(?!\\s+to)|sequenc\\w*|zuverlässig\\w*)\\b")},
        {"unreliable", W::Trait, re("\\b(unreliable|best[\\s-]*effort|fire[\\s-]+and[\\s-]+forget|unzuverlässig\\w*)\\b")},
        {"connection-oriented", W::Trait,
         re("\\bconnection[\\s-]*(oriented|based)\\b|\\b(three|3)[\\s-]*way\\b|\\bhandshake\\b|\\bverbindungsorientiert\\w*")},
        {"connectionless", W::Trait,
         re("\\bconnection[\\s-]*less\\b|\\bno\\s+connections?\\b|\\bwithout\\s+(a\\s+)?connections?\\b|\\bverbindungslos\\w*"
            "|\\bdatagrams?\\b")},
        // Traffic types: who receives.
        {"one-to-one", W::Trait,
         re("\\bone[\\s-]+to[\\s-]+one\\b|\\bsingle\\s+(host|receiver|recipient|destination|device)\\b|\\bexactly\\s+one\\b"
            "|\\bpoint[\\s-]+to[\\s-]+point\\b|\\beins\\s+zu\\s+eins\\b|\\bgenau\\s+ein\\w*\\b")},
        {"one-to-group", W::Trait,
         re("\\bone[\\s-]+to[\\s-]+many\\b|\\bgroups?\\b|\\bsubscrib\\w*|\\bjoin\\w*|\\bgruppe\\w*|\\bclass\\s+d\\b|\\b224\\.")},
        {"one-to-all", W::Trait,
         re("\\bone[\\s-]+to[\\s-]+all\\b|\\bbroadcasts?\\b|\\b(every|all)\\s+(the\\s+)?(hosts?|devices?|nodes?|computers?|machines?|stations?)\\b"
            "|\\b255\\.255\\.255\\.255\\b|\\b(an\\s+)?alle\\s+(hosts|geräte)\\b|\\bjede\\w*\\s+host\\b")},
        {"one-to-nearest", W::Trait, re("\\b(nearest|closest|nächst\\w*)\\b")},
        {"membership", W::Job,
         re("\\bmembership\\b|\\bjoin\\w*\\s+(multicast\\s+)?groups\\b|\\bjoin\\w*\\s+(a\\s+)?multicast\\s+group\\b|\\btell\\w*\\s+(nearby\\s+|local\\s+)?routers?\\b|\\bmanag\\w*\\s+(multicast\\s+)?groups?\\b|\\bigmp\\b|\\bmld\\b")},
    };
    return lexemes;
}

const QList<QSet<QString>> &exclusiveSets()
{
    static const QList<QSet<QString>> sets = {
        {QStringLiteral("encrypted"), QStringLiteral("cleartext")},
        {QStringLiteral("automatic"), QStringLiteral("manual")},
        {QStringLiteral("ipv4"), QStringLiteral("ipv6")},
        {QStringLiteral("reliable"), QStringLiteral("unreliable")},
        {QStringLiteral("connection-oriented"), QStringLiteral("connectionless")},
        {QStringLiteral("mail-on-server"), QStringLiteral("mail-removed")},
        {QStringLiteral("remote-shell"), QStringLiteral("remote-desktop")},
        {QStringLiteral("over-ssh"), QStringLiteral("over-tls")},
        {QStringLiteral("one-to-one"), QStringLiteral("one-to-group"), QStringLiteral("one-to-all"), QStringLiteral("one-to-nearest")},
        {QStringLiteral("vendor-microsoft"), QStringLiteral("vendor-open"), QStringLiteral("vendor-oracle")},
    };
    return sets;
}

} // namespace

FunctionMeaning FunctionMeaning::read(const QString &text)
{
    static const QRegularExpression negation(QStringLiteral("\\b(no|not|without|never|non|nor|neither|dont|don't|doesn't|doesnt|"
                                                            "isn't|isnt|cannot|can't|kein\\w*|ohne|nicht)\\b[\\s\\w-]{0,20}$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression clauseEnd(QStringLiteral("[.;:,]"));
    FunctionMeaning out;
    const QString s = text.left(2000).toLower();
    for (const Lexeme &lexeme : lexicon()) {
        const QString key = QString::fromLatin1(lexeme.key);
        for (auto it = lexeme.pattern.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            // "does not encrypt", "without a login", "no delivery guarantee": said, but denied.
            const QString before = s.mid(std::max<qsizetype>(0, m.capturedStart() - 28), std::min<qsizetype>(28, m.capturedStart()));
            out.add(key, negation.match(before.section(clauseEnd, -1)).hasMatch());
        }
    }
    // A denied trait with one opposite says that opposite ("not reliable" is unreliable); a
    // concept both said and denied counts as denied. Opposites first, then the denials.
    QSet<QString> opposites;
    for (const QString &d : std::as_const(out.m_denied)) {
        for (const QSet<QString> &set : exclusiveSets()) {
            if (set.size() == 2 && set.contains(d))
                opposites += set - QSet<QString>{d};
        }
    }
    out.m_asserted += opposites;
    out.m_asserted -= out.m_denied;
    // Inside SSH or TLS is encrypted, whatever else the sentence says.
    if ((out.m_asserted.contains(QStringLiteral("over-ssh")) || out.m_asserted.contains(QStringLiteral("over-tls")))
        && !out.m_denied.contains(QStringLiteral("encrypted")))
        out.m_asserted.insert(QStringLiteral("encrypted"));
    // Both sides of a pair said ("IPv4 hosts …; IPv6 uses MLD"): neither tells anything apart.
    for (const QSet<QString> &set : exclusiveSets()) {
        if (set.size() == 2 && out.m_asserted.contains(set))
            out.m_asserted.subtract(set);
    }
    return out;
}

QString FunctionMeaning::conceptOfTag(const QString &tag)
{
    static const QHash<QString, QString> tags = {
         {QStringLiteral("mail"), QStringLiteral("mail")},
        {QStringLiteral("web"), QStringLiteral("web")},            {QStringLiteral("remote"), QStringLiteral("remote")},
        {QStringLiteral("naming"), QStringLiteral("name-resolution")}, {QStringLiteral("directory"), QStringLiteral("directory")},
        {QStringLiteral("time"), QStringLiteral("time")},          {QStringLiteral("management"), QStringLiteral("monitoring")},
        {QStringLiteral("logging"), QStringLiteral("logging")},    {QStringLiteral("voice"), QStringLiteral("voice")},
        {QStringLiteral("auth"), QStringLiteral("auth")},          {QStringLiteral("database"), QStringLiteral("database")},
        {QStringLiteral("tunnel"), QStringLiteral("tunnel")}};
    return tags.value(tag);
}

FunctionMeaning::Weight FunctionMeaning::weightOf(const QString &key)
{
    for (const Lexeme &lexeme : lexicon()) {
        if (key == QLatin1String(lexeme.key))
            return lexeme.weight;
    }
    return Weight::Hint;
}

bool FunctionMeaning::opposite(const QString &a, const QString &b)
{
    if (a == b)
        return false;
    for (const QSet<QString> &set : exclusiveSets()) {
        if (set.contains(a) && set.contains(b))
            return true;
    }
    return false;
}

QSet<QString> FunctionMeaning::ofWeight(Weight weight) const
{
    QSet<QString> out;
    for (const QString &key : m_asserted) {
        if (weightOf(key) == weight)
            out.insert(key);
    }
    return out;
}

QString FunctionMeaning::contradiction(const FunctionMeaning &other) const
{
    for (const QString &key : m_asserted) {
        if (other.m_denied.contains(key))
            return key;
        for (const QString &theirs : other.m_asserted) {
            if (opposite(key, theirs))
                return key;
        }
    }
    for (const QString &key : m_denied) {
        if (other.m_asserted.contains(key))
            return key;
    }
    return {};
}
