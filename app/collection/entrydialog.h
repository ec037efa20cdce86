#pragma once

#include "deck.h"
#include "registryservice.h"

#include <QDialog>
#include <QList>

#include <optional>

class Collection;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

/**
 * Adds the learner's own entry (a protocol with ports, an IP protocol, or a port range) or
 * edits any entry, built-in ones included: the change goes through the collection, so it is
 * one undo step, and a built-in entry keeps the learner's text through deck updates until
 * "Revert to Built-in". The entry also chooses which kinds of card it studies.
 */
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p factId 0 adds a new entry; @p language is the language its texts are shown in. */
    EntryDialog(Collection *collection, qint64 factId, const QString &language, QWidget *parent = nullptr);

    /** The saved entry's id (after Save), or 0. */
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *functionEdit() const { return m_function; }
    QTableWidget *portsTable() const { return m_ports; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *deleteButton() const { return m_delete; }
    /** Adds a row to the ports table: port, transport, role. */
    void addPort(int port, Transport transport, const QString &role = {});
    /**
     * Fills a new entry from a registered service (the Table's "Make My Entry"): its name, its
     * description as the function, its port with its transport (both where the registry names
     * none; a range gives its first port, which the role says).
     */
    void prefill(const RegistryService &service);
    /** Saves through the collection; false (with the reason shown) when it cannot. */
    bool save();

private:
    void load(const DeckFact &entry);
    std::optional<DeckFact> entryFromFields();
    void showProblem(const QString &text);
    void updateKind();
    /** A text in the dialog's language: the translation if there is one, else English. */
    QString localized(const QString &field, const QString &english) const;

    Collection *m_collection;
    qint64 m_factId;
    QString m_language;
    DeckFact m_loaded;
    qint64 m_savedId = 0;

    QLineEdit *m_name;
    QLineEdit *m_fullName;
    QComboBox *m_kind;
    QStackedWidget *m_kindFields;
    QTableWidget *m_ports;
    QSpinBox *m_ipNumber;
    QSpinBox *m_rangeLow;
    QSpinBox *m_rangeHigh;
    QComboBox *m_security;
    QLineEdit *m_counterparts;
    QLineEdit *m_function;
    QLineEdit *m_aliases;
    QLineEdit *m_tags;
    QCheckBox *m_followDeck;
    QList<QCheckBox *> m_cardTypes;
    QLabel *m_problem;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
};
