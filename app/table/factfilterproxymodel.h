#pragma once

#include "factfilter.h"

#include <QSortFilterProxyModel>

class FactsTableModel;

/** Adapts the engine's FactFilter and the model's sort keys to a view. */
class FactFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FactFilterProxyModel(QObject *parent = nullptr);

    void setFactFilter(const FactFilter &filter);
    const FactFilter &factFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FactFilter m_filter;
};
