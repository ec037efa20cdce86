#include "browsefixture.h"
#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace browsefixture;

Q_DECLARE_METATYPE(BrowseColumn)

class TestCardList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeckStore m_store;

    QList<qint64> find(const QString &text, BrowseColumn column, Qt::SortOrder order,
                       const CardQueryContext &ctx = context())
    {
        QString error;
        const std::optional<QList<qint64>> ids = CardList(m_store).find(CardQuery::parse(text, ctx), column, order, &error);
        if (!ids)
            qWarning("%s", qPrintable(error));
        return ids.value_or(QList<qint64>{-1});
    }

    QList<BrowseRow> sortedRows(BrowseColumn column, Qt::SortOrder order, const CardQueryContext &ctx = context())
    {
        return CardList(m_store).rows(find(QString(), column, order, ctx), ctx);
    }

    QStringList keys(const QList<BrowseRow> &rows)
    {
        QStringList out;
        for (const BrowseRow &r : rows)
            out.append(r.key);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
        QVERIFY(setUp(m_store));
    }

    // Every order lists every card once; only retired ones are left out.
    void everyOrder_data()
    {
        QTest::addColumn<BrowseColumn>("column");
        for (int c = 0; c <= int(BrowseColumn::Suspended); ++c)
            QTest::addRow("column %d", c) << BrowseColumn(c);
    }

    void everyOrder()
    {
        QFETCH(BrowseColumn, column);
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cards WHERE retired = 0")) && q.next());
        const int active = q.value(0).toInt();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (bool math : {true, false}) {
                const QList<qint64> ids = find(QString(), column, order, context(math));
                QCOMPARE(ids.size(), active);
                QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), active);
            }
        }
        QVERIFY(!keys(sortedRows(column, Qt::AscendingOrder)).contains(QStringLiteral("tftp:protocol-transport")));
    }

    void due()
    {
        // ssh and smtp are due at the same moment: study order decides, in both directions.
        const QStringList ascending = keys(sortedRows(BrowseColumn::Due, Qt::AscendingOrder));
        QCOMPARE(ascending.mid(0, 5), (QStringList{"ftp:protocol-port", "ssh:protocol-port", "smtp:protocol-port",
                                                   "dns:protocol-port", "http:protocol-port"}));
        const QStringList descending = keys(sortedRows(BrowseColumn::Due, Qt::DescendingOrder));
        QCOMPARE(descending.mid(0, 5), (QStringList{"http:protocol-port", "dns:protocol-port", "ssh:protocol-port",
                                                    "smtp:protocol-port", "ftp:protocol-port"}));
        // New cards last either way, in study order.
        QCOMPARE(descending.mid(5), ascending.mid(5));
        QCOMPARE(ascending.constLast(), QStringLiteral("own-plain"));
    }

    void numbers_data()
    {
        QTest::addColumn<BrowseColumn>("column");
        QTest::addColumn<QStringList>("descending");
        QTest::newRow("lapses") << BrowseColumn::Lapses << QStringList{"http:protocol-port", "ftp:protocol-port", "ssh:protocol-port"};
        QTest::newRow("reviews") << BrowseColumn::Reviews
                                 << QStringList{"http:protocol-port", "ftp:protocol-port", "ssh:protocol-port", "smtp:protocol-port", "dns:protocol-port"};
        QTest::newRow("interval") << BrowseColumn::Interval << QStringList{"smtp:protocol-port", "ssh:protocol-port", "ftp:protocol-port"};
        QTest::newRow("stability") << BrowseColumn::Stability
                                   << QStringList{"smtp:protocol-port", "ssh:protocol-port", "ftp:protocol-port", "http:protocol-port", "dns:protocol-port"};
        QTest::newRow("difficulty") << BrowseColumn::Difficulty
                                    << QStringList{"http:protocol-port", "dns:protocol-port", "ssh:protocol-port", "ftp:protocol-port", "smtp:protocol-port"};
        QTest::newRow("flag") << BrowseColumn::Flag << QStringList{"dns:protocol-port", "port:22", "ssh:protocol-port"};
        QTest::newRow("suspended") << BrowseColumn::Suspended << QStringList{"ftp:protocol-port", "http:protocol-port"};
        QTest::newRow("state") << BrowseColumn::State << QStringList{"http:protocol-port", "ftp:protocol-port", "ssh:protocol-port",
                                                                     "smtp:protocol-port", "dns:protocol-port"};
    }

    void numbers()
    {
        QFETCH(BrowseColumn, column);
        QFETCH(QStringList, descending);
        QCOMPARE(keys(sortedRows(column, Qt::DescendingOrder)).mid(0, descending.size()), descending);
        const QStringList up = keys(sortedRows(column, Qt::AscendingOrder));
        const QStringList last = up.mid(up.size() - descending.size());
        QCOMPARE(QSet<QString>(last.cbegin(), last.cend()), QSet<QString>(descending.cbegin(), descending.cend()));
    }

    // Basic cards by their text, the others by entry name then card type.
    void question_data()
    {
        QTest::addColumn<BrowseColumn>("column");
        QTest::newRow("question") << BrowseColumn::Question;
        QTest::newRow("answer") << BrowseColumn::Answer;
        QTest::newRow("entry") << BrowseColumn::Entry;
    }

    void question()
    {
        QFETCH(BrowseColumn, column);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QList<BrowseRow> rows = sortedRows(column, order);
            auto text = [column](const BrowseRow &r) {
                if (column == BrowseColumn::Entry || r.tmpl != CardTemplate::Basic)
                    return r.entry;
                return column == BrowseColumn::Question ? r.question : r.answer;
            };
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const BrowseRow &a = order == Qt::AscendingOrder ? rows.at(i - 1) : rows.at(i);
                const BrowseRow &b = order == Qt::AscendingOrder ? rows.at(i) : rows.at(i - 1);
                const int compared = text(a).compare(text(b), Qt::CaseInsensitive);
                QVERIFY2(compared <= 0 && (compared < 0 || int(a.tmpl) <= int(b.tmpl) || a.tmpl == CardTemplate::Basic),
                         qPrintable(a.key + QStringLiteral(" before ") + b.key));
            }
        }
        // German texts where the context asks for them.
        const QList<BrowseRow> rows = sortedRows(BrowseColumn::Question, Qt::AscendingOrder);
        const auto wellKnown = std::find_if(rows.cbegin(), rows.cend(), [](const BrowseRow &r) { return r.key == QLatin1String("concept-well-known-range"); });
        QVERIFY(wellKnown != rows.cend());
        QVERIFY2(wellKnown->question.startsWith(QStringLiteral("Welchen Bereich")), qPrintable(wellKnown->question));
    }

    void cardType()
    {
        const QList<BrowseRow> rows = sortedRows(BrowseColumn::CardType, Qt::AscendingOrder);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(int(rows.at(i - 1).tmpl) <= int(rows.at(i).tmpl));
        QCOMPARE(rows.constFirst().tmpl, CardTemplate::ProtocolToPort);
        QCOMPARE(rows.constLast().tmpl, CardTemplate::Basic);
    }

    void recall()
    {
        // By the chance of recall now (with SQL math), or by stability (without); new cards last.
        for (bool math : {true, false}) {
            if (math && !m_store.hasSqlMath())
                continue;
            const QList<BrowseRow> up = sortedRows(BrowseColumn::Recall, Qt::AscendingOrder, context(math));
            for (int i = 1; i < 5; ++i) {
                if (math)
                    QVERIFY(up.at(i - 1).recall <= up.at(i).recall);
                else
                    QVERIFY(up.at(i - 1).stability <= up.at(i).stability);
            }
            QVERIFY(up.at(4).recall >= 0);
            QCOMPARE(up.at(5).recall, -1.0);
            const QList<BrowseRow> down = sortedRows(BrowseColumn::Recall, Qt::DescendingOrder, context(math));
            QCOMPARE(down.at(0).key, up.at(4).key);
            QCOMPARE(down.at(5).recall, -1.0);
        }
    }

    void tags()
    {
        const QList<BrowseRow> rows = sortedRows(BrowseColumn::Tags, Qt::AscendingOrder);
        // Cards with tags (their own or their entry's) first, by their first tag; untagged last.
        QCOMPARE(rows.constFirst().tags.constFirst(), QStringLiteral("auth"));
        QVERIFY(rows.constLast().tags.isEmpty());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows.at(i).tags.isEmpty())
                continue;
            QVERIFY2(rows.at(i - 1).tags.join(QChar(31)).compare(rows.at(i).tags.join(QChar(31)), Qt::CaseInsensitive) <= 0,
                     qPrintable(rows.at(i).key));
        }
    }

    void rows()
    {
        QSqlQuery q(m_store.database());
        auto idOf = [&q](const char *key) {
            q.prepare(QStringLiteral("SELECT id FROM cards WHERE key = ?"));
            q.addBindValue(QString::fromLatin1(key));
            return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        };
        const QList<qint64> ids{idOf("own-percent"), idOf("ssh:protocol-port"), 999999, idOf("concept-well-known-range"),
                                idOf("telnet:protocol-port"), idOf("gre:function-protocol")};
        const QList<BrowseRow> rows = CardList(m_store).rows(ids, context());
        QCOMPARE(keys(rows), (QStringList{"own-percent", "ssh:protocol-port", "concept-well-known-range",
                                          "telnet:protocol-port", "gre:function-protocol"}));

        const BrowseRow &own = rows.at(0);
        QCOMPARE(own.factId, 0);
        QVERIFY(own.entryKey.isEmpty() && own.entry.isEmpty());
        QCOMPARE(own.tmpl, CardTemplate::Basic);
        QCOMPARE(own.question, QStringLiteral("Am I 100% sure_thing?"));
        QCOMPARE(own.answer, QStringLiteral("Yes"));
        QVERIFY(own.own);
        QVERIFY(!own.edited);
        QCOMPARE(own.recall, -1.0);
        QCOMPARE(own.state, CardState::New);

        const BrowseRow &ssh = rows.at(1);
        QCOMPARE(ssh.entryKey, QStringLiteral("ssh"));
        QCOMPARE(ssh.entry, QStringLiteral("SSH"));
        QCOMPARE(ssh.tmpl, CardTemplate::ProtocolToPort);
        QVERIFY(ssh.question.isEmpty()); // rendered from the entry
        QCOMPARE(ssh.state, CardState::Review);
        QCOMPARE(ssh.dueMs, kNow - kDay);
        QCOMPARE(ssh.lastReviewMs, kNow - 10 * kDay);
        QCOMPARE(ssh.intervalDays, 10);
        QCOMPARE(ssh.stability, 20.0);
        QCOMPARE(ssh.difficulty, 5.0);
        QCOMPARE(ssh.reps, 4);
        QCOMPARE(ssh.lapses, 1);
        QCOMPARE(ssh.tags, (QStringList{"exam-week", "remote"}));
        QCOMPARE(ssh.flag, 1);
        QVERIFY(!ssh.suspended);
        QCOMPARE(ssh.buriedUntilMs, kNow - 30 * kDay);
        QVERIFY(!ssh.own && !ssh.edited);
        QCOMPARE(ssh.recall, context().scheduler.recallAt(kNow - 10 * kDay, 20, kNow));

        QVERIFY(rows.at(2).answer.startsWith(QStringLiteral("Das sind die Systemports")));
        QCOMPARE(rows.at(2).entryKey, QStringLiteral("iana-system-ports"));
        QVERIFY(rows.at(3).edited);
        QVERIFY(rows.at(4).own);

        // English when the context has no language; nothing for no ids.
        CardQueryContext english = context();
        english.lang.clear();
        QVERIFY(CardList(m_store).rows({ids.at(3)}, english).constFirst().answer.startsWith(QStringLiteral("They are IANA")));
        QVERIFY(CardList(m_store).rows({}, context()).isEmpty());
        // The same id twice is two rows.
        QCOMPARE(CardList(m_store).rows({ids.at(1), ids.at(1)}, context()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCardList)
#include "tst_cardlist.moc"
