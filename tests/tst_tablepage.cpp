#include "appsettings.h"
#include "deckstore.h"
#include "factdetailview.h"
#include "factfilterproxymodel.h"
#include "factstablemodel.h"
#include "tablepage.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestTablePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeckStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<TablePage> m_page;

    QStringList shownKeys() const
    {
        QStringList keys;
        const QAbstractItemModel *model = m_page->tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, 0).data(FactsTableModel::FactKeyRole).toString();
        return keys;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir.path()), DeckStore::Status::Ok);
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("portdeck.ini")));
        m_settings = std::make_unique<AppSettings>(m_dir.path());
        m_page = std::make_unique<TablePage>(m_store.get(), m_settings.get(), QStringLiteral("en"));
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void showsEveryFact()
    {
        QCOMPARE(m_page->tableView()->model()->rowCount(), m_store->counts().facts);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("%1 entries").arg(m_store->counts().facts));
        // The first row is selected and described.
        QCOMPARE(m_page->currentFactKey(), QStringLiteral("ftp"));
        QVERIFY(m_page->detailView()->toPlainText().contains(QLatin1String("data (active mode)")));
    }

    void typingFilters_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("port") << "22" << QStringList{"sftp", "ssh", "scp", "iana-system-ports"};
        QTest::newRow("tcp/22") << "tcp/22" << QStringList{"sftp", "ssh", "scp", "iana-system-ports"};
        QTest::newRow("name") << "ssh" << QStringList{"sftp", "ssh", "scp"};
        QTest::newRow("topic") << "mail"
                               << QStringList{"smtp", "smtps", "pop3", "imap", "imaps", "pop3s", "submissions"};
        QTest::newRow("port and transport") << "udp 161" << QStringList{"snmp", "snmpv3", "iana-system-ports"};
    }

    void typingFilters()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, keys);
        QTest::keyClicks(m_page->filterEdit(), typed);
        QCOMPARE(shownKeys(), keys);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("%1 of %2 entries").arg(keys.size()).arg(m_store->counts().facts));
        // The detail follows the first match.
        QCOMPARE(m_page->currentFactKey(), keys.constFirst());
        // Escape clears the filter.
        QTest::keyClick(m_page->filterEdit(), Qt::Key_Escape);
        QCOMPARE(m_page->filterEdit()->text(), QString());
        QCOMPARE(shownKeys().size(), m_store->counts().facts);
    }

    void noMatchSaysSo()
    {
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("xyzzy"));
        QCOMPARE(shownKeys(), QStringList());
        auto *stack = m_page->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
        QVERIFY(stack->currentWidget() != m_page->tableView());
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(QLatin1String("Nothing matches")));
        QVERIFY(m_page->currentFactKey().isEmpty());
        QVERIFY(m_page->detailView()->toPlainText().contains(QLatin1String("Select an entry")));
        m_page->filterEdit()->clear();
        QCOMPARE(stack->currentWidget(), m_page->tableView());
    }

    void quickFilterButtons()
    {
        m_page->secureButton()->click();
        const QStringList secure = shownKeys();
        QVERIFY(secure.contains(QStringLiteral("ssh")));
        QVERIFY(!secure.contains(QStringLiteral("telnet")));
        m_page->udpButton()->click();
        QVERIFY(shownKeys().contains(QStringLiteral("snmpv3")));
        QVERIFY(!shownKeys().contains(QStringLiteral("ssh")));
        m_page->secureButton()->click();
        m_page->udpButton()->click();
        m_page->objectiveButton()->click();
        QVERIFY(!shownKeys().contains(QStringLiteral("pop3")));
        QVERIFY(shownKeys().contains(QStringLiteral("sip")));
        m_page->objectiveButton()->click();
        m_page->tcpButton()->click();
        QVERIFY(!shownKeys().contains(QStringLiteral("ntp")));
        m_page->tcpButton()->click();
        QCOMPARE(shownKeys().size(), m_store->counts().facts);
    }

    void detailShowsPortsCounterpartsAndCards()
    {
        QVERIFY(m_page->selectFact(QStringLiteral("telnet")));
        const QString text = m_page->detailView()->toPlainText();
        QVERIFY(text.contains(QLatin1String("Telnet")));
        QVERIFY(text.contains(QLatin1String("Secure alternative")));
        QVERIFY(text.contains(QLatin1String("SSH")));
        QVERIFY(text.contains(QStringLiteral("Insecure → secure")));
        QVERIFY2(text.contains(QLatin1String("Studied: 0 of 5")), qPrintable(text));

        QVERIFY(m_page->selectFact(QStringLiteral("ssh")));
        const QString ssh = m_page->detailView()->toPlainText();
        QVERIFY(ssh.contains(QLatin1String("Secure replacement for")));
        QVERIFY(ssh.contains(QLatin1String("Shares a port with")));
        QVERIFY(ssh.contains(QLatin1String("SFTP")));

        QVERIFY(m_page->selectFact(QStringLiteral("iana-registered-ports")));
        const QString range = m_page->detailView()->toPlainText();
        QVERIFY2(range.contains(QLatin1String("SQL Server (1433)")), qPrintable(range));
        QVERIFY(range.contains(QLatin1String("RDP (3389)")));
        QVERIFY(!m_page->selectFact(QStringLiteral("no-such-fact")));
    }

    void counterpartLinkSelectsIt()
    {
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("telnet"));
        QCOMPARE(m_page->currentFactKey(), QStringLiteral("telnet"));
        QSignalSpy changed(m_page.get(), &TablePage::currentFactChanged);
        emit m_page->detailView()->anchorClicked(QUrl(QStringLiteral("fact:ssh")));
        QCOMPARE(m_page->currentFactKey(), QStringLiteral("ssh"));
        QCOMPARE(m_page->filterEdit()->text(), QString()); // the filter hid SSH, so it was cleared
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.constLast().constFirst().toString(), QStringLiteral("ssh"));
        QVERIFY(m_page->detailView()->toPlainText().startsWith(QLatin1String("SSH")));
    }

    void keyboardFromFilterToTable()
    {
        m_page->focusFilter();
        QTRY_VERIFY(m_page->filterEdit()->hasFocus());
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("udp"));
        QTest::keyClick(m_page->filterEdit(), Qt::Key_Down);
        QTRY_VERIFY(m_page->tableView()->hasFocus());
        const QString first = m_page->currentFactKey();
        QTest::keyClick(m_page->tableView(), Qt::Key_Down);
        QVERIFY(m_page->currentFactKey() != first);
        QVERIFY(m_page->detailView()->toPlainText().startsWith(
            m_page->tableView()->currentIndex().siblingAtColumn(0).data().toString()));
    }

    void sortingByHeader()
    {
        QHeaderView *header = m_page->tableView()->horizontalHeader();
        const int x = header->sectionViewportPosition(FactsTableModel::Ports) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(FactsTableModel::Ports));
        QStringList keys = shownKeys();
        QCOMPARE(keys.constFirst(), QStringLiteral("iana-system-ports")); // 0
        QCOMPARE(keys.at(1), QStringLiteral("ftp"));                       // 20
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(shownKeys().constFirst(), QStringLiteral("broadcast")); // traffic types, then IP types: after every number
    }

    void remembersSelectionAndColumns()
    {
        QVERIFY(m_page->selectFact(QStringLiteral("rdp")));
        m_page->tableView()->horizontalHeader()->resizeSection(FactsTableModel::FullName, 333);
        m_page->saveState();
        m_settings->sync();
        m_page.reset();

        AppSettings settings(m_dir.path());
        TablePage again(m_store.get(), &settings, QStringLiteral("en"));
        QCOMPARE(again.currentFactKey(), QStringLiteral("rdp"));
        QCOMPARE(again.tableView()->horizontalHeader()->sectionSize(FactsTableModel::FullName), 333);
    }

    void germanTexts()
    {
        TablePage german(m_store.get(), nullptr, QStringLiteral("de"));
        QVERIFY(german.selectFact(QStringLiteral("ftp")));
        const QString text = german.detailView()->toPlainText();
        QVERIFY2(text.contains(QString::fromUtf8("Überträgt Dateien")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Daten (aktiver Modus)")));
        QVERIFY(text.contains(QLatin1String("Steuerung")));
    }
};

QTEST_MAIN(TestTablePage)
#include "tst_tablepage.moc"
