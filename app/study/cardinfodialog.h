#pragma once

#include <QDialog>

class DeckStore;
class QTableWidget;
class QLabel;
class StudySession;

/** One card in full: its due date, memory state (S, D, R now) and every review it had. */
class CardInfoDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p nowMs: the moment "recall chance now" refers to. */
    CardInfoDialog(DeckStore *store, qint64 cardId, const StudySession *session, qint64 nowMs,
                   QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *historyTable() const { return m_history; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_history = nullptr;
};

/** "Again", "Hard", "Good", "Easy". */
QString ratingText(int rating);
/** "New", "Learning", "Review", "Relearning", translated. */
QString stateText(int state);
