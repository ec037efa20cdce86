// The Progress page, driven offscreen: every chart empty and then full, the mastery map's
// colours, tooltips and clicks, the period switch, "Study My Weakest" through a real session,
// and the light and dark palettes.
#include "cardinfodialog.h"
#include "chartpanel.h"
#include "tablepage.h"
#include "factfilterproxymodel.h"
#include "clock.h"
#include "deckstore.h"
#include "mainwindow.h"
#include "masterymap.h"
#include "progress.h"
#include "progresspage.h"
#include "studypage.h"
#include "studysession.h"
#include "notespage.h"
#include "theme.h"

#include "simulate.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using testsupport::shot;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const qint64 kNow = QDateTime::fromString(QStringLiteral("2026-03-20T15:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();

int barCount(const ChartPanel *panel)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars->barSets().isEmpty() ? 0 : static_cast<int>(bars->barSets().constFirst()->count());
    }
    return -1;
}

double barTotal(const ChartPanel *panel)
{
    double sum = 0;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    sum += set->at(i);
        }
    }
    return sum;
}

} // namespace

class TestProgressPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    ManualClock m_clock{kNow};
    std::unique_ptr<MainWindow> m_window;
    ProgressPage *m_page = nullptr;

    int count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_store->database());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"), &m_clock);
        m_window->resize(1240, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        m_page = m_window->progressPage();
        QVERIFY(m_page->isVisible());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.set(kNow);
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
    }

    void cleanup()
    {
        testsupport::closeModals();
        m_window.reset();
        m_store.reset();
        m_dir.reset();
        applyTheme(Theme::Light);
    }

    // A first start: every chart says why it is empty, nothing pretends.
    void emptyDeck()
    {
        openWindow();
        QCOMPARE(m_page->panelIds().size(), 6);
        for (const QString &id : m_page->panelIds()) {
            ChartPanel *panel = m_page->panel(id);
            QVERIFY2(panel->isEmpty(), qPrintable(id));
            QVERIFY(panel->emptyLabel()->isVisible());
            QVERIFY(!panel->emptyLabel()->text().isEmpty());
            QVERIFY(panel->summaryLabel()->isHidden());
        }
        QCOMPARE(m_page->todayFigure(QStringLiteral("studied"))->text(), QStringLiteral("0"));
        QCOMPARE(m_page->todayFigure(QStringLiteral("streak"))->text(), QStringLiteral("0"));
        QVERIFY(!m_page->weakestButton()->toolTip().isEmpty()); // says why it is off
        QCOMPARE(m_page->todayFigure(QStringLiteral("correct"))->text(), QStringLiteral("–"));
        QVERIFY(m_page->adviceLabel()->text().contains(QLatin1String("not studied yet")));
        QVERIFY(!m_page->weakestButton()->isEnabled());
        QVERIFY(m_page->studyDueButton()->isEnabled()); // new cards are waiting
        MasteryMap *map = m_page->masteryMap();
        QCOMPARE(map->tileCount(), m_store->facts().size());
        QCOMPARE(map->levelCounts()[int(Mastery::Unseen)], map->tileCount());
        shot(m_page, "progress-empty");
    }

    // Three weeks of study: every chart has data, and the figures agree with the log.
    void afterThreeWeeks()
    {
        const testsupport::SimulatedStudy sim = testsupport::simulateStudy(m_store.get(), kNow, 21);
        QVERIFY(sim.answers > 100);
        QVERIFY(sim.exams >= 3);
        openWindow();
        for (const QString &id : m_page->panelIds())
            QVERIFY2(!m_page->panel(id)->isEmpty(), qPrintable(id));

        // Activity: 30 bars, and every answer of the last 30 study days is in them.
        ChartPanel *activity = m_page->panel(QStringLiteral("activity"));
        QCOMPARE(barCount(activity), 30);
        const StudyDay day(4, QTimeZone::utc());
        const qint64 from = day.startOf(day.dayOf(kNow).addDays(-29));
        QCOMPARE(int(barTotal(activity)), count(QStringLiteral("SELECT count(*) FROM revlog WHERE time >= ?"), {from}));
        QVERIFY(activity->summaryLabel()->text().startsWith(QLatin1String("Answers: ")));

        // The forecast counts every card in study that has been answered, overdue or not, if due in 30 days.
        ChartPanel *forecast = m_page->panel(QStringLiteral("forecast"));
        QCOMPARE(barCount(forecast), 30);
        QCOMPARE(int(barTotal(forecast)),
                 count(QStringLiteral("SELECT count(*) FROM cards WHERE state <> 0 AND retired = 0 AND suspended = 0 "
                                      "AND due < ?"),
                       {day.startOf(day.dayOf(kNow).addDays(30))}));

        // Retention: three lines (desired, predicted, measured); the summary reads them.
        ChartPanel *retention = m_page->panel(QStringLiteral("retention"));
        QCOMPARE(retention->chart()->series().size(), 3);
        QVERIFY(retention->summaryLabel()->text().contains(QLatin1String("FSRS predicted")));

        // Histograms count every studied card.
        const int studied = count(QStringLiteral("SELECT count(*) FROM cards WHERE state <> 0 AND retired = 0"));
        QCOMPARE(int(barTotal(m_page->panel(QStringLiteral("stability")))), studied);
        QCOMPARE(int(barTotal(m_page->panel(QStringLiteral("difficulty")))), studied);

        // Exams: one point each.
        const auto examSeries = m_page->panel(QStringLiteral("exams"))->chart()->series();
        QVERIFY(!examSeries.isEmpty());
        QCOMPARE(static_cast<QXYSeries *>(examSeries.constFirst())->count(), sim.exams);

        // Today's tiles: the streak reaches back to the last skipped day, and nothing was answered today yet.
        QCOMPARE(m_page->todayFigure(QStringLiteral("studied"))->text(), QStringLiteral("0"));
        QVERIFY(m_page->todayFigure(QStringLiteral("streak"))->text() != QLatin1String("0"));
        QVERIFY(m_page->weakestButton()->isEnabled());
        shot(m_page, "progress-light");
        testsupport::shotWidget(m_page->findChild<QScrollArea *>()->widget(), "progress-light-full");

        // The year view: 365 bars, same answers.
        m_page->periodCombo()->setCurrentIndex(2);
        QCOMPARE(m_page->period(), ProgressPage::Period::Year);
        QCOMPARE(barCount(activity), 365);
        QCOMPARE(int(barTotal(activity)), count(QStringLiteral("SELECT count(*) FROM revlog")));

        // Dark: the page and its charts follow the palette.
        applyTheme(Theme::Dark);
        QTRY_VERIFY(isDarkPalette(m_page->palette()));
        const Accents dark = accentsFor(m_page->palette());
        QTRY_COMPARE(m_page->panel(QStringLiteral("activity"))->chart()->axes().constFirst()->labelsColor(), dark.muted);
        auto *bars = qobject_cast<QAbstractBarSeries *>(m_page->panel(QStringLiteral("activity"))->chart()->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().constFirst()->color(), dark.insecure); // Again, in the dark palette's red
        QCOMPARE(bars->barSets().at(3)->color(), dark.info);
        shot(m_page, "progress-dark");
        testsupport::shotWidget(m_page->findChild<QScrollArea *>()->widget(), "progress-dark-full");
    }

    void masteryMapShowsRecallAndOpensPages()
    {
        testsupport::simulateStudy(m_store.get(), kNow, 10);
        openWindow();
        MasteryMap *map = m_page->masteryMap();
        const QList<Fact> facts = m_store->facts();
        QCOMPARE(map->tileCount(), facts.size());
        // Each tile's level is the one its fact's figures give.
        const StudySettings settings = m_store->studySettings();
        const ProgressStats stats(m_store.get(), StudyDay(4, QTimeZone::utc()), fsrs::Scheduler(settings.schedulerSettings()));
        const QHash<qint64, FactRecall> recall = stats.factRecall(kNow);
        std::array<int, 4> expected{};
        for (int i = 0; i < facts.size(); ++i) {
            const Mastery level = recall.value(facts.at(i).id).level();
            QCOMPARE(map->levelOf(i), level);
            ++expected[int(level)];
        }
        QCOMPARE(map->levelCounts(), expected);
        QVERIFY(expected[int(Mastery::Unseen)] < facts.size());
        QVERIFY(m_page->masterySummary()->text().contains(QStringLiteral("%1 solid").arg(expected[int(Mastery::Solid)])));
        // Distinct colours per level, in both palettes.
        for (const QPalette &palette : {QPalette(Qt::white), QPalette(QColor(0x20, 0x22, 0x25))}) {
            QSet<QRgb> colours;
            for (Mastery m : {Mastery::Unseen, Mastery::Weak, Mastery::Shaky, Mastery::Solid})
                colours.insert(MasteryMap::colourFor(m, palette).rgb());
            QCOMPARE(colours.size(), 4);
        }

        // A studied tile's tooltip gives its figures.
        int studiedTile = -1;
        for (int i = 0; i < facts.size() && studiedTile < 0; ++i)
            studiedTile = map->levelOf(i) != Mastery::Unseen ? i : -1;
        QVERIFY(studiedTile >= 0);
        const QString tip = map->toolTipFor(studiedTile);
        QVERIFY2(tip.contains(QLatin1String("cards studied")) && tip.contains(QLatin1String("Recall now")), qPrintable(tip));
        QCOMPARE(map->tileAt(map->tileRect(studiedTile).center()), studiedTile);

        // A click opens the protocol's page in the Notes.
        m_page->findChild<QScrollArea *>()->ensureWidgetVisible(map);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->tileRect(studiedTile).center());
        QCOMPARE(m_window->currentPageId(), QStringLiteral("notes"));
        QVERIFY2(m_window->notesPage()->currentTarget().contains(facts.at(studiedTile).key, Qt::CaseInsensitive)
                     || m_window->notesPage()->currentTarget().contains(facts.at(studiedTile).note, Qt::CaseInsensitive),
                 qPrintable(m_window->notesPage()->currentTarget()));

        // And the keyboard: arrows move, Enter opens.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Home);
        QTest::keyClick(map, Qt::Key_Right);
        QCOMPARE(map->currentIndex(), 1);
        QTest::keyClick(map, Qt::Key_Return);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("notes"));
    }

    // The same map on the Table page, as a toggle that follows the filter.
    void masteryMapOnTheTable()
    {
        testsupport::simulateStudy(m_store.get(), kNow, 10);
        openWindow();
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        TablePage *table = m_window->tablePage();
        QVERIFY(!table->isMapShown());
        QVERIFY(!table->masteryMap()->isVisible());
        QTest::mouseClick(table->mapButton(), Qt::LeftButton);
        QVERIFY(table->isMapShown());
        QVERIFY(table->masteryMap()->isVisible());
        QCOMPARE(table->masteryMap()->tileCount(), m_store->facts().size());
        QCOMPARE(table->masteryMap()->levelCounts(), m_page->masteryMap()->levelCounts());
        shot(table, "table-map");
        QTest::keyClicks(table->filterEdit(), QStringLiteral("mail"));
        const int mail = table->proxy()->rowCount();
        QVERIFY(mail > 2 && mail < 12);
        QCOMPARE(table->masteryMap()->tileCount(), mail);
        QTest::mouseClick(table->masteryMap(), Qt::LeftButton, {}, table->masteryMap()->tileRect(0).center());
        QCOMPARE(m_window->currentPageId(), QStringLiteral("notes"));
        // And back to the rows.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QTest::mouseClick(table->mapButton(), Qt::LeftButton);
        QVERIFY(!table->isMapShown());
        QVERIFY(table->tableView()->isVisible());
    }

    void studyMyWeakest()
    {
        testsupport::simulateStudy(m_store.get(), kNow, 12);
        m_clock.set(kNow + 20 * kDay); // time enough for some cards to fade
        openWindow();
        const QList<qint64> weakest = m_page->weakestCards();
        QCOMPARE(weakest.size(), ProgressPage::kWeakestCount);
        QTest::mouseClick(m_page->weakestButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("study"));
        StudyPage *study = m_window->studyPage();
        StudySession *session = study->session();
        QVERIFY(session->isFocused());
        QVERIFY(study->focusBar()->isVisible());
        QCOMPARE(study->focusLabel()->text(), QStringLiteral("Studying your weakest cards: 20 of 20 left."));
        QCOMPARE(session->currentCard().id, weakest.constFirst());
        // Answer them all Good, past the typed check where there is one.
        QSet<qint64> seen;
        for (int i = 0; i < 60 && session->hasCard(); ++i) {
            seen.insert(session->currentCard().id);
            if (study->isTyping())
                study->submitTyped();
            else
                study->showAnswer();
            QVERIFY(study->rate(fsrs::Rating::Good));
            m_clock.advance(15 * 60 * 1000);
            session->refresh();
        }
        QVERIFY(!session->hasCard());
        QCOMPARE(seen, QSet<qint64>(weakest.cbegin(), weakest.cend()));
        QCOMPARE(study->finishedTitle()->text(), QStringLiteral("Weakest cards done"));
        shot(study, "study-weakest-done");
        QTest::mouseClick(study->focusBar()->findChild<QPushButton *>(QStringLiteral("endFocus")), Qt::LeftButton);
        QVERIFY(!session->isFocused());
        QVERIFY(study->focusBar()->isHidden());
        // Back on the Progress page, the answers are there.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        QVERIFY(m_page->todayFigure(QStringLiteral("studied"))->text().toInt() >= 20);
    }

    // Card history from the Table's detail: every answer in the table, the curve, a dot per answer.
    void cardHistoryWithRecallCurve()
    {
        testsupport::simulateStudy(m_store.get(), kNow, 21);
        openWindow();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT card_id, count(*) FROM revlog WHERE kind = 'study' GROUP BY card_id "
                                      "ORDER BY count(*) DESC, card_id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 cardId = q.value(0).toLongLong();
        const int studyAnswers = q.value(1).toInt();
        const QList<ReviewEntry> log = m_store->reviewsOfCard(cardId);
        QVERIFY(studyAnswers >= 3);

        int rows = -1;
        int dots = 0;
        bool curve = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<CardInfoDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                rows = dialog->historyTable()->rowCount();
                ChartPanel *chart = dialog->recallChart();
                curve = !chart->isEmpty();
                for (QAbstractSeries *s : chart->chart()->series()) {
                    if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                        dots += scatter->count();
                }
                testsupport::shot(dialog, "card-history");
            }
            testsupport::closeModals();
        });
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        emit m_window->tablePage()->cardInfoRequested(cardId);
        QCOMPARE(rows, log.size());
        QVERIFY(curve);
        QCOMPARE(dots, studyAnswers);
    }

    // A big log: the page still draws every chart, and the figures match SQL counts.
    void largeLog()
    {
        // 300 days of bulk history over the deck's cards: 60,000 reviews.
        QSqlQuery q(m_store->database());
        QVERIFY(m_store->database().transaction());
        q.prepare(QStringLiteral("INSERT INTO revlog (card_id, time, kind, rating, state_before, state_after, stability, "
                                 "difficulty, elapsed_days, scheduled_days, due, response_ms, recall) "
                                 "SELECT id, ?, 'study', ?, 2, 2, 10, 5, 3, 4, ?, 5000, 0.9 FROM cards WHERE id = ?"));
        QRandomGenerator random(3);
        const int cards = count(QStringLiteral("SELECT max(id) FROM cards"));
        for (int i = 0; i < 60000; ++i) {
            const qint64 t = kNow - qint64(random.bounded(300)) * kDay - random.bounded(int(kDay / 2));
            q.addBindValue(t);
            q.addBindValue(1 + int(random.bounded(4)));
            q.addBindValue(t + 4 * kDay);
            q.addBindValue(1 + int(random.bounded(cards)));
            QVERIFY(q.exec());
        }
        QVERIFY(m_store->database().commit());
        // Every card studied: stabilities of 1–200 days, due from ten days ago to fifty ahead.
        QSqlQuery cardsUpdate(m_store->database());
        cardsUpdate.prepare(QStringLiteral("UPDATE cards SET state = 2, stability = 1 + id % 200, difficulty = 1 + id % 9, "
                                           "due = ? + (id % 60 - 10) * 86400000, last_review = ? - 86400000 * (1 + id % 7)"));
        cardsUpdate.addBindValue(kNow);
        cardsUpdate.addBindValue(kNow);
        QVERIFY(cardsUpdate.exec());

        openWindow();
        m_page->setPeriod(ProgressPage::Period::Year);
        for (const QString &id : m_page->panelIds()) {
            if (id != QLatin1String("exams"))
                QVERIFY2(!m_page->panel(id)->isEmpty(), qPrintable(id));
        }
        QVERIFY(m_page->panel(QStringLiteral("exams"))->isEmpty());
        QCOMPARE(int(barTotal(m_page->panel(QStringLiteral("activity")))), 60000);
        QCOMPARE(int(barTotal(m_page->panel(QStringLiteral("stability")))), count(QStringLiteral("SELECT count(*) FROM cards WHERE retired = 0")));
        QVERIFY(m_page->panel(QStringLiteral("retention"))->summaryLabel()->text().contains(QLatin1String("FSRS predicted 90%")));
        // Every tile is studied now, and the weakest are the lowest stabilities furthest back.
        QCOMPARE(m_page->masteryMap()->levelCounts()[int(Mastery::Unseen)], 0);
        QCOMPARE(m_page->weakestCards().size(), ProgressPage::kWeakestCount);
        shot(m_page, "progress-large");
    }
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
