// The storage layer is the only code that names a table or a column: no file of the engine or
// the app outside quiz/storage/ holds an SQL statement or includes <QSqlQuery>.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// A string literal (plain or raw) that begins with an SQL statement's keyword. Case matters:
// the code writes SQL keywords in capitals, and prose in strings seldom starts in capitals.
const QRegularExpression &sqlStatement()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:R\\x22[^(\\s\\x22]*\\(|\\x22)\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|PRAGMA|WITH)\\b"));
    return re;
}

const QRegularExpression &sqlInclude()
{
    static const QRegularExpression re(QStringLiteral("#\\s*include\\s*[<\\x22](?:QtSql/)?QSqlQuery\\b"));
    return re;
}

// Each line of @p text that holds SQL or includes QSqlQuery, as "line: text".
QStringList offendingLines(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (sqlStatement().match(line).hasMatch() || sqlInclude().match(line).hasMatch())
            out << QStringLiteral("%1: %2").arg(i + 1).arg(line.trimmed());
    }
    return out;
}

// The C++ sources under @p folder of the source tree, as paths relative to the tree.
QStringList sources(const QString &folder)
{
    const QDir root(QStringLiteral(PORTDECK_SOURCE_DIR));
    QStringList out;
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << root.relativeFilePath(it.next());
    out.sort();
    return out;
}

QString readText(const QString &relativePath)
{
    QFile file(QDir(QStringLiteral(PORTDECK_SOURCE_DIR)).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestStorageLayer : public QObject
{
    Q_OBJECT

private slots:
    void recognizesSql_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("sql");
        QTest::newRow("select") << "q.prepare(QStringLiteral(\"SELECT id FROM cards\"));" << true;
        QTest::newRow("leading space") << "    \" INSERT INTO revlog (id) VALUES (?)\"" << true;
        QTest::newRow("delete") << "\"DELETE FROM card_boosts WHERE card_id = ?\"" << true;
        QTest::newRow("update") << "QStringLiteral(\"UPDATE cards SET state = ?\")" << true;
        QTest::newRow("cte") << "QString sql = QStringLiteral(\"WITH b(i, lo, hi) AS (VALUES \");" << true;
        QTest::newRow("pragma") << "q.exec(QStringLiteral(\"PRAGMA user_version\"));" << true;
        QTest::newRow("raw string") << "QStringLiteral(R\"(CREATE TABLE t (x))\")" << true;
        QTest::newRow("include") << "#include <QSqlQuery>" << true;
        QTest::newRow("qtsql include") << "#  include <QtSql/QSqlQuery>" << true;
        QTest::newRow("prose") << "tr(\"Select a card to see its history\")" << false;
        QTest::newRow("word inside") << "tr(\"Nothing to UPDATE here\")" << false;
        QTest::newRow("identifier") << "const bool selected = updateCount > 0;" << false;
        QTest::newRow("database include") << "#include <QSqlDatabase>" << false;
    }

    void recognizesSql()
    {
        QFETCH(QString, line);
        QFETCH(bool, sql);
        QCOMPARE(!offendingLines(line).isEmpty(), sql);
    }

    void storageHoldsTheSql()
    {
        // The check must see the statements where they belong, or it proves nothing.
        const QStringList storage = sources(QStringLiteral("quiz/storage"));
        QVERIFY2(storage.contains(QStringLiteral("quiz/storage/deckstore.cpp")), qPrintable(storage.join(u' ')));
        QVERIFY(!offendingLines(readText(QStringLiteral("quiz/storage/deckstore.cpp"))).isEmpty());
    }

    void noSqlOutsideStorage()
    {
        const QStringList files = sources(QStringLiteral("quiz")) + sources(QStringLiteral("app"));
        QVERIFY2(files.size() > 40, qPrintable(QStringLiteral("only %1 source files found").arg(files.size())));
        QStringList found;
        for (const QString &path : files) {
            if (path.startsWith(QLatin1String("quiz/storage/")))
                continue;
            for (const QString &line : offendingLines(readText(path)))
                found << path + QLatin1Char(':') + line;
        }
        // Every line, since QTest shortens a long failure message.
        for (const QString &line : std::as_const(found))
            qWarning("SQL outside quiz/storage/: %s", qPrintable(line));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 lines of SQL outside quiz/storage/, the first: %2")
                                                 .arg(found.size())
                                                 .arg(found.value(0))));
    }
};

QTEST_GUILESS_MAIN(TestStorageLayer)
#include "tst_storagelayer.moc"
