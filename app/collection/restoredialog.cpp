#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

QString RestoreDialog::describe(const BackupInfo &backup)
{
    const QLocale locale;
    const QDateTime local = backup.time.toLocalTime();
    const QString when = locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
                         + locale.toString(local.time(), QLocale::ShortFormat);
    switch (backup.reason) {
    case BackupReason::BeforeImport: return tr("%1, before an import").arg(when);
    case BackupReason::BeforeRestore: return tr("%1, before a restore").arg(when);
    case BackupReason::BeforeUpgrade: return tr("%1, before an upgrade").arg(when);
    case BackupReason::BeforeSync: return tr("%1, before the first sync with another computer").arg(when);
    case BackupReason::Scheduled: break;
    }
    return when;
}

RestoreDialog::RestoreDialog(const QString &dataDir, const BackupSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto *layout = new QVBoxLayout(this);
    const BackupStore store(dataDir);
    m_backups = store.backups(false);

    auto *intro = new QLabel(m_backups.isEmpty()
                                 ? tr("There are no backups yet. Portdeck makes one when it closes, every "
                                      "so often while you study, and before every import and restore.")
                                 : tr("Choose the collection to go back to. Your current collection is backed "
                                      "up first, so a restore can be taken back the same way."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("Reviews")});
    const QLocale locale;
    for (const BackupInfo &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, describe(backup));
        item->setText(1, locale.formattedDataSize(backup.bytes));
        item->setText(2, QStringLiteral("…"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *where = new QLabel(tr("Backups are kept in <a href=\"%1\">%2</a>.")
                                 .arg(QUrl::fromLocalFile(store.folder()).toString().toHtmlEscaped(),
                                      QDir::toNativeSeparators(store.folder()).toHtmlEscaped()),
                             this);
    where->setTextFormat(Qt::RichText);
    where->setOpenExternalLinks(true);
    where->setWordWrap(true);
    layout->addWidget(where);

    auto *group = new QGroupBox(tr("Automatic backups"), this);
    auto *form = new QFormLayout(group);
    auto spin = [group](const char *name, int low, int high, int value, const QString &suffix) {
        auto *box = new QSpinBox(group);
        box->setObjectName(QLatin1String(name));
        box->setRange(low, high);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_interval = spin("intervalMinutes", 0, 24 * 60, settings.intervalMinutes, tr(" min"));
    m_interval->setSpecialValueText(tr("Only on close"));
    m_interval->setToolTip(tr("While Portdeck is open and your collection changed; 0: only when Portdeck closes"));
    form->addRow(tr("Back up every:"), m_interval);
    m_days = spin("days", 1, 366, settings.days, {});
    form->addRow(tr("Daily backups to keep:"), m_days);
    m_weeks = spin("weeks", 0, 520, settings.weeks, {});
    form->addRow(tr("Weekly backups to keep:"), m_weeks);
    m_months = spin("months", 0, 240, settings.months, {});
    form->addRow(tr("Monthly backups to keep:"), m_months);
    layout->addWidget(group);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        m_restore->setEnabled(item && item->isSelected() && !item->isDisabled());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && !item->isDisabled())
            accept();
    });
    layout->addWidget(buttons);
    resize(620, 480);
    countReviews();
}

RestoreDialog::~RestoreDialog()
{
    if (m_counter) {
        m_stop = true;
        m_counter->wait();
        delete m_counter;
    }
}

void RestoreDialog::countReviews()
{
    QStringList paths;
    for (const BackupInfo &backup : std::as_const(m_backups))
        paths.append(backup.path);
    if (paths.isEmpty())
        return;
    // Plain SQLite handles, opened and closed on the thread; results come back queued, and
    // are dropped with the dialog if it closes first.
    m_counter = QThread::create([this, paths] {
        for (int row = 0; row < paths.size() && !m_stop; ++row) {
            const int reviews = BackupStore::reviewsIn(paths.at(row));
            QMetaObject::invokeMethod(this, [this, row, reviews] { showReviews(row, reviews); }, Qt::QueuedConnection);
        }
    });
    m_counter->start();
}

void RestoreDialog::showReviews(int row, int reviews)
{
    m_backups[row].reviews = reviews;
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    item->setText(2, reviews < 0 ? tr("unreadable") : QLocale().toString(reviews));
    if (reviews < 0) {
        item->setDisabled(true);
        if (item == m_list->currentItem())
            m_restore->setEnabled(false);
    }
}

BackupInfo RestoreDialog::chosen() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_backups.size())
        return {};
    BackupInfo info = m_backups.at(row);
    if (info.reviews == BackupInfo::kNotCounted) // chosen before its count arrived
        info.reviews = BackupStore::reviewsIn(info.path);
    return info;
}

BackupSettings RestoreDialog::settings() const
{
    BackupSettings settings;
    settings.intervalMinutes = m_interval->value();
    settings.days = m_days->value();
    settings.weeks = m_weeks->value();
    settings.months = m_months->value();
    return settings;
}
