#include "deck.h"
#include "factfilterproxymodel.h"
#include "factstablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

class TestFactsTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<Fact> builtinFacts()
    {
        QList<Fact> facts;
        for (const DeckFact &df : Deck::builtin().facts)
            facts << df.fact;
        return facts;
    }

private slots:
    void passesTheModelTester()
    {
        FactsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFacts(builtinFacts());
        FactFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFactFilter(FactFilter(QStringLiteral("udp")));
        proxy.sort(FactsTableModel::Ports);
        proxy.setFactFilter(FactFilter());
        model.setFacts({});
        model.setFacts(builtinFacts());
    }

    void cells_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << "ftp" << int(FactsTableModel::Protocol) << "FTP";
        QTest::newRow("full name") << "ftp" << int(FactsTableModel::FullName) << "File Transfer Protocol";
        QTest::newRow("ports") << "ftp" << int(FactsTableModel::Ports) << "20, 21";
        QTest::newRow("dual transport") << "dns" << int(FactsTableModel::TransportColumn) << "TCP/UDP";
        QTest::newRow("secure") << "ssh" << int(FactsTableModel::Secure) << "Yes";
        QTest::newRow("insecure") << "telnet" << int(FactsTableModel::Secure) << "No";
        QTest::newRow("partly") << "smb" << int(FactsTableModel::Secure) << "Partly";
        QTest::newRow("objective") << "ssh" << int(FactsTableModel::Exam) << "1.4";
        QTest::newRow("extra") << "pop3" << int(FactsTableModel::Exam) << "";
        QTest::newRow("ip protocol") << "icmp" << int(FactsTableModel::Ports) << "none";
        QTest::newRow("range") << "iana-registered-ports" << int(FactsTableModel::Ports)
                               << QString::fromUtf8("1024–49151");
    }

    void cells()
    {
        QFETCH(QString, key);
        QFETCH(int, column);
        QFETCH(QString, text);
        FactsTableModel model;
        model.setFacts(builtinFacts());
        const int row = model.rowOfKey(key);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, column).data().toString(), text);
        QCOMPARE(model.index(row, column).data(FactsTableModel::FactKeyRole).toString(), key);
    }

    void toolTipsExplain()
    {
        FactsTableModel model;
        model.setFacts(builtinFacts());
        const int ftp = model.rowOfKey(QStringLiteral("ftp"));
        const QString ports = model.index(ftp, FactsTableModel::Ports).data(Qt::ToolTipRole).toString();
        QVERIFY2(ports.contains(QLatin1String("TCP 20: data (active mode)")), qPrintable(ports));
        QVERIFY(ports.contains(QLatin1String("TCP 21: control")));
        const int icmp = model.rowOfKey(QStringLiteral("icmp"));
        QVERIFY(model.index(icmp, FactsTableModel::Ports).data(Qt::ToolTipRole).toString().contains(QLatin1String("1")));
        QVERIFY(model.index(ftp, FactsTableModel::Secure).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
    }

    void sortsPortsNumerically()
    {
        FactsTableModel model;
        model.setFacts(builtinFacts());
        FactFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(FactsTableModel::Ports, Qt::AscendingOrder);
        int previous = -1;
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const int key = proxy.index(row, FactsTableModel::Ports).data(FactsTableModel::SortRole).toInt();
            QVERIFY(key >= previous);
            previous = key;
            order << proxy.index(row, 0).data(FactsTableModel::FactKeyRole).toString();
        }
        // 443 before 8080 before 1433 would be text order; numbers put 443 < 1433 < 8080.
        QVERIFY(order.indexOf(QStringLiteral("https")) < order.indexOf(QStringLiteral("sql-server")));
        QVERIFY(order.indexOf(QStringLiteral("sql-server")) < order.indexOf(QStringLiteral("http-alt")));
        // IP protocols without ports come after the ports, and the traffic types last.
        QVERIFY(order.indexOf(QStringLiteral("ah")) > order.indexOf(QStringLiteral("http-alt")));
        QCOMPARE(order.constLast(), QStringLiteral("broadcast"));

        proxy.sort(FactsTableModel::Protocol, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data().toString().compare(
                    proxy.index(proxy.rowCount() - 1, 0).data().toString(), Qt::CaseInsensitive) > 0);
        proxy.sort(FactsTableModel::Secure, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, FactsTableModel::Secure).data().toString(), QStringLiteral("Yes"));
    }

    void headers()
    {
        FactsTableModel model;
        QCOMPARE(model.columnCount(), int(FactsTableModel::ColumnCount));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_MAIN(TestFactsTableModel)
#include "tst_factstablemodel.moc"
