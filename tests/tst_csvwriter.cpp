#include "csvwriter.h"
#include "deck.h"

#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void row_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\r\n");
        QTest::newRow("comma") << QStringList{"20, 21", "x"} << QByteArray("\"20, 21\",x\r\n");
        QTest::newRow("quote") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringList{"a\nb"} << QByteArray("\"a\nb\"\r\n");
        QTest::newRow("empty") << QStringList{"", ""} << QByteArray(",\r\n");
        QTest::newRow("unicode") << QStringList{QString::fromUtf8("0–1023")} << QByteArray("0\xe2\x80\x93" "1023\r\n");
    }

    void row()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, csv);
        QCOMPARE(csvRow(fields), csv);
    }

    void facts()
    {
        QList<Fact> facts;
        for (const DeckFact &df : Deck::builtin().facts)
            facts << df.fact;
        const QByteArray csv = factsToCsv(facts);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.constFirst(), QByteArray("protocol,full_name,ports,transport,secure,function\r"));
        QCOMPARE(lines.size(), facts.size() + 2); // header, one line a fact, trailing newline
        QVERIFY(csv.contains("\nFTP,File Transfer Protocol,tcp/20 tcp/21,TCP,no,"));
        QVERIFY(csv.contains("\nDNS,Domain Name System,udp/53 tcp/53,TCP/UDP,no,"));
        QVERIFY(csv.contains("\nICMP,Internet Control Message Protocol,ip/1,IP,n/a,"));
        QVERIFY(csv.contains(",0-1023,TCP/UDP,n/a,"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
