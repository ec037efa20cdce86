#pragma once

#include <QDialog>
#include <QList>

class Collection;
class QCheckBox;

/**
 * The kinds of card the whole deck studies: for example no function → protocol cards. Cards
 * switched off keep their history and come back when switched on. An entry may choose for
 * itself in its own dialog.
 */
class CardTypesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CardTypesDialog(Collection *collection, QWidget *parent = nullptr);

    QList<QCheckBox *> boxes() const { return m_boxes; }
    bool save();

private:
    Collection *m_collection;
    QList<QCheckBox *> m_boxes;
};
