#include "tablepage.h"

#include "appsettings.h"
#include "clock.h"
#include "deckstore.h"
#include "factdetailview.h"
#include "factfilterproxymodel.h"
#include "factstablemodel.h"
#include "masterymap.h"
#include "progress.h"
#include "registrypanel.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

TablePage::TablePage(DeckStore *store, AppSettings *settings, const QString &language, FactsSource facts,
                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_factsSource(std::move(facts))
    , m_settings(settings)
    , m_language(language)
    , m_model(new FactsTableModel(this))
    , m_proxy(new FactFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter: 22, tcp/22, ssh, udp, mail…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Type a port (22, tcp/22, 53/udp), a name (ssh) or a topic "
                                "(mail, file, time). All words must match."));
    m_filterEdit->addAction(QIcon::fromTheme(QStringLiteral("edit-find"),
                                             QIcon(QStringLiteral(":/icons/search.svg"))),
                            QLineEdit::LeadingPosition);

    auto makeToggle = [this](const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, &TablePage::applyFilter);
        return button;
    };
    m_tcp = makeToggle(tr("TCP"), tr("Only entries that use TCP"));
    m_udp = makeToggle(tr("UDP"), tr("Only entries that use UDP"));
    m_secure = makeToggle(tr("Secure"), tr("Only secure protocols"));
    m_objective = makeToggle(tr("N10-009"), tr("Only items of exam objective 1.4"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    // My deck, or every registered port: a segmented pair beside the filter.
    m_deckButton = new QToolButton(this);
    m_deckButton->setObjectName(QStringLiteral("deckModeButton"));
    m_deckButton->setText(tr("My Deck"));
    m_deckButton->setToolTip(tr("The entries of your deck"));
    m_lookupButton = new QToolButton(this);
    m_lookupButton->setObjectName(QStringLiteral("lookupModeButton"));
    m_lookupButton->setText(tr("All Registered Ports"));
    m_lookupButton->setToolTip(tr("Look up any port in the registry (IANA's or /etc/services), studied or not"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_deckButton, m_lookupButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(b);
    }
    m_deckButton->setChecked(true);
    connect(m_lookupButton, &QToolButton::toggled, this, &TablePage::setLookupMode);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_filterEdit, 1);
    bar->addSpacing(6);
    bar->addWidget(m_deckButton);
    bar->addWidget(m_lookupButton);
    bar->addSpacing(10);
    for (QToolButton *b : {m_tcp, m_udp, m_secure, m_objective})
        bar->addWidget(b);
    bar->addSpacing(10);
    bar->addWidget(m_countLabel);
    bar->addSpacing(10);
    m_mapButton = new QToolButton(this);
    m_mapButton->setObjectName(QStringLiteral("mapButton"));
    m_mapButton->setText(tr("Mastery Map"));
    m_mapButton->setToolTip(tr("Show the entries as tiles coloured by how well you recall their cards now"));
    m_mapButton->setCheckable(true);
    bar->addWidget(m_mapButton);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("factsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // deck order until the learner sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->setObjectName(QStringLiteral("tableStack"));
    m_tableStack->addWidget(m_view);
    m_tableStack->addWidget(m_emptyLabel);
    m_map = new MasteryMap;
    m_mapArea = new QScrollArea(this);
    m_mapArea->setWidget(m_map);
    m_mapArea->setWidgetResizable(true);
    m_mapArea->setFrameShape(QFrame::NoFrame);
    m_tableStack->addWidget(m_mapArea);
    connect(m_map, &MasteryMap::factActivated, this, &TablePage::noteRequested);
    connect(m_mapButton, &QToolButton::toggled, this, &TablePage::setMapShown);

    m_detail = new FactDetailView(this);
    m_detail->setObjectName(QStringLiteral("factDetail"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({900, 360});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(10);
    m_registry = new RegistryPanel(store, this);
    m_registry->setObjectName(QStringLiteral("registryPanel"));
    m_modeStack = new QStackedWidget(this);
    m_modeStack->addWidget(m_splitter);
    m_modeStack->addWidget(m_registry);
    connect(m_registry, &RegistryPanel::makeEntryRequested, this, &TablePage::makeEntryRequested);
    connect(m_registry, &RegistryPanel::importRequested, this, &TablePage::registryImportRequested);
    connect(m_registry, &RegistryPanel::showInDeckRequested, this, [this](const QString &key) {
        setLookupMode(false);
        selectFact(key);
        m_view->setFocus();
    });

    layout->addLayout(bar);
    layout->addWidget(m_modeStack, 1);

    // Typing picks the best match; the quick filters keep the selection where they can.
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] {
        if (isLookupMode()) {
            applyRegistryFilter();
            return;
        }
        applyFilter();
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TablePage::showCurrent);
    connect(m_detail, &FactDetailView::factLinkActivated, this, &TablePage::selectFact);
    connect(m_detail, &FactDetailView::noteLinkActivated, this, &TablePage::noteRequested);
    connect(m_detail, &FactDetailView::cardInfoRequested, this, &TablePage::cardInfoRequested);
    connect(m_detail, &FactDetailView::editRequested, this, &TablePage::editEntryRequested);
    auto *clear = new QAction(this);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clear);
    // Down from the filter moves into the table, as in a search field of a file manager.
    auto *down = new QAction(this);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, [this] {
        if (isLookupMode()) {
            m_registry->tableView()->setFocus();
            return;
        }
        if (isMapShown()) {
            m_map->setFocus();
            return;
        }
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    });
    m_filterEdit->addAction(down);

    if (m_settings && m_settings->tableShowsMap()) {
        const QSignalBlocker blocker(m_mapButton);
        m_mapButton->setChecked(true);
    }
    reload();
    const bool restored = m_settings && header->restoreState(m_settings->tableHeaderState());
    if (!restored) {
        // Short columns fit their contents; the full name gets a fair share; Function stretches.
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const std::pair<int, int> caps[] = {{FactsTableModel::Protocol, 10 * em},
                                            {FactsTableModel::Ports, 8 * em},
                                            {FactsTableModel::TransportColumn, 6 * em},
                                            {FactsTableModel::Secure, 9 * em},
                                            {FactsTableModel::Exam, 4 * em}};
        for (const auto &[column, cap] : caps) {
            m_view->resizeColumnToContents(column);
            // Never narrower than the header's own label, never wider than the cap beyond it.
            const int label = header->sectionSizeHint(column);
            header->resizeSection(column, std::clamp(header->sectionSize(column), label,
                                                     std::max(cap, label)));
        }
        header->resizeSection(FactsTableModel::FullName, 15 * em);
    }
    if (m_settings)
        m_splitter->restoreState(m_settings->tableSplitterState());
    const QString remembered = m_settings ? m_settings->tableCurrentFact() : QString();
    if (remembered.isEmpty() || !selectFact(remembered)) {
        if (m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    }
}

void TablePage::collectionChanged()
{
    if (isVisible())
        reload();
    else
        m_outdated = true;
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outdated)
        reload();
}

void TablePage::reload()
{
    m_outdated = false;
    const QString current = currentFactKey();
    m_detail->showNothing({}); // facts may have changed: render afresh
    m_model->setFacts(m_factsSource ? m_factsSource() : m_store->facts(m_language));
    applyFilter();
    if (!current.isEmpty())
        selectFact(current);
    // The registry searches again when it is looked at: an import of it announces a change too.
    m_registryOutdated = true;
    if (isLookupMode())
        applyRegistryFilter();
}

bool TablePage::isLookupMode() const
{
    return m_lookupButton->isChecked();
}

void TablePage::setLookupMode(bool lookup)
{
    if (m_lookupButton->isChecked() != lookup) {
        (lookup ? m_lookupButton : m_deckButton)->setChecked(true); // back here through toggled()
        return;
    }
    m_modeStack->setCurrentWidget(lookup ? static_cast<QWidget *>(m_registry) : m_splitter);
    // The deck's quick filters and its map say nothing about the registry; TCP and UDP do.
    for (QWidget *w : {static_cast<QWidget *>(m_secure), static_cast<QWidget *>(m_objective),
                       static_cast<QWidget *>(m_mapButton), static_cast<QWidget *>(m_countLabel)})
        w->setVisible(!lookup);
    m_filterEdit->setPlaceholderText(lookup ? tr("Look up: 8080, tcp/5432, backup, game…")
                                            : tr("Filter: 22, tcp/22, ssh, udp, mail…"));
    if (lookup)
        applyRegistryFilter();
    else
        applyFilter();
}

void TablePage::applyRegistryFilter()
{
    const bool tcp = m_tcp->isChecked();
    const bool udp = m_udp->isChecked();
    const QString transport = tcp == udp ? QString() : tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
    if (m_registryOutdated) {
        m_registryOutdated = false;
        m_registry->reload(m_model->facts()); // searches with the filter it has
    }
    m_registry->setFilter(m_filterEdit->text(), transport);
}

void TablePage::applyFilter()
{
    if (isLookupMode()) {
        applyRegistryFilter(); // the TCP and UDP toggles
        return;
    }
    FactFilter filter(m_filterEdit->text());
    filter.tcpOnly = m_tcp->isChecked();
    filter.udpOnly = m_udp->isChecked();
    filter.secureOnly = m_secure->isChecked();
    filter.objectiveOnly = m_objective->isChecked();
    m_proxy->setFactFilter(filter);

    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n entry(s)", nullptr, total)
                                         : tr("%1 of %n entry(s)", nullptr, total).arg(shown));
    if (shown == 0) {
        m_emptyLabel->setText(tr("Nothing matches this filter.\nTry a port number such as 443, a "
                                 "name such as DNS, or a topic such as mail."));
        m_tableStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_tableStack->setCurrentWidget(isMapShown() ? static_cast<QWidget *>(m_mapArea) : m_view);
        if (!m_view->currentIndex().isValid())
            m_view->selectRow(0);
    }
    if (isMapShown())
        updateMap();
    showCurrent();
}

