#include "cardinfodialog.h"

#include "deckstore.h"
#include "studysession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

QString ratingText(int rating)
{
    switch (rating) {
    case 1: return CardInfoDialog::tr("Again");
    case 2: return CardInfoDialog::tr("Hard");
    case 3: return CardInfoDialog::tr("Good");
    case 4: return CardInfoDialog::tr("Easy");
    default: break;
    }
    return QString::number(rating);
}

QString stateText(int state)
{
    switch (state) {
    case 0: return CardInfoDialog::tr("New");
    case 1: return CardInfoDialog::tr("Learning");
    case 2: return CardInfoDialog::tr("Review");
    case 3: return CardInfoDialog::tr("Relearning");
    default: break;
    }
    return QString::number(state);
}

CardInfoDialog::CardInfoDialog(DeckStore *store, qint64 cardId, const StudySession *session,
                               qint64 now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Card Info"));
    const std::optional<CardInfo> card = store->card(cardId, session->language());
    const QLocale locale;

    QString html;
    if (card) {
        const CardText text = session->texts().render(*card);
        auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        };
        html = QStringLiteral("<p style=\"font-size:large\">%1</p><table>").arg(text.question.toHtmlEscaped());
        html += row(tr("Answer"), text.answer);
        html += row(tr("State"), stateText(int(card->state)));
        if (card->state != CardState::New) {
            html += row(tr("Due"), locale.toString(QDateTime::fromMSecsSinceEpoch(card->dueMs).toLocalTime(),
                                                   QLocale::ShortFormat));
            html += row(tr("Interval"), card->scheduledDays > 0
                                            ? tr("%1 days").arg(card->scheduledDays)
                                            : formatInterval(card->dueMs - card->lastReviewMs));
            html += row(tr("Stability"), tr("%1 days").arg(locale.toString(card->stability, 'f', 2)));
            html += row(tr("Difficulty"), tr("%1 of 10").arg(locale.toString(card->difficulty, 'f', 2)));
            const double elapsed = std::max<qint64>(0, now - card->lastReviewMs) / 86400000.0;
            const double r = session->scheduler().forgettingCurve(elapsed, std::max(card->stability, 0.001));
            html += row(tr("Recall chance now"), tr("%1%").arg(locale.toString(r * 100, 'f', 1)));
        }
        html += row(tr("Reviews"), QString::number(card->reps));
        html += row(tr("Lapses"), QString::number(card->lapses));
        html += QStringLiteral("</table>");
    } else {
        html = tr("This card no longer exists.").toHtmlEscaped();
    }
    m_summary = new QLabel(html, this);
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<ReviewEntry> reviews = card ? store->reviewsOfCard(cardId) : QList<ReviewEntry>();
    m_history = new QTableWidget(static_cast<int>(reviews.size()), 8, this);
    m_history->setObjectName(QStringLiteral("cardHistory"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Type"), tr("Rating"), tr("Answer"),
                                          tr("Interval"), tr("Stability"), tr("Difficulty"), tr("Time")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < reviews.size(); ++row) {
        const ReviewEntry &e = reviews.at(row);
        const QString kind = e.kind == QLatin1String("quiz")   ? tr("Quiz")
                             : e.kind == QLatin1String("exam") ? tr("Exam")
                                                               : stateText(int(e.stateBefore));
        const QString verdict = e.verdict == QLatin1String("correct")   ? tr("correct")
                                : e.verdict == QLatin1String("partial") ? tr("partly right")
                                : e.verdict == QLatin1String("wrong")   ? tr("wrong")
                                                                        : e.verdict;
        const QString answer = e.answer.isEmpty() ? QString()
                               : verdict.isEmpty() ? e.answer
                                                   : tr("%1 (%2)").arg(e.answer, verdict);
        const QStringList cells{
            locale.toString(QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime(), QLocale::ShortFormat),
            kind,
            ratingText(e.rating),
            answer,
            e.scheduledDays > 0 ? tr("%1 days").arg(e.scheduledDays) : formatInterval(e.dueMs - e.timeMs),
            locale.toString(e.stability, 'f', 2),
            locale.toString(e.difficulty, 'f', 2),
            e.responseMs < 0 ? QString() : tr("%1 s").arg(locale.toString(e.responseMs / 1000.0, 'f', 1)),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *heading = new QLabel(reviews.isEmpty() ? tr("Not reviewed yet.") : tr("Review history"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    layout->addWidget(heading);
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}
