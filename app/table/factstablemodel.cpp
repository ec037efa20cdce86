#include "factstablemodel.h"

#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {

QIcon dotIcon(const QColor &color)
{
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(12, 12) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    return QIcon(pixmap);
}

int securityRank(Security s)
{
    switch (s) {
    case Security::Yes: return 0;
    case Security::Partial: return 1;
    case Security::Optional: return 2;
    case Security::No: return 3;
    case Security::NotApplicable: break;
    }
    return 4;
}

} // namespace

FactsTableModel::FactsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FactsTableModel::setFacts(const QList<Fact> &facts)
{
    beginResetModel();
    m_facts = facts;
    endResetModel();
}

int FactsTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_facts.size(); ++row) {
        if (m_facts.at(row).key == key)
            return row;
    }
    return -1;
}

int FactsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_facts.size());
}

int FactsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FactsTableModel::securityText(Security security)
{
    switch (security) {
    case Security::Yes: return tr("Yes");
    case Security::No: return tr("No");
    case Security::Partial: return tr("Partly");
    case Security::Optional: return tr("Optional");
    case Security::NotApplicable: break;
    }
    return tr("—");
}

QString FactsTableModel::securityToolTip(Security security)
{
    switch (security) {
    case Security::Yes: return tr("Encrypts or authenticates its traffic.");
    case Security::No: return tr("Sends its traffic in the clear.");
    case Security::Partial:
        return tr("Protects part of its traffic, or only in some versions.");
    case Security::Optional: return tr("Can be encrypted, but is not by default.");
    case Security::NotApplicable: break;
    }
    return tr("Security does not apply to this entry.");
}

QVariant FactsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fact &f = m_facts.at(index.row());
    const int column = index.column();

    if (role == FactKeyRole)
        return f.key;

    if (role == Qt::DisplayRole) {
        switch (column) {
        case Protocol: return f.name;
        case FullName: return f.fullName;
        case Ports:
            if ((f.kind == FactKind::IpProtocol || f.kind == FactKind::Concept) && f.ports.isEmpty())
                return tr("none");
            if (f.kind == FactKind::IpProtocol) // ESP: no port of its own, UDP 4500 behind NAT
                return tr("none (%1)").arg(f.portsText());
            return f.portsText();
        case TransportColumn: return f.transportText();
        case Secure: return securityText(f.security);
        case Exam: return f.objective ? tr("1.4") : QString();
        case Function: return f.function;
        }
        return {};
    }

    if (role == SortRole) {
        switch (column) {
        case Ports: return f.portSortKey();
        case Secure: return securityRank(f.security);
        case Exam: return f.objective ? 0 : 1;
        default: break;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Secure: return securityToolTip(f.security);
        case Exam:
            return f.objective ? tr("Listed in CompTIA Network+ N10-009 objective 1.4")
                               : tr("Not in the N10-009 objective list");
        case Ports: {
            QStringList lines;
            for (const PortSpec &p : f.ports) {
                lines.append(p.role.isEmpty()
                                 ? tr("%1 %2").arg(transportName(p.transport)).arg(p.port)
                                 : tr("%1 %2: %3")
                                       .arg(transportName(p.transport))
                                       .arg(p.port)
                                       .arg(p.role));
            }
            if (f.kind == FactKind::IpProtocol)
                lines.prepend(tr("IP protocol number %1").arg(f.ipProtocol));
            return lines.join(QLatin1Char('\n'));
        }
        case Function: return f.function;
        default: break;
        }
        return {};
    }

    if (role == Qt::DecorationRole && column == Secure) {
        const Accents a = accentsFor(QApplication::palette());
        switch (f.security) {
        case Security::Yes: return dotIcon(a.secure);
        case Security::No: return dotIcon(a.insecure);
        case Security::Partial:
        case Security::Optional: return dotIcon(a.partial);
        case Security::NotApplicable: break;
        }
        return {};
    }

    if (role == Qt::TextAlignmentRole && column == Exam)
        return int(Qt::AlignCenter);

    if (role == Qt::FontRole && column == Protocol) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant FactsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Protocol: return tr("Protocol");
        case FullName: return tr("Full name");
        case Ports: return tr("Port(s)");
        case TransportColumn: return tr("Transport");
        case Secure: return tr("Secure");
        case Exam: return tr("Exam");
        case Function: return tr("Function");
        }
    }
    if (role == Qt::ToolTipRole && section == Exam)
        return tr("CompTIA Network+ N10-009 objective");
    return {};
}
