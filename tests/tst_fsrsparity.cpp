// The scheduler against ts-fsrs 5.4.2, review by review, over the committed fixtures
// (tests/tools/fsrs-fixtures/generate.mjs writes them).
#include "replay.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

class TestFsrsParity : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_configurations;
    int m_reviews = 0;
    int m_bitIdentical = 0;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(PORTDECK_TEST_DATA "/fsrs/parity.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("generator")).toString(), QStringLiteral("v5.4.2 using FSRS-6.0"));
        m_configurations = root.value(QLatin1String("configurations")).toArray();
        QVERIFY(m_configurations.size() >= 40);
    }

    void configuration_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_configurations.size(); ++i)
            QTest::newRow(qPrintable(m_configurations.at(i).toObject().value(QLatin1String("name")).toString())) << i;
    }

    void configuration()
    {
        QFETCH(int, index);
        const QJsonObject config = m_configurations.at(index).toObject();
        QString error;
        const std::optional<QByteArray> text =
            replayJson(QJsonDocument(config.value(QLatin1String("input")).toObject()).toJson(QJsonDocument::Compact), &error);
        QVERIFY2(text, qPrintable(error));
        QJsonParseError parsed;
        const std::optional<QJsonObject> actual = QJsonDocument::fromJson(*text, &parsed).object();
        QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
        const QJsonArray expectedCards =
            config.value(QLatin1String("expected")).toObject().value(QLatin1String("cards")).toArray();
        const QJsonArray actualCards = actual->value(QLatin1String("cards")).toArray();
        QCOMPARE(actualCards.size(), expectedCards.size());
        for (int c = 0; c < expectedCards.size(); ++c) {
            const QJsonArray expected = expectedCards.at(c).toObject().value(QLatin1String("reviews")).toArray();
            const QJsonArray got = actualCards.at(c).toObject().value(QLatin1String("reviews")).toArray();
            QCOMPARE(got.size(), expected.size());
            for (int r = 0; r < expected.size(); ++r) {
                const QJsonObject e = expected.at(r).toObject();
                const QJsonObject a = got.at(r).toObject();
                const QByteArray where = QStringLiteral("card %1 review %2").arg(c + 1).arg(r + 1).toUtf8();
                for (const char *key : {"state", "step", "scheduled_days", "due", "elapsed_days", "lapses"})
                    QVERIFY2(a.value(QLatin1String(key)) == e.value(QLatin1String(key)),
                             where + ": " + key + " " + QJsonDocument(QJsonObject{{QStringLiteral("got"), a}, {QStringLiteral("want"), e}}).toJson(QJsonDocument::Compact));
                for (const char *key : {"stability", "difficulty"}) {
                    const double want = e.value(QLatin1String(key)).toDouble();
                    const double got = a.value(QLatin1String(key)).toDouble();
                    QVERIFY2(std::fabs(want - got) <= 1e-8, where + ": " + key + " " + QByteArray::number(got, 'g', 17)
                                                               + " != " + QByteArray::number(want, 'g', 17));
                }
                ++m_reviews;
                m_bitIdentical += a == e ? 1 : 0;
            }
        }
    }

    // A long input is replayed in chunks on two threads: every card of a fixture repeated
    // 40 times (400 cards, in input order) must come out exactly as the fixture expects, and
    // the output is written whole only after every card was checked.
    void longInputsInChunksMatch()
    {
        for (const int index : {0, 3, 6}) {
            const QJsonObject config = m_configurations.at(index).toObject();
            QJsonObject input = config.value(QLatin1String("input")).toObject();
            const QJsonArray cards = input.value(QLatin1String("cards")).toArray();
            const QJsonArray expected = config.value(QLatin1String("expected")).toObject().value(QLatin1String("cards")).toArray();
            QJsonArray many;
            QJsonArray manyExpected;
            for (int copy = 0; copy < 40; ++copy) {
                for (qsizetype c = 0; c < cards.size(); ++c) {
                    QJsonObject card = cards.at(c).toObject();
                    card.insert(QStringLiteral("id"), copy * 100 + c);
                    many.append(card);
                    QJsonObject result = expected.at(c).toObject();
                    result.insert(QStringLiteral("id"), copy * 100 + c);
                    manyExpected.append(result);
                }
            }
            input.insert(QStringLiteral("cards"), many);
            QString error;
            int pieces = 0;
            QByteArray text;
            QVERIFY2(replayJson(QJsonDocument(input).toJson(QJsonDocument::Compact),
                                [&](std::string_view piece) {
                                    ++pieces;
                                    text.append(piece.data(), qsizetype(piece.size()));
                                },
                                &error),
                     qPrintable(error));
            QVERIFY(pieces > 3);
            // Raw data has no room after it for the parser's padding: it is copied, not overrun.
            const QByteArray json = QJsonDocument(input).toJson(QJsonDocument::Compact);
            const std::optional<QByteArray> fromRaw =
                replayJson(QByteArray::fromRawData(json.constData(), json.size()), &error);
            QVERIFY2(fromRaw, qPrintable(error));
            QCOMPARE(*fromRaw, text);
            const QJsonArray got = QJsonDocument::fromJson(text).object().value(QLatin1String("cards")).toArray();
            QCOMPARE(got.size(), manyExpected.size());
            for (qsizetype c = 0; c < got.size(); ++c)
                QVERIFY2(got.at(c) == manyExpected.at(c), qPrintable(QStringLiteral("config %1, card %2").arg(index).arg(c)));

            // The last card's last review goes bad: nothing at all is written.
            QJsonObject last = many.last().toObject();
            QJsonArray reviews = last.value(QLatin1String("reviews")).toArray();
            QJsonObject review = reviews.last().toObject();
            review.insert(QStringLiteral("rating"), 9);
            reviews.replace(reviews.size() - 1, review);
            last.insert(QStringLiteral("reviews"), reviews);
            many.replace(many.size() - 1, last);
            input.insert(QStringLiteral("cards"), many);
            pieces = 0;
            QVERIFY(!replayJson(QJsonDocument(input).toJson(QJsonDocument::Compact),
                                [&](std::string_view) { ++pieces; }, &error));
            QCOMPARE(pieces, 0);
            QVERIFY2(error.contains(QLatin1String("rating must be 1")), qPrintable(error));
        }
    }

    void cleanupTestCase()
    {
        qInfo("%d reviews compared with ts-fsrs, %d bit-identical in every field", m_reviews, m_bitIdentical);
        QVERIFY(m_reviews >= 10000);
        QCOMPARE(m_bitIdentical, m_reviews);
    }
};

QTEST_GUILESS_MAIN(TestFsrsParity)
#include "tst_fsrsparity.moc"
