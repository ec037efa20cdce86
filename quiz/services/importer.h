#pragma once

#include "delimitedtext.h"
#include "importmapping.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class DeckStore;

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
