// The learner's own entries and cards, edits of built-in ones through merges, card types, and
// the bulk actions of Browse: each one change, one undo step, one signal.
#include "collection.h"
#include "deckstore.h"
#include "entrystore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

Deck fixture(const char *name)
{
    QString error;
    const Deck deck = Deck::fromFile(QStringLiteral(PORTDECK_TEST_DATA "/") + QLatin1String(name), &error);
    if (!error.isEmpty())
        qFatal("fixture %s: %s", name, qPrintable(error));
    return deck;
}

QVariant scalar(const DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QStringList strings(const DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QStringList out;
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

// A company service: two TCP ports, a function, an alias and a tag.
DeckFact companyEntry()
{
    DeckFact e;
    e.fact.kind = FactKind::Protocol;
    e.fact.name = QStringLiteral("Acme Sync");
    e.fact.fullName = QStringLiteral("Acme file synchronisation");
    e.fact.ports = {{8443, Transport::Tcp, QStringLiteral("clients")}, {8444, Transport::Tcp, {}}};
    e.fact.function = QStringLiteral("Keeps the office file shares in step");
    e.fact.aliases = {QStringLiteral("acmesync")};
    e.fact.tags = {QStringLiteral("work")};
    e.fact.security = Security::Yes;
    return e;
}

Fact factByKey(const DeckStore &store, const QString &key)
{
    for (const Fact &f : store.facts())
        if (f.key == key)
            return f;
    return {};
}

} // namespace

class TestEntries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    std::unique_ptr<Collection> m_collection;

    void openWith(const Deck &deck)
    {
        m_collection.reset();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        m_collection = std::make_unique<Collection>(m_store.get());
    }

    QList<qint64> cardIds(const QString &where = QStringLiteral("1"))
    {
        QList<qint64> ids;
        for (const QString &id : strings(*m_store, QStringLiteral("SELECT id FROM cards WHERE retired = 0 AND %1 ORDER BY id").arg(where)))
            ids.append(id.toLongLong());
        return ids;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        openWith(fixture("deck-v1.json"));
    }

    void cleanup()
    {
        m_collection.reset();
        m_store.reset();
        m_dir.reset();
    }

    void ownEntryGetsCardsAndUndoRemovesIt()
    {
        QSignalSpy changed(m_collection.get(), &Collection::changed);
        const int factsBefore = m_store->counts().facts;
        const int cardsBefore = m_store->counts().cards;
        const std::optional<qint64> id = m_collection->addEntry(companyEntry());
        QVERIFY2(id, qPrintable(m_collection->errorString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<CollectionChanges>().facts);
        QCOMPARE(m_collection->undoText(), QStringLiteral("Add Entry “Acme Sync”"));

        const Fact f = factByKey(*m_store, QStringLiteral("own-acme-sync"));
        QCOMPARE(f.id, *id);
        QVERIFY(f.own);
        QCOMPARE(f.ports.size(), 2);
        QCOMPARE(f.aliases, QStringList{QStringLiteral("acmesync")});
        // Protocol → port, a port card for each port, function → protocol, transport.
        QCOMPARE(strings(*m_store, QStringLiteral("SELECT key FROM cards WHERE fact_id = ? ORDER BY position"), {*id}),
                 (QStringList{QStringLiteral("own-acme-sync:protocol-port"), QStringLiteral("port:8443"),
                              QStringLiteral("port:8444"), QStringLiteral("own-acme-sync:function-protocol"),
                              QStringLiteral("own-acme-sync:protocol-transport")}));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE fact_id = ? AND builtin = 0 AND state = 0"), {*id}).toInt(), 5);
        QCOMPARE(m_store->counts().facts, factsBefore + 1);

        QVERIFY2(m_collection->undo(), qPrintable(m_collection->errorString()));
        QCOMPARE(m_store->counts().facts, factsBefore);
        QCOMPARE(m_store->counts().cards, cardsBefore);
        QCOMPARE(factByKey(*m_store, QStringLiteral("own-acme-sync")).id, 0);
    }

    void badEntriesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "name" << "lacks a name";
        QTest::newRow("no ports") << "ports" << "has no port";
        QTest::newRow("port out of range") << "port" << "outside 0–65535";
        QTest::newRow("name of another entry") << "taken" << "already the name of the entry SSH";
        QTest::newRow("unknown counterpart") << "counterpart" << "is not another entry";
        QTest::newRow("tag of two words") << "tag" << "not one word";
    }

    void badEntriesAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        DeckFact e = companyEntry();
        if (field == QLatin1String("name"))
            e.fact.name = QStringLiteral("  ");
        else if (field == QLatin1String("ports"))
            e.fact.ports.clear();
        else if (field == QLatin1String("port"))
            e.fact.ports.append({70000, Transport::Udp, {}});
        else if (field == QLatin1String("taken"))
            e.fact.name = QStringLiteral("ssh");
        else if (field == QLatin1String("counterpart"))
            e.fact.secureCounterparts = {QStringLiteral("no-such-entry")};
        else if (field == QLatin1String("tag"))
            e.fact.tags = {QStringLiteral("two words")};
        const int cards = m_store->counts().cards;
        QSignalSpy changed(m_collection.get(), &Collection::changed);
        QVERIFY(!m_collection->addEntry(e));
        QVERIFY2(m_collection->errorString().contains(message), qPrintable(m_collection->errorString()));
        QCOMPARE(changed.size(), 0);
        QVERIFY(!m_collection->canUndo());
        QCOMPARE(m_store->counts().cards, cards);
    }

    // A port another entry's card asks about is not asked twice: SSH's port card takes both.
    void sharedPortIsNotAskedTwice()
    {
        DeckFact e = companyEntry();
        e.fact.ports = {{22, Transport::Tcp, {}}};
        const std::optional<qint64> id = m_collection->addEntry(e);
        QVERIFY(id);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE key = 'port:22'")).toInt(), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE fact_id = ?"), {*id}).toInt(), 3);
    }

    // An own entry gets the cards a built-in one of its kind gets: a concept only its
    // function → name card, a legacy port no port → protocol card, and the edit keeps both so.
    void ownConceptsAndLegacyPortsGetTheDecksCards()
    {
        DeckFact concept_ = companyEntry();
        concept_.fact.kind = FactKind::Concept;
        concept_.fact.name = QStringLiteral("Jumbo frame");
        concept_.fact.fullName.clear();
        concept_.fact.aliases.clear();
        concept_.fact.ports.clear();
        concept_.fact.security = Security::NotApplicable;
        concept_.fact.function = QStringLiteral("An Ethernet frame with a payload above 1500 bytes");
        const std::optional<qint64> c = m_collection->addEntry(concept_);
        QVERIFY2(c, qPrintable(m_collection->errorString()));
        QCOMPARE(strings(*m_store, QStringLiteral("SELECT template FROM cards WHERE fact_id = ?"), {*c}),
                 QStringList{QStringLiteral("function-protocol")});

        DeckFact legacy = companyEntry();
        legacy.fact.ports.append({9443, Transport::Tcp, QStringLiteral("old clients"), true});
        const std::optional<qint64> l = m_collection->addEntry(legacy);
        QVERIFY2(l, qPrintable(m_collection->errorString()));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE key = 'port:9443'")).toInt(), 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE key = 'port:8443'")).toInt(), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM fact_ports WHERE fact_id = ? AND legacy = 1"), {*l}).toInt(), 1);
        std::optional<DeckFact> edit = EntryStore(*m_store).entry(*l);
        QVERIFY(edit);
        edit->fact.function = QStringLiteral("Keeps the shares in step, now with versions");
        QVERIFY(m_collection->editEntry(*l, *edit));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE key = 'port:9443'")).toInt(), 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT legacy FROM fact_ports WHERE port = 9443")).toInt(), 1);
    }

    // The learner's edit of a built-in entry stays through a newer deck's merge, and Revert
    // brings the newer deck's text.
    void editSurvivesMergeAndReverts()
    {
        const qint64 ssh = factByKey(*m_store, QStringLiteral("ssh")).id;
        std::optional<DeckFact> e = EntryStore(*m_store).entry(ssh);
        QVERIFY(e);
        e->fact.function = QStringLiteral("My words: the admin's encrypted shell");
        e->fact.ports.append({2222, Transport::Tcp, QStringLiteral("lab")});
        QVERIFY2(m_collection->editEntry(ssh, *e), qPrintable(m_collection->errorString()));
        QVERIFY(factByKey(*m_store, QStringLiteral("ssh")).edited);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE key = 'port:2222' AND retired = 0")).toInt(), 1);

        openWith(fixture("deck-v2.json")); // a newer built-in deck: SSH's function changed there
        Fact after = factByKey(*m_store, QStringLiteral("ssh"));
        QCOMPARE(after.function, QStringLiteral("My words: the admin's encrypted shell"));
        QVERIFY(after.edited);
        QCOMPARE(after.ports.size(), 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE key = 'port:2222' AND retired = 0")).toInt(), 1);
        QCOMPARE(factByKey(*m_store, QStringLiteral("ntp")).function, QStringLiteral("Synchronises clocks")); // the merge ran

        QVERIFY(m_collection->revertEntry(ssh));
        after = factByKey(*m_store, QStringLiteral("ssh"));
        QCOMPARE(after.function, QStringLiteral("Encrypted remote shell"));
        QVERIFY(!after.edited);
        QCOMPARE(after.ports.size(), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT retired FROM cards WHERE key = 'port:2222'")).toInt(), 1);
        QVERIFY(m_collection->undo()); // the revert itself is undoable
        QVERIFY(factByKey(*m_store, QStringLiteral("ssh")).edited);
    }

    void editedPlainCardSurvivesMerge()
    {
        const qint64 card = scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'concept-well-known'")).toLongLong();
        QVERIFY(m_collection->editCard(card, QStringLiteral("My question?"), QStringLiteral("My answer")));
        QCOMPARE(m_collection->undoText(), QStringLiteral("Edit Card"));
        openWith(fixture("deck-v2.json"));
        QCOMPARE(m_store->card(card)->question, QStringLiteral("My question?"));
        QVERIFY(m_store->card(card)->edited);
        QVERIFY(m_collection->revertCard(card));
        QCOMPARE(m_store->card(card)->question, fixture("deck-v2.json").cards.at(0).question);
        QVERIFY(!m_store->card(card)->edited);
    }

    void ownPlainCards()
    {
        const std::optional<qint64> id = m_collection->addCard(QStringLiteral("Which port does our proxy use?"),
                                                               QStringLiteral("3128"), {QStringLiteral("work")});
        QVERIFY(id);
        const std::optional<CardInfo> card = m_store->card(*id);
        QVERIFY(card && card->own && card->tmpl == CardTemplate::Basic && card->state == CardState::New);
        QCOMPARE(m_store->cardTags(*id), QStringList{QStringLiteral("work")});
        QVERIFY(!m_collection->addCard(QStringLiteral("  "), QStringLiteral("x")));
        int deleted = -1;
        const qint64 builtin = cardIds().first();
        QVERIFY(m_collection->deleteCards({*id, builtin}, &deleted));
        QCOMPARE(deleted, 1); // the built-in card stays
        QVERIFY(!m_store->card(*id));
        QVERIFY(m_store->card(builtin));
        QVERIFY(m_collection->undo());
        QCOMPARE(m_store->card(*id)->question, QStringLiteral("Which port does our proxy use?"));
    }

    void deleteOwnEntryTakesItsCards()
    {
        const std::optional<qint64> id = m_collection->addEntry(companyEntry());
        QVERIFY(id);
        QVERIFY(m_collection->deleteEntry(*id));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE fact_id = ?"), {*id}).toInt(), 0);
        const qint64 ssh = factByKey(*m_store, QStringLiteral("ssh")).id;
        QVERIFY(!m_collection->deleteEntry(ssh));
        QVERIFY(m_collection->errorString().contains(QStringLiteral("built-in")));
    }

    void deletingAnEntryHandsOverASharedPortCard()
    {
        DeckFact first = companyEntry();
        first.fact.ports = {{9999, Transport::Tcp, {}}};
        DeckFact second = companyEntry();
        second.fact.name = QStringLiteral("Acme Backup");
        second.fact.aliases.clear();
        second.fact.key = QStringLiteral("acme-backup"); // own- is added
        second.fact.ports = {{9999, Transport::Udp, {}}};
        const std::optional<qint64> a = m_collection->addEntry(first);
        const std::optional<qint64> b = m_collection->addEntry(second);
        QVERIFY(a && b);
        QCOMPARE(factByKey(*m_store, QStringLiteral("own-acme-backup")).id, *b);
        const qint64 portCard = scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:9999'")).toLongLong();
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT fact_id FROM cards WHERE id = ?"), {portCard}).toLongLong(), *a);
        QVERIFY2(m_collection->deleteEntry(*a), qPrintable(m_collection->errorString()));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT fact_id FROM cards WHERE id = ?"), {portCard}).toLongLong(), *b);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE fact_id = ?"), {*a}).toInt(), 0);
        // Undo brings the entry back whole, with its cards and the port card its own again.
        QVERIFY2(m_collection->undo(), qPrintable(m_collection->errorString()));
        QCOMPARE(factByKey(*m_store, QStringLiteral("own-acme-sync")).ports.size(), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT fact_id FROM cards WHERE id = ?"), {portCard}).toLongLong(), *a);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE fact_id = ?"), {*a}).toInt(), 4);
    }

    // An entry edited off a port it shares hands that port's card to the other entry.
    void editingAPortAwayHandsItsCardOver()
    {
        const qint64 portCard = scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
        const qint64 owner = scalar(*m_store, QStringLiteral("SELECT fact_id FROM cards WHERE id = ?"), {portCard}).toLongLong();
        std::optional<DeckFact> e = EntryStore(*m_store).entry(owner);
        QVERIFY(e);
        e->fact.ports = {{2222, Transport::Tcp, {}}};
        QVERIFY2(m_collection->editEntry(owner, *e), qPrintable(m_collection->errorString()));
        QVERIFY(scalar(*m_store, QStringLiteral("SELECT fact_id FROM cards WHERE id = ?"), {portCard}).toLongLong() != owner);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT retired FROM cards WHERE id = ?"), {portCard}).toInt(), 0);
    }

    void ownRangesAndClashingAliasesAreRefused()
    {
        DeckFact range = companyEntry();
        range.fact.kind = FactKind::Range;
        range.fact.ports.clear();
        range.fact.rangeLow = 9000;
        range.fact.rangeHigh = 9100;
        QVERIFY(!m_collection->addEntry(range));
        QVERIFY(m_collection->errorString().contains(QStringLiteral("question-and-answer card")));
        DeckFact alias = companyEntry();
        alias.fact.aliases = {QStringLiteral("Telnet")};
        QVERIFY(!m_collection->addEntry(alias));
        QVERIFY2(m_collection->errorString().contains(QStringLiteral("already names the entry Telnet")), qPrintable(m_collection->errorString()));
    }

    // A plain concept card of an entry follows the deck's choice, never the entry's list.
    void entryCardTypesLeaveConceptCardsAlone()
    {
        const qint64 wellKnown = factByKey(*m_store, QStringLiteral("well-known")).id;
        const int before = cardIds(QStringLiteral("template = 'basic'")).size();
        QVERIFY(before > 0);
        QVERIFY(m_collection->setCardTypes(wellKnown, QStringList{QStringLiteral("protocol-port")}));
        QCOMPARE(cardIds(QStringLiteral("template = 'basic'")).size(), before);
    }

    void cardTypes()
    {
        const int functionCards = cardIds(QStringLiteral("template = 'function-protocol'")).size();
        QVERIFY(functionCards > 0);
        QVERIFY(m_collection->setDeckCardTypesOff({QStringLiteral("function-protocol")}));
        QCOMPARE(cardIds(QStringLiteral("template = 'function-protocol'")).size(), 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE retired = 2")).toInt(), functionCards);
        // One entry chooses otherwise.
        const qint64 ssh = factByKey(*m_store, QStringLiteral("ssh")).id;
        QVERIFY(m_collection->setCardTypes(ssh, QStringList{QStringLiteral("function-protocol")}));
        QCOMPARE(strings(*m_store, QStringLiteral("SELECT template FROM cards WHERE fact_id = ? AND retired = 0"), {ssh}),
                 QStringList{QStringLiteral("function-protocol")});
        QVERIFY(m_collection->undo());
        QCOMPARE(cardIds(QStringLiteral("template = 'function-protocol'")).size(), 0);
        QVERIFY(m_collection->setCardTypes(ssh, QStringList{QStringLiteral("function-protocol")}));
        // A merge keeps both choices: of the function cards, only SSH's studies, NTP's new one too stays out.
        openWith(fixture("deck-v2.json"));
        QCOMPARE(cardIds(QStringLiteral("template = 'function-protocol'")).size(), 1);
        QVERIFY(!m_collection->setCardTypes(ssh, QStringList{QStringLiteral("nonsense")}));
        QVERIFY(!m_collection->canUndo());
        QVERIFY(m_collection->setDeckCardTypesOff({}));
        QVERIFY(m_collection->setCardTypes(ssh, std::nullopt));
        QCOMPARE(cardIds(QStringLiteral("template = 'function-protocol'")).size(),
                 int(strings(*m_store, QStringLiteral("SELECT id FROM facts WHERE retired = 0 AND kind != 'range'")).size()));
    }

    void bulkActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<QString>("check"); // SQL over cards: the count of changed cards
        QTest::newRow("flag") << "flag" << "Flag 3 Cards" << "flag = 2";
        QTest::newRow("tag") << "tag" << "Tag 3 Cards" << "id IN (SELECT card_id FROM card_tags WHERE tag = 'hard')";
        QTest::newRow("forget") << "forget" << "Forget 3 Cards" << "state = 0 AND stability = 0 AND id IN (SELECT card_id FROM card_tags WHERE tag = 'picked')";
        QTest::newRow("set due") << "due" << "Set Due Date of 3 Cards" << "due = 1900000000000";
        QTest::newRow("bury") << "bury" << "Bury 3 Cards" << "buried_until = 1900000000000";
    }

    void bulkActions()
    {
        QFETCH(QString, action);
        QFETCH(QString, undoText);
        QFETCH(QString, check);
        const QList<qint64> ids = cardIds().mid(0, 3);
        // Studied cards, so that forget and set due have something to do.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET state = 2, reps = 4, stability = 9, difficulty = 5, "
                                      "due = 1800000000000, last_review = 1700000000000 WHERE id IN (%1, %2, %3)")
                           .arg(ids.at(0)).arg(ids.at(1)).arg(ids.at(2))));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT id, 'picked' FROM cards WHERE id IN (%1, %2, %3)")
                           .arg(ids.at(0)).arg(ids.at(1)).arg(ids.at(2))));
        const QString sql = QStringLiteral("SELECT count(*) FROM cards WHERE ") + check;
        QCOMPARE(scalar(*m_store, sql).toInt(), 0);
        QSignalSpy changed(m_collection.get(), &Collection::changed);
        bool ok = false;
        if (action == QLatin1String("flag"))
            ok = m_collection->setFlag(ids, 2);
        else if (action == QLatin1String("tag"))
            ok = m_collection->addTags(ids, {QStringLiteral("hard")});
        else if (action == QLatin1String("forget"))
            ok = m_collection->forget(ids);
        else if (action == QLatin1String("due"))
            ok = m_collection->setDue(ids, 1900000000000);
        else if (action == QLatin1String("bury"))
            ok = m_collection->bury(ids, 1900000000000);
        QVERIFY2(ok, qPrintable(m_collection->errorString()));
        QCOMPARE(scalar(*m_store, sql).toInt(), 3);
        QCOMPARE(m_collection->undoText(), undoText);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<CollectionChanges>().cards, ids);
        QVERIFY(m_collection->undo());
        QCOMPARE(scalar(*m_store, sql).toInt(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE reps = 4 AND due = 1800000000000")).toInt(), 3);
    }

    void removeTagsAndBadInput()
    {
        const QList<qint64> ids = cardIds().mid(0, 2);
        QVERIFY(m_collection->addTags(ids, {QStringLiteral("hard"), QStringLiteral("exam")}));
        QVERIFY(m_collection->removeTags(ids, {QStringLiteral("hard")}));
        QCOMPARE(m_store->cardTags(ids.at(0)), QStringList{QStringLiteral("exam")});
        QVERIFY(!m_collection->addTags(ids, {QStringLiteral("not a tag")}));
        QVERIFY(!m_collection->setFlag(ids, 7));
        QCOMPARE(m_collection->undoText(), QStringLiteral("Remove Tags from 2 Cards"));
    }

    void newCardsKeepNoDueDate()
    {
        const QList<qint64> ids = cardIds().mid(0, 2);
        int moved = -1;
        QVERIFY(m_collection->setDue(ids, 1900000000000, &moved));
        QCOMPARE(moved, 0);
    }

    void entryJsonRoundTrip()
    {
        DeckFact e = companyEntry();
        e.fact.key = QStringLiteral("acme-sync");
        QString error;
        const DeckFact back = Deck::factFromJson(Deck::factToJson(e), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.fact.name, e.fact.name);
        QCOMPARE(back.fact.ports, e.fact.ports);
        QCOMPARE(back.fact.aliases, e.fact.aliases);
        QVERIFY(Deck::factFromJson(QJsonDocument::fromJson("{\"key\":\"x\",\"kind\":\"spaceship\"}").object(), &error).fact.key.isEmpty());
        QVERIFY(error.contains(QStringLiteral("unknown kind")));
    }
};

QTEST_GUILESS_MAIN(TestEntries)
#include "tst_entries.moc"
