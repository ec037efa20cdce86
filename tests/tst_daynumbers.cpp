// DayNumbers gives the study days StudyDay gives, for every zone and rollover hour, across
// daylight-saving changes, at a fraction of the cost.
#include "daynumbers.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

class TestDayNumbers : public QObject
{
    Q_OBJECT

private slots:
    void sameDaysAsStudyDay_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("rollover");
        for (const char *zone : {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                                 "Pacific/Chatham", "America/Sao_Paulo"}) {
            for (int rollover : {0, 2, 4, 23})
                QTest::addRow("%s %d:00", zone, rollover) << QByteArray(zone) << rollover;
        }
    }

    void sameDaysAsStudyDay()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, rollover);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const StudyDay day(rollover, tz);
        const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const DayNumbers days(day, from, to);
        QList<qint64> times;
        QRandomGenerator random(7);
        for (int i = 0; i < 5000; ++i)
            times << from + qint64(random.generateDouble() * double(to - from));
        // Around every change of offset, and around each day's rollover there.
        for (const QTimeZone::OffsetData &t : tz.transitions(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                                                             QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()))) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            for (qint64 d : {-3600001LL, -1LL, 0LL, 1LL, 1799999LL, 3600000LL, 7200000LL})
                times << at + d;
            for (int h = -30; h <= 30; ++h)
                times << day.startOfDay(at) + h * 60000LL;
        }
        // Outside the span it was made for, it still answers right.
        times << from - 400 * 86400000LL << to + 400 * 86400000LL;
        for (qint64 ms : times)
            QCOMPARE(days.dayOf(ms), day.dayOf(ms).toJulianDay());
        for (int i = 1; i < times.size(); ++i)
            QCOMPARE(days.daysBetween(times[i - 1], times[i]), day.daysBetween(times[i - 1], times[i]));
    }
};

QTEST_GUILESS_MAIN(TestDayNumbers)
#include "tst_daynumbers.moc"
