#pragma once

#include <QDialog>

class ChartPanel;
class DeckStore;
class QTableWidget;
class QLabel;

/**
 * One card in full: its due date, memory state (S, D, recall chance now), a chart of its recall
 * chance over time (each answer restarts the forgetting curve; dashed beyond now), and every
 * answer it had, with what was typed, the verdict and the time taken. Opens from the Study page,
 * the Table's detail, a protocol's page in the Notes, and search.
 */
class CardInfoDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p nowMs: the moment "recall chance now" refers to; @p language: of the card's texts. */
    CardInfoDialog(DeckStore *store, qint64 cardId, const QString &language, qint64 nowMs,
                   QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *historyTable() const { return m_history; }
    ChartPanel *recallChart() const { return m_chart; }

private:
    void drawRecall(DeckStore *store, qint64 cardId, qint64 nowMs, qint64 dueMs);

    QLabel *m_summary = nullptr;
    QTableWidget *m_history = nullptr;
    ChartPanel *m_chart = nullptr;
};

/** "Again", "Hard", "Good", "Easy". */
QString ratingText(int rating);
/** "New", "Learning", "Review", "Relearning", translated. */
QString stateText(int state);
