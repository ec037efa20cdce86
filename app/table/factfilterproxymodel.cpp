#include "factfilterproxymodel.h"

#include "factstablemodel.h"

FactFilterProxyModel::FactFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FactsTableModel::SortRole);
}

void FactFilterProxyModel::setFactFilter(const FactFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool FactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const FactsTableModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->rowCount())
        return false;
    return m_filter.matches(model->fact(sourceRow));
}

bool FactFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
    } else {
        const int c = l.toString().localeAwareCompare(r.toString());
        if (c != 0)
            return c < 0;
    }
    // Ties keep deck order, so equal keys never jump around.
    return left.row() < right.row();
}
