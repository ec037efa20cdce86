// The note search's index off the window's thread: kept current from the collection's changes,
// and kept between sessions only while it is exactly the collection's.
#include "collection.h"
#include "deckstore.h"
#include "searchindex.h"
#include "searchservice.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSearchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // One session as the window has it: the collection opened, the service told the
    // fingerprint the collection was opened with, the index sealed when the collection closes.
    struct Session
    {
        DeckStore store;
        std::unique_ptr<Collection> collection;
        std::unique_ptr<SearchService> search;
    };

    std::unique_ptr<Session> open()
    {
        auto session = std::make_unique<Session>();
        if (session->store.open(m_dir.path()) != DeckStore::Status::Ok)
            return nullptr;
        session->collection = std::make_unique<Collection>(&session->store);
        session->search = std::make_unique<SearchService>(&session->store, QStringLiteral("en"),
                                                          m_dir.filePath(QStringLiteral("notes")));
        QObject::connect(session->collection.get(), &Collection::changed, session->search.get(),
                         &SearchService::collectionChanged);
        return session;
    }

    static void close(std::unique_ptr<Session> &session)
    {
        session->search.reset(); // the window goes first, then the collection
        session->collection.reset();
        session->store.close();
        session.reset();
    }

    static QStringList targets(SearchService &search, const QString &query)
    {
        QStringList out;
        for (const SearchHit &hit : search.search(query))
            out.append(hit.target);
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keptBetweenSessionsOnlyWhileCurrent()
    {
        // First session: built, with a card added on the way.
        std::unique_ptr<Session> s = open();
        QVERIFY(s);
        QVERIFY(!targets(*s->search, QStringLiteral("ssh")).isEmpty());
        QVERIFY(!s->search->tookUpIndex());
        const std::optional<qint64> zorp = s->collection->addCard(QStringLiteral("Where does Zorpmail listen?"), QStringLiteral("2525"));
        QVERIFY(zorp);
        QCOMPARE(targets(*s->search, QStringLiteral("zorpmail")), QStringList{QStringLiteral("card:%1").arg(*zorp)});
        close(s);
        QVERIFY(QFile::exists(SearchService::indexPath(m_dir.path())));

        // Second: taken up, the card still found, and changes still followed.
        s = open();
        QVERIFY(s);
        QCOMPARE(targets(*s->search, QStringLiteral("zorpmail")), QStringList{QStringLiteral("card:%1").arg(*zorp)});
        QVERIFY(s->search->tookUpIndex());
        QVERIFY(s->collection->editCard(*zorp, QStringLiteral("Where does Blipmail listen?"), QStringLiteral("2525")));
        QCOMPARE(targets(*s->search, QStringLiteral("blipmail")), QStringList{QStringLiteral("card:%1").arg(*zorp)});
        QVERIFY(targets(*s->search, QStringLiteral("zorpmail")).isEmpty());
        close(s);

        // Third: taken up again, with the edit in it.
        s = open();
        QVERIFY(s);
        QCOMPARE(targets(*s->search, QStringLiteral("blipmail")), QStringList{QStringLiteral("card:%1").arg(*zorp)});
        QVERIFY(s->search->tookUpIndex());
        close(s);

        // The collection changed between sessions by another program (the command line):
        // its certificate changed, so the index is built again and finds the change.
        {
            DeckStore cli;
            QCOMPARE(cli.open(m_dir.path()), DeckStore::Status::Ok);
            Collection collection(&cli);
            QVERIFY(collection.editCard(*zorp, QStringLiteral("Where does Quuxmail listen?"), QStringLiteral("2525")));
        }
        s = open();
        QVERIFY(s);
        QCOMPARE(targets(*s->search, QStringLiteral("quuxmail")), QStringList{QStringLiteral("card:%1").arg(*zorp)});
        QVERIFY(!s->search->tookUpIndex());
        close(s);

        // While a session uses the index it carries no stamp: a crash, which seals nothing,
        // leaves an index the next session builds again.
        s = open();
        QVERIFY(s);
        QVERIFY(!targets(*s->search, QStringLiteral("quuxmail")).isEmpty());
        QVERIFY(s->search->tookUpIndex());
        QCOMPARE(SearchIndex(SearchService::indexPath(m_dir.path())).stamp(), QString());
        close(s);

        // A note file added: built again, and the page found.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("notes"))));
        {
            QFile note(m_dir.filePath(QStringLiteral("notes/frobnicate.md")));
            QVERIFY(note.open(QIODevice::WriteOnly));
            note.write("---\ntitle: Frobnicate\n---\n\nFrobnication happens on port 7777.\n");
        }
        s = open();
        QVERIFY(s);
        QVERIFY(targets(*s->search, QStringLiteral("frobnication")).contains(QStringLiteral("page:frobnicate")));
        QVERIFY(!s->search->tookUpIndex());
        QVERIFY(s->search->errorString().isEmpty());
        close(s);
    }

    // A change made before the session's first build (the window builds two seconds after
    // launch) is in the index: the last session's, which lacks it, is not taken up.
    void changeBeforeTheFirstBuildIsNotLost_data()
    {
        QTest::addColumn<bool>("entry");
        QTest::newRow("a card edited") << false;
        QTest::newRow("an entry added") << true;
    }

    void changeBeforeTheFirstBuildIsNotLost()
    {
        QFETCH(bool, entry);
        QTemporaryDir dir;
        qint64 card = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            Collection collection(&store);
            const std::optional<qint64> id = collection.addCard(QStringLiteral("Where does Plonkmail listen?"), QStringLiteral("2626"));
            QVERIFY(id);
            card = *id;
            SearchService search(&store, QStringLiteral("en"), {});
            QVERIFY(!search.search(QStringLiteral("plonkmail")).isEmpty());
        } // sealed
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QVERIFY(!store.certifiedFingerprint().isEmpty());
        Collection collection(&store);
        SearchService search(&store, QStringLiteral("en"), {});
        connect(&collection, &Collection::changed, &search, &SearchService::collectionChanged);
        QString word;
        if (entry) {
            DeckFact fact;
            fact.fact.kind = FactKind::Protocol;
            fact.fact.name = QStringLiteral("Wibblenet");
            fact.fact.ports = {{4646, Transport::Tcp, {}}};
            fact.fact.function = QStringLiteral("Carries wibbles");
            QVERIFY(collection.addEntry(fact));
            word = QStringLiteral("wibblenet");
        } else {
            QVERIFY(collection.editCard(card, QStringLiteral("Where does Zapmail listen?"), QStringLiteral("2626")));
            word = QStringLiteral("zapmail");
        }
        QVERIFY(!search.search(word).isEmpty());
        QVERIFY(!search.tookUpIndex());
    }

    // A damaged index file is made anew, and nothing is lost: the collection is the source.
    void damagedIndexIsBuiltAgain()
    {
        QTemporaryDir dir;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        }
        QFile junk(SearchService::indexPath(dir.path()));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        SearchService search(&store, QStringLiteral("en"), {});
        QVERIFY(!search.search(QStringLiteral("ssh")).isEmpty());
        QVERIFY(search.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
