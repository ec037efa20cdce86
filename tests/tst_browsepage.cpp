// The Browse page driven as a learner drives it, and the whole path of an own entry:
// added in its dialog, studied with a typed answer, found in Browse, suspended, undone.
#include "browsepage.h"
#include "cardbrowsemodel.h"
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "entrydialog.h"
#include "mainwindow.h"
#include "studypage.h"
#include "studysession.h"

#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using testsupport::closeModals;
using testsupport::shot;

namespace {

QVariant scalar(DeckStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestBrowsePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
    BrowsePage *m_page = nullptr;

    // Selects rows explicitly: selectRow() follows the keyboard modifiers a previous key left.
    void selectRows(int first, int count)
    {
        QAbstractItemModel *model = m_page->view()->model();
        m_page->view()->selectionModel()->select(QItemSelection(model->index(first, 0), model->index(first + count - 1, model->columnCount() - 1)),
                                                 QItemSelectionModel::ClearAndSelect);
        m_page->view()->selectionModel()->setCurrentIndex(model->index(first, 0), QItemSelectionModel::NoUpdate);
    }

    void keyToWindow(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key, modifiers);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
        StudySettings settings;
        settings.enableFuzz = false;
        m_store->setStudySettings(settings);
        // Some history to sort and search by.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET state = 2, reps = 5, lapses = id % 4, stability = 10 + id % 7, "
                                      "difficulty = 5, last_review = 1717000000000, due = 1717400000000 + id, "
                                      "scheduled_days = 5 WHERE id % 3 = 0")));
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"), &m_clock);
        m_window->resize(1200, 720);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("browse")));
        m_page = m_window->browsePage();
    }

    void cleanup()
    {
        closeModals();
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void opensWithEveryCard()
    {
        QCOMPARE(m_window->currentPageId(), QStringLiteral("browse"));
        QCOMPARE(m_page->model()->rowCount(), m_store->counts().cards);
        QVERIFY(m_page->statusLabel()->text().contains(QString::number(m_store->counts().cards)));
        // Ctrl+6 and Alt+6 come here from another page.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        keyToWindow(Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("browse"));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        keyToWindow(Qt::Key_6, Qt::AltModifier);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("browse"));
        shot(m_page, "browse");
    }

    void searchAndErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("rows");      // -1: a bad search, the old rows stay
        QTest::addColumn<QString>("status"); // part of the status line
        QTest::newRow("port") << "port:22 type:protocol" << 1 << "1 card";
        QTest::newRow("text") << "telnet type:secure" << 1 << "1 card";
        QTest::newRow("nothing") << "\"no such words\"" << 0 << "No card matches";
        QTest::newRow("unknown is") << "is:sleepy" << -1 << "is:sleepy";
        QTest::newRow("unknown key") << "colour:red" << -1 << "colour:red";
        QTest::newRow("bad number") << "lapses>lots" << -1 << "lapses";
        QTest::newRow("open quote") << "\"telnet" << -1 << "quot";
    }

    void searchAndErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, rows);
        QFETCH(QString, status);
        const int all = m_page->model()->rowCount();
        m_page->searchField()->setFocus();
        m_page->searchField()->clear();
        QTest::keyClicks(m_page->searchField(), query);
        QTest::keyClick(m_page->searchField(), Qt::Key_Return);
        QCOMPARE(m_page->model()->rowCount(), rows < 0 ? all : rows);
        QVERIFY2(m_page->statusLabel()->text().contains(status, Qt::CaseInsensitive), qPrintable(m_page->statusLabel()->text()));
        // Down goes on to the cards.
        if (rows > 0) {
            QTest::keyClick(m_page->searchField(), Qt::Key_Down);
            QVERIFY(m_page->view()->hasFocus());
        }
        // Clearing the field shows every card again.
        m_page->searchField()->clear();
        QCOMPARE(m_page->model()->rowCount(), all);
    }

    void sortsAndChoosesColumns()
    {
        m_page->sortBy(BrowseColumn::Lapses, Qt::DescendingOrder);
        QCOMPARE(m_page->model()->browseRow(0)->lapses, 3);
        m_page->sortBy(BrowseColumn::Lapses, Qt::AscendingOrder);
        QCOMPARE(m_page->model()->browseRow(0)->lapses, 0);
        // A header click sorts too.
        QHeaderView *header = m_page->view()->horizontalHeader();
        header->setSortIndicator(int(BrowseColumn::Stability), Qt::DescendingOrder);
        QCOMPARE(m_page->model()->browseRow(0)->stability, 16.0);
        QVERIFY(header->isSectionHidden(int(BrowseColumn::Flag)));
        m_page->setColumnVisible(BrowseColumn::Flag, true);
        QVERIFY(!header->isSectionHidden(int(BrowseColumn::Flag)));
        QCOMPARE(m_page->model()->headerData(int(BrowseColumn::Recall), Qt::Horizontal).toString(), QStringLiteral("Recall Now"));
    }

    // Each bulk action by its key, on a selection, taken back with Ctrl+Z.
    void bulkActionsByKeyAndUndo_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("check"); // SQL: how many of the three selected cards show it
        QTest::addColumn<QString>("undoText");
        QTest::newRow("suspend") << int(Qt::Key_J) << int(Qt::ControlModifier) << "suspended = 1" << "Suspend 3 Cards";
        QTest::newRow("bury") << int(Qt::Key_Minus) << int(Qt::ControlModifier) << "buried_until > 0" << "Bury 3 Cards";
        QTest::newRow("flag red") << int(Qt::Key_1) << int(Qt::ControlModifier) << "flag = 1" << "Flag 3 Cards";
        QTest::newRow("flag blue") << int(Qt::Key_4) << int(Qt::ControlModifier) << "flag = 4" << "Flag 3 Cards";
    }

    void bulkActionsByKeyAndUndo()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, check);
        QFETCH(QString, undoText);
        QVERIFY(m_page->search(QStringLiteral("type:port")));
        m_page->view()->setFocus();
        selectRows(0, 3);
        const QList<qint64> ids = m_page->selectedIds();
        QCOMPARE(ids.size(), 3);
        const QString sql = QStringLiteral("SELECT count(*) FROM cards WHERE id IN (%1, %2, %3) AND %4")
                                .arg(ids.at(0)).arg(ids.at(1)).arg(ids.at(2)).arg(check);
        QCOMPARE(scalar(*m_store, sql).toInt(), 0);
        keyToWindow(Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(scalar(*m_store, sql).toInt(), 3);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("browse")); // Ctrl+1 flagged, did not switch
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo ") + undoText);
        QCOMPARE(m_page->selectedIds(), ids); // the selection stays for the next action
        keyToWindow(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*m_store, sql).toInt(), 0);
    }

    void tagsForgetDueAndDelete()
    {
        QVERIFY(m_page->search(QStringLiteral("is:review")));
        QVERIFY(m_page->model()->rowCount() > 0);
        selectRows(0, 1);
        QCOMPARE(m_page->selectedIds().size(), 1);
        const qint64 id = m_page->selectedIds().constFirst();
        QVERIFY(m_page->addTagsToSelection({QStringLiteral("exam"), QStringLiteral("hard")}));
        QCOMPARE(m_store->cardTags(id), (QStringList{QStringLiteral("exam"), QStringLiteral("hard")}));
        QVERIFY(m_page->search(QStringLiteral("tag:exam")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        selectRows(0, 1);
        QVERIFY(m_page->removeTagsFromSelection({QStringLiteral("hard")}));
        QCOMPARE(m_store->cardTags(id), QStringList{QStringLiteral("exam")});
        QVERIFY(m_page->setDueOfSelection(3));
        QVERIFY(m_store->card(id)->dueMs > m_clock.nowMs() + 2 * 86400000LL);
        QVERIFY(m_page->forgetSelection());
        QCOMPARE(m_store->card(id)->state, CardState::New);
        // Built-in cards are never deleted; the learner is told why.
        QVERIFY(!m_page->deleteSelection(false));
        QVERIFY(m_store->card(id));
    }

    void refreshesFromTheCollection()
    {
        QVERIFY(m_page->search(QStringLiteral("is:suspended")));
        QCOMPARE(m_page->model()->rowCount(), 0);
        const qint64 card = scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
        QVERIFY(m_window->collection()->setSuspended({card}, true)); // as the Study page's @ does
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(m_window->collection()->undo());
        QCOMPARE(m_page->model()->rowCount(), 0);
    }

    // The learner's own entry from its dialog to Browse: added, studied by typing, found,
    // suspended, and the suspension undone.
    void ownEntryFromDialogToBrowse()
    {
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<EntryDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Acme Sync"));
            QTest::keyClicks(dialog->functionEdit(), QStringLiteral("Keeps the office file shares in step"));
            auto *port = qobject_cast<QSpinBox *>(dialog->portsTable()->cellWidget(0, 0));
            port->setValue(8443);
            shot(dialog, "entry-dialog");
            filled = dialog->save();
            dialog->accept();
        });
        m_window->addEntry();
        QVERIFY(filled);
        QApplication::setActiveWindow(m_window.get()); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const qint64 card = scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'own-acme-sync:protocol-port'")).toLongLong();
        QVERIFY(card > 0);
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Add Entry “Acme Sync”"));

        // Study it, typing the answer.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
        StudyPage *study = m_window->studyPage();
        StudySettings settings = study->session()->settings();
        settings.typeAnswers = true;
        QVERIFY(study->session()->setSettings(settings));
        study->studyCards({card});
        QCOMPARE(study->questionLabel()->text(), QStringLiteral("Which port or ports does Acme Sync use?"));
        QTRY_VERIFY(study->typedAnswer()->hasFocus());
        QTest::keyClicks(study->typedAnswer(), QStringLiteral("tcp 8443"));
        QTest::keyClick(study->typedAnswer(), Qt::Key_Return);
        QVERIFY2(study->verdictLabel()->text().contains(QLatin1String("Correct")), qPrintable(study->verdictLabel()->text()));
        QTest::keyClick(study, Qt::Key_Return);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT verdict FROM revlog WHERE card_id = %1").arg(card)).toString(),
                 QStringLiteral("correct"));

        // Find it in Browse, suspend every card of it, and take that back.
        keyToWindow(Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("browse"));
        QVERIFY(m_page->search(QStringLiteral("acme is:own")));
        QCOMPARE(m_page->model()->rowCount(), 4);
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_page->view(), Qt::Key_J, Qt::ControlModifier);
        const QString suspended = QStringLiteral("SELECT count(*) FROM cards WHERE key LIKE 'own-acme-sync:%' AND suspended = 1");
        QCOMPARE(scalar(*m_store, suspended).toInt(), 3); // the port card has its own key
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Suspend 4 Cards"));
        shot(m_page, "browse-own-suspended");
        keyToWindow(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*m_store, suspended).toInt(), 0);
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Answer to “Which port or ports does Acme Sync use?”"));
    }
};

QTEST_MAIN(TestBrowsePage)
#include "tst_browsepage.moc"
