#pragma once

#include "searchindex.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

/**
 * Ctrl+K: notes, entries and cards searched together; Enter opens the chosen hit. Each row
 * says what it is (page, entry or card) and wraps its snippet rather than cutting it off.
 */
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    SearchDialog(std::shared_ptr<const SearchIndex> index, QWidget *parent = nullptr);
    QString chosenTarget() const;
    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void search();
    /** Gives every row the height its wrapped text needs at the list's width. */
    void fitRows();

    std::shared_ptr<const SearchIndex> m_index; // shared: the page may reload while this is open
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
};
