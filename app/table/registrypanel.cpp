#include "registrypanel.h"

#include "deckstore.h"
#include "registrystore.h"
#include "registrytablemodel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

RegistryPanel::RegistryPanel(DeckStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new RegistryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RegistryTableModel::SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registryView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // by port, as the store gives them
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(RegistryTableModel::Port, 7 * em);
    header->resizeSection(RegistryTableModel::TransportColumn, 7 * em);
    header->resizeSection(RegistryTableModel::Service, 12 * em);
    header->resizeSection(RegistryTableModel::Description, 28 * em);
    header->setStretchLastSection(true);

    // Without a registry: what it is and how to load one.
    m_emptyPage = new QWidget(this);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("registryEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_importButton = new QPushButton(tr("Import This Computer's /etc/services"), m_emptyPage);
    m_importButton->setObjectName(QStringLiteral("importServicesButton"));
    connect(m_importButton, &QPushButton::clicked, this, [this] { emit importRequested(servicesFilePath()); });
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_importButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("registryCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_entryButton = new QPushButton(tr("Make My Entry"), this);
    m_entryButton->setObjectName(QStringLiteral("makeEntryButton"));
    connect(m_entryButton, &QPushButton::clicked, this, &RegistryPanel::activateCurrent);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_countLabel, 1);
    bar->addWidget(m_entryButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);

    connect(m_view, &QTableView::doubleClicked, this, &RegistryPanel::activateCurrent);
    auto *enter = new QAction(this);
    enter->setShortcuts({Qt::Key_Return, Qt::Key_Enter});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, &RegistryPanel::activateCurrent);
    m_view->addAction(enter);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_entryButton->text(), this, &RegistryPanel::activateCurrent);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryPanel::updateButton);
    updateButton();
}

QString RegistryPanel::servicesFilePath()
{
    return QStringLiteral("/etc/services");
}

void RegistryPanel::setFilter(const QString &text, const QString &transport)
{
    if (!m_dirty && text == m_text && transport == m_transport)
        return;
    m_dirty = false;
    m_text = text;
    m_transport = transport;
    search();
}

void RegistryPanel::reload(const QList<Fact> &facts)
{
    m_model->setFacts(facts);
    m_dirty = true;
}

void RegistryPanel::search()
{
    RegistryStore registry(*m_store);
    const int total = registry.count();
    RegistryQuery query = RegistryQuery::parse(m_text);
    if (!m_transport.isEmpty())
        query.transport = m_transport;
    query.limit = kMaxRows;
    m_model->setServices(total > 0 ? registry.search(query) : QList<RegistryService>());
    const int shown = m_model->rowCount();
    if (total == 0) {
        m_emptyLabel->setText(tr("No registry loaded.\nImport IANA's service-names CSV (File → Import…) or "
                                 "this computer's /etc/services."));
        m_importButton->setVisible(QFileInfo::exists(servicesFilePath()));
        m_stack->setCurrentWidget(m_emptyPage);
        m_countLabel->clear();
    } else if (shown == 0) {
        m_emptyLabel->setText(tr("No registered service matches this filter.\nTry a port number such as 8080 "
                                 "or a word such as backup."));
        m_importButton->hide();
        m_stack->setCurrentWidget(m_emptyPage);
        m_countLabel->setText(tr("0 of %Ln registered service(s)", nullptr, total));
    } else {
        m_stack->setCurrentWidget(m_view);
        const std::optional<RegistrySource> source = registry.source();
        const QString from = source == RegistrySource::Iana ? tr("IANA's registry") : tr("the services file");
        m_countLabel->setText(shown == total ? tr("%Ln registered service(s), from %1", nullptr, total).arg(from)
                                             : tr("%1 of %Ln registered service(s), from %2", nullptr, total)
                                                   .arg(QLocale().toString(shown))
                                                   .arg(from));
        m_view->selectRow(0);
    }
    updateButton();
}

int RegistryPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_stack->currentWidget() != m_view)
        return -1;
    return m_proxy->mapToSource(index).row();
}

const RegistryService *RegistryPanel::currentService() const
{
    const int row = currentRow();
    return row < 0 ? nullptr : &m_model->service(row);
}

void RegistryPanel::updateButton()
{
    const int row = currentRow();
    m_entryButton->setEnabled(row >= 0);
    const bool studied = row >= 0 && !m_model->studiedKey(row).isEmpty();
    m_entryButton->setText(studied ? tr("Show in Deck") : tr("Make My Entry"));
    m_entryButton->setToolTip(studied ? tr("An entry of your deck studies this port: show it")
                                      : tr("Make this service one of your own entries, with cards to study"));
}

void RegistryPanel::activateCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString key = m_model->studiedKey(row);
    if (!key.isEmpty())
        emit showInDeckRequested(key);
    else
        emit makeEntryRequested(m_model->service(row));
}
