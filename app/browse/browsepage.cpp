#include "browsepage.h"

#include "appsettings.h"
#include "cardbrowsemodel.h"
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "studyday.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Columns shown until the learner chooses: the ones that answer "which cards, and how well?"
bool shownAtFirst(BrowseColumn column)
{
    switch (column) {
    case BrowseColumn::Question:
    case BrowseColumn::Answer:
    case BrowseColumn::Entry:
    case BrowseColumn::CardType:
    case BrowseColumn::Due:
    case BrowseColumn::Interval:
    case BrowseColumn::Recall:
    case BrowseColumn::Lapses:
    case BrowseColumn::Tags:
        return true;
    default: break;
    }
    return false;
}

QString cardCount(qsizetype count)
{
    return BrowsePage::tr("%n card(s)", nullptr, int(count));
}

QStringList tagWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

BrowsePage::BrowsePage(Collection *collection, const Clock *clock, const QString &language, AppSettings *settings,
                       QWidget *parent)
    : QWidget(parent)
    , m_collection(collection)
    , m_store(collection->store())
    , m_clock(clock)
    , m_language(language)
    , m_settings(settings)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("browseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search cards, e.g. is:due tag:mail -is:suspended, lapses>=3, port:53 …"));
    m_search->setToolTip(tr("Words match questions, answers and entries. is:new|learn|review|due|suspended|"
                            "buried|leech|own|edited, flag:1–4, tag:, port:, tcp, udp, type:, and comparisons "
                            "such as recall<70 or lapses>=3; a leading - leaves cards out. Enter searches."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("browseStatus"));
    m_status->setWordWrap(true);
    auto *actionsButton = new QToolButton(this);
    actionsButton->setText(tr("&Cards"));
    actionsButton->setPopupMode(QToolButton::InstantPopup);
    actionsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_model = new CardBrowseModel(m_store, language, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("browseTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(false); // sorting is a search: the header click runs it
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(90);
    header->resizeSection(int(BrowseColumn::Question), 250);
    header->resizeSection(int(BrowseColumn::Answer), 160);
    header->resizeSection(int(BrowseColumn::Entry), 115);
    header->resizeSection(int(BrowseColumn::CardType), 135);
    header->resizeSection(int(BrowseColumn::Due), 95);
    header->resizeSection(int(BrowseColumn::Interval), 65);
    header->resizeSection(int(BrowseColumn::Recall), 90);
    header->resizeSection(int(BrowseColumn::Lapses), 55);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header->setSectionHidden(c, !shownAtFirst(static_cast<BrowseColumn>(c)));
        // Room for the title in every language, and for the sort arrow.
        const int title = header->fontMetrics().horizontalAdvance(CardBrowseModel::columnTitle(static_cast<BrowseColumn>(c))) + 30;
        header->resizeSection(c, std::max(header->sectionSize(c), title));
    }
    if (m_settings && !m_settings->browseHeaderState().isEmpty())
        header->restoreState(m_settings->browseHeaderState());
    // Until the learner sorts, the cards come as study does: by due date, new ones last.
    const bool remembered = m_settings && !m_settings->browseHeaderState().isEmpty();
    if (remembered && header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < m_model->columnCount()) {
        m_sortColumn = static_cast<BrowseColumn>(header->sortIndicatorSection());
        m_sortOrder = header->sortIndicatorOrder();
    }
    header->setSortIndicator(int(m_sortColumn), m_sortOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        sortBy(static_cast<BrowseColumn>(section), order);
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, &BrowsePage::showColumnMenu);

    m_actions = new QMenu(tr("&Cards"), this);
    actionsButton->setMenu(m_actions);
    createActions();
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!selectedIds().isEmpty())
            m_actions->exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(m_model->idAt(index.row()));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_query.isEmpty())
            search({});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BrowsePage::updateStatus);
    // Down from the search field goes to the cards, so the keyboard alone finds and acts.
    m_search->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(actionsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void BrowsePage::createActions()
{
    auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = m_actions->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    // Enter edits in the table only: in the search field it searches.
    QAction *edit = m_actions->addAction(tr("&Edit…"), this, [this] {
        if (m_view->currentIndex().isValid())
            emit editRequested(m_model->idAt(m_view->currentIndex().row()));
    });
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(edit);
    add(tr("Card &Info"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] {
        if (m_view->currentIndex().isValid())
            emit cardInfoRequested(m_model->idAt(m_view->currentIndex().row()));
    });
    m_actions->addSeparator();
    add(tr("&Suspend"), QKeySequence(Qt::CTRL | Qt::Key_J), [this] { suspendSelection(true); });
    add(tr("&Unsuspend"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] { suspendSelection(false); });
    add(tr("&Bury until Tomorrow"), QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { burySelection(); });
    QMenu *flags = m_actions->addMenu(tr("&Flag"));
    const QString flagNames[] = {tr("&Red"), tr("&Orange"), tr("&Green"), tr("&Blue")};
    for (int i = 0; i < 4; ++i) {
        // Ctrl+1–4 are the main window's: on this page they flag (see MainWindow).
        QAction *action = flags->addAction(flagNames[i], this, [this, i] { flagSelection(i + 1); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutVisibleInContextMenu(true);
        action->setShortcutContext(Qt::WidgetShortcut); // shown, handled by the window
    }
    flags->addAction(tr("&Clear Flag"), this, [this] { flagSelection(0); });
    add(tr("&Add Tags…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Add Tags"), tr("Tags to add, separated by spaces:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !tagWords(text).isEmpty())
            addTagsToSelection(tagWords(text));
    });
    add(tr("&Remove Tags…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_A), [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Remove Tags"), tr("Tags to remove, separated by spaces:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !tagWords(text).isEmpty())
            removeTagsFromSelection(tagWords(text));
    });
    m_actions->addSeparator();
    add(tr("&Forget (Reset to New)…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), [this] {
        const auto count = selectedIds().size();
        if (count > 0 && QMessageBox::question(this, tr("Forget Cards"),
                                               tr("Reset %1 to new? Their review history stays; Ctrl+Z "
                                                  "takes this back.").arg(cardCount(count)))
                             == QMessageBox::Yes)
            forgetSelection();
    });
    add(tr("Set &Due Date…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
        bool ok = false;
        const int days = QInputDialog::getInt(this, tr("Set Due Date"),
                                              tr("Due in how many days? 0 is today. New cards stay new."), 0, 0,
                                              36500, 1, &ok);
        if (ok)
            setDueOfSelection(days);
    });
    add(tr("&Delete Own Cards…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { deleteSelection(true); });
    m_actions->addSeparator();
    m_actions->addAction(tr("E&xport Selected…"), this, [this] {
        if (!selectedIds().isEmpty())
            emit exportRequested(selectedIds());
    });
}

CardQueryContext BrowsePage::context() const
{
    return CardQueryContext::forLearner(*m_store, m_clock->nowMs(), m_language);
}

bool BrowsePage::search(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_query = text.trimmed();
    runSearch(false);
    return m_error.isEmpty();
}

void BrowsePage::runSearch(bool keepPosition)
{
    if (m_factsOutdated) {
        m_model->setFacts(m_store->facts(m_language));
        m_factsOutdated = false;
    }
    m_loaded = true;
    m_outdated = false;
    const CardQueryContext ctx = context();
    const CardQuery query = CardQuery::parse(m_query, ctx);
    QString error;
    std::optional<QList<qint64>> ids;
    if (query.isValid())
        ids = CardList(*m_store).find(query, m_sortColumn, m_sortOrder, &error);
    else
        error = query.errorString();
    m_error = error;
    if (!ids) {
        // The last good results stay, with the reason the new search cannot run.
        updateStatus();
        m_search->setFocus();
        if (query.errorPosition() >= 0)
            m_search->setCursorPosition(query.errorPosition());
        return;
    }
    const QList<qint64> selected = keepPosition ? selectedIds() : QList<qint64>();
    const qint64 current = keepPosition ? m_model->idAt(m_view->currentIndex().row()) : 0;
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setCards(*ids, ctx);
    if (keepPosition) {
        selectIds(selected);
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        m_view->verticalScrollBar()->setValue(scroll);
    } else if (!ids->isEmpty()) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                                              | QItemSelectionModel::Rows);
        m_view->scrollToTop();
    }
    updateStatus();
}

void BrowsePage::updateStatus()
{
    QString text;
    if (!m_error.isEmpty()) {
        text = QStringLiteral("<span style=\"color:#d0453a\">%1</span>").arg(m_error.toHtmlEscaped());
    } else {
        const int count = m_model->rowCount();
        const auto selected = m_view->selectionModel()->selectedRows().size();
        text = count == 0 ? (m_query.isEmpty() ? tr("The collection has no cards.")
                                               : tr("No card matches “%1”.").arg(m_query.toHtmlEscaped()))
                          : cardCount(count);
        if (selected > 1)
            text += QStringLiteral(" · ") + tr("%1 selected").arg(selected);
    }
    m_status->setText(text);
}

QList<qint64> BrowsePage::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(m_model->idAt(row));
    return ids;
}

void BrowsePage::selectIds(const QList<qint64> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    // Runs of rows as one range each: "select all" stays one range, not 100,000.
    QItemSelection selection;
    const int last = m_model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        selection.append(QItemSelectionRange(m_model->index(rows.at(i), 0), m_model->index(rows.at(j), last)));
        i = j + 1;
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void BrowsePage::setColumnVisible(BrowseColumn column, bool visible)
{
    m_view->horizontalHeader()->setSectionHidden(int(column), !visible);
    saveState();
}

void BrowsePage::sortBy(BrowseColumn column, Qt::SortOrder order)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() != int(column) || header->sortIndicatorOrder() != order) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(int(column), order);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loaded)
        runSearch(true);
}

