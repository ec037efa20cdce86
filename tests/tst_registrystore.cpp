// The port registry in the collection: imported in one transaction (on a worker thread too),
// a cancel that leaves the registry as it was, no cards and an unchanged study queue, and the
// Table's searches (a port inside a range, words, a transport).
#include "deckstore.h"
#include "importjob.h"
#include "registrystore.h"
#include "studyday.h"
#include "studyqueue.h"
#include "studystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PORTDECK_TEST_DATA "/registry/") + QLatin1String(name);
}

ImportRequest registryRequest(const QString &path)
{
    ImportRequest request;
    request.path = path;
    request.kind = ImportJob::kindOf(path);
    return request;
}

QStringList names(const QList<RegistryService> &services)
{
    QStringList out;
    for (const RegistryService &s : services)
        out << s.name + QLatin1Char('/') + (s.transport.isEmpty() ? QStringLiteral("any") : s.transport);
    return out;
}

// What today's study queue holds, in order.
QList<qint64> queueOf(const DeckStore &store)
{
    const StudyQueueStore reads(store);
    const StudyDay day(4, QTimeZone::utc());
    const StudyQueue queue = StudyQueue::build(reads, store.studySettings(), day, 1767261600000);
    QList<qint64> ids;
    for (const auto &card : queue.newCards)
        ids.append(card.cardId);
    return ids;
}

} // namespace

class TestRegistryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeckStore m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
        QString error;
        const std::optional<ImportReport> report =
            ImportJob::run(m_store, registryRequest(fixture("iana-excerpt.csv")), {}, &error);
        QVERIFY2(report, qPrintable(error));
    }

    void detectsRegistryFiles()
    {
        QCOMPARE(ImportJob::kindOf(fixture("iana-excerpt.csv")), ImportRequest::Kind::Registry);
        QCOMPARE(ImportJob::kindOf(fixture("services-excerpt")), ImportRequest::Kind::Text); // not named services
        QTemporaryDir dir;
        const QString services = dir.filePath(QStringLiteral("services"));
        QVERIFY(QFile::copy(fixture("services-excerpt"), services));
        QCOMPARE(ImportJob::kindOf(services), ImportRequest::Kind::Registry);
    }

    // Importing the registry adds no card and changes nothing the learner studies.
    void addsNoCards()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        const DeckCounts before = store.counts();
        const QList<qint64> queue = queueOf(store);
        QVERIFY(!queue.isEmpty());
        QString error;
        const std::optional<ImportReport> report =
            ImportJob::run(store, registryRequest(fixture("iana-excerpt.csv")), {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->format, QStringLiteral("iana"));
        QCOMPARE(report->registry, 32);
        QCOMPARE(report->added, 0);
        QCOMPARE(RegistryStore(store).count(), 32);
        QCOMPARE(RegistryStore(store).source(), RegistrySource::Iana);
        const DeckCounts after = store.counts();
        QCOMPARE(after.facts, before.facts);
        QCOMPARE(after.cards, before.cards);
        QCOMPARE(after.newCards, before.newCards);
        QCOMPARE(queueOf(store), queue);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    // A cancel at any point leaves the registry that was there; so does a failed file.
    void cancelLeavesTheRegistryAsItWas_data()
    {
        QTest::addColumn<int>("stopAfter"); // progress calls allowed before the cancel
        QTest::newRow("at the start") << 0;
        QTest::newRow("at the end") << 1; // the excerpt's rows fit in one report; the last one cancels
    }

    void cancelLeavesTheRegistryAsItWas()
    {
        QFETCH(int, stopAfter);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QString error;
        QVERIFY(ImportJob::run(store, registryRequest(fixture("iana-excerpt.csv")), {}, &error));
        const QString services = dir.filePath(QStringLiteral("services"));
        QVERIFY(QFile::copy(fixture("services-excerpt"), services));
        int calls = 0;
        const std::optional<ImportReport> report = ImportJob::run(
            store, registryRequest(services), [&](qint64, qint64) { return calls++ < stopAfter; }, &error);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(RegistryStore(store).count(), 32);
        QCOMPARE(RegistryStore(store).source(), RegistrySource::Iana);

        // Not a registry: refused, nothing written.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Service Name,Port Number,Transport Protocol,Description\r\nssh,22,tcp,\0x\r\n", 72);
        file.close();
        QVERIFY(!ImportJob::run(store, registryRequest(bad), {}, &error));
        QVERIFY2(error.contains(QLatin1String("NUL")), qPrintable(error));
        QCOMPARE(RegistryStore(store).count(), 32);

        // And a finished import replaces it whole.
        const std::optional<ImportReport> replaced = ImportJob::run(store, registryRequest(services), {}, &error);
        QVERIFY2(replaced, qPrintable(error));
        QCOMPARE(replaced->format, QStringLiteral("services"));
        QCOMPARE(RegistryStore(store).count(), 36);
        QCOMPARE(RegistryStore(store).source(), RegistrySource::ServicesFile);
    }

    // The app's import: a worker thread with its own connection, progress, committed for the window.
    void importsOnAWorkerThread()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        ImportJob job(dir.path(), registryRequest(fixture("iana-excerpt.csv")));
        QSignalSpy finished(&job, &ImportJob::finished);
        QSignalSpy failed(&job, &ImportJob::failed);
        QSignalSpy progressed(&job, &ImportJob::progressed);
        job.start();
        QTRY_COMPARE(finished.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(finished.at(0).at(0).value<ImportReport>().registry, 32);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(RegistryStore(store).count(), 32);
    }

    void searches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("a port") << "7" << "" << QStringList{"echo/tcp", "echo/udp"};
        QTest::newRow("a port inside a range") << "6010" << "" << QStringList{"x11/tcp", "x11/udp"};
        QTest::newRow("the range's first port") << "6000" << "" << QStringList{"x11/tcp", "x11/udp"};
        QTest::newRow("the range's last port") << "6063" << "" << QStringList{"x11/tcp", "x11/udp"};
        QTest::newRow("past the range") << "6064" << "" << QStringList{};
        QTest::newRow("a range without a transport") << "3324" << "udp" << QStringList{"active-net/any"};
        QTest::newRow("port and transport") << "tcp/9" << "" << QStringList{"discard/tcp"};
        QTest::newRow("transport from the toggle") << "9" << "dccp" << QStringList{"discard/dccp"};
        QTest::newRow("a word of the description") << "multiplexer" << "" << QStringList{"tcpmux/tcp", "tcpmux/udp"};
        QTest::newRow("words in any order, any case") << "ENTRY job" << "udp" << QStringList{"rje/udp"};
        QTest::newRow("a word of the name") << "whois" << "tcp" << QStringList{"whois++/tcp", "whoispp/tcp"};
        QTest::newRow("wildcards are literal") << "%" << "" << QStringList{};
        QTest::newRow("underscore is literal") << "_" << "" << QStringList{};
    }

    void searches()
    {
        QFETCH(QString, text);
        QFETCH(QString, transport);
        QFETCH(QStringList, found);
        RegistryQuery query = RegistryQuery::parse(text);
        if (!transport.isEmpty())
            query.transport = transport;
        QCOMPARE(names(RegistryStore(m_store).search(query)), found);
    }

    void searchIsLimitedAndOrderedByPort()
    {
        RegistryQuery query;
        QCOMPARE(RegistryStore(m_store).search(query).size(), 32);
        query.limit = 5;
        const QList<RegistryService> first = RegistryStore(m_store).search(query);
        QCOMPARE(names(first), (QStringList{"tcpmux/tcp", "tcpmux/udp", "compressnet/tcp", "compressnet/udp",
                                            "compressnet/tcp"}));
        QCOMPARE(first.at(4).portLow, 3);
    }
};

QTEST_GUILESS_MAIN(TestRegistryStore)
#include "tst_registrystore.moc"
