// Anki's plain-text import format: header lines, quoting, separators, encodings, and rows that
// cannot be read, each reported by line.
#include "delimitedtext.h"
#include "importmapping.h"

#include <QTest>

class TestDelimitedText : public QObject
{
    Q_OBJECT

private slots:
    void rows_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("rows");   // fields joined by '|', a row each
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("tsv") << QByteArray("a\tb\nc\td\n") << "\t" << QStringList{"a|b", "c|d"} << QList<qint64>{1, 2};
        QTest::newRow("csv guessed") << QByteArray("a,b\r\nc,d") << "," << QStringList{"a|b", "c|d"}
                                     << QList<qint64>{1, 2};
        QTest::newRow("semicolon guessed") << QByteArray("a;b,c\n") << ";" << QStringList{"a|b,c"} << QList<qint64>{1};
        QTest::newRow("header separator") << QByteArray("#separator:Pipe\na|b\n") << "|" << QStringList{"a|b"}
                                          << QList<qint64>{2};
        QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\n") << "," << QStringList{"a,b|c"} << QList<qint64>{1};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",c\n") << "," << QStringList{"say \"hi\"|c"}
                                       << QList<qint64>{1};
        QTest::newRow("multi-line field") << QByteArray("\"one\ntwo\",x\nnext,y\n") << ","
                                          << QStringList{"one\ntwo|x", "next|y"} << QList<qint64>{1, 3};
        QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n   \nc,d\n") << "," << QStringList{"a|b", "c|d"}
                                             << QList<qint64>{1, 4};
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf" "Fr\xc3\xa4ge\tAntwort\n") << "\t"
                                   << QStringList{QStringLiteral("Fräge|Antwort")} << QList<qint64>{1};
        QTest::newRow("utf-16le bom") << QByteArray("\xff\xfe" "a\0\t\0b\0\n\0", 10) << "\t" << QStringList{"a|b"}
                                      << QList<qint64>{1};
        QTest::newRow("headers and lines") << QByteArray("#separator:tab\n#html:false\n#tags column:3\nq\ta\tt\n")
                                           << "\t" << QStringList{"q|a|t"} << QList<qint64>{4};
    }

    void rows()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        QFETCH(QStringList, rows);
        QFETCH(QList<qint64>, lines);
        QString error;
        const std::optional<DelimitedText> text = DelimitedTextReader::read(bytes, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(QString(text->separator), separator);
        QStringList got;
        QList<qint64> gotLines;
        for (const TextRow &row : text->rows) {
            got.append(row.fields.join(QLatin1Char('|')));
            gotLines.append(row.line);
        }
        QCOMPARE(got, rows);
        QCOMPARE(gotLines, lines);
        QVERIFY(text->problems.isEmpty());
    }

    void headers()
    {
        QString error;
        const std::optional<DelimitedText> text = DelimitedTextReader::read(
            "#separator:Comma\n#html:true\n#columns:Front,Back,Tags,Deck\n#tags column:3\n#deck column:4\n"
            "#guid column:5\n#tags:imported net+\nq,a,t,d,g\n",
            &error);
        QVERIFY(text);
        QVERIFY(text->html);
        QCOMPARE(text->columnNames, (QStringList{"Front", "Back", "Tags", "Deck"}));
        QCOMPARE(text->tagsColumn, 2);
        QCOMPARE(text->deckColumn, 3);
        QCOMPARE(text->guidColumn, 4);
        QCOMPARE(text->tags, (QStringList{"imported", "net+"}));
        const ImportMapping mapping = ImportMapping::guess(*text);
        QCOMPARE(mapping.columns, (QList<ImportField>{ImportField::Question, ImportField::Answer, ImportField::Tags,
                                                      ImportField::Ignore, ImportField::Key}));
        QVERIFY(!mapping.headerRow);
    }

    void mappingFromFirstRow()
    {
        QString error;
        const std::optional<DelimitedText> text
            = DelimitedTextReader::read("Protocol,Port,Transport,Description\nSSH,22,TCP,Remote shell\n", &error);
        QVERIFY(text);
        const ImportMapping mapping = ImportMapping::guess(*text);
        QVERIFY(mapping.headerRow);
        QVERIFY(mapping.asEntries());
        QCOMPARE(mapping.columns, (QList<ImportField>{ImportField::Name, ImportField::Ports, ImportField::Transport,
                                                      ImportField::Function}));
        // Without names, Anki's default: question, then answer.
        const std::optional<DelimitedText> plain = DelimitedTextReader::read("SSH?\t22\textra\n", &error);
        QCOMPARE(ImportMapping::guess(*plain).columns,
                 (QList<ImportField>{ImportField::Question, ImportField::Answer, ImportField::Ignore}));
    }

    void parseColumns()
    {
        QString error;
        const std::optional<ImportMapping> m = ImportMapping::parseColumns(QStringLiteral("question, answer,-,tags"), &error);
        QVERIFY(m);
        QCOMPARE(m->columns, (QList<ImportField>{ImportField::Question, ImportField::Answer, ImportField::Ignore,
                                                 ImportField::Tags}));
        QVERIFY(!ImportMapping::parseColumns(QStringLiteral("question,colour"), &error));
        QVERIFY(error.contains(QLatin1String("colour")));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("nul bytes") << QByteArray("a\tb\0c\n", 6) << "NUL bytes";
        QTest::newRow("latin-1 on line 2") << QByteArray("ok\tfine\nFr\xe4ge\tx\n") << "line 2";
        QTest::newRow("broken utf-16") << QByteArray("\xff\xfe" "a\0b", 5) << "UTF-16";
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!DelimitedTextReader::read(bytes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void badRowsReported()
    {
        QString error;
        const QByteArray huge = "q1\ta1\n" + QByteArray(DelimitedTextReader::kMaxFieldChars + 1, 'x') + "\tanswer\nq3\ta3\n\"open\tno close\n";
        const std::optional<DelimitedText> text = DelimitedTextReader::read(huge, &error);
        QVERIFY(text);
        QCOMPARE(text->rows.size(), 2);
        QCOMPARE(text->rows.at(1).line, 3);
        QCOMPARE(text->problems.size(), 2);
        QCOMPARE(text->problems.at(0).line, 2);
        QVERIFY(text->problems.at(0).message.contains(QLatin1String("longer than")));
        QCOMPARE(text->problems.at(1).line, 4);
        QVERIFY(text->problems.at(1).message.contains(QLatin1String("never closed")));
    }

    void separators_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("separator");
        QTest::newRow("Tab") << "Tab" << "\t";
        QTest::newRow("comma word") << "comma" << ",";
        QTest::newRow("Semicolon") << "Semicolon" << ";";
        QTest::newRow("literal pipe") << "|" << "|";
        QTest::newRow("literal tab") << "\t" << "\t";
        QTest::newRow("letter") << "x" << "";
        QTest::newRow("word") << "newline" << "";
    }

    void separators()
    {
        QFETCH(QString, name);
        QFETCH(QString, separator);
        const std::optional<QChar> sep = DelimitedTextReader::parseSeparator(name);
        QCOMPARE(sep ? QString(*sep) : QString(), separator);
    }
};

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
