#include "firewalldrillview.h"

#include "answerchecker.h"
#include "theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

FirewallDrillView::FirewallDrillView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("firewallTitle"));
    m_title->setFont(scaledFont(font(), 1.15, true));
    m_scenarioText = new QLabel(this);
    m_scenarioText->setObjectName(QStringLiteral("firewallScenario"));
    m_scenarioText->setTextFormat(Qt::PlainText); // entries' own words
    m_scenarioText->setWordWrap(true);
    m_scenarioText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("firewallRules"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Rule"), tr("Service"), tr("What it does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMinimumHeight(150);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons and the line
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Rule table"));

    m_up = new QPushButton(tr("Move Up"), this);
    m_up->setToolTip(tr("Alt+Up"));
    m_down = new QPushButton(tr("Move Down"), this);
    m_down->setToolTip(tr("Alt+Down"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Delete"));
    for (QPushButton *b : {m_up, m_down, m_remove})
        b->setFocusPolicy(Qt::TabFocus);

    // Picking: action, transport, port or protocol, direction.
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("firewallAction"));
    m_action->addItem(tr("Allow"), QStringLiteral("allow"));
    m_action->addItem(tr("Deny"), QStringLiteral("deny"));
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("firewallTransport"));
    m_transport->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_transport->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    m_transport->addItem(tr("TCP and UDP"), QStringLiteral("any"));
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("firewallPort"));
    m_port->setPlaceholderText(tr("443, 20-21, any or a protocol"));
    m_port->setMaxLength(60);
    m_port->installEventFilter(this);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("firewallDirection"));
    m_direction->addItem(tr("Outbound (LAN to internet)"), QStringLiteral("out"));
    m_direction->addItem(tr("Inbound (internet to DMZ)"), QStringLiteral("in"));
    m_add = new QPushButton(tr("Add Rule"), this);
    m_add->setObjectName(QStringLiteral("firewallAdd"));

    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("firewallLine"));
    m_line->setPlaceholderText(tr("Or type a rule, then Enter: allow tcp 443 out, allow https out, deny telnet in"));
    m_line->setMaxLength(200);
    m_line->installEventFilter(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firewallMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_check = new QPushButton(tr("Check Table"), this);
    m_check->setObjectName(QStringLiteral("firewallCheck"));
    m_check->setToolTip(tr("Ctrl+Enter"));
    m_check->setMinimumWidth(160);

    // Two rows, so the pickers fit a narrow window and long German labels.
    auto *pick = new QGridLayout;
    pick->addWidget(m_action, 0, 0);
    pick->addWidget(m_transport, 0, 1);
    pick->addWidget(m_port, 0, 2, 1, 2);
    pick->addWidget(m_direction, 1, 0, 1, 2);
    pick->addWidget(m_add, 1, 2, Qt::AlignLeft);
    pick->setColumnStretch(3, 1);
    m_port->setMinimumWidth(160);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_up);
    rowButtons->addWidget(m_down);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_check);
    m_editor = new QWidget(this);
    auto *editor = new QVBoxLayout(m_editor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addLayout(pick);
    editor->addWidget(m_line);
    editor->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_scenarioText);
    layout->addSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_editor);

    connect(m_add, &QPushButton::clicked, this, &FirewallDrillView::addPicked);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &FirewallDrillView::removeCurrent);
    connect(m_check, &QPushButton::clicked, this, &FirewallDrillView::check);
    for (QKeySequence keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &FirewallDrillView::check);
    }
    setTabOrder(m_line, m_action);
    setTabOrder(m_action, m_transport);
    setTabOrder(m_transport, m_port);
    setTabOrder(m_port, m_direction);
    setTabOrder(m_direction, m_add);
    setTabOrder(m_add, m_table);
}

void FirewallDrillView::setScenario(std::shared_ptr<const FirewallScenario> scenario, const AnswerChecker *checker,
                                    bool showSeed)
{
    m_scenario = std::move(scenario);
    m_checker = checker;
    m_rules.clear();
    m_notes.clear();
    m_good.clear();
    m_graded = false;
    // In an exam the seed stays hidden: with it, portdeck-cli would print the key.
    m_title->setText(!m_scenario ? QString() : showSeed ? m_scenario->title() : tr("Firewall scenario"));
    m_message->setProperty("emptyAsked", false);
    m_scenarioText->setText(m_scenario ? m_scenario->text() : QString());
    m_message->clear();
    m_line->clear();
    m_port->clear();
    m_editor->setEnabled(true);
    for (QPushButton *b : {m_up, m_down, m_remove, m_check})
        b->setEnabled(true);
    m_table->setColumnHidden(3, true);
    refreshTable();
}

