#include "syncdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

SyncDialog::SyncDialog(const SyncSettings &settings, qint64 lastSyncMs, const QList<SyncPeer> &peers, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sync Settings"));
    setObjectName(QStringLiteral("syncDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Study on every computer you own. Choose a folder that a file-sync program such as "
                                "Syncthing, Nextcloud or Dropbox keeps the same on each of them. Portdeck writes its "
                                "changes there and reads the other computers' changes; it needs no account and "
                                "sends nothing over the network itself."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(settings.folder), this);
    m_folder->setObjectName(QStringLiteral("syncFolder"));
    m_folder->setPlaceholderText(tr("No folder: sync is off"));
    m_folder->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseSyncFolder"));
    connect(choose, &QPushButton::clicked, this, &SyncDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *folderLabel = new QLabel(tr("Shared &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_name = new QLineEdit(settings.computerName, this);
    m_name->setObjectName(QStringLiteral("computerName"));
    m_name->setMaxLength(64);
    m_name->setToolTip(tr("How your other computers list this one, for example “Laptop” or “Desk at home”."));
    form->addRow(tr("This computer's &name:"), m_name);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 240);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only on start, on close and by hand"));
    m_interval->setValue(settings.intervalMinutes);
    form->addRow(tr("Sync &every:"), m_interval);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *group = new QGroupBox(tr("Last synced: %1").arg(describeTime(lastSyncMs)), this);
    group->setObjectName(QStringLiteral("syncStatus"));
    auto *groupLayout = new QVBoxLayout(group);
    m_computers = new QTreeWidget(group);
    m_computers->setObjectName(QStringLiteral("syncComputers"));
    m_computers->setRootIsDecorated(false);
    m_computers->setHeaderLabels({tr("Computer"), tr("Changes last merged")});
    m_computers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_computers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const SyncPeer &peer : peers) {
        auto *item = new QTreeWidgetItem(m_computers, {peer.name.isEmpty() ? tr("Unnamed computer") : peer.name,
                                                       describeTime(peer.lastMergeMs)});
        item->setToolTip(0, tr("Collection %1").arg(peer.collectionId));
    }
    if (peers.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_computers, {tr("No other computer yet")});
        none->setFlags(Qt::NoItemFlags);
    }
    m_computers->setMinimumHeight(100);
    groupLayout->addWidget(m_computers);
    layout->addWidget(group, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_folder, &QLineEdit::textChanged, this, &SyncDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &SyncDialog::updateButtons);
    updateButtons();
    resize(560, 420);
}

QString SyncDialog::describeTime(qint64 ms)
{
    if (ms <= 0)
        return tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

SyncSettings SyncDialog::settings() const
{
    SyncSettings s;
    const QString folder = m_folder->text().trimmed();
    s.folder = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    s.computerName = m_name->text().trimmed();
    s.intervalMinutes = m_interval->value();
    return s;
}

void SyncDialog::chooseFolder()
{
    const QString start = m_folder->text().trimmed().isEmpty() ? QDir::homePath() : m_folder->text().trimmed();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the Shared Folder"), start);
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void SyncDialog::updateButtons()
{
    const SyncSettings s = settings();
    QString problem;
    if (s.isOn() && !QFileInfo(s.folder).isDir())
        problem = tr("The folder does not exist. Choose the folder your sync program keeps in step.");
    else if (s.isOn() && !QFileInfo(s.folder).isWritable())
        problem = tr("The folder cannot be written. Choose one that is yours.");
    else if (s.isOn() && s.computerName.isEmpty())
        problem = tr("Give this computer a name, so that your other computers can tell it apart.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