void BrowsePage::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const auto column = static_cast<BrowseColumn>(c);
        QAction *action = menu.addAction(CardBrowseModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The last visible column stays: a table with no columns shows nothing to click.
        action->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

bool BrowsePage::act(const std::function<bool(const QList<qint64> &)> &change, const QString &failed)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        emit message(tr("Select cards first: click, Shift+click, or Ctrl+A for all."));
        return false;
    }
    if (!change(ids)) {
        QMessageBox::warning(this, failed, m_collection->errorString());
        return false;
    }
    return true;
}

bool BrowsePage::flagSelection(int flag)
{
    // The flag every selected card has already is taken off, as the Study page does.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool allHaveIt = flag > 0 && !rows.isEmpty();
    for (const QModelIndex &index : rows) {
        const BrowseRow *row = m_model->browseRow(index.row());
        allHaveIt = allHaveIt && row && row->flag == flag;
        if (!allHaveIt)
            break;
    }
    const int now = allHaveIt ? 0 : flag;
    return act([this, now](const QList<qint64> &cards) { return m_collection->setFlag(cards, now); }, tr("Cards not flagged"));
}

bool BrowsePage::suspendSelection(bool suspend)
{
    return act([this, suspend](const QList<qint64> &cards) { return m_collection->setSuspended(cards, suspend); },
               suspend ? tr("Cards not suspended") : tr("Cards not unsuspended"));
}

