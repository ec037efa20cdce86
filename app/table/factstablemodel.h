#pragma once

#include "fact.h"

#include <QAbstractTableModel>
#include <QList>

/** The facts as table rows: one row a fact, columns as Column lists them. */
class FactsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Protocol, FullName, Ports, TransportColumn, Secure, Exam, Function, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for ports, ranks for security, lower-case text
        FactKeyRole,                 ///< the fact's key
    };

    explicit FactsTableModel(QObject *parent = nullptr);

    void setFacts(const QList<Fact> &facts);
    const QList<Fact> &facts() const { return m_facts; }
    const Fact &fact(int row) const { return m_facts.at(row); }
    /** Row of the fact with @p key, or -1. */
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The learner-facing word for a security grade ("Yes", "Partly", …). */
    static QString securityText(Security security);
    static QString securityToolTip(Security security);

private:
    QList<Fact> m_facts;
};
