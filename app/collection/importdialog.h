#pragma once

#include "delimitedtext.h"
#include "importjob.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/**
 * Before a CSV or TSV file is imported: the first rows as they will be read, what each column
 * holds (guessed from Anki's header lines or a row of column names, changed with a list above
 * each column), the separator, what to do with duplicates, and tags for every card. Import
 * stays disabled until the mapping can make cards or entries, and says why.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 8;

    ImportDialog(const QString &path, const QByteArray &bytes, QWidget *parent = nullptr);

    /** False when the file could not be read at all; errorString() says why. */
    bool isReadable() const { return m_text.has_value(); }
    QString errorString() const { return m_error; }

    /** The import as chosen. */
    ImportRequest request() const;

    QTableWidget *preview() const { return m_preview; }
    QComboBox *separatorBox() const { return m_separator; }
    QList<QComboBox *> columnBoxes() const { return m_columns; }
    QCheckBox *headerRowBox() const { return m_headerRow; }
    QButtonGroup *duplicatesGroup() const { return m_duplicates; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

private:
    void reread();
    void rebuildPreview();
    void updateSummary();
    ImportMapping mapping() const;

    QString m_path;
    QByteArray m_bytes;
    std::optional<DelimitedText> m_text;
    QString m_error;
    QComboBox *m_separator = nullptr;
    QCheckBox *m_headerRow = nullptr;
    QTableWidget *m_preview = nullptr;
    QList<QComboBox *> m_columns;
    QButtonGroup *m_duplicates = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};
