#include "exporter.h"

#include "cardlist.h"
#include "cardquery.h"
#include "cardtext.h"
#include "csvwriter.h"
#include "deckstore.h"
#include "exportstore.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

Exporter::Exporter(const DeckStore &store, const QString &lang)
    : m_store(store)
    , m_lang(lang)
{
}

std::optional<QByteArray> Exporter::cardsAsText(const QList<qint64> &cardIds, QChar separator, QString *error) const
{
    Q_UNUSED(error)
    const QString sepName = separator == QLatin1Char('\t') ? QStringLiteral("tab")
                            : separator == QLatin1Char(';') ? QStringLiteral("semicolon")
                                                            : QStringLiteral("comma");
    QByteArray out = "#separator:" + sepName.toUtf8() + "\n#html:false\n#columns:"
                     + QStringList{QStringLiteral("Question"), QStringLiteral("Answer"), QStringLiteral("Tags"),
                                   QStringLiteral("Key")}
                           .join(separator)
                           .toUtf8()
                     + "\n#tags column:3\n#guid column:4\n";
    const CardTexts texts(m_store.facts(m_lang));
    CardQueryContext context = CardQueryContext::forLearner(m_store, QDateTime::currentMSecsSinceEpoch());
    context.lang = m_lang;
    const CardList list(m_store);
    constexpr qsizetype kPage = 2000;
    for (qsizetype at = 0; at < cardIds.size(); at += kPage) {
        for (const BrowseRow &row : list.rows(cardIds.mid(at, kPage), context)) {
            CardInfo info;
            info.id = row.id;
            info.key = row.key;
            info.factId = row.factId;
            info.tmpl = row.tmpl;
            info.variant = row.variant;
            info.question = row.question;
            info.answer = row.answer;
            const CardText text = texts.render(info);
            out += csvRow({text.question, text.answer, row.tags.join(QLatin1Char(' ')), row.key}, separator);
        }
    }
    return out;
}

QByteArray Exporter::entriesAsText(QChar separator) const
{
    return factsToCsv(m_store.facts(m_lang), separator);
}

std::optional<QByteArray> Exporter::revlogCsv(const std::optional<QList<qint64>> &cardIds, QString *error) const
{
    const std::optional<QList<ExportedReview>> reviews = ExportStore(m_store).studyReviews(cardIds, error);
    if (!reviews)
        return std::nullopt;
    QByteArray out = "card_id,review_time,review_rating,review_state,review_duration\n";
    out.reserve(out.size() + reviews->size() * 40);
    for (const ExportedReview &r : *reviews) {
        out += QByteArray::number(r.cardId) + ',' + QByteArray::number(r.timeMs) + ',' + QByteArray::number(r.rating)
               + ',' + QByteArray::number(r.stateBefore) + ',' + QByteArray::number(std::max<qint64>(r.responseMs, 0))
               + '\n';
    }
    return out;
}

bool Exporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
