#pragma once

#include "searchservice.h"

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
    /** Searches through @p service, which outlives the dialog. */
    SearchDialog(SearchService *service, QWidget *parent = nullptr);
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

    SearchService *m_search;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
};
