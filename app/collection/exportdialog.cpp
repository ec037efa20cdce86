#include "exportdialog.h"

#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"
#include "exporter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportDialog::ExportDialog(DeckStore *store, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_language(language)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);

    auto *formatBox = new QGroupBox(tr("What to export"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    m_formats = new QButtonGroup(this);
    const QList<std::pair<Format, QString>> formats{
        {CardsCsv, tr("Cards as CSV (Anki imports it)")},
        {CardsTsv, tr("Cards as TSV, separated by tabs (Anki imports it)")},
        {AnkiPackage, tr("Anki package (.apkg), for Anki and AnkiDroid")},
        {Entries, tr("Entries as CSV: name, ports, transport, security, function")},
        {ReviewLog, tr("Review log as CSV, for FSRS tools such as fsrs-rs")},
    };
    for (const auto &[format, label] : formats) {
        auto *button = new QRadioButton(label, formatBox);
        m_formats->addButton(button, format);
        formatLayout->addWidget(button);
    }
    m_scheduling = new QCheckBox(tr("With each card's schedule and review history"), formatBox);
    m_scheduling->setEnabled(false);
    formatLayout->addWidget(m_scheduling);
    connect(m_formats, &QButtonGroup::idToggled, m_scheduling, [this] {
        m_scheduling->setEnabled(m_formats->checkedId() == AnkiPackage);
    });
    m_formats->button(CardsCsv)->setChecked(true);
    layout->addWidget(formatBox);

    auto *scopeBox = new QGroupBox(tr("Which cards"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_allCards = new QRadioButton(tr("&All cards"), scopeBox);
    auto *matching = new QRadioButton(tr("Cards &matching a search, as in Browse:"), scopeBox);
    m_search = new QLineEdit(scopeBox);
    m_search->setPlaceholderText(tr("for example is:own or tag:mail"));
    m_selected = new QRadioButton(scopeBox);
    m_selected->setVisible(false);
    m_allCards->setChecked(true);
    scopeLayout->addWidget(m_selected);
    scopeLayout->addWidget(m_allCards);
    scopeLayout->addWidget(matching);
    scopeLayout->addWidget(m_search);
    layout->addWidget(scopeBox);
    connect(m_search, &QLineEdit::textEdited, matching, [matching] { matching->setChecked(true); });
    connect(m_formats, &QButtonGroup::idToggled, scopeBox, [this, scopeBox] {
        scopeBox->setEnabled(m_formats->checkedId() != Entries);
    });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ExportDialog::setSelection(const QList<qint64> &cardIds)
{
    m_selectedIds = cardIds;
    m_selected->setText(tr("The %n card(s) &selected in Browse", nullptr, int(cardIds.size())));
    m_selected->setVisible(!cardIds.isEmpty());
    m_selected->setChecked(!cardIds.isEmpty());
    if (cardIds.isEmpty())
        m_allCards->setChecked(true);
}

QString ExportDialog::suggestedName() const
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    switch (m_formats->checkedId()) {
    case CardsTsv: return QStringLiteral("portdeck-cards-%1.tsv").arg(date);
    case AnkiPackage: return QStringLiteral("portdeck-%1.apkg").arg(date);
    case Entries: return QStringLiteral("portdeck-entries-%1.csv").arg(date);
    case ReviewLog: return QStringLiteral("portdeck-revlog-%1.csv").arg(date);
    default: return QStringLiteral("portdeck-cards-%1.csv").arg(date);
    }
}

// What the dialog asks for, as values: the export runs on a thread of its own.
struct ExportChoice
{
    int format = ExportDialog::CardsCsv;
    bool allCards = true;
    bool selection = false;
    QList<qint64> selectedIds;
    QString search;
    bool scheduling = false;
    QString language;
};

namespace {

bool runExport(const DeckStore &store, const ExportChoice &c, const QString &path, QString *error)
{
    const Exporter exporter(store, c.language);
    if (c.format == ExportDialog::Entries)
        return Exporter::writeFile(path, exporter.entriesAsText(QLatin1Char(',')), error);
    std::optional<QList<qint64>> ids;
    const bool all = c.allCards || (!c.selection && c.search.trimmed().isEmpty());
    if (c.selection && !c.selectedIds.isEmpty()) {
        ids = c.selectedIds;
    } else if (!all || c.format != ExportDialog::ReviewLog) {
        CardQueryContext context = CardQueryContext::forLearner(store, QDateTime::currentMSecsSinceEpoch());
        context.lang = c.language;
        const CardQuery query = CardQuery::parse(all ? QString() : c.search, context);
        if (!query.isValid()) {
            *error = query.errorString();
            return false;
        }
        ids = CardList(store).find(query, BrowseColumn::Entry, Qt::AscendingOrder, error);
        if (!ids)
            return false;
    }
    if (c.format == ExportDialog::AnkiPackage)
        return exporter.writeAnkiPackage(*ids, c.scheduling, path, error);
    const std::optional<QByteArray> bytes
        = c.format == ExportDialog::ReviewLog
              ? exporter.revlogCsv(ids, error)
              : exporter.cardsAsText(*ids, c.format == ExportDialog::CardsTsv ? QLatin1Char('\t') : QLatin1Char(','), error);
    return bytes && Exporter::writeFile(path, *bytes, error);
}

} // namespace

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.format = m_formats->checkedId();
    c.allCards = m_allCards->isChecked();
    c.selection = m_selected->isChecked();
    c.selectedIds = m_selectedIds;
    c.search = m_search->text();
    c.scheduling = m_scheduling->isChecked();
    c.language = m_language;
    return c;
}

void ExportDialog::exportChosen()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName()));
    if (!path.isEmpty())
        exportInBackground(path);
}

void ExportDialog::exportInBackground(const QString &path)
{
    // A large export (a package with its history) takes seconds: it reads through a connection
    // of its own on a worker thread while the window stays drawn behind a busy dialog.
    const ExportChoice c = choice();
    const QString dataDir = QFileInfo(m_store->filePath()).absolutePath();
    bool ok = false;
    QString error;
    QThread *worker = QThread::create([&ok, &error, c, dataDir, path] {
        DeckStore store;
        if (store.open(dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok) {
            error = store.errorString();
            return;
        }
        ok = runExport(store, c, path, &error);
    });
    QProgressDialog busy(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, this);
    busy.setCancelButton(nullptr);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(500);
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    if (!ok) {
        m_message->setText(error);
        return;
    }
    accept();
}

bool ExportDialog::exportTo(const QString &path, QString *error) const
{
    return runExport(*m_store, choice(), path, error);
}
