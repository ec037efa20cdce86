#include "cardquery.h"

#include "deckstore.h"
#include "studyday.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <optional>

namespace {

// “term”, as every error message names the term.
QString quoted(const QString &term)
{
    return QStringLiteral("“%1”").arg(term);
}

struct Token
{
    enum Kind { Word, Minus, Open, Close, Or, And, End };
    Kind kind = End;
    int pos = 0;
    QString raw;      ///< as typed, for messages
    QString text;     ///< quotes removed
    int quoteAt = -1; ///< where in text the first quoted part starts; -1 when none
};

struct Failure
{
    QString message;
    int pos = 0;
};

const QStringList kIsValues = {
    QStringLiteral("new"),   QStringLiteral("learn"),     QStringLiteral("review"),
    QStringLiteral("due"),   QStringLiteral("suspended"), QStringLiteral("buried"),
    QStringLiteral("leech"), QStringLiteral("own"),       QStringLiteral("edited"),
};

struct TypeName
{
    const char *word;
    const char *templateKey;
};

// The words of type:, each the thing the card asks for.
constexpr TypeName kTypes[] = {
    {"port", "protocol-port"},           {"protocol", "port-protocol"},
    {"transport", "protocol-transport"}, {"function", "function-protocol"},
    {"secure", "insecure-secure"},       {"basic", "basic"},
};

struct Comparable
{
    const char *key;
    const char *column; ///< nullptr: recall, computed
    bool whole;         ///< whole numbers only
    bool memory;        ///< new cards have no memory state: they never match
    const char *example;
};

constexpr Comparable kComparables[] = {
    {"lapses", "c.lapses", true, false, "lapses>=3"},
    {"reviews", "c.reps", true, false, "reviews<5"},
    {"interval", "c.scheduled_days", true, false, "interval>30"},
    {"stability", "c.stability", false, true, "stability<7"},
    {"difficulty", "c.difficulty", false, true, "difficulty>=8"},
    {"recall", nullptr, false, true, "recall<70"},
};

const Comparable *comparable(const QString &key)
{
    for (const Comparable &c : kComparables) {
        if (key == QLatin1String(c.key))
            return &c;
    }
    return nullptr;
}

QString knownKeywords()
{
    QStringList keys{QStringLiteral("is:"), QStringLiteral("flag:"), QStringLiteral("tag:"),
                     QStringLiteral("port:"), QStringLiteral("type:")};
    for (const Comparable &c : kComparables)
        keys.append(QString::fromLatin1(c.key));
    return keys.join(QStringLiteral(", "));
}

// A LIKE pattern that matches @p text literally anywhere (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

class Parser
{
public:
    Parser(const QString &text, const CardQueryContext &context) : m_text(text), m_context(context)
    {}

    // The condition, or a failure; values are appended in the order the condition binds them.
    std::optional<QString> run(QVariantList *values, Failure *failure)
    {
        m_values = values;
        if (!tokenize())
            return fail(failure);
        if (m_tokens.size() == 1) // End alone: an empty query
            return QStringLiteral("1");
        std::optional<QString> sql = orExpression();
        if (sql && current().kind != Token::End) {
            // orExpression stops only at a ')' with no '(' before it.
            m_failure = {QCoreApplication::translate(
                             "CardQuery", "The parenthesis at character %1 closes nothing. Remove "
                                          "it, or open it with “(” first.")
                             .arg(current().pos + 1),
                         current().pos};
            sql.reset();
        }
        if (!sql)
            return fail(failure);
        return sql;
    }

private:
    std::optional<QString> fail(Failure *failure)
    {
        *failure = m_failure;
        return std::nullopt;
    }

    std::nullopt_t error(const QString &message, int pos)
    {
        m_failure = {message, pos};
        return std::nullopt;
    }

