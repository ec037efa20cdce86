// The Progress page, driven offscreen: every chart empty and then full, the mastery map's
// colours, tooltips and clicks, the period switch, "Study My Weakest" through a real session,
// "due today" and the advice against the Study page's queue, the exam chart's dates, the
// layout at 900 and 1400 pixels, distinct legend colours, and the light and dark palettes.
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
#include "quizpage.h"
#include "theme.h"

#include "simulate.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyleOptionButton>
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

#include <cmath>
#include <time.h>

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

/** CIE L*a*b* of an sRGB colour (D65). */
std::array<double, 3> lab(const QColor &c)
{
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

/** How different two colours look: CIEDE2000 (about 2 is just noticeable; 20 and more, clearly apart). */
double colourDistance(const QColor &first, const QColor &second)
{
    constexpr double kPi = 3.14159265358979323846;
    const auto [l1, a1, b1] = lab(first);
    const auto [l2, a2, b2] = lab(second);
    auto deg = [](double rad) { return rad * 180 / kPi; };
    auto rad = [](double deg) { return deg * kPi / 180; };
    const double cBar = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2;
    const double g = 0.5 * (1 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25.0, 7))));
    const double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
    const double c1p = std::hypot(a1p, b1), c2p = std::hypot(a2p, b2);
    const double h1p = std::fmod(deg(std::atan2(b1, a1p)) + 360, 360);
    const double h2p = std::fmod(deg(std::atan2(b2, a2p)) + 360, 360);
    double dh = h2p - h1p;
    if (c1p * c2p == 0)
        dh = 0;
    else if (dh > 180)
        dh -= 360;
    else if (dh < -180)
        dh += 360;
    const double dL = l2 - l1, dC = c2p - c1p;
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(rad(dh / 2));
    const double lBar = (l1 + l2) / 2, cBarP = (c1p + c2p) / 2;
    double hBar = h1p + h2p;
    if (c1p * c2p != 0) {
        hBar = (h1p + h2p) / 2;
        if (std::abs(h1p - h2p) > 180)
            hBar += hBar < 180 ? 180 : -180;
    }
    const double t = 1 - 0.17 * std::cos(rad(hBar - 30)) + 0.24 * std::cos(rad(2 * hBar))
                     + 0.32 * std::cos(rad(3 * hBar + 6)) - 0.20 * std::cos(rad(4 * hBar - 63));
    const double theta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double rc = 2 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25.0, 7)));
    const double sl = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t;
    const double rt = -std::sin(rad(2 * theta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
}

/** The WCAG contrast ratio of two colours: 1 (none) to 21. */
double contrast(const QColor &first, const QColor &second)
{
    auto luminance = [](const QColor &c) {
        auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double l1 = luminance(first), l2 = luminance(second);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

/** The highest contrast against @p background of the pixels of @p image inside @p rect. */
double highestContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    double best = 1;
    const QRect r = rect & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    return best;
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
        showStats();
    }

    // The Progress page, its charts drawn (they come just after its first frame).
    void showStats()
    {
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        m_page = m_window->progressPage();
        QVERIFY(m_page->isVisible());
        QTRY_VERIFY(m_page->areChartsDrawn());
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

    // The page's first frame shows the figures and the map at the top; the charts below come just
    // after it, from the same refresh. Once the page has been drawn, a refresh draws all at once.
    void chartsJustAfterTheFirstFrame()
    {
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"), &m_clock);
        m_window->resize(1240, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        m_page = m_window->progressPage();
        QCOMPARE(m_page->refreshCount(), 1);
        QVERIFY(!m_page->areChartsDrawn());
        const ChartPanel *activity = m_page->panel(QStringLiteral("activity"));
        QVERIFY(!activity->isEmpty()); // not drawn yet: not even why it is empty
        QVERIFY(activity->chart()->series().isEmpty());
        QTRY_VERIFY(m_page->areChartsDrawn());
        QCOMPARE(m_page->refreshCount(), 1);
        QVERIFY(activity->isEmpty()); // drawn: nothing studied yet, and it says so
        m_page->refresh();
        QVERIFY(m_page->areChartsDrawn());
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
        QVERIFY2(tip.contains(QLatin1String("cards studied")) && tip.contains(QLatin1String("Recall in a week")), qPrintable(tip));
        QCOMPARE(map->tileAt(map->tileRect(studiedTile).center()), studiedTile);

        // A click opens the protocol's page in the Notes.
        m_page->findChild<QScrollArea *>()->ensureWidgetVisible(map);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->tileRect(studiedTile).center());
        QCOMPARE(m_window->currentPageId(), QStringLiteral("notes"));
        QVERIFY2(m_window->notesPage()->currentTarget().contains(facts.at(studiedTile).key, Qt::CaseInsensitive)
                     || m_window->notesPage()->currentTarget().contains(facts.at(studiedTile).note, Qt::CaseInsensitive),
                 qPrintable(m_window->notesPage()->currentTarget()));

        // And the keyboard: arrows move, Enter opens.
        showStats();
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
        showStats();
        QVERIFY(m_page->todayFigure(QStringLiteral("studied"))->text().toInt() >= 20);
    }

    // "Due today" and the advice say what the Study page will do: its queue's count, and new
    // cards only when it has some to give today.
    void dueAndAdviceAgreeWithStudy_data()
    {
        QTest::addColumn<int>("newPerDay");
        QTest::addColumn<int>("reviewsPerDay");
        QTest::addColumn<int>("overdue");          // overdue review cards, one an entry
        QTest::addColumn<bool>("newCardsSuspended");
        QTest::addColumn<QString>("advice");       // what the advice says
        QTest::newRow("new cards left") << 20 << 200 << 0 << false << "Time for new cards on the Study page";
        QTest::newRow("the day's new cards used up") << 2 << 200 << 0 << false << "new cards are done";
        QTest::newRow("no new cards a day") << 0 << 200 << 0 << false << "new cards are done";
        QTest::newRow("every new card suspended") << 20 << 200 << 0 << true << "every card is studied";
        QTest::newRow("cards due") << 20 << 200 << 4 << false << "Cards due today: 4.";
        QTest::newRow("due over the review limit") << 20 << 4 << 6 << false << "Cards due today: 2.";
    }

    void dueAndAdviceAgreeWithStudy()
    {
        QFETCH(int, newPerDay);
        QFETCH(int, reviewsPerDay);
        QFETCH(int, overdue);
        QFETCH(bool, newCardsSuspended);
        QFETCH(QString, advice);
        StudySettings settings = m_store->studySettings();
        settings.newPerDay = newPerDay;
        settings.reviewsPerDay = reviewsPerDay;
        QVERIFY(m_store->setStudySettings(settings));
        // Two entries learned long ago and solid for weeks to come; two of their cards were new
        // and answered earlier today, which uses up a daily limit of two.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM facts ORDER BY id LIMIT 2 + %1").arg(overdue)));
        QList<qint64> facts;
        while (q.next())
            facts.append(q.value(0).toLongLong());
        QVERIFY(q.prepare(QStringLiteral("UPDATE cards SET state = 2, stability = 400, difficulty = 5, due = ?, "
                                         "last_review = ?, reps = 3 WHERE fact_id = ?")));
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(kNow + 100 * kDay);
            q.addBindValue(kNow - kDay);
            q.addBindValue(facts.at(i));
            QVERIFY(q.exec());
        }
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO revlog (card_id, time, kind, rating, state_before, state_after, "
                                         "stability, difficulty, elapsed_days, scheduled_days, due) "
                                         "SELECT id, ?, 'study', 4, 0, 2, 400, 5, 0, 100, due FROM cards "
                                         "WHERE fact_id = ? ORDER BY position LIMIT 1")));
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(kNow - 3600 * 1000);
            q.addBindValue(facts.at(i));
            QVERIFY(q.exec());
        }
        // Overdue cards, one an entry, last answered long enough ago to be fading.
        QVERIFY(q.prepare(QStringLiteral("UPDATE cards SET state = 2, stability = 400, difficulty = 5, due = ?, "
                                         "last_review = ? WHERE id = (SELECT id FROM cards WHERE fact_id = ? "
                                         "ORDER BY position LIMIT 1)")));
        for (int i = 2; i < facts.size(); ++i) {
            q.addBindValue(kNow - kDay);
            q.addBindValue(kNow - 200 * kDay);
            q.addBindValue(facts.at(i));
            QVERIFY(q.exec());
        }
        if (newCardsSuspended)
            QVERIFY(q.exec(QStringLiteral("UPDATE cards SET suspended = 1 WHERE state = 0")));

        openWindow();
        // Study first, as the learner would go from one page to the other.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
        const StudySession::Counts counts = m_window->studyPage()->session()->counts();
        showStats();
        QCOMPARE(m_page->todayFigure(QStringLiteral("due"))->text().toInt(), counts.learning + counts.review);
        const QString text = m_page->adviceLabel()->text();
        QVERIFY2(text.contains(advice), qPrintable(text));
        // "Time for new cards" only when the Study page has some.
        QCOMPARE(text.contains(QLatin1String("Time for new cards")), counts.newCards > 0 && overdue == 0);
        QCOMPARE(m_page->studyDueButton()->isEnabled(), counts.newCards + counts.learning + counts.review > 0);
        if (overdue > counts.review) {
            // The forecast's schedule says how many the Study page takes.
            const QString forecast = m_page->panel(QStringLiteral("forecast"))->summaryLabel()->text();
            QVERIFY2(forecast.contains(QStringLiteral("takes %1 of today's %2").arg(counts.review).arg(overdue)),
                     qPrintable(forecast));
        }
    }

    // Performance-based drills: a line beside the exam scores, one point a day, the day's share of
    // the points; the summary names it; the chart is no longer empty with drills alone.
    void drillLineBesideTheExams()
    {
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 start = m_clock.nowMs() - 3 * day;
        auto drill = [&](qint64 at, int points, int max) {
            DrillResult r;
            r.startedMs = at;
            r.durationMs = 60 * 1000;
            r.kind = QStringLiteral("firewall");
            r.seed = 7;
            r.level = 2;
            r.points = points;
            r.maxPoints = max;
            QVERIFY(m_store->addDrillResult(r));
        };
        drill(start, 4, 8);
        drill(start + 60 * 1000, 8, 8);  // the same day: 12 of 16
        drill(start + 2 * day, 3, 4);     // two days later: 3 of 4
        openWindow();
        ChartPanel *panel = m_page->panel(QStringLiteral("exams"));
        QVERIFY(!panel->isEmpty());
        QXYSeries *drills = nullptr;
        for (QAbstractSeries *s : panel->chart()->series())
            if (s->name() == QLatin1String("Performance-based"))
                drills = qobject_cast<QXYSeries *>(s);
        QVERIFY(drills);
        QCOMPARE(drills->count(), 2);
        QCOMPARE(drills->at(0).y(), 75.0);
        QCOMPARE(drills->at(1).y(), 75.0);
        QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("Performance-based: 3 drills")), qPrintable(panel->summaryLabel()->text()));
        testsupport::shotWidget(panel, "progress-drills");
    }

    // The exam chart's dates: local days, ticks on whole days, every exam nearest to its own
    // day's tick, whatever the time zone.
    void examAxisShowsLocalDates_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QStringList>("exams"); // UTC
        QTest::addColumn<QDate>("firstTick");
        QTest::addColumn<QDate>("lastTick");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<QDate>>("examDays"); // each exam's local day

        QTest::newRow("one exam: the day before and after")
            << QByteArray("UTC") << QStringList{"2026-03-18T19:00:00Z"} << QDate(2026, 3, 17) << QDate(2026, 3, 19) << 3
            << "d MMM" << QList<QDate>{QDate(2026, 3, 18)};
        QTest::newRow("two exams on one day")
            << QByteArray("UTC") << QStringList{"2026-03-18T08:00:00Z", "2026-03-18T20:00:00Z"} << QDate(2026, 3, 17)
            << QDate(2026, 3, 19) << 3 << "d MMM" << QList<QDate>{QDate(2026, 3, 18), QDate(2026, 3, 18)};
        QTest::newRow("days in a row")
            << QByteArray("UTC") << QStringList{"2026-03-16T23:30:00Z", "2026-03-17T00:30:00Z", "2026-03-19T12:00:00Z"}
            << QDate(2026, 3, 15) << QDate(2026, 3, 20) << 6 << "d MMM"
            << QList<QDate>{QDate(2026, 3, 16), QDate(2026, 3, 17), QDate(2026, 3, 19)};
        QTest::newRow("three weeks, a tick a week")
            << QByteArray("UTC") << QStringList{"2026-03-01T10:00:00Z", "2026-03-19T10:00:00Z"} << QDate(2026, 2, 28)
            << QDate(2026, 3, 21) << 4 << "d MMM" << QList<QDate>{};
        QTest::newRow("across the new year")
            << QByteArray("UTC") << QStringList{"2025-12-30T10:00:00Z", "2026-01-02T10:00:00Z"} << QDate(2025, 12, 29)
            << QDate(2026, 1, 3) << 6 << "d MMM yyyy" << QList<QDate>{QDate(2025, 12, 30), QDate(2026, 1, 2)};
        // 20:00 UTC on the 10th is 05:00 on the 11th in Tokyo.
        QTest::newRow("Tokyo, a day ahead of UTC")
            << QByteArray("Asia/Tokyo") << QStringList{"2026-03-10T20:00:00Z"} << QDate(2026, 3, 10) << QDate(2026, 3, 12)
            << 3 << "d MMM" << QList<QDate>{QDate(2026, 3, 11)};
        // 03:00 UTC on the 11th is 20:00 on the 10th in Los Angeles.
        QTest::newRow("Los Angeles, a day behind")
            << QByteArray("America/Los_Angeles") << QStringList{"2026-03-11T03:00:00Z", "2026-03-13T03:00:00Z"}
            << QDate(2026, 3, 9) << QDate(2026, 3, 13) << 5 << "d MMM" << QList<QDate>{QDate(2026, 3, 10), QDate(2026, 3, 12)};
        // Daylight saving starts on 8 March in New York: a day of 23 hours inside the range.
        QTest::newRow("New York, across daylight saving")
            << QByteArray("America/New_York") << QStringList{"2026-03-07T15:00:00Z", "2026-03-09T15:00:00Z"}
            << QDate(2026, 3, 6) << QDate(2026, 3, 10) << 5 << "d MMM" << QList<QDate>{QDate(2026, 3, 7), QDate(2026, 3, 9)};
    }

    void examAxisShowsLocalDates()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QStringList, exams);
        QFETCH(QDate, firstTick);
        QFETCH(QDate, lastTick);
        QFETCH(int, ticks);
        QFETCH(QString, format);
        QFETCH(QList<QDate>, examDays);
        const QByteArray oldZone = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        const auto restore = qScopeGuard([&oldZone] {
            qputenv("TZ", oldZone);
            tzset();
        });
        QList<qint64> times;
        for (const QString &iso : std::as_const(exams)) {
            ExamResult exam;
            exam.startedMs = QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
            exam.durationMs = 10 * 60 * 1000;
            exam.questions = 20;
            exam.correct = 15;
            QVERIFY(m_store->addExamResult(exam));
            times.append(exam.startedMs);
        }
        openWindow();
        ChartPanel *panel = m_page->panel(QStringLiteral("exams"));
        QVERIFY(!panel->isEmpty());
        const QList<QAbstractAxis *> axes = panel->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QDateTimeAxis *>(axes.constFirst());
        QVERIFY(axis);
        // Ticks at local noon of whole days, the first and the last given.
        QCOMPARE(axis->min(), QDateTime(firstTick, QTime(12, 0)));
        QCOMPARE(axis->max(), QDateTime(lastTick, QTime(12, 0)));
        QCOMPARE(axis->min().time(), QTime(12, 0));
        QCOMPARE(axis->tickCount(), ticks);
        QCOMPARE(axis->format(), format);
        // The labels the axis draws: one day each, all different, in order.
        const qint64 min = axis->min().toMSecsSinceEpoch();
        const qint64 max = axis->max().toMSecsSinceEpoch();
        QList<QDate> tickDays;
        for (int i = 0; i < ticks; ++i)
            tickDays.append(QDateTime::fromMSecsSinceEpoch(min + (max - min) * i / (ticks - 1)).date());
        QCOMPARE(tickDays.constFirst(), firstTick);
        QCOMPARE(tickDays.constLast(), lastTick);
        const qint64 step = firstTick.daysTo(lastTick) / (ticks - 1);
        for (int i = 1; i < ticks; ++i)
            QCOMPARE(tickDays.at(i - 1).daysTo(tickDays.at(i)), step);
        // Every exam inside the axis, and on a one-day scale nearest to the tick of its own day.
        for (int e = 0; e < times.size(); ++e) {
            QVERIFY(times.at(e) > min && times.at(e) < max);
            if (examDays.isEmpty())
                continue;
            int nearest = 0;
            for (int i = 1; i < ticks; ++i) {
                const qint64 tick = min + (max - min) * i / (ticks - 1);
                const qint64 best = min + (max - min) * nearest / (ticks - 1);
                if (std::abs(tick - times.at(e)) < std::abs(best - times.at(e)))
                    nearest = i;
            }
            QCOMPARE(tickDays.at(nearest), examDays.at(e));
        }
        // The series sit on the same time line as the axis.
        auto *line = qobject_cast<QXYSeries *>(panel->chart()->series().constFirst());
        QVERIFY(line);
        QCOMPARE(qint64(line->at(0).x()), times.constFirst());
    }

    // At 900 pixels the page reflows: nothing scrolls sideways, the charts stand in one column
    // and the tiles wrap; at 1400 the charts sit two a row and the tiles in one.
    void reflowsToTheWindowWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("chartColumns");
        QTest::addColumn<bool>("tilesInOneRow");
        QTest::addColumn<bool>("dark");
        QTest::newRow("900, light") << 900 << 1 << false << false;
        QTest::newRow("900, dark") << 900 << 1 << false << true;
        QTest::newRow("1400, light") << 1400 << 2 << true << false;
        QTest::newRow("1240, dark") << 1240 << 2 << true << true;
    }

    void reflowsToTheWindowWidth()
    {
        QFETCH(int, width);
        QFETCH(int, chartColumns);
        QFETCH(bool, tilesInOneRow);
        QFETCH(bool, dark);
        testsupport::simulateStudy(m_store.get(), kNow, 21);
        if (dark)
            applyTheme(Theme::Dark);
        openWindow();
        m_window->resize(width, 700);
        QTRY_COMPARE(m_window->width(), width);
        QCoreApplication::processEvents();
        auto *scroll = m_page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QWidget *content = scroll->widget();
        const int viewport = scroll->viewport()->width();
        // No sideways scrolling: the content fits the view.
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY2(content->width() <= viewport, qPrintable(QStringLiteral("%1 > %2").arg(content->width()).arg(viewport)));
        QCOMPARE(m_page->chartColumns(), chartColumns);

        // Charts: one column, or two a row; none wider than the view, none squeezed.
        const QStringList ids = m_page->panelIds();
        for (int i = 0; i < ids.size(); ++i) {
            ChartPanel *panel = m_page->panel(ids.at(i));
            const QRect r(panel->mapTo(content, QPoint(0, 0)), panel->size());
            QVERIFY2(r.left() >= 0 && r.right() < viewport, qPrintable(ids.at(i)));
            QVERIFY2(panel->chartView()->width() >= 300, qPrintable(ids.at(i)));
            if (i == 0)
                continue;
            ChartPanel *previous = m_page->panel(ids.at(i - 1));
            if (chartColumns == 1) {
                QCOMPARE(panel->x(), previous->x());
                QVERIFY(panel->y() > previous->y());
            } else if (i % 2 == 1) {
                QCOMPARE(panel->y(), previous->y());
                QVERIFY(panel->x() > previous->x() + previous->width());
            }
        }
        // Tiles: in one row when there is room, else wrapped; inside the view either way.
        QList<QWidget *> tiles;
        for (const char *id : {"studied", "time", "correct", "streak", "due"})
            tiles.append(m_page->todayFigure(QString::fromLatin1(id))->parentWidget());
        QSet<int> rows;
        for (QWidget *tile : std::as_const(tiles)) {
            const QRect r(tile->mapTo(content, QPoint(0, 0)), tile->size());
            QVERIFY(r.left() >= 0 && r.right() < viewport);
            rows.insert(r.top());
            // Every label of the tile shows whole, its text not cut off.
            for (QLabel *label : tile->findChildren<QLabel *>()) {
                QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
                QVERIFY2(label->height() >= label->heightForWidth(label->width()) || !label->wordWrap(),
                         qPrintable(label->text()));
            }
        }
        QCOMPARE(rows.size() == 1, tilesInOneRow);
        QCOMPARE(m_page->tileColumns() == 5, tilesInOneRow);
        // The mastery map's legend fits.
        QVERIFY(m_page->masteryMap()->width() <= viewport);
        QVERIFY(m_page->masteryMap()->legendWidth() <= m_page->masteryMap()->width());
        const QByteArray name = "progress-" + QByteArray::number(width) + (dark ? "-dark" : "-light");
        shot(m_page, name.constData());
        testsupport::shotWidget(content, (name + "-full").constData());
    }

    // Every chart with a legend tells its series apart clearly, and each stands out from the
    // panel, in both themes.
    void legendColoursAreDistinct_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void legendColoursAreDistinct()
    {
        QFETCH(bool, dark);
        testsupport::simulateStudy(m_store.get(), kNow, 21);
        if (dark)
            applyTheme(Theme::Dark);
        openWindow();
        QTRY_COMPARE(isDarkPalette(m_page->palette()), dark);
        constexpr double kApart = 25;     // CIEDE2000 between two series
        constexpr double kVisible = 3;    // WCAG contrast of a series against the panel
        int legends = 0;
        for (const QString &id : m_page->panelIds()) {
            ChartPanel *panel = m_page->panel(id);
            if (panel->isEmpty() || !panel->chart()->legend()->isVisible())
                continue;
            ++legends;
            const QColor background = panel->palette().color(QPalette::Base);
            QList<std::pair<QString, QColor>> colours;
            for (QLegendMarker *marker : panel->chart()->legend()->markers())
                colours.append({marker->label(), marker->brush().color()});
            QVERIFY2(colours.size() >= 2, qPrintable(id));
            for (int i = 0; i < colours.size(); ++i) {
                QVERIFY2(contrast(colours.at(i).second, background) >= kVisible,
                         qPrintable(QStringLiteral("%1: %2 (%3) on %4").arg(id, colours.at(i).first,
                                                                           colours.at(i).second.name(), background.name())));
                for (int j = i + 1; j < colours.size(); ++j) {
                    const double d = colourDistance(colours.at(i).second, colours.at(j).second);
                    QVERIFY2(d >= kApart, qPrintable(QStringLiteral("%1: %2 %3 and %4 %5 only %6 apart")
                                                         .arg(id, colours.at(i).first, colours.at(i).second.name(),
                                                              colours.at(j).first, colours.at(j).second.name())
                                                         .arg(d, 0, 'f', 1)));
                }
            }
        }
        QCOMPARE(legends, 2); // answers per day and retention
        // Quiz and exam answers in a colour of their own, not a muted grey.
        const Accents a = accentsFor(m_page->palette());
        auto *bars = qobject_cast<QAbstractBarSeries *>(m_page->panel(QStringLiteral("activity"))->chart()->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().at(4)->label(), QStringLiteral("Quiz and exam"));
        QCOMPARE(bars->barSets().at(4)->color(), a.practice);
        QVERIFY(a.practice != a.muted);
    }

    // The check box about quiz answers (the Quiz page's "Send missed items to the front of
    // tomorrow's study"; the Progress page has none) shows its box and its text in the dark
    // theme, checked or not.
    void quizCheckBoxVisibleInDark_data()
    {
        QTest::addColumn<bool>("checked");
        QTest::newRow("unchecked") << false;
        QTest::newRow("checked") << true;
    }

    void quizCheckBoxVisibleInDark()
    {
        QFETCH(bool, checked);
        applyTheme(Theme::Dark);
        openWindow();
        QVERIFY(m_window->setCurrentPage(QStringLiteral("quiz")));
        QCheckBox *box = m_window->quizPage()->boostBox();
        QVERIFY(box->isVisible());
        box->setChecked(checked);
        box->clearFocus();
        QTRY_VERIFY(isDarkPalette(box->palette()));
        const QImage image = box->grab().toImage();
        const QColor background = box->palette().color(QPalette::Window);
        QStyleOptionButton option;
        option.initFrom(box);
        option.text = box->text();
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QRect text = box->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, box);
        QVERIFY(!indicator.isEmpty() && !text.isEmpty());
        // The box's outline: its edges stand out from the window (WCAG's 3:1 for controls).
        double outline = 21;
        for (const QRect &edge : {QRect(indicator.left(), indicator.top(), indicator.width(), 2),
                                  QRect(indicator.left(), indicator.bottom() - 1, indicator.width(), 2),
                                  QRect(indicator.left(), indicator.top(), 2, indicator.height()),
                                  QRect(indicator.right() - 1, indicator.top(), 2, indicator.height())})
            outline = std::min(outline, highestContrast(image, edge, background));
        QVERIFY2(outline >= 3, qPrintable(QStringLiteral("outline contrast %1").arg(outline)));
        // The text reads (4.5:1).
        const double words = highestContrast(image, text, background);
        QVERIFY2(words >= 4.5, qPrintable(QStringLiteral("text contrast %1").arg(words)));
        // A check mark shows inside the box when checked.
        const QRect inside = indicator.adjusted(3, 3, -3, -3);
        const QColor fill = image.pixelColor(indicator.left() + 2, indicator.top() + indicator.height() - 3);
        const double mark = highestContrast(image, inside, fill);
        if (checked)
            QVERIFY2(mark >= 3, qPrintable(QStringLiteral("check mark contrast %1").arg(mark)));
        else
            QVERIFY2(mark < 1.5, qPrintable(QStringLiteral("an empty box shows a mark: %1").arg(mark)));
        shot(m_window->quizPage(), checked ? "quiz-dark-checked" : "quiz-dark");
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
