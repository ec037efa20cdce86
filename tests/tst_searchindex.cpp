#include "searchindex.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeckStore m_store;
    std::unique_ptr<SearchIndex> m_index;

    QStringList titles(const QString &query, int n)
    {
        QStringList out;
        for (const SearchHit &h : m_index->search(query, n))
            out << h.title;
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
        const QList<Fact> facts = m_store.facts();
        NoteLibrary notes(facts);
        notes.loadBuiltin();
        QList<CardInfo> cards;
        for (const Fact &f : facts)
            cards += m_store.cardsOfFact(f.id);
        m_index = std::make_unique<SearchIndex>();
        QVERIFY2(m_index->reset(notes, facts) && m_index->addCards(cards), qPrintable(m_index->errorString()));
    }

    void expression_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::newRow("number") << "22" << "\"22\"";
        QTest::newRow("port") << "tcp/22" << "\"tcp\"* AND \"22\"";
        QTest::newRow("stem") << "encrypted mail" << "\"encrypt\"* AND \"mail\"*";
        QTest::newRow("syntax is text") << "\"a\" OR NEAR(b*" << "\"a\"* AND \"or\"* AND \"near\"* AND \"b\"*";
        QTest::newRow("empty") << "  ;;  " << "";
    }

    void expression()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QCOMPARE(SearchIndex::matchExpression(typed), match);
    }

    void whatALearnerExpects()
    {
        const QStringList port22 = titles(QStringLiteral("22"), 4);
        QVERIFY2(port22.contains(QStringLiteral("SSH")) && port22.contains(QStringLiteral("SFTP")), qPrintable(port22.join(QStringLiteral(", "))));
        QVERIFY2(titles(QStringLiteral("udp"), 1).constFirst().contains(QLatin1String("UDP")), qPrintable(titles(QStringLiteral("udp"), 3).join(QStringLiteral(", "))));
        QVERIFY2(titles(QStringLiteral("time"), 3).contains(QStringLiteral("NTP")), qPrintable(titles(QStringLiteral("time"), 5).join(QStringLiteral(", "))));
        const QStringList mail = titles(QStringLiteral("encrypted mail"), 5);
        bool secureMail = false;
        for (const QString &t : mail)
            secureMail |= t == QLatin1String("SMTPS") || t == QLatin1String("IMAPS") || t == QLatin1String("POP3S") || t == QLatin1String("Submissions");
        QVERIFY2(secureMail, qPrintable(mail.join(QStringLiteral(", "))));
    }

    void snippetsAndTargets()
    {
        const QList<SearchHit> hits = m_index->search(QStringLiteral("zone transfers"), 10);
        QVERIFY(!hits.isEmpty());
        bool dns = false;
        for (const SearchHit &h : hits) {
            QVERIFY(h.target.startsWith(QLatin1String("page:")) || h.target.startsWith(QLatin1String("fact:")) || h.target.startsWith(QLatin1String("card:")));
            dns |= h.title == QLatin1String("DNS");
        }
        QVERIFY(dns);
        QVERIFY2(hits.constFirst().snippet.contains(QLatin1String("<b>")), qPrintable(hits.constFirst().snippet));
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << "\"";
        QTest::newRow("star") << "*";
        QTest::newRow("operators") << "AND OR NOT NEAR(";
        QTest::newRow("sql") << "'; DROP TABLE search; --";
        QTest::newRow("long") << QString(10000, QLatin1Char('x'));
        QTest::newRow("unicode") << QString::fromUtf8("ポート 🙂");
    }

    void hostileQueries()
    {
        QFETCH(QString, query);
        m_index->search(query); // a verdict, never a crash
        QVERIFY(!m_index->search(QStringLiteral("ssh")).isEmpty()); // the index survives
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