void TablePage::setClock(const Clock *clock)
{
    m_clock = clock;
    if (isMapShown())
        updateMap();
}

bool TablePage::isMapShown() const
{
    return m_mapButton->isChecked();
}

void TablePage::setMapShown(bool shown)
{
    if (m_mapButton->isChecked() != shown) {
        m_mapButton->setChecked(shown); // comes back here through toggled()
        return;
    }
    if (m_settings)
        m_settings->setTableShowsMap(shown);
    applyFilter();
}

void TablePage::updateMap()
{
    // The entries the filter lets through, in the table's order, coloured by recall now.
    QList<Fact> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->fact(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    m_map->setData(shown, ProgressStats::forLearner(m_store).factRecall(now));
}

bool TablePage::selectFact(const QString &key)
{
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // The filter hides it: show everything, then select it.
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->clear();
        for (QToolButton *b : {m_tcp, m_udp, m_secure, m_objective}) {
            const QSignalBlocker buttonBlocker(b);
            b->setChecked(false);
        }
        applyFilter();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString TablePage::currentFactKey() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(FactsTableModel::FactKeyRole).toString() : QString();
}

void TablePage::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        if (!m_detail->currentKey().isEmpty() || m_proxy->rowCount() == 0) {
            m_detail->showNothing(tr("Select an entry to see its ports, its secure alternative "
                                     "and your cards."));
            emit currentFactChanged({});
        }
        return;
    }
    const Fact &fact = m_model->fact(m_proxy->mapToSource(index).row());
    if (fact.key == m_detail->currentKey())
        return;
    m_detail->showFact(fact, m_model->facts(), m_store->cardsOfFact(fact.id, m_language));
    emit currentFactChanged(fact.key);
}

void TablePage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void TablePage::saveState()
{
    if (!m_settings)
        return;
    m_settings->setTableHeaderState(m_view->horizontalHeader()->saveState());
    m_settings->setTableSplitterState(m_splitter->saveState());
    m_settings->setTableCurrentFact(currentFactKey());
}
