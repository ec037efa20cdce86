#include "collection.h"
#include "deckstore.h"
#include "factstablemodel.h"
#include "localization.h"
#include "mainwindow.h"
#include "markdown.h"
#include "studysession.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates(); // plural forms repeat them
        return found;
    }

private slots:
    // Every message of the German file is translated, current, and keeps its placeholders.
    // English has its plural forms: "1 card", "3 cards", never "3 card(s)".
    void englishPluralsComplete()
    {
        QFile file(QStringLiteral(PORTDECK_SOURCE_DIR "/translations/portdeck_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        QVERIFY(ts.count(QLatin1String("numerus=\"yes\"")) >= 15);
        QVERIFY2(!ts.contains(QLatin1String("type=\"unfinished\"")), "translations/portdeck_en.ts has unfinished plural forms");
        QVERIFY(!ts.contains(QLatin1String("(s)</numerusform>")));
        QCOMPARE(Collection::tr("Suspend %n Card(s)", nullptr, 1), QStringLiteral("Suspend 1 Card"));
        QCOMPARE(Collection::tr("Suspend %n Card(s)", nullptr, 3), QStringLiteral("Suspend 3 Cards"));
        QCOMPARE(QCoreApplication::translate("TablePage", "%n entry(s)", nullptr, 1), QStringLiteral("1 entry"));
        QCOMPARE(QCoreApplication::translate("TablePage", "%n entry(s)", nullptr, 59), QStringLiteral("59 entries"));
    }

    void germanFileIsComplete()
    {
        QFile file(QStringLiteral(PORTDECK_SOURCE_DIR "/translations/portdeck_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString context;
        QString source;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural forms are <numerusform> children: read them all.
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty())
                    problems << QStringLiteral("%1: '%2' is %3").arg(context, source, type);
                else if (translation.isEmpty())
                    problems << QStringLiteral("%1: '%2' has no translation").arg(context, source);
                else if (placeholders(translation) != placeholders(source))
                    problems << QStringLiteral("%1: '%2' loses a placeholder").arg(context, source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void germanInterface()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        const QString language = installTranslations(qApp, QStringLiteral("de"));
        QCOMPARE(language, QStringLiteral("de"));

        MainWindow window(&store, nullptr, language);
        auto navText = [&window](const char *id) {
            return window.navigation()->item(static_cast<int>(window.pageIds().indexOf(QLatin1String(id))))->text();
        };
        QCOMPARE(navText("table"), QStringLiteral("Tabelle"));
        // German plural forms come first, although the English ones were installed before.
        QCOMPARE(Collection::tr("Suspend %n Card(s)", nullptr, 1), QStringLiteral("1 Karte aussetzen"));
        QCOMPARE(Collection::tr("Suspend %n Card(s)", nullptr, 4), QStringLiteral("4 Karten aussetzen"));
        FactsTableModel model;
        QCOMPARE(model.headerData(FactsTableModel::Protocol, Qt::Horizontal).toString(),
                 QStringLiteral("Protokoll"));
        QCOMPARE(FactsTableModel::securityText(Security::Yes), QStringLiteral("Ja"));
        // Engine messages are translated too.
        DeckStore second;
        QCOMPARE(second.open(dir.path()), DeckStore::Status::Locked);
        QVERIFY2(second.errorString().contains(QLatin1String("Portdeck")) &&
                     !second.errorString().contains(QLatin1String("Another Portdeck")),
                 qPrintable(second.errorString()));
        // Engine texts found by lupdate through every helper: card texts, intervals, templates.
        const QList<Fact> facts = store.facts(QStringLiteral("de"));
        const CardTexts texts(facts);
        for (const Fact &f : facts) {
            if (f.key != QLatin1String("ftp"))
                continue;
            const QList<CardInfo> cards = store.cardsOfFact(f.id, QStringLiteral("de"));
            QCOMPARE(texts.render(cards.constFirst()).question, QStringLiteral("Welchen Port oder welche Ports nutzt FTP?"));
            QCOMPARE(texts.render(cards.constFirst()).answer,
                     QStringLiteral("TCP 20: Daten (aktiver Modus)\nTCP 21: Steuerung"));
        }
        // German abbreviations with their full stop: Min., Std., Tg., Mon., J.
        QCOMPARE(formatInterval(10 * 60 * 1000), QStringLiteral("10 Min."));
        QCOMPARE(formatInterval(3LL * 24 * 3600 * 1000), QStringLiteral("3 Tg."));
        // A note's untitled callouts: "Hinweis" for note, "Achtung" for bug.
        QCOMPARE(MarkdownRenderer::tr("Note"), QStringLiteral("Hinweis"));
        QCOMPARE(MarkdownRenderer::tr("Bug"), QStringLiteral("Achtung"));
        QCOMPARE(MarkdownRenderer::tr("About your note"), QStringLiteral("Zu Ihrer Notiz"));
        QCOMPARE(templateLabel(CardTemplate::PortToProtocol), QStringLiteral("Port → Protokoll"));
        QCOMPARE(navText("study"), QStringLiteral("Lernen"));
        // Qt's own strings come from qtbase_de.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
