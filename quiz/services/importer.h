#pragma once

#include "ankicollection.h"
#include "delimitedtext.h"
#include "fact.h"
#include "importmapping.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class DeckStore;

/** The choices of an Anki package import. */
struct AnkiImportOptions
{
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    /** Cards that ask about one built-in entry (its name and one of its ports) join that entry. */
    bool linkEntries = true;
};

/** What an Anki package holds, shown before it is imported. */
struct AnkiPackageSummary
{
    int notes = 0;
    int cards = 0;
    int reviews = 0;
    int media = 0;
    int linkable = 0; ///< cards that match a built-in entry
};

/**
 * Brings another program's rows into the collection: plain cards or entries from a CSV or
 * TSV file. Runs in the caller's transaction on the caller's connection (an import job's
 * own, on its worker thread): the caller commits, or rolls back on failure and cancel.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /** Told how far the import is; returning false cancels it. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Importer(DeckStore &store, Progress progress = {});

    /**
     * The rows of @p text as @p mapping says. Rows that cannot become a card or an entry are
     * reported by line and left out; std::nullopt when the collection refused a write (see
     * errorString()) or the learner cancelled (report.cancelled in lastReport()).
     */
    std::optional<ImportReport> importText(const DelimitedText &text, const ImportMapping &mapping);

    /**
     * The notes of an Anki package as plain cards: each card's question and answer rendered
     * from its template, its tags, flag and suspension, and its review history replayed with
     * Portdeck's scheduler, so it is scheduled as if it had always been studied here. A card's
     * identity is its note's GUID and template, so importing the package again finds it.
     */
    std::optional<ImportReport> importAnki(const AnkiCollection &package, const AnkiImportOptions &options);

    /** Counts for the question before an import, and how many cards match built-in entries. */
    static AnkiPackageSummary summarize(const AnkiCollection &package, const QList<Fact> &facts);
    /** The built-in entry a card asks about (its name and one of its ports), or nullptr. */
    static const Fact *matchingEntry(const QString &question, const QString &answer, const QList<Fact> &facts);

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

private:
    bool tick(qint64 done, qint64 total);
    std::optional<ImportReport> importEntries(const DelimitedText &text, const ImportMapping &mapping,
                                              ImportReport report);

    DeckStore &m_store;
    Progress m_progress;
    bool m_cancelled = false;
    QString m_error;
};
