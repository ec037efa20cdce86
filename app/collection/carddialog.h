#pragma once

#include <QDialog>

class Collection;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/**
 * Adds a plain question-and-answer card of the learner's own, or edits the text of one
 * (a built-in concept card keeps the learner's text through deck updates until "Revert to
 * Built-in"). Saved through the collection: one undo step.
 */
class CardDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p cardId 0 adds a new card. */
    CardDialog(Collection *collection, qint64 cardId, const QString &language, QWidget *parent = nullptr);

    QPlainTextEdit *questionEdit() const { return m_question; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLabel *problemLabel() const { return m_problem; }
    qint64 savedId() const { return m_savedId; }
    bool save();

private:
    Collection *m_collection;
    qint64 m_cardId;
    qint64 m_savedId = 0;
    QString m_loadedQuestion;
    QString m_loadedAnswer;
    QPlainTextEdit *m_question;
    QPlainTextEdit *m_answer;
    QLineEdit *m_tags;
    QLabel *m_problem;
};
