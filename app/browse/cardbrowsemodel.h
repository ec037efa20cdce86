#pragma once

#include "cardlist.h"
#include "cardtext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class DeckStore;

/**
 * The cards of a Browse search, one row each. It holds only the matching ids in their order;
 * the rows the view asks for are read a page at a time (CardList::rows) and kept until the
 * collection changes, so a search over 100,000 cards costs one query for the ids.
 */
class CardBrowseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    /** The id of a row's card, for Qt::UserRole. */
    static constexpr int IdRole = Qt::UserRole;

    CardBrowseModel(const DeckStore *store, const QString &language, QObject *parent = nullptr);

    /** New search results; @p context is the moment and language rows are read at. */
    void setCards(const QList<qint64> &ids, const CardQueryContext &context);
    /** Rows read again (the collection changed); the ids stay. */
    void invalidateRows(const CardQueryContext &context);
    /** Entries changed: the texts of templated cards are rendered from @p facts. */
    void setFacts(const QList<Fact> &facts);

    const QList<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const;
    /** The row's card, read if needed; nullptr beyond the end. */
    const BrowseRow *browseRow(int row) const;
    /** What the Question and Answer columns show for @p row. */
    CardText text(const BrowseRow &row) const;

    static QString columnTitle(BrowseColumn column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void fetchPage(int row) const;

    const DeckStore *m_store;
    QString m_language;
    CardTexts m_texts;
    CardQueryContext m_context;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowById; ///< rows by id: keeping a selection of 100,000 cards is linear
    mutable QHash<qint64, BrowseRow> m_rows;
};