    bool tokenize()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        auto isSpace = [](QChar c) { return c.isSpace(); };
        while (i < n) {
            const QChar c = m_text.at(i);
            if (isSpace(c)) {
                ++i;
                continue;
            }
            const int pos = int(i);
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                m_tokens.append({c == QLatin1Char('(') ? Token::Open : Token::Close, pos, c, c});
                ++i;
                continue;
            }
            if (c == QLatin1Char('-')) {
                if (i + 1 >= n || isSpace(m_text.at(i + 1)) ||
                    m_text.at(i + 1) == QLatin1Char(')')) {
                    error(QCoreApplication::translate("CardQuery",
                                                      "“-” must come right before the term it "
                                                      "leaves out, as in -is:suspended."),
                          pos);
                    return false;
                }
                m_tokens.append({Token::Minus, pos, c, c});
                ++i;
                continue;
            }
            Token word{Token::Word, pos, {}, {}};
            while (i < n && !isSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('(') &&
                   m_text.at(i) != QLatin1Char(')')) {
                if (m_text.at(i) == QLatin1Char('"')) {
                    const qsizetype close = m_text.indexOf(QLatin1Char('"'), i + 1);
                    if (close < 0) {
                        error(QCoreApplication::translate("CardQuery",
                                                          "The quote at character %1 is never "
                                                          "closed. Close it with another \", or "
                                                          "remove it.")
                                  .arg(i + 1),
                              int(i));
                        return false;
                    }
                    if (word.quoteAt < 0)
                        word.quoteAt = int(word.text.size());
                    word.text += m_text.mid(i + 1, close - i - 1);
                    i = close + 1;
                    continue;
                }
                word.text += m_text.at(i);
                ++i;
            }
            word.raw = m_text.mid(pos, i - pos);
            if (word.quoteAt < 0 &&
                word.text.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0)
                word.kind = Token::Or;
            else if (word.quoteAt < 0 &&
                     word.text.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0)
                word.kind = Token::And;
            m_tokens.append(word);
        }
        m_tokens.append({Token::End, int(n), {}, {}});
        return true;
    }

    const Token &current() const { return m_tokens.at(m_at); }

    std::optional<QString> orExpression()
    {
        QStringList alternatives;
        for (;;) {
            std::optional<QString> sql = andExpression();
            if (!sql)
                return std::nullopt;
            alternatives.append(*sql);
            if (current().kind != Token::Or)
                break;
            ++m_at;
        }
        return alternatives.size() == 1
                   ? alternatives.constFirst()
                   : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                         QLatin1Char(')');
    }

    std::optional<QString> andExpression()
    {
        QStringList terms;
        for (;;) {
            const Token &t = current();
            if (t.kind == Token::End || t.kind == Token::Close || t.kind == Token::Or) {
                if (terms.isEmpty())
                    return missingTerm(t);
                break;
            }
            if (t.kind == Token::And) {
                if (terms.isEmpty())
                    return missingTerm(t);
                ++m_at;
                if (const Token &next = current(); next.kind != Token::Word &&
                                                   next.kind != Token::Minus &&
                                                   next.kind != Token::Open)
                    return missingTerm(t);
                continue;
            }
            std::optional<QString> sql = unary();
            if (!sql)
                return std::nullopt;
            terms.append(*sql);
        }
        return terms.size() == 1
                   ? terms.constFirst()
                   : QLatin1Char('(') + terms.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }

    std::nullopt_t missingTerm(const Token &at)
    {
        // Where a term was wanted and something else stands.
        for (qsizetype i = m_at; i >= 0; --i) {
            const Token &t = m_tokens.at(i);
            if (t.kind == Token::Or || t.kind == Token::And)
                return error(QCoreApplication::translate("CardQuery",
                                                         "“%1” at character %2 needs a term on "
                                                         "each side, as in tag:mail OR tag:web.")
                                 .arg(t.raw)
                                 .arg(t.pos + 1),
                             t.pos);
            if (t.kind == Token::Open)
                return error(QCoreApplication::translate(
                                 "CardQuery", "The parentheses at character %1 hold no term.")
                                 .arg(t.pos + 1),
                             t.pos);
            if (t.kind == Token::Minus)
                return error(
                    QCoreApplication::translate(
                        "CardQuery",
                        "“-” must come right before the term it leaves out, as in -is:suspended."),
                    t.pos);
            if (t.kind == Token::Word)
                break;
        }
        return error(QCoreApplication::translate("CardQuery", "A term is missing at character %1.")
                         .arg(at.pos + 1),
                     at.pos);
    }

    std::optional<QString> unary()
    {
        const Token &t = current();
        // SQLite's parser has a fixed stack: a query nested deeper than this (found by
        // fuzz_cardquery: 19 "-" in a row) would read as valid and then fail to run, and a
        // pasted run of "(" would exhaust this parser's own stack.
        if (t.kind == Token::Minus || t.kind == Token::Open) {
            if (m_depth >= kMaxDepth)
                return error(QCoreApplication::translate("CardQuery", "The search nests too deeply at character %1: "
                                                                      "at most %2 parentheses and “-” may stand inside "
                                                                      "one another.")
                                 .arg(t.pos + 1)
                                 .arg(kMaxDepth),
                             t.pos);
        }
        const struct Nesting
        {
            int *depth;
            explicit Nesting(int *d, bool nests) : depth(nests ? d : nullptr) { if (depth) ++*depth; }
            ~Nesting() { if (depth) --*depth; }
        } nesting(&m_depth, t.kind == Token::Minus || t.kind == Token::Open);
        if (t.kind == Token::Minus) {
            ++m_at;
            if (const Token::Kind next = current().kind;
                next != Token::Word && next != Token::Minus && next != Token::Open)
                return error(
                    QCoreApplication::translate(
                        "CardQuery",
                        "“-” must come right before the term it leaves out, as in -is:suspended."),
                    t.pos);
            std::optional<QString> inner = unary();
            if (!inner)
                return std::nullopt;
            // A term over a missing value (no entry, never buried) is NULL: it counts as false,
            // so its negation is true.
            return QStringLiteral("NOT coalesce(%1, 0)").arg(*inner);
        }
        if (t.kind == Token::Open) {
            const int open = t.pos;
            ++m_at;
            std::optional<QString> inner = orExpression();
            if (!inner)
                return std::nullopt;
            if (current().kind != Token::Close)
                return error(
                    QCoreApplication::translate(
                        "CardQuery",
                        "The parenthesis at character %1 is never closed. Close it with “)”.")
                        .arg(open + 1),
                    open);
            ++m_at;
            return inner;
        }
        if (++m_terms > kMaxTerms) // each binds up to a dozen values, and SQLite takes 32,766
            return error(QCoreApplication::translate("CardQuery", "The search has more than %1 terms; search "
                                                                  "with fewer at a time.")
                             .arg(kMaxTerms),
                         t.pos);
        ++m_at;
        return term(t);
    }

    void bind(const QVariant &value) { m_values->append(value); }

    std::optional<QString> term(const Token &t)
    {
        if (t.quoteAt == 0)
            return freeText(t.text);
        const QString head = t.quoteAt < 0 ? t.text : t.text.left(t.quoteAt);
        static const QRegularExpression operatorChar(QStringLiteral("[:<>=!]"));
        const qsizetype at = head.indexOf(operatorChar);
        if (at < 0) {
            const QString word = t.text.toLower();
            if (t.quoteAt < 0 && (word == QLatin1String("tcp") || word == QLatin1String("udp"))) {
                bind(word);
                return QStringLiteral(
                    "c.fact_id IN (SELECT fact_id FROM fact_ports WHERE transport = ?)");
            }
            return freeText(t.text);
        }
        const QString key = head.left(at).toLower();
        static const QRegularExpression letters(QStringLiteral("^[a-z]+$"));
        if (!letters.match(key).hasMatch())
            return freeText(t.text); // "10:30", ":-)": text, not a keyword
        QString op = t.text.mid(at, 2);
        if (op != QLatin1String("<=") && op != QLatin1String(">=") && op != QLatin1String("!="))
            op.truncate(1);
        const QString value = t.text.mid(at + op.size());

        if (const Comparable *c = comparable(key))
            return comparison(t, *c, op, value);
        static const QStringList matchKeys{QStringLiteral("is"), QStringLiteral("flag"),
                                           QStringLiteral("tag"), QStringLiteral("port"),
                                           QStringLiteral("type")};
        if (!matchKeys.contains(key))
            return error(QCoreApplication::translate("CardQuery",
                                                     "Unknown keyword “%1” in %2. Known keywords: "
                                                     "%3. To search for the text itself, "
                                                     "put it in quotes: \"%4\".")
                             .arg(head.left(at), quoted(t.raw), knownKeywords(), t.text),
                         t.pos);
        if (op != QLatin1String(":"))
            return error(
                QCoreApplication::translate("CardQuery", "%1: write %2 with a colon, as in %3.")
                    .arg(quoted(t.raw), key + QLatin1Char(':'), example(key)),
                t.pos);
        if (key == QLatin1String("is"))
            return isTerm(t, value.toLower());
        if (key == QLatin1String("flag"))
            return flagTerm(t, value.toLower());
        if (key == QLatin1String("tag"))
            return tagTerm(t, value);
        if (key == QLatin1String("port"))
            return portTerm(t, value);
        return typeTerm(t, value.toLower());
    }

    static QString example(const QString &key)
    {
        if (key == QLatin1String("is"))
            return QStringLiteral("is:due");
        if (key == QLatin1String("flag"))
            return QStringLiteral("flag:1");
        if (key == QLatin1String("tag"))
            return QStringLiteral("tag:mail");
        if (key == QLatin1String("port"))
            return QStringLiteral("port:53");
        return QStringLiteral("type:port");
    }

    // Card and entry texts, and for a port number the cards about that port.
    std::optional<QString> freeText(const QString &text)
    {
        const QString pattern = containsPattern(text);
        QString sql =
            QStringLiteral("(c.question LIKE ? ESCAPE '\\' OR c.answer LIKE ? ESCAPE '\\' OR c.key "
                           "LIKE ? ESCAPE '\\' "
                           "OR c.id IN (SELECT card_id FROM card_texts WHERE lang = ? AND text "
                           "LIKE ? ESCAPE '\\') "
                           "OR c.fact_id IN (SELECT id FROM facts WHERE name LIKE ? ESCAPE '\\' OR "
                           "full_name LIKE ? ESCAPE '\\' "
                           "OR function LIKE ? ESCAPE '\\' "
                           "UNION SELECT fact_id FROM fact_aliases WHERE alias LIKE ? ESCAPE '\\' "
                           "UNION SELECT fact_id FROM fact_texts WHERE lang = ? AND field = "
                           "'function' AND text LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 3; ++i)
            bind(pattern);
        bind(m_context.lang);
        bind(pattern);
        for (int i = 0; i < 4; ++i)
            bind(pattern);
        bind(m_context.lang);
        bind(pattern);
        static const QRegularExpression number(QStringLiteral("^\\d{1,5}$"));
        if (number.match(text).hasMatch() && text.toInt() <= 65535) {
            sql +=
                QStringLiteral(" OR c.fact_id IN (SELECT fact_id FROM fact_ports WHERE port = ?) "
                               "OR (c.template = 'port-protocol' AND c.variant = ?)");
            bind(text.toInt());
            bind(QString::number(text.toInt()));
        }
        return sql + QLatin1Char(')');
    }

    std::optional<QString> isTerm(const Token &t, const QString &value)
    {
        if (value == QLatin1String("new"))
            return QStringLiteral("c.state = 0");
        if (value == QLatin1String("learn"))
            return QStringLiteral("c.state IN (1, 3)");
        if (value == QLatin1String("review"))
            return QStringLiteral("c.state = 2");
        if (value == QLatin1String("due")) {
            bind(m_context.dayEndMs);
            bind(m_context.nowMs);
            return QStringLiteral("(c.state IN (1, 2, 3) AND c.due < ? AND c.suspended = 0 "
                                  "AND coalesce(c.buried_until, 0) <= ?)");
        }
        if (value == QLatin1String("suspended"))
            return QStringLiteral("c.suspended <> 0");
        if (value == QLatin1String("buried")) {
            bind(m_context.nowMs);
            return QStringLiteral("coalesce(c.buried_until, 0) > ?");
        }
        if (value == QLatin1String("leech"))
            return QStringLiteral("c.id IN (SELECT card_id FROM card_tags WHERE tag = 'leech')");
        if (value == QLatin1String("own"))
            return QStringLiteral("(c.builtin = 0 OR coalesce(f.builtin, 1) = 0)");
        if (value == QLatin1String("edited"))
            return QStringLiteral("(c.edited <> 0 OR coalesce(f.edited, 0) <> 0)");
        return error(QCoreApplication::translate(
                         "CardQuery", "%1: a card cannot be “%2”. Use is: with one of %3.")
                         .arg(quoted(t.raw), value, kIsValues.join(QStringLiteral(", "))),
                     t.pos);
    }

    std::optional<QString> flagTerm(const Token &t, const QString &value)
    {
        static const QStringList colours{QStringLiteral("none"), QStringLiteral("red"),
                                         QStringLiteral("orange"), QStringLiteral("green"),
                                         QStringLiteral("blue")};
        int flag = colours.indexOf(value);
        if (flag < 0) {
            bool ok = false;
            flag = value.toInt(&ok);
            if (!ok || flag < 0 || flag > 4 || value.size() != 1)
                return error(
                    QCoreApplication::translate(
                        "CardQuery", "%1: a flag is 0 (none) to 4, or red, orange, green or blue.")
                        .arg(quoted(t.raw)),
                    t.pos);
        }
        bind(flag);
        return QStringLiteral("c.flag = ?");
    }

    // The card's own tags or its entry's; a trailing * takes every tag that starts so.
    std::optional<QString> tagTerm(const Token &t, const QString &value)
    {
        if (value.isEmpty())
            return error(
                QCoreApplication::translate(
                    "CardQuery", "%1 names no tag: write one after the colon, as in tag:mail.")
                    .arg(quoted(t.raw)),
                t.pos);
        QString test = QStringLiteral("tag = ? COLLATE NOCASE");
        QString bound = value;
        if (value.endsWith(QLatin1Char('*'))) {
            QString prefix = containsPattern(value.chopped(1));
            bound = prefix.mid(1); // "prefix%": anchored at the start
            test = QStringLiteral("tag LIKE ? ESCAPE '\\'");
        }
        bind(bound);
        bind(bound);
        return QStringLiteral("(c.id IN (SELECT card_id FROM card_tags WHERE %1) "
                              "OR c.fact_id IN (SELECT fact_id FROM fact_tags WHERE %1))")
            .arg(test);
    }

    std::optional<QString> portTerm(const Token &t, const QString &value)
    {
        static const QRegularExpression ports(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?$"));
        const QRegularExpressionMatch m = ports.match(value);
        const int low = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int high =
            m.hasMatch() ? (m.capturedLength(2) > 0 ? m.captured(2).toInt() : low) : -1;
        if (low < 0 || high > 65535 || low > high)
            return error(
                QCoreApplication::translate(
                    "CardQuery",
                    "%1: a port is a number from 0 to 65535, or a range such as port:20-21.")
                    .arg(quoted(t.raw)),
                t.pos);
        for (int i = 0; i < 3; ++i) {
            bind(low);
            bind(high);
        }
        // An entry on the port, the port→protocol card of the port, or a range entry around it.
        return QStringLiteral(
            "(c.fact_id IN (SELECT fact_id FROM fact_ports WHERE port BETWEEN ? AND ?) "
            "OR (c.template = 'port-protocol' AND CAST(c.variant AS INTEGER) BETWEEN ? AND ?) "
            "OR (f.range_high >= ? AND f.range_low <= ?))");
    }

    std::optional<QString> typeTerm(const Token &t, const QString &value)
    {
        QStringList words;
        for (const TypeName &type : kTypes) {
            if (value == QLatin1String(type.word) || value == QLatin1String(type.templateKey)) {
                bind(QString::fromLatin1(type.templateKey));
                return QStringLiteral("c.template = ?");
            }
            words.append(QString::fromLatin1(type.word));
        }
        return error(QCoreApplication::translate(
                         "CardQuery", "%1: there is no card type “%2”. Use type: with one of %3.")
                         .arg(quoted(t.raw), value, words.join(QStringLiteral(", "))),
                     t.pos);
    }

    std::optional<QString> comparison(const Token &t, const Comparable &c, const QString &op,
                                      const QString &value)
    {
        const QString key = QString::fromLatin1(c.key);
        static const QRegularExpression decimal(QStringLiteral("^\\d+(?:\\.(\\d+))?$"));
        const QRegularExpressionMatch m = decimal.match(value);
        if (!m.hasMatch() || op == QLatin1String("!"))
            return error(
                QCoreApplication::translate(
                    "CardQuery",
                    "%1: %2 needs a number of 0 or more after one of : = < > <= >= !=, as in %3.")
                    .arg(quoted(t.raw), key, QString::fromLatin1(c.example)),
                t.pos);
        if (c.whole && m.capturedLength(1) > 0)
            return error(QCoreApplication::translate("CardQuery",
                                                     "%1: %2 counts in whole numbers, as in %3.")
                             .arg(quoted(t.raw), key, QString::fromLatin1(c.example)),
                         t.pos);
        double number = value.toDouble();
        const bool recall = c.column == nullptr;
        if (recall && number > 100)
            return error(
                QCoreApplication::translate(
                    "CardQuery", "%1: recall is a percentage from 0 to 100, as in recall<70.")
                    .arg(quoted(t.raw)),
                t.pos);
        if (recall && !m_context.sqlMath)
            return error(QCoreApplication::translate(
                             "CardQuery", "%1: searching by recall needs SQLite's math functions, "
                                          "which this SQLite lacks. "
                                          "Search by stability instead, as in stability<7.")
                             .arg(quoted(t.raw)),
                         t.pos);

        QString expression = QString::fromLatin1(c.column);
        const double scale = recall ? 100 : 1;
        auto bindExpression = [&] {
            if (!recall)
                return;
            bind(m_context.scheduler.factor());
            bind(m_context.nowMs);
            bind(m_context.scheduler.decay());
        };
        if (recall)
            expression = DeckStore::forgettingCurveSql(
                QStringLiteral("max(0, ? - c.last_review) / 86400000.0"),
                QStringLiteral("c.stability"));
        const QString guard =
            c.memory ? QStringLiteral("c.state <> 0 AND c.last_review IS NOT NULL AND ")
                     : QString();
        QString sql;
        const bool equality =
            op == QLatin1String(":") || op == QLatin1String("=") || op == QLatin1String("!=");
        if (equality && !c.whole) {
            // A decimal equals what rounds to it at the precision typed: stability:7 is 6.5 up
            // to 7.5.
            const double half = 0.5 * std::pow(10.0, -double(m.capturedLength(1)));
            sql = QStringLiteral("(%1%2(%3 >= ? AND %3 < ?))")
                      .arg(guard, op == QLatin1String("!=") ? QStringLiteral("NOT ") : QString(),
                           expression);
            bindExpression();
            bind((number - half) / scale);
            bindExpression();
            bind((number + half) / scale);
            return sql;
        }
        const QString sqlOp = op == QLatin1String(":") ? QStringLiteral("=") : op;
        bindExpression();
        if (c.whole)
            bind(qint64(number));
        else
            bind(number / scale);
        return QStringLiteral("(%1%2 %3 ?)").arg(guard, expression, sqlOp);
    }

    QString m_text;
    const CardQueryContext &m_context;
    QList<Token> m_tokens;
    qsizetype m_at = 0;
    static constexpr int kMaxDepth = 10;
    static constexpr int kMaxTerms = 200;
    int m_depth = 0; // parentheses and "-" the parser is inside
    int m_terms = 0;
    QVariantList *m_values = nullptr;
    Failure m_failure;
};

} // namespace

CardQueryContext CardQueryContext::forLearner(const DeckStore &store, qint64 nowMs,
                                              const QString &lang)
{
    const StudySettings settings = store.studySettings().normalized();
    CardQueryContext context;
    context.nowMs = nowMs;
    context.dayEndMs = StudyDay(settings.rolloverHour).startOfNextDay(nowMs);
    context.lang = lang;
    context.sqlMath = store.hasSqlMath();
    context.scheduler = fsrs::Scheduler(settings.schedulerSettings());
    return context;
}

CardQuery CardQuery::parse(const QString &text, const CardQueryContext &context)
{
    CardQuery query;
    query.m_context = context;
    Parser parser(text, context);
    Failure failure;
    QVariantList values;
    const std::optional<QString> where = parser.run(&values, &failure);
    if (!where) {
        query.m_error = failure.message;
        query.m_errorPosition = failure.pos;
        return query;
    }
    query.m_where = *where;
    query.m_values = values;
    return query;
}
