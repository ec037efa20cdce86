#include "entrydialog.h"

#include "collection.h"
#include "deckstore.h"
#include "entrystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The card types an entry can study, in the order the deck makes them.
const CardTemplate kEntryTemplates[] = {CardTemplate::ProtocolToPort, CardTemplate::PortToProtocol,
                                        CardTemplate::FunctionToProtocol, CardTemplate::ProtocolToTransport,
                                        CardTemplate::InsecureToSecure};

QStringList splitList(const QString &text, const QRegularExpression &separator)
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !out.contains(item))
            out.append(item);
    }
    return out;
}

} // namespace

EntryDialog::EntryDialog(Collection *collection, qint64 factId, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_collection(collection)
    , m_factId(factId)
    , m_language(language)
{
    setObjectName(QStringLiteral("entryDialog"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("entryName"));
    m_name->setPlaceholderText(tr("e.g. Acme Sync"));
    m_fullName = new QLineEdit(this);
    m_fullName->setPlaceholderText(tr("optional: what the name stands for"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("A protocol on ports"), factKindKey(FactKind::Protocol));
    m_kind->addItem(tr("An IP protocol (no ports)"), factKindKey(FactKind::IpProtocol));
    m_kind->addItem(tr("A concept (no ports)"), factKindKey(FactKind::Concept));
    // Ranges are built-in entries taught by concept cards; an own range would have no card.
    if (factId != 0)
        m_kind->addItem(tr("A range of ports"), factKindKey(FactKind::Range));

    // Ports, or the IP protocol number, or the range: whichever the kind needs.
    m_ports = new QTableWidget(0, 3, this);
    m_ports->setObjectName(QStringLiteral("entryPorts"));
    m_ports->setHorizontalHeaderLabels({tr("Port"), tr("Transport"), tr("Role")});
    m_ports->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ports->verticalHeader()->hide();
    m_ports->setMinimumHeight(110);
    auto *addPortButton = new QPushButton(tr("&Add Port"), this);
    auto *removePortButton = new QPushButton(tr("&Remove Port"), this);
    connect(addPortButton, &QPushButton::clicked, this, [this] {
        addPort(0, Transport::Tcp);
        m_ports->cellWidget(m_ports->rowCount() - 1, 0)->setFocus(Qt::TabFocusReason);
    });
    connect(removePortButton, &QPushButton::clicked, this, [this] {
        const int row = m_ports->currentRow() >= 0 ? m_ports->currentRow() : m_ports->rowCount() - 1;
        if (row >= 0)
            m_ports->removeRow(row);
    });
    auto *portsPage = new QWidget(this);
    auto *portsLayout = new QVBoxLayout(portsPage);
    portsLayout->setContentsMargins(0, 0, 0, 0);
    portsLayout->addWidget(m_ports);
    auto *portButtons = new QHBoxLayout;
    portButtons->addWidget(addPortButton);
    portButtons->addWidget(removePortButton);
    portButtons->addStretch(1);
    portsLayout->addLayout(portButtons);
    m_ipNumber = new QSpinBox(this);
    m_ipNumber->setRange(0, 255);
    auto *ipPage = new QWidget(this);
    auto *ipLayout = new QFormLayout(ipPage);
    ipLayout->setContentsMargins(0, 0, 0, 0);
    ipLayout->addRow(tr("IP protocol number:"), m_ipNumber);
    m_rangeLow = new QSpinBox(this);
    m_rangeLow->setRange(0, 65535);
    m_rangeHigh = new QSpinBox(this);
    m_rangeHigh->setRange(0, 65535);
    auto *rangePage = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(rangePage);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(new QLabel(tr("From port"), rangePage));
    rangeLayout->addWidget(m_rangeLow);
    rangeLayout->addWidget(new QLabel(tr("to"), rangePage));
    rangeLayout->addWidget(m_rangeHigh);
    rangeLayout->addStretch(1);
    m_kindFields = new QStackedWidget(this);
    m_kindFields->addWidget(portsPage);
    m_kindFields->addWidget(ipPage);
    m_kindFields->addWidget(rangePage);
    auto *conceptNote = new QLabel(tr("A concept has no ports. Its card shows the function line and asks "
                                      "for the name; add question cards for the rest."), this);
    conceptNote->setWordWrap(true);
    m_kindFields->addWidget(conceptNote); // in FactKind's order: protocol, IP, range, concept
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EntryDialog::updateKind);

    m_security = new QComboBox(this);
    const std::pair<Security, QString> securities[] = {
        {Security::No, tr("No: traffic in clear text")}, {Security::Yes, tr("Yes: encrypted")},
        {Security::Partial, tr("Partly")}, {Security::Optional, tr("Optional: when configured")},
        {Security::NotApplicable, tr("Not applicable")}};
    for (const auto &[security, label] : securities)
        m_security->addItem(label, securityKey(security));
    m_counterparts = new QLineEdit(this);
    m_counterparts->setPlaceholderText(tr("names, separated by commas: e.g. SSH"));
    m_counterparts->setToolTip(tr("The entries that replace this one securely, as Telnet is replaced by SSH"));
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("entryFunction"));
    m_function->setPlaceholderText(tr("One line: what it does"));
    m_aliases = new QLineEdit(this);
    m_aliases->setPlaceholderText(tr("other names an answer may use, separated by commas"));
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("topic words separated by spaces, e.g. work file"));

    QStringList names;
    for (const Fact &f : collection->store()->facts(language)) {
        if (f.id != factId)
            names.append(f.name);
    }
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_counterparts->setCompleter(completer);

    auto *cards = new QGroupBox(tr("Cards"), this);
    m_followDeck = new QCheckBox(tr("As the whole deck (Edit → Card Types…)"), cards);
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->addWidget(m_followDeck);
    for (CardTemplate t : kEntryTemplates) {
        auto *box = new QCheckBox(templateLabel(t), cards);
        box->setProperty("template", templateKey(t));
        box->setChecked(true);
        m_cardTypes.append(box);
        cardsLayout->addWidget(box);
    }
    connect(m_followDeck, &QCheckBox::toggled, this, [this](bool follow) {
        for (QCheckBox *box : std::as_const(m_cardTypes))
            box->setEnabled(!follow);
    });

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("entryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d0453a;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("F&ull name:"), m_fullName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_kindFields);
    form->addRow(tr("&Function:"), m_function);
    form->addRow(tr("&Secure:"), m_security);
    form->addRow(tr("Replaced securel&y by:"), m_counterparts);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("&Tags:"), m_tags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(560);
    m_ports->horizontalHeader()->resizeSection(0, 100);
    m_ports->horizontalHeader()->resizeSection(1, 90);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(cards);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (factId == 0) {
        setWindowTitle(tr("Add Entry"));
        intro->setText(tr("Your own entry gets the same cards as the built-in ones: its ports, its "
                          "protocol, its function and its transport, checked as you type them."));
        m_followDeck->setChecked(true);
        addPort(0, Transport::Tcp);
        return;
    }
    const std::optional<DeckFact> entry = EntryStore(*collection->store()).entry(factId);
    if (!entry) {
        intro->setText(tr("This entry no longer exists."));
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    load(*entry);
    setWindowTitle(tr("Edit Entry — %1").arg(entry->fact.name));
    if (entry->fact.own) {
        intro->setText(tr("Your own entry."));
        m_delete = buttons->addButton(tr("&Delete Entry"), QDialogButtonBox::DestructiveRole);
        m_delete->setObjectName(QStringLiteral("deleteEntry"));
        connect(m_delete, &QPushButton::clicked, this, [this] {
            if (QMessageBox::question(this, tr("Delete Entry"),
                                      tr("Delete “%1” with its cards and their reviews? Ctrl+Z brings it back.")
                                          .arg(m_loaded.fact.name))
                != QMessageBox::Yes)
                return;
            if (m_collection->deleteEntry(m_factId))
                accept();
            else
                showProblem(m_collection->errorString());
        });
    } else {
        intro->setText(entry->fact.edited
                           ? tr("A built-in entry you have edited. Your text is kept beside the built-in one "
                                "and survives updates of the built-in deck.")
                           : tr("A built-in entry. If you change it, your text is kept beside the built-in one "
                                "and survives updates of the built-in deck; you can revert to it at any time."));
        if (entry->fact.edited) {
            m_revert = buttons->addButton(tr("&Revert to Built-in"), QDialogButtonBox::ResetRole);
            m_revert->setObjectName(QStringLiteral("revertEntry"));
            connect(m_revert, &QPushButton::clicked, this, [this] {
                if (m_collection->revertEntry(m_factId)) {
                    m_savedId = m_factId;
                    accept();
                } else {
                    showProblem(m_collection->errorString());
                }
            });
        }
    }
}

QString EntryDialog::localized(const QString &field, const QString &english) const
{
    const QString text = m_loaded.translations.value(m_language).value(field);
    return text.isEmpty() ? english : text;
}

void EntryDialog::addPort(int port, Transport transport, const QString &role)
{
    const int row = m_ports->rowCount();
    m_ports->insertRow(row);
    auto *number = new QSpinBox(m_ports);
    number->setRange(0, 65535);
    number->setValue(port);
    auto *kind = new QComboBox(m_ports);
    kind->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    kind->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    kind->setCurrentIndex(transport == Transport::Udp ? 1 : 0);
    auto *roleEdit = new QLineEdit(role, m_ports);
    roleEdit->setPlaceholderText(tr("e.g. control, data"));
    m_ports->setCellWidget(row, 0, number);
    m_ports->setCellWidget(row, 1, kind);
    m_ports->setCellWidget(row, 2, roleEdit);
}

void EntryDialog::load(const DeckFact &entry)
{
    m_loaded = entry;
    const Fact &f = entry.fact;
    m_name->setText(f.name);
    m_fullName->setText(f.fullName);
    m_kind->setCurrentIndex(m_kind->findData(factKindKey(f.kind)));
    for (const PortSpec &p : f.ports)
        addPort(p.port, p.transport, localized(roleField(p), p.role));
    m_ipNumber->setValue(std::max(0, f.ipProtocol));
    m_rangeLow->setValue(std::max(0, f.rangeLow));
    m_rangeHigh->setValue(std::max(0, f.rangeHigh));
    m_security->setCurrentIndex(m_security->findData(securityKey(f.security)));
    QStringList counterpartNames;
    for (const Fact &other : m_collection->store()->facts(m_language)) {
        if (f.secureCounterparts.contains(other.key))
            counterpartNames.append(other.name);
    }
    m_counterparts->setText(counterpartNames.join(QStringLiteral(", ")));
    m_function->setText(localized(QStringLiteral("function"), f.function));
    m_aliases->setText(f.aliases.join(QStringLiteral(", ")));
    m_tags->setText(f.tags.join(QLatin1Char(' ')));
    m_followDeck->setChecked(!f.cardTypes.has_value());
    for (QCheckBox *box : std::as_const(m_cardTypes))
        box->setChecked(!f.cardTypes || f.cardTypes->contains(box->property("template").toString()));
    updateKind();
}

void EntryDialog::updateKind()
{
    FactKind kind = FactKind::Protocol;
    parseFactKind(m_kind->currentData().toString(), &kind);
    m_kindFields->setCurrentIndex(static_cast<int>(kind));
}

void EntryDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<DeckFact> EntryDialog::entryFromFields()
{
    DeckFact e = m_loaded;
    Fact &f = e.fact;
    f.name = m_name->text().trimmed();
    if (f.name.isEmpty()) {
        showProblem(tr("Give the entry a name."));
        m_name->setFocus();
        return std::nullopt;
    }
    f.fullName = m_fullName->text().trimmed();
    parseFactKind(m_kind->currentData().toString(), &f.kind);
    parseSecurity(m_security->currentData().toString(), &f.security);

    // A text the learner changed replaces the built-in text in every language.
    auto keepOrReplace = [&e, this](const QString &field, const QString &english, const QString &typed) {
        if (typed == localized(field, english))
            return english;
        for (auto lang = e.translations.begin(); lang != e.translations.end(); ++lang)
            lang->remove(field);
        return typed;
    };
    const QString function = m_function->text().trimmed();
    if (function.isEmpty()) {
        showProblem(tr("Say in one line what it does: the function card asks for it."));
        m_function->setFocus();
        return std::nullopt;
    }
    f.function = keepOrReplace(QStringLiteral("function"), m_loaded.fact.function, function);

    const QList<PortSpec> loadedPorts = f.ports;
    f.ports.clear();
    f.ipProtocol = f.rangeLow = f.rangeHigh = -1;
    if (f.kind == FactKind::Protocol) {
        for (int row = 0; row < m_ports->rowCount(); ++row) {
            PortSpec p;
            p.port = static_cast<QSpinBox *>(m_ports->cellWidget(row, 0))->value();
            parseTransport(static_cast<QComboBox *>(m_ports->cellWidget(row, 1))->currentData().toString(), &p.transport);
            const QString role = static_cast<QLineEdit *>(m_ports->cellWidget(row, 2))->text().trimmed();
            QString englishRole;
            for (const PortSpec &old : loadedPorts) {
                if (old.port == p.port && old.transport == p.transport) {
                    englishRole = old.role;
                    p.legacy = old.legacy; // the deck's mark, which the table has no column for
                }
            }
            p.role = keepOrReplace(roleField(p), englishRole, role);
            for (const PortSpec &other : std::as_const(f.ports)) {
                if (other.port == p.port && other.transport == p.transport) {
                    showProblem(tr("%1 %2 is listed twice.").arg(transportName(p.transport)).arg(p.port));
                    return std::nullopt;
                }
            }
            f.ports.append(p);
        }
        if (f.ports.isEmpty()) {
            showProblem(tr("A protocol needs at least one port: add one, or choose another kind."));
            return std::nullopt;
        }
    } else if (f.kind == FactKind::IpProtocol) {
        f.ipProtocol = m_ipNumber->value();
    } else if (f.kind == FactKind::Range) {
        f.rangeLow = m_rangeLow->value();
        f.rangeHigh = m_rangeHigh->value();
        if (f.rangeLow > f.rangeHigh) {
            showProblem(tr("The range starts after it ends."));
            return std::nullopt;
        }
    }

    static const QRegularExpression commas(QStringLiteral("\\s*,\\s*"));
    static const QRegularExpression spaces(QStringLiteral("[\\s,]+"));
    f.aliases = splitList(m_aliases->text(), commas);
    f.tags = splitList(m_tags->text(), spaces);
    for (const QString &tag : std::as_const(f.tags)) {
        static const QRegularExpression word(QStringLiteral("^[\\w][\\w-]*$"), QRegularExpression::UseUnicodePropertiesOption);
        if (!word.match(tag).hasMatch()) {
            showProblem(tr("“%1” is not a tag: use single words.").arg(tag));
            return std::nullopt;
        }
    }
    f.secureCounterparts.clear();
    const QList<Fact> facts = m_collection->store()->facts(m_language);
    for (const QString &name : splitList(m_counterparts->text(), commas)) {
        QString key;
        for (const Fact &other : facts) {
            if (other.id != m_factId && other.name.compare(name, Qt::CaseInsensitive) == 0)
                key = other.key;
        }
        if (key.isEmpty()) {
            showProblem(tr("“%1” is not an entry of your collection, so it cannot replace this one.").arg(name));
            m_counterparts->setFocus();
            return std::nullopt;
        }
        f.secureCounterparts.append(key);
    }
    if (m_followDeck->isChecked()) {
        f.cardTypes.reset();
    } else {
        QStringList types;
        for (QCheckBox *box : std::as_const(m_cardTypes)) {
            if (box->isChecked())
                types.append(box->property("template").toString());
        }
        f.cardTypes = types;
    }
    return e;
}

void EntryDialog::prefill(const RegistryService &service)
{
    m_name->setText(service.name);
    m_function->setText(service.description);
    m_ports->setRowCount(0);
    QString role;
    if (service.isRange())
        role = tr("first of %1").arg(service.portsText());
    Transport transport = Transport::Tcp;
    if (service.transport.isEmpty()) {
        addPort(service.portLow, Transport::Tcp, role);
        addPort(service.portLow, Transport::Udp, role);
    } else if (parseTransport(service.transport, &transport)) {
        addPort(service.portLow, transport, role);
    } else {
        // SCTP and DCCP: the deck's entries know TCP and UDP; the role keeps what IANA says.
        const QString registered = tr("registered for %1").arg(service.transport.toUpper());
        addPort(service.portLow, Transport::Tcp, role.isEmpty() ? registered : role + QStringLiteral("; ") + registered);
    }
}

bool EntryDialog::save()
{
    showProblem({});
    const std::optional<DeckFact> entry = entryFromFields();
    if (!entry)
        return false;
    if (m_factId == 0) {
        const std::optional<qint64> id = m_collection->addEntry(*entry);
        if (!id) {
            showProblem(m_collection->errorString());
            return false;
        }
        m_savedId = *id;
        return true;
    }
    // Only what changed: an untouched entry makes no undo step and no "edited" mark.
    const bool typesChanged = entry->fact.cardTypes != m_loaded.fact.cardTypes;
    DeckFact compare = *entry;
    compare.fact.cardTypes = m_loaded.fact.cardTypes;
    const bool textChanged = Deck::factToJson(compare) != Deck::factToJson(m_loaded);
    // One change, one undo step: an edit carries the card types along; only "follow the deck"
    // needs a change of its own.
    if (textChanged && !m_collection->editEntry(m_factId, *entry)) {
        showProblem(m_collection->errorString());
        return false;
    }
    if (typesChanged && (!textChanged || !entry->fact.cardTypes)
        && !m_collection->setCardTypes(m_factId, entry->fact.cardTypes)) {
        showProblem(m_collection->errorString());
        return false;
    }
    m_savedId = m_factId;
    return true;
}
