#include "importdialog.h"

#include "importstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const QString &path, const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_bytes(bytes)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("As the file says"), QString());
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Pipe"), QStringLiteral("|"));
    m_separator->addItem(tr("Colon"), QStringLiteral(":"));
    form->addRow(tr("&Fields separated by:"), m_separator);
    m_headerRow = new QCheckBox(tr("The first row &names the columns"), this);
    form->addRow(QString(), m_headerRow);
    layout->addLayout(form);

    auto *columnsLabel = new QLabel(tr("What each column holds:"), this);
    layout->addWidget(columnsLabel);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setMinimumHeight(260);
    layout->addWidget(m_preview, 1);

    auto *duplicates = new QHBoxLayout;
    duplicates->addWidget(new QLabel(tr("Cards and entries you have already:"), this));
    m_duplicates = new QButtonGroup(this);
    const QList<std::pair<DuplicatePolicy, QString>> policies{
        {DuplicatePolicy::Skip, tr("&Skip them")},
        {DuplicatePolicy::Update, tr("&Update their text")},
        {DuplicatePolicy::KeepBoth, tr("&Keep both")},
    };
    for (const auto &[policy, label] : policies) {
        auto *button = new QRadioButton(label, this);
        m_duplicates->addButton(button, int(policy));
        duplicates->addWidget(button);
    }
    m_duplicates->button(int(DuplicatePolicy::Skip))->setChecked(true);
    duplicates->addStretch();
    layout->addLayout(duplicates);

    auto *tagsForm = new QFormLayout;
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Words separated by spaces"));
    tagsForm->addRow(tr("&Tags for every card:"), m_tags);
    layout->addLayout(tagsForm);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_headerRow, &QCheckBox::toggled, this, [this] {
        rebuildPreview();
        updateSummary();
    });
    resize(760, 520);
    reread();
}

void ImportDialog::reread()
{
    const QString sep = m_separator->currentData().toString();
    m_text = DelimitedTextReader::read(m_bytes, &m_error, sep.isEmpty() ? QChar() : sep.at(0));
    if (m_text) {
        const ImportMapping guessed = ImportMapping::guess(*m_text);
        for (QComboBox *box : std::as_const(m_columns))
            box->deleteLater();
        m_columns.clear();
        for (int i = 0; i < m_text->columnCount(); ++i) {
            auto *box = new QComboBox(m_preview);
            for (ImportField field : ImportMapping::allFields())
                box->addItem(ImportMapping::fieldTitle(field), int(field));
            box->setCurrentIndex(box->findData(int(guessed.field(i))));
            box->setAccessibleName(tr("Column %1").arg(i + 1));
            connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::updateSummary);
            m_columns.append(box);
        }
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setChecked(guessed.headerRow);
        if (!m_text->tags.isEmpty() && m_tags->text().isEmpty())
            m_tags->setText(m_text->tags.join(QLatin1Char(' ')));
    }
    rebuildPreview();
    updateSummary();
}

void ImportDialog::rebuildPreview()
{
    m_preview->clear();
    if (!m_text) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const int columns = m_text->columnCount();
    const int skip = m_headerRow->isChecked() ? 1 : 0;
    const int rows = int(std::min<qsizetype>(kPreviewRows, std::max<qsizetype>(0, m_text->rows.size() - skip)));
    // Row 0 holds the column choices; the file's rows follow.
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows + 1);
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        const QString name = c < m_text->columnNames.size() ? m_text->columnNames.at(c)
                             : skip && c < m_text->rows.constFirst().fields.size()
                                 ? m_text->rows.constFirst().fields.at(c)
                                 : tr("Column %1").arg(c + 1);
        headers.append(name);
        m_preview->setCellWidget(0, c, m_columns.at(c));
    }
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        const TextRow &row = m_text->rows.at(r + skip);
        for (int c = 0; c < columns; ++c) {
            QString text = c < row.fields.size() ? row.fields.at(c) : QString();
            text.replace(QLatin1Char('\n'), QChar(0x21b5));
            auto *item = new QTableWidgetItem(text.left(200));
            item->setToolTip(tr("Line %1").arg(row.line));
            m_preview->setItem(r + 1, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, std::clamp(m_preview->columnWidth(c), 160, 320));
    m_preview->resizeRowToContents(0);
}

ImportMapping ImportDialog::mapping() const
{
    ImportMapping m;
    for (const QComboBox *box : m_columns)
        m.columns.append(ImportField(box->currentData().toInt()));
    m.headerRow = m_headerRow->isChecked();
    m.duplicates = DuplicatePolicy(m_duplicates->checkedId());
    return m;
}

void ImportDialog::updateSummary()
{
    QPushButton *import = m_import;
    if (!m_text) {
        m_summary->setText(m_error);
        import->setEnabled(false);
        return;
    }
    const ImportMapping m = mapping();
    const QString problem = m.problem();
    const qsizetype rows = m_text->rows.size() - (m.headerRow ? 1 : 0);
    QString text = problem;
    if (problem.isEmpty()) {
        text = m.asEntries() ? tr("%n row(s) will become your own entries, with their cards.", nullptr, int(rows))
                             : tr("%n row(s) will become your own cards.", nullptr, int(rows));
        if (!m_text->problems.isEmpty())
            text += QLatin1Char(' ') + tr("%n row(s) cannot be read and will be left out; the report after the "
                                          "import names their lines.",
                                          nullptr, int(m_text->problems.size()));
        text += QLatin1Char(' ') + tr("Your collection is backed up first.");
    }
    m_summary->setText(text);
    import->setEnabled(problem.isEmpty() && rows > 0);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.path = m_path;
    r.mapping = mapping();
    r.guessMapping = false;
    r.duplicates = r.mapping.duplicates;
    r.headerRow = r.mapping.headerRow;
    const QString sep = m_separator->currentData().toString();
    r.separator = sep.isEmpty() ? QChar() : sep.at(0);
    for (const QString &word : m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString tag = ImportStore::portdeckTag(word);
        if (!tag.isEmpty())
            r.tags.append(tag);
    }
    return r;
}
