#include "carddialog.h"

#include "cardwriter.h"
#include "collection.h"
#include "deckstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

CardDialog::CardDialog(Collection *collection, qint64 cardId, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_collection(collection)
    , m_cardId(cardId)
{
    setObjectName(QStringLiteral("cardDialog"));
    m_question = new QPlainTextEdit(this);
    m_question->setObjectName(QStringLiteral("cardQuestion"));
    m_question->setTabChangesFocus(true);
    m_question->setPlaceholderText(tr("e.g. Which port does our build server's web console use?"));
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("cardAnswer"));
    m_answer->setTabChangesFocus(true);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("topic words separated by spaces"));
    for (QPlainTextEdit *edit : {m_question, m_answer})
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d0453a;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Answer:"), m_answer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    if (cardId == 0) {
        setWindowTitle(tr("Add Card"));
        form->addRow(tr("&Tags:"), m_tags);
        return;
    }
    setWindowTitle(tr("Edit Card"));
    m_tags->hide();
    const std::optional<CardInfo> card = collection->store()->card(cardId, language);
    if (!card) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_question->setPlainText(card->question);
    m_answer->setPlainText(card->answer);
    m_loadedQuestion = m_question->toPlainText().trimmed();
    m_loadedAnswer = m_answer->toPlainText().trimmed();
    if (card->edited) {
        auto *revert = buttons->addButton(tr("&Revert to Built-in"), QDialogButtonBox::ResetRole);
        connect(revert, &QPushButton::clicked, this, [this] {
            if (m_collection->revertCard(m_cardId)) {
                m_savedId = m_cardId;
                accept();
            } else {
                m_problem->setText(m_collection->errorString());
                m_problem->show();
            }
        });
    }
}

bool CardDialog::save()
{
    const QString question = m_question->toPlainText().trimmed();
    const QString answer = m_answer->toPlainText().trimmed();
    if (question.isEmpty() || answer.isEmpty()) {
        m_problem->setText(tr("A card needs a question and an answer."));
        m_problem->show();
        return false;
    }
    bool ok = false;
    if (m_cardId == 0) {
        static const QRegularExpression spaces(QStringLiteral("[\\s,]+"));
        const QStringList tags = m_tags->text().split(spaces, Qt::SkipEmptyParts);
        for (const QString &tag : tags) {
            if (!CardWriter::isTag(tag)) {
                m_problem->setText(tr("“%1” is not a tag: use single words.").arg(tag));
                m_problem->show();
                return false;
            }
        }
        const std::optional<qint64> id = m_collection->addCard(question, answer, tags);
        ok = id.has_value();
        m_savedId = id.value_or(0);
    } else if (question == m_loadedQuestion && answer == m_loadedAnswer) {
        // Nothing changed: no undo step, and a built-in card keeps its texts in every language.
        ok = true;
        m_savedId = m_cardId;
    } else {
        ok = m_collection->editCard(m_cardId, question, answer);
        m_savedId = ok ? m_cardId : 0;
    }
    if (!ok) {
        m_problem->setText(m_collection->errorString());
        m_problem->show();
    }
    return ok;
}
