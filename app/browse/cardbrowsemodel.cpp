#include "cardbrowsemodel.h"

#include "deckstore.h"
#include "theme.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QGuiApplication>

#include <cmath>

namespace {

QString stateName(const BrowseRow &row)
{
    switch (row.state) {
    case CardState::New: return CardBrowseModel::tr("New");
    case CardState::Learning: return CardBrowseModel::tr("Learning");
    case CardState::Review: return CardBrowseModel::tr("Review");
    case CardState::Relearning: return CardBrowseModel::tr("Relearning");
    }
    return {};
}

QString flagName(int flag)
{
    switch (flag) {
    case 1: return CardBrowseModel::tr("Red");
    case 2: return CardBrowseModel::tr("Orange");
    case 3: return CardBrowseModel::tr("Green");
    case 4: return CardBrowseModel::tr("Blue");
    default: break;
    }
    return {};
}

} // namespace

CardBrowseModel::CardBrowseModel(const DeckStore *store, const QString &language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_language(language)
{
}

void CardBrowseModel::setCards(const QList<qint64> &ids, const CardQueryContext &context)
{
    beginResetModel();
    m_ids = ids;
    m_rowById.clear();
    m_rowById.reserve(ids.size());
    for (int row = 0; row < ids.size(); ++row)
        m_rowById.insert(ids.at(row), row);
    m_context = context;
    m_rows.clear();
    endResetModel();
}

void CardBrowseModel::invalidateRows(const CardQueryContext &context)
{
    m_context = context;
    m_rows.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CardBrowseModel::setFacts(const QList<Fact> &facts)
{
    m_texts.setFacts(facts);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CardBrowseModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void CardBrowseModel::fetchPage(int row) const
{
    const int first = row - row % kPageSize;
    const QList<qint64> page = m_ids.mid(first, kPageSize);
    for (const BrowseRow &r : CardList(*m_store).rows(page, m_context))
        m_rows.insert(r.id, r);
    // A card deleted since the search: an empty row, never a read per paint.
    for (qint64 id : page) {
        if (!m_rows.contains(id)) {
            BrowseRow gone;
            gone.id = id;
            m_rows.insert(id, gone);
        }
    }
}

const BrowseRow *CardBrowseModel::browseRow(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids.at(row);
    auto it = m_rows.constFind(id);
    if (it == m_rows.cend()) {
        fetchPage(row);
        it = m_rows.constFind(id);
    }
    return &*it;
}

CardText CardBrowseModel::text(const BrowseRow &row) const
{
    if (row.tmpl == CardTemplate::Basic)
        return {row.question, row.answer, {}};
    CardInfo card;
    card.id = row.id;
    card.key = row.key;
    card.factId = row.factId;
    card.tmpl = row.tmpl;
    card.variant = row.variant;
    return m_texts.render(card);
}

QString CardBrowseModel::columnTitle(BrowseColumn column)
{
    switch (column) {
    case BrowseColumn::Question: return tr("Question");
    case BrowseColumn::Answer: return tr("Answer");
    case BrowseColumn::Entry: return tr("Entry");
    case BrowseColumn::CardType: return tr("Card Type");
    case BrowseColumn::State: return tr("State");
    case BrowseColumn::Due: return tr("Due");
    case BrowseColumn::Interval: return tr("Interval");
    case BrowseColumn::Stability: return tr("Stability");
    case BrowseColumn::Difficulty: return tr("Difficulty");
    case BrowseColumn::Recall: return tr("Recall Now");
    case BrowseColumn::Reviews: return tr("Reviews");
    case BrowseColumn::Lapses: return tr("Lapses");
    case BrowseColumn::Tags: return tr("Tags");
    case BrowseColumn::Flag: return tr("Flag");
    case BrowseColumn::Suspended: return tr("Suspended");
    }
    return {};
}

int CardBrowseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int CardBrowseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(BrowseColumn::Suspended) + 1;
}

QVariant CardBrowseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = static_cast<BrowseColumn>(section);
    if (role == Qt::DisplayRole)
        return columnTitle(column);
    if (role == Qt::ToolTipRole && (column == BrowseColumn::Question || column == BrowseColumn::Answer))
        return tr("Sorts plain cards by their text and the others by entry, then card type: their "
                  "questions are made from the entry.");
    if (role == Qt::ToolTipRole && column == BrowseColumn::Recall)
        return tr("The chance you would recall the card now, from its stability and the days since its last review");
    return {};
}

QVariant CardBrowseModel::data(const QModelIndex &index, int role) const
{
    const BrowseRow *row = index.isValid() ? browseRow(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    const auto column = static_cast<BrowseColumn>(index.column());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (row->key.isEmpty())
            return role == Qt::DisplayRole ? tr("(deleted)") : QVariant();
        switch (column) {
        case BrowseColumn::Question: return text(*row).question.simplified();
        case BrowseColumn::Answer: // one line a row: the answer's lines kept apart
            return text(*row).answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(" · ")).simplified();
        case BrowseColumn::Entry: {
            QString entry = row->entry;
            if (row->own)
                entry += QStringLiteral(" · ") + tr("own");
            else if (row->edited)
                entry += QStringLiteral(" · ") + tr("edited");
            return entry;
        }
        case BrowseColumn::CardType:
            return templateLabel(row->tmpl);
        case BrowseColumn::State: {
            QString state = stateName(*row);
            if (row->buriedUntilMs > m_context.nowMs)
                state += QStringLiteral(" · ") + tr("buried");
            return state;
        }
        case BrowseColumn::Due:
            if (row->state == CardState::New || row->dueMs <= 0)
                return role == Qt::DisplayRole ? tr("(new)") : QVariant();
            // A review is due on a day; a learning step at a time of day.
            if (row->state == CardState::Review)
                return locale.toString(QDateTime::fromMSecsSinceEpoch(row->dueMs).toLocalTime().date(), QLocale::ShortFormat);
            return locale.toString(QDateTime::fromMSecsSinceEpoch(row->dueMs).toLocalTime(), QLocale::ShortFormat);
        case BrowseColumn::Interval:
            return row->state == CardState::New ? QString() : tr("%1 d").arg(row->intervalDays);
        case BrowseColumn::Stability:
            return row->state == CardState::New ? QString() : tr("%1 d").arg(locale.toString(row->stability, 'f', 1));
        case BrowseColumn::Difficulty:
            return row->state == CardState::New ? QString() : locale.toString(row->difficulty, 'f', 1);
        case BrowseColumn::Recall:
            // Rounded down, as the mastery map does: 89.9% is not yet 90%.
            return row->recall < 0 ? QString() : tr("%1%").arg(std::floor(row->recall * 100));
        case BrowseColumn::Reviews: return row->reps;
        case BrowseColumn::Lapses: return row->lapses;
        case BrowseColumn::Tags: return row->tags.join(QLatin1Char(' '));
        case BrowseColumn::Flag: return flagName(row->flag);
        case BrowseColumn::Suspended: return row->suspended ? tr("Suspended") : QString();
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == BrowseColumn::Flag && row->flag > 0)
        return flagColor(row->flag);
    if (role == Qt::DecorationRole && column == BrowseColumn::Question && row->flag > 0)
        return flagColor(row->flag);
    if (role == Qt::ForegroundRole && (row->suspended || row->buriedUntilMs > m_context.nowMs))
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case BrowseColumn::Interval:
        case BrowseColumn::Stability:
        case BrowseColumn::Difficulty:
        case BrowseColumn::Recall:
        case BrowseColumn::Reviews:
        case BrowseColumn::Lapses:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: break;
        }
    }
    return {};
}
