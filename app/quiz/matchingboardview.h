#pragma once

#include "matchingboard.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

/**
 * A matching board: the items on the left in a table, the choices (A–H) in a list beside it.
 * Drag a choice onto an item, or with the keyboard: pick an item (Up, Down) and press a
 * choice's letter; Delete clears an item. A choice goes to one item only: giving it to another
 * moves it. Ctrl+Enter checks the board; afterwards each pair says whether it was right, and the
 * right match of each wrong one.
 */
class MatchingBoardView : public QWidget
{
    Q_OBJECT

public:
    explicit MatchingBoardView(QWidget *parent = nullptr);

    void setBoard(std::shared_ptr<const MatchingBoard> board);
    /** Gives choice @p choice (or -1: none) to item @p row. */
    void assign(int row, int choice);
    void showGrade(const BoardGrade &grade);
    void check();

    QList<int> assignment() const { return m_assignment; }
    QTableWidget *boardTable() const { return m_table; }
    QListWidget *choiceList() const { return m_choices; }
    QLabel *messageLabel() const { return m_message; }
    void focusInput();

signals:
    void submitted(const QList<int> &assignment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    static QString letter(int choice);

    std::shared_ptr<const MatchingBoard> m_board;
    QList<int> m_assignment;
    QList<int> m_right;       ///< after grading: 1 right, 0 wrong, one an item
    bool m_graded = false;
    QPoint m_pressAt;         ///< where a drag from the choices began

    QLabel *m_prompt = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_choices = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_check = nullptr;
};
