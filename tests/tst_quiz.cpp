#include "quizsession.h"
#include "studysession.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
int scalar(DeckStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestQuiz : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch()};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    // Over every card of the deck: four distinct options, exactly one of them right — as the
    // answer checker itself judges them.
    void distractorsOverEveryCard()
    {
        const QList<Fact> facts = m_store->facts();
        QuestionFactory factory(facts, 7);
        int questions = 0;
        for (const Fact &f : facts) {
            for (const CardInfo &card : m_store->cardsOfFact(f.id)) {
                if (!factory.supportsMultipleChoice(card))
                    continue;
                const QuizQuestion q = factory.multipleChoice(card);
                ++questions;
                const QByteArray where = card.key.toUtf8();
                QCOMPARE(q.options.size(), 4);
                QCOMPARE(QSet<QString>(q.options.cbegin(), q.options.cend()).size(), 4);
                QVERIFY2(q.correctOption >= 0 && q.correctOption < 4, where);
                QCOMPARE(q.options.at(q.correctOption), q.answer);
                if (card.tmpl == CardTemplate::ProtocolToTransport)
                    continue; // fixed options; the checker reads them as words
                for (int i = 0; i < 4; ++i) {
                    const QString option = q.options.at(i);
                    const std::optional<CheckResult> r = factory.checker().checkCard(card, option);
                    QVERIFY2(r, where);
                    QVERIFY2((r->verdict == Verdict::Correct) == (i == q.correctOption),
                             where + ": option '" + option.toUtf8() + "' is " + verdictKey(r->verdict).toUtf8());
                }
            }
        }
        QVERIFY(questions > 150);
    }

    void distractorsArePlausible()
    {
        const QList<Fact> facts = m_store->facts();
        QuestionFactory factory(facts, 11);
        // What replaces Telnet? Other secure protocols are the distractors, never Telnet itself.
        bool asked = false;
        for (const Fact &f : facts) {
            if (f.key != QLatin1String("telnet"))
                continue;
            for (const CardInfo &card : m_store->cardsOfFact(f.id)) {
                if (card.tmpl != CardTemplate::InsecureToSecure)
                    continue;
                const QuizQuestion q = factory.multipleChoice(card);
                QCOMPARE(q.answer, QStringLiteral("SSH"));
                QVERIFY(!q.options.contains(QStringLiteral("Telnet")));
                QCOMPARE(q.options.size(), 4);
                asked = true;
            }
        }
        QVERIFY(asked);
        // Over many seeds, no look-alike sneaks in as a second right answer.
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QuestionFactory many(facts, seed);
            for (const Fact &f : facts) {
                for (const CardInfo &card : m_store->cardsOfFact(f.id)) {
                    if (card.tmpl != CardTemplate::FunctionToProtocol && card.tmpl != CardTemplate::InsecureToSecure)
                        continue;
                    const QuizQuestion q = many.multipleChoice(card);
                    for (int i = 0; i < q.options.size(); ++i) {
                        if (i == q.correctOption)
                            continue;
                        for (const Fact &other : facts) {
                            if (other.name != q.options.at(i))
                                continue;
                            QVERIFY2(!f.secureCounterparts.contains(other.key) || card.tmpl == CardTemplate::InsecureToSecure,
                                     qPrintable(card.key + QStringLiteral(": twin ") + other.name));
                            if (card.tmpl == CardTemplate::InsecureToSecure && other.key != f.key)
                                for (const QString &tag : f.tags)
                                    QVERIFY2(!other.tags.contains(tag), qPrintable(card.key + QStringLiteral(": same topic ") + other.name));
                        }
                    }
                }
            }
        }
    }

    void rangeQuestions()
    {
        QuestionFactory factory(m_store->facts(), 3);
        const QList<int> ports = factory.rangePorts(20);
        QCOMPARE(ports.size(), 20);
        for (int edge : {0, 1023, 1024, 49151, 49152, 65535})
            QVERIFY2(ports.contains(edge), qPrintable(QString::number(edge)));
        QVERIFY(ports.contains(3389) || ports.contains(1433) || ports.contains(5060)); // the shortcut's traps
        const QuizQuestion q = factory.portRange(3389, 0);
        QCOMPARE(q.options.size(), 3);
        QCOMPARE(q.correctOption, 1);
        // The options do not print the ranges; the explanation does, after the answer.
        for (const QString &option : q.options)
            QVERIFY2(!option.contains(QLatin1Char('1')) && !option.contains(QLatin1Char('4')), qPrintable(option));
        QVERIFY(q.explanation.contains(QStringLiteral("1024–49151")));
        QVERIFY(q.explanation.contains(QLatin1String("RDP")));
        QVERIFY(q.explanation.contains(QLatin1String("49152")));
    }

    void quizAnswersAreLoggedButDoNotSchedule()
    {
        QuizOptions options;
        options.mode = QuizMode::MultipleChoice;
        options.questions = 8;
        options.seed = 5;
        QuizSession quiz(m_store.get(), &m_clock, QString(), options);
        QCOMPARE(quiz.count(), 8);
        int right = 0;
        do {
            m_clock.advance(2000);
            const int pick = right % 2 == 0 ? quiz.current().question.correctOption : (quiz.current().question.correctOption + 1) % 4;
            const CheckResult r = quiz.answerOption(pick);
            right += r.verdict == Verdict::Correct ? 1 : 0;
        } while (quiz.next());
        quiz.finish();
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'quiz'")), 8);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'quiz' AND response_ms = 2000")), 8);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE state <> 0 OR reps <> 0")), 0);
        QCOMPARE(quiz.score().correct, right);
        QCOMPARE(quiz.score().wrong, 8 - right);
        QCOMPARE(quiz.missedCards().size(), 8 - right);
        QVERIFY(m_store->examResults().isEmpty()); // drills are not exams

        // "Missed last time" draws exactly those.
        QuizOptions again = options;
        again.filter = QuizFilter::Missed;
        again.questions = 50;
        QuizSession missed(m_store.get(), &m_clock, QString(), again);
        QCOMPARE(missed.count(), 8 - right);
        for (const QuizItem &item : missed.items())
            QVERIFY(quiz.missedCards().contains(item.question.cardId));
    }

    void endingADrillEarlyMissesNothingUnseen()
    {
        QuizOptions options;
        options.boostMissed = true;
        options.questions = 10;
        options.seed = 3;
        QuizSession quiz(m_store.get(), &m_clock, QString(), options);
        quiz.finish();
        QVERIFY(quiz.missedCards().isEmpty());
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM card_boosts")), 0);
        QCOMPARE(quiz.score().unanswered, 10);
    }

    void filters()
    {
        const QList<Fact> facts = m_store->facts();
        auto factOf = [&facts](qint64 id) {
            for (const Fact &f : facts) {
                if (f.id == id)
                    return f;
            }
            return Fact();
        };
        for (QuizFilter filter : {QuizFilter::Udp, QuizFilter::Secure, QuizFilter::Mail}) {
            QuizOptions o;
            o.filter = filter;
            o.questions = 200;
            o.seed = 9;
            QuizSession quiz(m_store.get(), &m_clock, QString(), o);
            QVERIFY(quiz.count() > 3);
            for (const QuizItem &item : quiz.items()) {
                const Fact f = factOf(item.question.factId);
                if (filter == QuizFilter::Udp)
                    QVERIFY(f.usesTransport(Transport::Udp));
                if (filter == QuizFilter::Secure)
                    QCOMPARE(f.security, Security::Yes);
                if (filter == QuizFilter::Mail)
                    QVERIFY(f.tags.contains(QStringLiteral("mail")));
            }
        }
    }

    void examKeepsItsScoreAndBoostsMisses()
    {
        QuizOptions options;
        options.mode = QuizMode::Exam;
        options.questions = 20;
        options.boostMissed = true;
        options.seed = 21;
        QuizSession exam(m_store.get(), &m_clock, QString(), options);
        QCOMPARE(exam.count(), 20);
        QCOMPARE(exam.deadlineMs() - exam.startedMs(), qint64(20) * 60 * 1000);
        QSet<QuestionStyle> styles;
        for (const QuizItem &item : exam.items())
            styles.insert(item.question.style);
        QCOMPARE(styles.size(), 4); // a drill first, then multiple choice, typed and port ranges mixed
        QVERIFY(exam.items().constFirst().isDrill());
        // Answer half, right where possible; time runs out for the rest.
        int drillRows = 0;
        for (int i = 0; i < 10; ++i) {
            const QuizQuestion &q = exam.current().question;
            if (exam.current().board) {
                exam.answerBoard(exam.current().board->solution);
                drillRows = int(exam.current().board->left.size());
            } else if (exam.current().firewall) {
                exam.answerFirewall(exam.current().firewall->key);
                drillRows = int(exam.current().firewall->needs.size());
            } else if (q.style == QuestionStyle::Typed)
                exam.answerText(i % 3 ? q.answer : QStringLiteral("nonsense"));
            else
                exam.answerOption(i % 3 ? q.correctOption : (q.correctOption + 1) % q.options.size());
            m_clock.advance(30 * 1000);
            exam.next();
        }
        m_clock.advance(25 * 60 * 1000);
        exam.finish();
        const QuizSession::Score s = exam.score();
        QCOMPARE(s.unanswered, 10);
        QCOMPARE(s.durationMs, qint64(20) * 60 * 1000); // capped at the deadline
        const QList<ExamResult> history = m_store->examResults();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().questions, 20);
        QCOMPARE(history.constFirst().correct, s.correct);
        QCOMPARE(history.constFirst().filter, QStringLiteral("all"));
        // The drill's practice goes on each of its entries.
        QVERIFY(drillRows > 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam'")), 9 + drillRows);

        // Tomorrow, the missed cards come first in the study queue.
        const QList<qint64> missed = exam.missedCards();
        QVERIFY(missed.size() >= 10);
        StudySettings settings;
        settings.newPerDay = 100;
        m_store->setStudySettings(settings);
        m_clock.advance(24 * 3600 * 1000);
        StudySession study(m_store.get(), &m_clock, QString(), QTimeZone::utc());
        QVERIFY(study.hasCard());
        QVERIFY2(missed.contains(study.currentCard().id), qPrintable(study.currentCard().key));
        const qint64 first = study.currentCard().id;
        QVERIFY(study.answer(fsrs::Rating::Good));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM card_boosts WHERE card_id = %1").arg(first)), 0);
        QVERIFY(study.undo()); // the boost comes back with the undone answer
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM card_boosts WHERE card_id = %1").arg(first)), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
