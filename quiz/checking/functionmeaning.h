#pragma once

#include <QSet>
#include <QString>

/**
 * What a sentence about a protocol's job means, as a set of concepts rather than a bag of
 * words: "hands out IP addresses" and "gives hosts an IPv4 address" are both
 * address-assignment; "connectionless" and "reliable" contradict each other; "does not
 * encrypt" denies encryption. The deck's function lines and the learner's answers are read
 * the same way, so a description is judged on what it says a protocol does.
 *
 * Concepts come in three weights:
 * - a **job** ("name-resolution", "files", "logging"): what a protocol is for. A job the
 *   learner names that the protocol does not do makes the answer wrong, however many words
 *   it shares with the right one ("resolves hostnames" is no description of DHCP);
 * - a **trait** ("encrypted", "connectionless", "one-to-all", "over-ssh"): how it does it.
 *   Some traits exclude others (opposites);
 * - a **hint** ("mail", "remote", "auth", "voice"): a topic. It points the right way but on
 *   its own names no job.
 */
class FunctionMeaning
{
public:
    enum class Weight { Job, Trait, Hint };

    /** Reads @p text (English, and the commonest German words). */
    static FunctionMeaning read(const QString &text);
    /** The concept a deck tag ("naming", "time", "logging", …) stands for, or empty. */
    static QString conceptOfTag(const QString &tag);
    static Weight weightOf(const QString &key);
    /** True when @p a and @p b cannot both be true of one protocol ("encrypted", "cleartext"). */
    static bool opposite(const QString &a, const QString &b);

    /** Adds the concept @p key, said (@p denied false) or denied ("without a login"). */
    void add(const QString &key, bool denied = false) { (denied ? m_denied : m_asserted).insert(key); }
    /** Forgets the concept @p key, said or denied. */
    void remove(const QString &key)
    {
        m_asserted.remove(key);
        m_denied.remove(key);
    }

    const QSet<QString> &asserted() const { return m_asserted; }
    const QSet<QString> &denied() const { return m_denied; }
    bool isEmpty() const { return m_asserted.isEmpty() && m_denied.isEmpty(); }
    /** The asserted concepts of one weight. */
    QSet<QString> ofWeight(Weight weight) const;

    /**
     * A concept this meaning says that @p other rules out: asserted here and denied there (or
     * the reverse), or asserted here while @p other asserts its opposite. Empty if none.
     */
    QString contradiction(const FunctionMeaning &other) const;

private:
    QSet<QString> m_asserted;
    QSet<QString> m_denied;
};
