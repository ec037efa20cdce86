#pragma once

#include <QDialog>

class DeckStore;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
struct ExportChoice;

/**
 * File → Export…: the learner's cards as CSV or TSV in Anki's plain-text format or as an Anki
 * package (all, those a Browse search matches, or Browse's selection), the entries, or the
 * review log as fsrs-rs reads it. The file is
 * written whole or not at all.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Format { CardsCsv, CardsTsv, AnkiPackage, Entries, ReviewLog };

    ExportDialog(DeckStore *store, const QString &language, QWidget *parent = nullptr);

    QButtonGroup *formats() const { return m_formats; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *schedulingBox() const { return m_scheduling; }

    /** Offers (and chooses) the cards selected in Browse as what to export. */
    void setSelection(const QList<qint64> &cardIds);
    QRadioButton *selectionButton() const { return m_selected; }

    /**
     * Exports to @p path on a worker thread with a connection of its own, behind a busy
     * dialog; accepts the dialog when done, else shows why below the choices.
     */
    void exportInBackground(const QString &path);
    /** Writes the export to @p path here; false with @p error, and no file, when it cannot. */
    bool exportTo(const QString &path, QString *error) const;

private:
    /** Asks for the file, then exports on a worker thread with a connection of its own. */
    void exportChosen();
    ExportChoice choice() const;
    QString suggestedName() const;

    DeckStore *m_store;
    QString m_language;
    QButtonGroup *m_formats = nullptr;
    QRadioButton *m_allCards = nullptr;
    QRadioButton *m_selected = nullptr;
    QList<qint64> m_selectedIds;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_scheduling = nullptr;
    QLabel *m_message = nullptr;
};