bool BrowsePage::burySelection()
{
    const StudyDay day(m_store->studySettings().normalized().rolloverHour);
    const qint64 until = day.startOfNextDay(m_clock->nowMs());
    return act([this, until](const QList<qint64> &cards) { return m_collection->bury(cards, until); }, tr("Cards not buried"));
}

bool BrowsePage::forgetSelection()
{
    return act([this](const QList<qint64> &cards) { return m_collection->forget(cards); }, tr("Cards not reset"));
}

bool BrowsePage::setDueOfSelection(int days)
{
    const StudyDay day(m_store->studySettings().normalized().rolloverHour);
    const qint64 due = day.startOf(day.dayOf(m_clock->nowMs()).addDays(days));
    int moved = 0;
    qsizetype chosen = 0;
    const bool ok = act([&](const QList<qint64> &cards) {
        chosen = cards.size();
        return m_collection->setDue(cards, due, &moved);
    }, tr("Due date not set"));
    if (ok) {
        const auto skipped = chosen - moved;
        emit message(skipped > 0 ? tr("Due date set for %1; new cards have no memory to schedule yet and stay new.")
                                       .arg(cardCount(moved))
                                 : tr("Due date set for %1. Ctrl+Z takes it back.").arg(cardCount(moved)));
    }
    return ok;
}

bool BrowsePage::addTagsToSelection(const QStringList &tags)
{
    return act([this, tags](const QList<qint64> &cards) { return m_collection->addTags(cards, tags); }, tr("Tags not added"));
}

bool BrowsePage::removeTagsFromSelection(const QStringList &tags)
{
    return act([this, tags](const QList<qint64> &cards) { return m_collection->removeTags(cards, tags); },
               tr("Tags not removed"));
}

bool BrowsePage::deleteSelection(bool confirm)
{
    int own = 0;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const BrowseRow *row = m_model->browseRow(index.row());
        own += row && row->own ? 1 : 0;
    }
    if (own == 0) {
        emit message(tr("Only your own cards can be deleted; suspend built-in cards instead."));
        return false;
    }
    if (confirm
        && QMessageBox::question(this, tr("Delete Cards"),
                                 tr("Delete %1 of your own with their reviews? Built-in cards stay. "
                                    "Ctrl+Z brings them back.").arg(cardCount(own)))
               != QMessageBox::Yes)
        return false;
    int deleted = 0;
    const bool ok = act([&](const QList<qint64> &cards) { return m_collection->deleteCards(cards, &deleted); },
                        tr("Cards not deleted"));
    if (ok)
        emit message(tr("Deleted %1. Ctrl+Z brings them back.").arg(cardCount(deleted)));
    return ok;
}

void BrowsePage::setFacts(const QList<Fact> &facts)
{
    m_model->setFacts(facts);
    m_factsOutdated = false;
}

void BrowsePage::collectionChanged(const CollectionChanges &)
{
    if (!m_loaded)
        return;
    if (!isVisible()) {
        m_outdated = true;
        return;
    }
    // The same search again: a card may match no more (unsuspended under is:suspended).
    runSearch(true);
}

bool BrowsePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            selectIds({m_model->idAt(0)});
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BrowsePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_outdated)
        runSearch(m_loaded);
    m_view->setFocus();
}

void BrowsePage::saveState()
{
    if (m_settings)
        m_settings->setBrowseHeaderState(m_view->horizontalHeader()->saveState());
}
