#include "searchdialog.h"

#include "theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

SearchDialog::SearchDialog(SearchService *service, QWidget *parent)
    : QDialog(parent)
    , m_search(service)
{
    setWindowTitle(tr("Search Notes and Cards"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search: 22, udp, time, encrypted mail…"));
    m_query->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAlternatingRowColors(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap instead
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 460);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    search();
}

void SearchDialog::search()
{
    m_results->clear();
    const QList<SearchHit> hits = m_search->search(m_query->text(), 30);
    const Accents a = accentsFor(palette());
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, hit.target);
        // What kind of hit, in a colour of its own, before the title: a page reads differently
        // from a card.
        const auto [kind, colour] = hit.kind == SearchHit::Kind::Card    ? std::pair{tr("Card"), a.partial}
                                    : hit.kind == SearchHit::Kind::Entry ? std::pair{tr("Entry"), a.secure}
                                                                         : std::pair{tr("Page"), a.link};
        const QString title = hit.title.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String(" — "));
        auto *label = new QLabel(QStringLiteral("<span style=\"color:%1; font-size:small; font-weight:600\">%2</span>"
                                                "&nbsp;&nbsp;<b>%3</b><br><span style=\"color:%4\">%5</span>")
                                     .arg(colour.name(), kind.toUpper().toHtmlEscaped(), title, a.muted.name(), hit.snippet),
                                 m_results);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_results->setItemWidget(item, label);
    }
    fitRows();
    if (!hits.isEmpty())
        m_results->setCurrentRow(0);
    if (hits.isEmpty() && !m_search->errorString().isEmpty()) {
        m_status->setText(m_search->errorString());
        return;
    }
    m_status->setText(m_query->text().trimmed().isEmpty() ? tr("Type to search the notes and the cards.")
                      : hits.isEmpty()                    ? tr("Nothing found.")
                                                          : tr("Enter opens the highlighted result."));
}

void SearchDialog::fitRows()
{
    const int width = m_results->viewport()->width();
    for (int row = 0; row < m_results->count(); ++row) {
        QListWidgetItem *item = m_results->item(row);
        if (auto *label = qobject_cast<QLabel *>(m_results->itemWidget(item)))
            item->setSizeHint(QSize(width, label->heightForWidth(width)));
    }
}

void SearchDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitRows();
}

QString SearchDialog::chosenTarget() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0,
                                       std::max(0, m_results->count() - 1));
            m_results->setCurrentRow(row);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_results->currentItem())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