void FirewallDrillView::focusInput()
{
    m_line->setFocus(Qt::OtherFocusReason);
}

bool FirewallDrillView::addTyped(const QString &line)
{
    if (m_graded || !m_checker)
        return false;
    QString error;
    const QList<FirewallRule> rules = FirewallRule::parse(line, *m_checker, &error);
    if (rules.isEmpty()) {
        m_message->setText(error);
        return false;
    }
    addRules(rules);
    return true;
}

void FirewallDrillView::addPicked()
{
    if (m_port->text().trimmed().isEmpty()) {
        m_message->setText(tr("Name a port, a range such as 20-21, any, or a protocol."));
        m_port->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString line = QStringLiteral("%1 %2 %3 %4")
                             .arg(m_action->currentData().toString(), m_transport->currentData().toString(),
                                  m_port->text().trimmed(), m_direction->currentData().toString());
    if (addTyped(line))
        m_port->clear();
}

void FirewallDrillView::addRules(const QList<FirewallRule> &rules)
{
    constexpr int kMaxRules = 40;
    if (m_rules.size() + rules.size() > kMaxRules) {
        m_message->setText(tr("A table holds at most %1 rules.").arg(kMaxRules));
        return;
    }
    m_rules += rules;
    QStringList added;
    for (const FirewallRule &r : rules)
        added.append(r.toText());
    m_message->setText(tr("Added: %1.").arg(added.join(QStringLiteral("; "))));
    m_line->clear();
    refreshTable();
    m_table->setCurrentCell(int(m_rules.size()) - 1, 1);
}

void FirewallDrillView::moveCurrent(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (m_graded || row < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.swapItemsAt(row, to);
    refreshTable();
    m_table->setCurrentCell(to, 1);
}

void FirewallDrillView::removeCurrent()
{
    const int row = m_table->currentRow();
    if (m_graded || row < 0 || row >= m_rules.size())
        return;
    m_message->setText(tr("Removed: %1.").arg(m_rules.at(row).toText()));
    m_rules.removeAt(row);
    refreshTable();
    if (!m_rules.isEmpty())
        m_table->setCurrentCell(std::min(row, int(m_rules.size()) - 1), 1);
}

void FirewallDrillView::refreshTable()
{
    const Accents a = accentsFor(palette());
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const FirewallRule &r = m_rules.at(row);
        const QStringList cells{QString::number(row + 1), r.toText(), r.protocol, m_notes.value(row)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3 && row < m_good.size())
                item->setForeground(m_good.at(row) ? a.secure : a.insecure);
            m_table->setItem(row, c, item);
        }
    }
    // The service column only when a rule names one (typed as "allow https out").
    m_table->setColumnHidden(2, std::all_of(m_rules.cbegin(), m_rules.cend(),
                                            [](const FirewallRule &r) { return r.protocol.isEmpty(); }));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void FirewallDrillView::check()
{
    if (m_graded || !m_scenario)
        return;
    if (m_rules.isEmpty() && m_message->property("emptyAsked").toBool() == false) {
        // An empty table is more often Ctrl+Enter too early than an answer: ask once.
        m_message->setProperty("emptyAsked", true);
        m_message->setText(tr("The table is empty, so the firewall denies everything. Press Ctrl+Enter again to "
                              "check it as it is."));
        return;
    }
    m_message->setProperty("emptyAsked", false);
    emit submitted(m_rules);
}

void FirewallDrillView::showGrade(const FirewallGrade &grade)
{
    m_graded = true;
    m_notes = grade.ruleNotes;
    m_good.clear();
    for (FirewallGrade::RuleUse use : grade.uses)
        m_good.append(use == FirewallGrade::RuleUse::Needed || use == FirewallGrade::RuleUse::Harmless);
    m_table->setColumnHidden(3, false);
    m_message->clear();
    refreshTable();
    m_editor->setEnabled(false);
    for (QPushButton *b : {m_up, m_down, m_remove, m_check})
        b->setEnabled(false);
}

bool FirewallDrillView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                       && !(key->modifiers() & Qt::ControlModifier);
    if (watched == m_line && enter) {
        addTyped(m_line->text());
        return true; // never on to the page, which would take Enter as "next"
    }
    if (watched == m_port && enter) {
        addPicked();
        return true;
    }
    if (watched == m_table) {
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
        if ((key->modifiers() & Qt::AltModifier) && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
