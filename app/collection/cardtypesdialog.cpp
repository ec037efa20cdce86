#include "cardtypesdialog.h"

#include "cardtemplates.h"
#include "collection.h"
#include "entrystore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

CardTypesDialog::CardTypesDialog(Collection *collection, QWidget *parent)
    : QDialog(parent)
    , m_collection(collection)
{
    setWindowTitle(tr("Card Types"));
    auto *intro = new QLabel(tr("Study these kinds of card. Cards you switch off keep their history and "
                                "come back when you switch them on again. An entry can choose for itself "
                                "in its Edit dialog."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    const QStringList off = EntryStore(*collection->store()).deckCardTypesOff();
    for (CardTemplate t : {CardTemplate::ProtocolToPort, CardTemplate::PortToProtocol, CardTemplate::FunctionToProtocol,
                           CardTemplate::ProtocolToTransport, CardTemplate::InsecureToSecure, CardTemplate::Basic}) {
        auto *box = new QCheckBox(t == CardTemplate::Basic ? tr("Concept questions of the built-in deck")
                                                           : templateLabel(t),
                                  this);
        box->setProperty("template", templateKey(t));
        box->setChecked(!off.contains(templateKey(t)));
        m_boxes.append(box);
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool CardTypesDialog::save()
{
    QStringList off;
    for (QCheckBox *box : std::as_const(m_boxes)) {
        if (!box->isChecked())
            off.append(box->property("template").toString());
    }
    if (off == EntryStore(*m_collection->store()).deckCardTypesOff())
        return true;
    if (m_collection->setDeckCardTypesOff(off))
        return true;
    QMessageBox::warning(this, tr("Card types not saved"), m_collection->errorString());
    return false;
}
