#pragma once

#include "firewallgrade.h"

#include <QWidget>

#include <memory>

class AnswerChecker;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/**
 * A firewall drill: the scenario, the learner's rule table, and two ways to add a rule, picking
 * (action, transport, port or protocol, direction, then Add) or typing a line ("allow tcp 443
 * out", "allow https out"; Enter adds it). Rows move with Alt+Up and Alt+Down and go with
 * Delete; Ctrl+Enter checks the table. After grading, each rule says what it did, and the
 * intended table and every difference are explained.
 */
class FirewallDrillView : public QWidget
{
    Q_OBJECT

public:
    explicit FirewallDrillView(QWidget *parent = nullptr);

    /**
     * A new scenario (none: the view lets go of the last); @p checker reads protocol names (the
     * collection's entries); @p showSeed puts its seed and level in the title.
     */
    void setScenario(std::shared_ptr<const FirewallScenario> scenario, const AnswerChecker *checker,
                     bool showSeed = true);
    /** Shows the grade of the table submitted; the table can no longer change. */
    void showGrade(const FirewallGrade &grade);
    /** Adds the rules of a typed line; false (and a message) when it cannot be read. */
    bool addTyped(const QString &line);
    void check();

    QList<FirewallRule> rules() const { return m_rules; }
    QLineEdit *ruleLine() const { return m_line; }
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *scenarioLabel() const { return m_scenarioText; }
    /** Where the keyboard starts: the typed line. */
    void focusInput();

signals:
    void submitted(const QList<FirewallRule> &rules);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPicked();
    void addRules(const QList<FirewallRule> &rules);
    void moveCurrent(int by);
    void removeCurrent();
    void refreshTable();

    std::shared_ptr<const FirewallScenario> m_scenario;
    const AnswerChecker *m_checker = nullptr;
    QList<FirewallRule> m_rules;
    QList<QString> m_notes;      ///< after grading: what each rule did
    QList<bool> m_good;
    bool m_graded = false;

    QLabel *m_title = nullptr;
    QLabel *m_scenarioText = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_port = nullptr;
    QComboBox *m_direction = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_line = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_check = nullptr;
    QWidget *m_editor = nullptr;
};
